-- lagebild store, migration 0005 (both dialects): indexes that serve a broad full-text
-- search newest first. Documents in the order the search lists them (date descending, NULLs
-- last, then id), and each document's claims in text order, so a query that matches many
-- claims walks the newest documents and stops after a page instead of sorting every match.
-- claims_document_start covers what claims_document did.

CREATE INDEX IF NOT EXISTS documents_date_id ON documents (date ${desc_nulls_last}, id);
CREATE INDEX IF NOT EXISTS claims_document_start ON claims (document_id, start);
DROP INDEX IF EXISTS claims_document;
