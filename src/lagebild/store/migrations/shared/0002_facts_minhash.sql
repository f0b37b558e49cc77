-- lagebild store, migration 0002 (both dialects): facts across documents
-- (lagebild.corroborate) and the near-duplicate index (lagebild.near_duplicates). Stores written
-- before this migration may hold these tables already (their code created them); IF NOT
-- EXISTS keeps them.

CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY,
    event_type TEXT NOT NULL,
    actor TEXT,
    target TEXT,
    first_seen TEXT,
    last_seen TEXT,
    claim_count INTEGER NOT NULL,
    origin_count INTEGER NOT NULL,
    reference_claim ${ref},
    updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS fact_claims (
    claim_id ${ref} PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    fact_id TEXT,
    fact_type TEXT,
    actor TEXT,
    target TEXT,
    entities TEXT NOT NULL,
    date TEXT,
    origin TEXT,
    stance TEXT
);
CREATE INDEX IF NOT EXISTS fact_claims_fact ON fact_claims (fact_id);
CREATE INDEX IF NOT EXISTS fact_claims_type ON fact_claims (fact_type, date);

CREATE TABLE IF NOT EXISTS minhash_bands (
    band INTEGER NOT NULL,
    key ${blob} NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (band, key, document_id)
)${without_rowid};

CREATE TABLE IF NOT EXISTS minhash_signatures (
    document_id TEXT PRIMARY KEY,
    hashvalues ${blob} NOT NULL
);
