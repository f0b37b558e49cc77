"""The SQL that reads whole tables as export rows (:mod:`lagebild.store.rows` names)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lagebild.store.rows import COLUMNS, typed
from lagebild.store.session import Sql

_SELECT: dict[str, str] = {
    "documents": "SELECT id, checksum, language, date, section, title, text, ingested_at"
    " FROM documents ORDER BY id",
    "provenance": "SELECT document_id AS document, url, outlet, reader, fetched, path"
    " FROM provenance ORDER BY document_id, id",
    "entities": "SELECT canonical, type, wikidata FROM entities ORDER BY canonical",
    "mentions": 'SELECT m.document_id AS document, m.start, m."end", m.text, m.label,'
    " e.canonical AS entity FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id"
    " ORDER BY m.document_id, m.id",
    "claims": "SELECT document_id AS document, claim_key AS id, message, message_spans, start,"
    ' "end", form, modality, stwr, source_text, source_start, source_end, source_entity,'
    " cue_text, cue_start, cue_end, frame_text, addressee_text, relayed_by, event_type,"
    " event_actor, event_target, event_place FROM claims c ORDER BY c.document_id, c.id",
    "quantities": "SELECT q.document_id AS document, c.claim_key AS claim, q.text, q.start,"
    ' q."end", q.value, q.low, q.high, q.approximate, q.unit FROM quantities q'
    " LEFT JOIN claims c ON c.id = q.claim_id ORDER BY q.document_id, q.id",
    "times": "SELECT t.document_id AS document, c.claim_key AS claim, t.text, t.start,"
    ' t."end", t.date_from AS "from", t.date_to AS "to", t.approximate FROM times t'
    " LEFT JOIN claims c ON c.id = t.claim_id ORDER BY t.document_id, t.id",
    "facts": "SELECT f.id, f.event_type, f.actor, f.target, f.first_seen, f.last_seen,"
    " f.claim_count, f.origin_count, c.document_id AS reference_document,"
    " c.claim_key AS reference_claim FROM facts f LEFT JOIN claims c ON c.id = f.reference_claim"
    " ORDER BY f.id",
    "fact_claims": "SELECT f.fact_id AS fact, c.document_id AS document, c.claim_key AS claim,"
    " f.stance, f.origin FROM fact_claims f JOIN claims c ON c.id = f.claim_id"
    " WHERE f.fact_id IS NOT NULL ORDER BY f.fact_id, c.document_id, c.start, c.claim_key",
    "failures": "SELECT document_id AS document, stage, error, at FROM failures"
    " ORDER BY document_id, id",
}


class ExportSql(Sql):
    """Whole tables as rows with the data model's names."""

    def table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of ``table`` (one of :data:`lagebild.store.rows.COLUMNS`), in a fixed
        order: by document, then as stored."""
        if table not in COLUMNS:
            raise ValueError(f"no such table to export: {table!r}")
        if table == "failures" and self.one(self.dialect.table_exists, ("failures",)) is None:
            return  # a store opened read-only from before migration 0004
        for row in self.stream(_SELECT[table]):
            yield typed(table, row)
