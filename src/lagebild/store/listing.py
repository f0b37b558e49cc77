"""What a store holds, summarised: documents, rejects, event types and entities.

These are the lists one filters by (``lagebild claims --event``, ``--entity``) and the
record of what went wrong; each function reads only, in one session of either engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lagebild.store.base import Store


def documents(store: Store, limit: int = 1000) -> list[dict[str, Any]]:
    """Stored documents, newest first: id, date, language, title, outlet, url, claims."""
    sql = (
        "SELECT d.id, d.date, d.language, d.section, d.title, d.ingested_at,"
        " (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS claims,"
        " (SELECT outlet FROM provenance p WHERE p.document_id = d.id AND p.outlet IS NOT NULL"
        "  ORDER BY p.id LIMIT 1) AS outlet,"
        " (SELECT coalesce(p.url, p.path) FROM provenance p WHERE p.document_id = d.id"
        "  ORDER BY p.id LIMIT 1) AS origin,"
        " (SELECT count(*) FROM provenance p WHERE p.document_id = d.id) AS provenances"
        " FROM documents d ORDER BY d.date DESC NULLS LAST, d.ingested_at DESC NULLS LAST, d.id"
        " LIMIT ?"
    )
    return _rows(store, sql, (limit,))


def rejects(store: Store, limit: int = 1000) -> list[dict[str, Any]]:
    """Inputs that could not be ingested, latest first: id, source, reason, at."""
    sql = "SELECT id, source, reason, at FROM rejects ORDER BY id DESC LIMIT ?"
    return _rows(store, sql, (limit,))


def event_types(store: Store) -> list[dict[str, Any]]:
    """Event types of the stored claims with how many claims and documents carry each."""
    sql = (
        "SELECT event_type AS type, count(*) AS claims,"
        " count(DISTINCT document_id) AS documents"
        " FROM claims WHERE event_type IS NOT NULL"
        " GROUP BY event_type ORDER BY claims DESC, event_type"
    )
    return _rows(store, sql)


def entities(store: Store, query: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Entities named in stored documents, most mentioned first: canonical, type, wikidata,
    mentions, documents, and claims they are the source of.

    query: a substring of the canonical name or of a mention's text (case-insensitive).
    """
    where = ""
    params: list[Any] = []
    if query:
        where = (
            " WHERE e.canonical LIKE ? OR EXISTS (SELECT 1 FROM mentions m2"
            " WHERE m2.entity_id = e.id AND m2.text LIKE ?)"
        )
        params += [f"%{query}%", f"%{query}%"]
    sql = (
        "SELECT e.id, e.canonical, e.type, e.wikidata,"
        " (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,"
        " (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)"
        "  AS documents,"
        " (SELECT count(*) FROM claims c WHERE c.source_entity = e.canonical) AS claims"
        f" FROM entities e{where} ORDER BY mentions DESC, e.canonical LIMIT ?"
    )
    params.append(limit)
    return _rows(store, sql, params)


def _rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    with store.session(write=False) as session:
        return session.rows(sql, params)
