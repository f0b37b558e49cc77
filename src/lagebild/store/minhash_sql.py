"""The SQL of the near-duplicate index (``lagebild.near_duplicates``): MinHash signatures and
their LSH band keys (tables ``minhash_signatures`` and ``minhash_bands``, migration 0002)."""

from __future__ import annotations

from lagebild.store.session import Sql


class MinhashSql(Sql):
    """Reads and writes the near-duplicate index."""

    def band_candidates(self, bands: tuple[bytes, ...]) -> set[str]:
        """Stored documents sharing at least one band key."""
        placeholders = ", ".join("(?, ?)" for _ in bands)
        params: list[object] = []
        for band, key in enumerate(bands):
            params += [band, key]
        rows = self.rows(
            "SELECT DISTINCT document_id FROM minhash_bands WHERE (band, key) IN"
            f" (VALUES {placeholders})",
            params,
        )
        return {str(r["document_id"]) for r in rows}

    def signature_of(self, document_id: str) -> bytes | None:
        """The stored MinHash of a stored document (None if either is missing)."""
        value = self.value(
            "SELECT s.hashvalues FROM minhash_signatures s JOIN documents d"
            " ON d.id = s.document_id WHERE s.document_id = ?",
            (document_id,),
        )
        return bytes(value) if value is not None else None

    def add_signature(self, document_id: str, hashvalues: bytes, bands: tuple[bytes, ...]) -> None:
        self.execute(
            "INSERT INTO minhash_signatures (document_id, hashvalues) VALUES (?, ?)"
            " ON CONFLICT (document_id) DO UPDATE SET hashvalues = excluded.hashvalues",
            (document_id, hashvalues),
        )
        self.executemany(
            "INSERT INTO minhash_bands (band, key, document_id) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(band, key, document_id) for band, key in enumerate(bands)],
        )
