"""The SQL of facts (``lagebild.corroborate``): filing claims, reading facts and sources.

Tables ``facts`` and ``fact_claims`` (migration 0002). Corroboration decides what belongs
together; this module only reads and writes its rows.
"""

from __future__ import annotations

from typing import Any

from lagebild.store.session import Sql, marks, row_limit

_CLAIM_SQL = (
    "SELECT f.claim_id, f.fact_id, f.fact_type, f.stance, f.origin, f.entities,"
    " c.claim_key, c.message, c.source_entity, c.source_text, c.relayed_by, c.modality,"
    " c.event_actor, c.event_target, d.id AS document_id, d.title, d.date,"
    " (SELECT url FROM provenance p WHERE p.document_id = d.id AND p.url IS NOT NULL"
    "  ORDER BY p.id LIMIT 1) AS url"
    " FROM fact_claims f JOIN claims c ON c.id = f.claim_id"
    " JOIN documents d ON d.id = c.document_id"
)
_BY_DATE = " ORDER BY d.date NULLS FIRST, d.id, c.start"
_CHUNK = 500


class FactSql(Sql):
    """Rows of facts and of the claims filed into them."""

    # -- filing ------------------------------------------------------------------------------

    def unfiled_claim_ids(self) -> list[int]:
        return [
            int(r["id"])
            for r in self.rows(
                "SELECT c.id FROM claims c LEFT JOIN fact_claims f ON f.claim_id = c.id"
                " WHERE f.claim_id IS NULL ORDER BY c.id"
            )
        ]

    def claim_rows(self, claim_ids: list[int]) -> list[dict[str, Any]]:
        """Claims with their document's date and the text of their extent."""
        out: list[dict[str, Any]] = []
        for chunk in _chunks(claim_ids):
            out += self.rows(
                'SELECT c.id, c.document_id, c.claim_key, c.start, c."end", c.modality,'
                " c.source_entity, c.source_text, c.relayed_by, c.event_type, c.event_actor,"
                " c.event_target, d.date, d.language,"
                ' substr(d.text, c.start + 1, c."end" - c.start) AS extent'
                f" FROM claims c JOIN documents d ON d.id = c.document_id"
                f" WHERE c.id IN ({marks(chunk)})",
                chunk,
            )
        return out

    def claim_figures(self, claim_ids: list[int]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for chunk in _chunks(claim_ids):
            out += self.rows(
                "SELECT claim_id, text, value, low, high, approximate, unit FROM quantities"
                f" WHERE claim_id IN ({marks(chunk)}) ORDER BY claim_id, start",
                chunk,
            )
        return out

    def claim_places(self, claim_ids: list[int]) -> list[dict[str, Any]]:
        """(claim id, canonical) of the GPEs named inside each claim's extent."""
        out: list[dict[str, Any]] = []
        for chunk in _chunks(claim_ids):
            out += self.rows(
                "SELECT c.id AS claim_id, e.canonical FROM claims c JOIN mentions m"
                ' ON m.document_id = c.document_id AND m.start >= c.start AND m."end" <= c."end"'
                " JOIN entities e ON e.id = m.entity_id"
                f" WHERE m.label = 'GPE' AND c.id IN ({marks(chunk)})",
                chunk,
            )
        return out

    def insert_fact_claims(self, rows: list[tuple[Any, ...]]) -> None:
        """(claim_id, document_id, fact_type, actor, target, entities JSON, date) rows."""
        self.executemany(
            "INSERT INTO fact_claims (claim_id, document_id, fact_type, actor, target, entities,"
            " date) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def fact_candidates(
        self, fact_type: str, lo: str | None = None, hi: str | None = None
    ) -> list[dict[str, Any]]:
        """Filed claims of a type, with a date in [lo, hi] or none (all when lo is None)."""
        if lo is None:
            return self.rows(
                "SELECT * FROM fact_claims WHERE fact_type = ? ORDER BY claim_id", (fact_type,)
            )
        # two index ranges: with "date IS NULL OR ..." SQLite read every claim of the type
        return self.rows(
            "SELECT * FROM (SELECT * FROM fact_claims WHERE fact_type = ? AND date >= ?"
            " AND date <= ? UNION ALL SELECT * FROM fact_claims WHERE fact_type = ?"
            " AND date IS NULL) AS candidates ORDER BY claim_id",
            (fact_type, lo, hi, fact_type),
        )

    def filed_claim_ids_between(self, lo: str, hi: str) -> list[int]:
        """Filed claims dated in [lo, hi] or undated."""
        rows = self.rows(
            "SELECT claim_id FROM fact_claims WHERE date IS NULL OR (date >= ? AND date <= ?)"
            " ORDER BY claim_id",
            (lo, hi),
        )
        return [int(r["claim_id"]) for r in rows]

    def retype_fact_claim(
        self,
        claim_id: int,
        fact_type: str | None,
        actor: str | None,
        target: str | None,
        entities: str,
    ) -> None:
        """Give a filed claim another signature (a denial joining what it denies)."""
        self.execute(
            "UPDATE fact_claims SET fact_type = ?, actor = ?, target = ?, entities = ?"
            " WHERE claim_id = ?",
            (fact_type, actor, target, entities, claim_id),
        )

    def claim_vectors(self, claim_ids: list[int], model: str) -> dict[int, bytes]:
        """Stored sentence vectors (raw float32 bytes) of these claims by ``model``."""
        out: dict[int, bytes] = {}
        for chunk in _chunks(claim_ids):
            for r in self.rows(
                "SELECT claim_id, vector FROM claim_vectors"
                f" WHERE model = ? AND claim_id IN ({marks(chunk)})",
                [model, *chunk],
            ):
                out[int(r["claim_id"])] = bytes(r["vector"])
        return out

    def insert_claim_vectors(self, model: str, rows: list[tuple[int, bytes]]) -> None:
        """(claim_id, float32 bytes) rows of one model."""
        self.executemany(
            "INSERT INTO claim_vectors (claim_id, model, vector) VALUES (?, ?, ?)",
            [(cid, model, vector) for cid, vector in rows],
        )

    def clear_facts(self) -> None:
        """Forget every fact and every filed claim (they are filed afresh)."""
        self.execute("DELETE FROM fact_claims")
        self.execute("DELETE FROM facts")

    def fact_member_ids(self, fact_id: str) -> list[int]:
        rows = self.rows("SELECT claim_id FROM fact_claims WHERE fact_id = ?", (fact_id,))
        return [int(r["claim_id"]) for r in rows]

    def fact_claim_rows(self, claim_ids: list[int]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for chunk in _chunks(claim_ids):
            out += self.rows(f"SELECT * FROM fact_claims WHERE claim_id IN ({marks(chunk)})", chunk)
        return out

    def replace_fact(
        self, old_ids: set[str], fact: dict[str, Any], members: list[tuple[str, str, int]]
    ) -> None:
        """Drop the facts ``old_ids``, write ``fact`` and file its members:
        (origin, stance, claim_id) each."""
        self.executemany("DELETE FROM facts WHERE id = ?", [(i,) for i in sorted(old_ids)])
        self.executemany(
            "UPDATE fact_claims SET fact_id = ?, origin = ?, stance = ? WHERE claim_id = ?",
            [(fact["id"], origin, stance, cid) for origin, stance, cid in members],
        )
        self.execute(
            "INSERT INTO facts (id, event_type, actor, target, first_seen, last_seen, claim_count,"
            " origin_count, reference_claim, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fact["id"], fact["event_type"], fact["actor"], fact["target"], fact["first_seen"],
             fact["last_seen"], fact["claim_count"], fact["origin_count"],
             fact["reference_claim"], fact["updated_at"]),
        )  # fmt: skip

    # -- reading -----------------------------------------------------------------------------

    def facts(
        self,
        *,
        entity: str | None = None,
        event: str | None = None,
        since: str | None = None,
        min_claims: int = 1,
        limit: int = -1,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Facts, newest last seen first (filters as ``lagebild facts`` takes them; limit
        -1: all)."""
        where = ["claim_count >= ?"]
        params: list[Any] = [min_claims]
        if event:
            where.append("(event_type = ? OR event_type LIKE ?)")
            params += [event.upper(), event.upper() + ":%"]
        if since:
            where.append("last_seen >= ?")
            params.append(since)
        if entity:
            like = f"%{entity}%"
            where.append(
                "(actor LIKE ? OR target LIKE ? OR id IN (SELECT f.fact_id FROM fact_claims f"
                " JOIN claims c ON c.id = f.claim_id WHERE c.source_entity LIKE ?"
                " OR c.source_text LIKE ? OR f.entities LIKE ?))"
            )
            params += [like] * 5
        return self.rows(
            "SELECT * FROM facts WHERE " + " AND ".join(where)
            + " ORDER BY last_seen DESC NULLS LAST, claim_count DESC, id LIMIT ? OFFSET ?",
            [*params, row_limit(limit), offset],
        )  # fmt: skip

    def claim_facts(self, document_id: str) -> list[dict[str, Any]]:
        """A document's filed claims: claim id, fact id, fact type and stance."""
        return self.rows(
            "SELECT claim_id, fact_id, fact_type, stance FROM fact_claims"
            " WHERE document_id = ? AND fact_id IS NOT NULL ORDER BY claim_id",
            (document_id,),
        )

    def fact(self, fact_id: str) -> dict[str, Any] | None:
        return self.one("SELECT * FROM facts WHERE id = ?", (fact_id,))

    def document_figure_claims(self, document_id: str) -> list[dict[str, Any]]:
        """A document's claims with each of their figures and the fact they are in."""
        return self.rows(
            "SELECT c.id, c.source_text, c.source_entity, f.fact_id, q.value, q.low, q.high,"
            " q.approximate, q.unit FROM claims c JOIN quantities q ON q.claim_id = c.id"
            " LEFT JOIN fact_claims f ON f.claim_id = c.id WHERE c.document_id = ?"
            " ORDER BY c.id, q.start",
            (document_id,),
        )

    def fact_claim_details(self, fact_id: str) -> list[dict[str, Any]]:
        return self.rows(_CLAIM_SQL + " WHERE f.fact_id = ?" + _BY_DATE, (fact_id,))

    def claim_quantities(self, claim_id: int) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT text, value, low, high, approximate, unit FROM quantities"
            " WHERE claim_id = ? ORDER BY start",
            (claim_id,),
        )

    def source_summary(self) -> list[dict[str, Any]]:
        """Every source with its number of claims and facts, first and last date."""
        return self.rows(
            "SELECT coalesce(c.source_entity, c.source_text) AS source, count(*) AS claims,"
            " count(DISTINCT f.fact_id) AS facts, min(d.date) AS first_seen,"
            " max(d.date) AS last_seen FROM claims c JOIN documents d ON d.id = c.document_id"
            " LEFT JOIN fact_claims f ON f.claim_id = c.id"
            " WHERE coalesce(c.source_entity, c.source_text) IS NOT NULL"
            " GROUP BY coalesce(c.source_entity, c.source_text) ORDER BY claims DESC, source"
        )

    def source_claim_details(self, name: str) -> list[dict[str, Any]]:
        like = f"%{name}%"
        return self.rows(
            _CLAIM_SQL + " WHERE c.source_entity LIKE ? OR c.source_text LIKE ?" + _BY_DATE,
            (like, like),
        )

    def timeline_claim_details(self, entity: str) -> list[dict[str, Any]]:
        like = f"%{entity}%"
        return self.rows(
            _CLAIM_SQL + " WHERE f.fact_id IS NOT NULL AND (f.actor LIKE ? OR f.target LIKE ?"
            " OR c.source_entity LIKE ? OR c.source_text LIKE ? OR f.entities LIKE ?"
            " OR f.fact_id IN (SELECT id FROM facts WHERE actor LIKE ? OR target LIKE ?))"
            + _BY_DATE,
            (like,) * 7,
        )


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
