-- lagebild store, migration 0004 (both dialects): the pipeline stages that raised on a
-- stored document. The document is stored with what the other stages produced; `lagebild
-- ingest --retry-failed` analyses it again and deletes its rows here when no stage fails.

CREATE TABLE IF NOT EXISTS failures (
    id ${id},
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,                 -- component (lagebild_attribution, ...), tokenizer,
                                         -- resolve, or analysis (the whole of it)
    error TEXT NOT NULL,                 -- exception type and message
    at TEXT NOT NULL                     -- when it failed (ISO, UTC)
);
CREATE INDEX IF NOT EXISTS failures_document ON failures (document_id);
