-- lagebild store (PostgreSQL), migration 0001 after the shared one (../shared/0001_schema.sql):
-- full text as GIN indexes over tsvectors with the German and English configurations side
-- by side (instead of SQLite's FTS5 tables).

CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (
    (to_tsvector('german', coalesce(title, '') || ' ' || text)
     || to_tsvector('english', coalesce(title, '') || ' ' || text)));
-- the expression is lagebild.store.dialect.CLAIMS_TSVECTOR: keep them equal
CREATE INDEX IF NOT EXISTS claims_search ON claims USING GIN (
    (to_tsvector('german', message || ' ' || coalesce(source_text, ''))
     || to_tsvector('english', message || ' ' || coalesce(source_text, ''))));
