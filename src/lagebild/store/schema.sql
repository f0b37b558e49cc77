-- lagebild store, schema version 1. Plain tables, readable in Datasette or the sqlite3 shell.
-- Offsets (start, end) are character offsets into documents.text, end exclusive.

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
CREATE INDEX IF NOT EXISTS documents_language ON documents (language);
CREATE INDEX IF NOT EXISTS documents_ingested ON documents (ingested_at);

CREATE TABLE IF NOT EXISTS provenance (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    url TEXT,
    outlet TEXT,
    reader TEXT NOT NULL,
    fetched TEXT,
    path TEXT,
    UNIQUE (document_id, url, path)
);

CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    wikidata TEXT
);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities (id)
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);

CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
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
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim_id INTEGER REFERENCES claims (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    approximate INTEGER NOT NULL,
    unit TEXT
);
CREATE INDEX IF NOT EXISTS quantities_claim ON quantities (claim_id);
CREATE INDEX IF NOT EXISTS quantities_document ON quantities (document_id);

CREATE TABLE IF NOT EXISTS times (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim_id INTEGER REFERENCES claims (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    date_from TEXT,
    date_to TEXT,
    approximate INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS times_claim ON times (claim_id);
CREATE INDEX IF NOT EXISTS times_document ON times (document_id);

CREATE TABLE IF NOT EXISTS rejects (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,                -- file, and record or line where known
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'rowid'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5 (
    message, source_text, content = 'claims', content_rowid = 'id'
);
CREATE TRIGGER IF NOT EXISTS claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, message, source_text)
    VALUES (new.id, new.message, new.source_text);
END;
CREATE TRIGGER IF NOT EXISTS claims_ad AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, message, source_text)
    VALUES ('delete', old.id, old.message, old.source_text);
END;
