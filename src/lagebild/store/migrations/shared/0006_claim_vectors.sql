-- lagebild store, migration 0006 (both dialects): sentence vectors of claim messages, a
-- signal of lagebild.corroborate when facts are filed with an encoder (the accurate
-- profile). One row per claim and model; the vector is little-endian float32, L2-normalized.

CREATE TABLE IF NOT EXISTS claim_vectors (
    claim_id ${ref} NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    vector ${blob} NOT NULL,
    PRIMARY KEY (claim_id, model)
);
