-- lagebild store, migration 0003 (both dialects): indexes for browsing (lagebild serve):
-- documents by language and by ingest time, a document's figures, dates and filed claims
-- (the document page read whole tables without them).

CREATE INDEX IF NOT EXISTS documents_language ON documents (language);
CREATE INDEX IF NOT EXISTS documents_ingested ON documents (ingested_at);
CREATE INDEX IF NOT EXISTS quantities_document ON quantities (document_id);
CREATE INDEX IF NOT EXISTS times_document ON times (document_id);
CREATE INDEX IF NOT EXISTS fact_claims_document ON fact_claims (document_id);
