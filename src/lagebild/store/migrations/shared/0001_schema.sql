-- lagebild store, migration 0001 (both dialects): the tables of an analysis. Plain tables,
-- readable in Datasette, the sqlite3 shell or psql; each dialect's own 0001 adds full text.
-- Offsets (start, end) are character offsets into documents.text, end exclusive. Column types
-- that differ between the dialects are placeholders (Dialect.column_types in lagebild.store.dialect).

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,                 -- first 16 hex digits of checksum
    checksum TEXT NOT NULL UNIQUE,       -- SHA-256 of the whitespace-normalized text
    language TEXT,
    date TEXT,                           -- publication date, ISO
    section TEXT,
    title TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);

CREATE TABLE IF NOT EXISTS provenance (
    id ${id},
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    url TEXT,
    outlet TEXT,
    reader TEXT NOT NULL,
    fetched TEXT,
    path TEXT,
    UNIQUE (document_id, url, path)
);

CREATE TABLE IF NOT EXISTS entities (
    id ${id},
    canonical TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    wikidata TEXT
);

CREATE TABLE IF NOT EXISTS mentions (
    id ${id},
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    entity_id ${ref} REFERENCES entities (id)
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);

CREATE TABLE IF NOT EXISTS claims (
    id ${id},
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim_key TEXT NOT NULL,             -- c1, c2, ... within the document
    message TEXT NOT NULL,               -- message spans joined by ' … '
    message_spans TEXT NOT NULL,         -- JSON list of {text, start, end}
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    form TEXT NOT NULL,
    modality TEXT NOT NULL,
    stwr TEXT,
    source_text TEXT,
    source_start INTEGER,
    source_end INTEGER,
    source_entity TEXT,
    cue_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    frame_text TEXT,
    addressee_text TEXT,
    relayed_by TEXT,
    event_type TEXT,
    event_actor TEXT,
    event_target TEXT,
    event_place TEXT,
    UNIQUE (document_id, claim_key)
);
CREATE INDEX IF NOT EXISTS claims_document ON claims (document_id);
CREATE INDEX IF NOT EXISTS claims_source_entity ON claims (source_entity);
CREATE INDEX IF NOT EXISTS claims_event ON claims (event_type);

CREATE TABLE IF NOT EXISTS quantities (
    id ${id},
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim_id ${ref} REFERENCES claims (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value ${real},
    low ${real},
    high ${real},
    approximate INTEGER NOT NULL,
    unit TEXT
);
CREATE INDEX IF NOT EXISTS quantities_claim ON quantities (claim_id);

CREATE TABLE IF NOT EXISTS times (
    id ${id},
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim_id ${ref} REFERENCES claims (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    date_from TEXT,
    date_to TEXT,
    approximate INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS times_claim ON times (claim_id);

CREATE TABLE IF NOT EXISTS rejects (
    id ${id},
    source TEXT NOT NULL,                -- file, and record or line where known
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
