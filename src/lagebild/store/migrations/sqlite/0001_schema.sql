-- lagebild store (SQLite), migration 0001 after the shared one (../shared/0001_schema.sql):
-- full text as FTS5 tables over documents and claims, kept by triggers.

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
