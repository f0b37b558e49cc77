"""Reading facts: the list, one fact's figure table and timeline, a source's claims, an
entity's timeline. Each reader first files claims stored since the last update."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from lagebild.corroborate.update import FactOptions, update_facts
from lagebild.store import Store

_CLAIM_SQL = (
    "SELECT f.claim_id, f.fact_id, f.fact_type, f.stance, f.origin, f.entities,"
    " c.claim_key, c.message, c.source_entity, c.source_text, c.relayed_by, c.modality,"
    " c.event_actor, c.event_target, d.id AS document_id, d.title, d.date,"
    " (SELECT url FROM provenance p WHERE p.document_id = d.id AND p.url IS NOT NULL"
    "  ORDER BY p.id LIMIT 1) AS url"
    " FROM fact_claims f JOIN claims c ON c.id = f.claim_id"
    " JOIN documents d ON d.id = c.document_id"
)


def _fresh(store: Store, options: FactOptions | None) -> sqlite3.Connection | None:
    """The store's connection with every claim filed; a read-only store is read as it is
    (None when no facts were ever filed in it)."""
    if store.readonly:
        return store.conn if store.has_table("facts") else None
    update_facts(store, options)
    return store.conn


def _quantities(conn: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    return [
        {
            "text": q["text"],
            "value": q["value"],
            "low": q["low"],
            "high": q["high"],
            "approximate": bool(q["approximate"]),
            "unit": q["unit"],
        }
        for q in conn.execute(
            "SELECT text, value, low, high, approximate, unit FROM quantities"
            " WHERE claim_id = ? ORDER BY start",
            (claim_id,),
        )
    ]


def _claim_json(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    return {
        "document": {
            "id": row["document_id"],
            "title": row["title"],
            "date": row["date"],
            "url": row["url"],
        },
        "claim": row["claim_id"],
        "claim_key": row["claim_key"],
        "fact": row["fact_id"],
        "source_entity": row["source_entity"],
        "source_text": row["source_text"],
        "relayed_by": row["relayed_by"],
        "origin": row["origin"],
        "modality": row["modality"],
        "stance": row["stance"],
        "message": row["message"],
        "quantities": _quantities(conn, int(row["claim_id"])),
    }


def _fact_json(conn: sqlite3.Connection, fact: sqlite3.Row) -> dict[str, Any]:
    claims = [
        _claim_json(conn, r)
        for r in conn.execute(
            _CLAIM_SQL + " WHERE f.fact_id = ? ORDER BY d.date, d.id, c.start", (fact["id"],)
        )
    ]
    return {
        "id": fact["id"],
        "event": {"type": fact["event_type"], "actor": fact["actor"], "target": fact["target"]},
        "first_seen": fact["first_seen"],
        "last_seen": fact["last_seen"],
        "origins": fact["origin_count"],
        "reference_claim": fact["reference_claim"],
        "stances": _count(c["stance"] for c in claims),
        "claims": claims,
    }


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def list_facts(
    store: Store,
    *,
    entity: str | None = None,
    event: str | None = None,
    since: str | None = None,
    min_claims: int = 1,
    options: FactOptions | None = None,
    limit: int = -1,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Facts (newest last seen first) in the shape of ``lagebild facts --json``.

    entity: a substring of the actor, target, a source or a place of one of its claims.
    event: event type. since: facts last seen on or after this ISO date. limit (-1: all)
    and offset page through them.
    """
    conn = _fresh(store, options)
    if conn is None:
        return []
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
    facts = conn.execute(
        "SELECT * FROM facts WHERE " + " AND ".join(where)
        + " ORDER BY last_seen DESC, claim_count DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()  # fmt: skip
    return [_fact_json(conn, f) for f in facts]


def fact_detail(
    store: Store, fact_id: str, options: FactOptions | None = None
) -> dict[str, Any] | None:
    """One fact with its per-source figure table and its timeline; None if unknown."""
    conn = _fresh(store, options)
    if conn is None:
        return None
    fact = conn.execute("SELECT * FROM facts WHERE id = ?", (fact_id,)).fetchone()
    if fact is None:
        return None
    out = _fact_json(conn, fact)
    table: list[dict[str, Any]] = []
    for claim in out["claims"]:
        for q in claim["quantities"]:
            table.append(
                {
                    "source": claim["source_entity"] or claim["source_text"] or "(unattributed)",
                    "origin": claim["origin"],
                    "date": claim["document"]["date"],
                    "document": claim["document"]["title"],
                    "figure": q,
                    "stance": claim["stance"],
                    "claim": claim["claim"],
                }
            )
    out["figures"] = table
    out["timeline"] = _timeline(out["claims"])
    return out


def _timeline(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per date: who said what about the fact for the first time, and with which stance."""
    seen: set[str] = set()
    entries = []
    for claim in claims:
        origin = claim["origin"]
        entries.append(
            {
                "date": claim["document"]["date"],
                "source": claim["source_entity"] or claim["source_text"] or "(unattributed)",
                "first_from_source": origin not in seen,
                "stance": claim["stance"],
                "figures": [q["text"] for q in claim["quantities"]],
                "message": claim["message"],
                "document": claim["document"]["title"],
                "claim": claim["claim"],
            }
        )
        seen.add(origin)
    return entries


def source_claims(
    store: Store, name: str | None = None, options: FactOptions | None = None
) -> list[dict[str, Any]]:
    """With a name: that source's claims over time (with fact and stance where filed).
    Without: every source with its number of claims and facts, first and last date."""
    conn = _fresh(store, options)
    if conn is None:
        return []
    if name is None:
        rows = conn.execute(
            "SELECT coalesce(c.source_entity, c.source_text) AS source, count(*) AS claims,"
            " count(DISTINCT f.fact_id) AS facts, min(d.date) AS first_seen,"
            " max(d.date) AS last_seen FROM claims c JOIN documents d ON d.id = c.document_id"
            " LEFT JOIN fact_claims f ON f.claim_id = c.id"
            " WHERE coalesce(c.source_entity, c.source_text) IS NOT NULL"
            " GROUP BY 1 ORDER BY claims DESC, source"
        )
        return [dict(r) for r in rows]
    like = f"%{name}%"
    rows = conn.execute(
        _CLAIM_SQL + " WHERE c.source_entity LIKE ? OR c.source_text LIKE ?"
        " ORDER BY d.date, d.id, c.start",
        (like, like),
    )
    return [_claim_json(conn, r) | {"event_type": r["fact_type"]} for r in rows]


def timeline(store: Store, entity: str, options: FactOptions | None = None) -> list[dict[str, Any]]:
    """Claims in facts that involve the entity (actor, target, source or place), by date."""
    conn = _fresh(store, options)
    if conn is None:
        return []
    like = f"%{entity}%"
    rows = conn.execute(
        _CLAIM_SQL + " WHERE f.fact_id IS NOT NULL AND (f.actor LIKE ? OR f.target LIKE ?"
        " OR c.source_entity LIKE ? OR c.source_text LIKE ? OR f.entities LIKE ?"
        " OR f.fact_id IN (SELECT id FROM facts WHERE actor LIKE ? OR target LIKE ?))"
        " ORDER BY d.date, d.id, c.start",
        (like,) * 7,
    )
    out = []
    for r in rows:
        item = _claim_json(conn, r)
        item["event_type"] = r["fact_type"]
        item["entities"] = json.loads(r["entities"])
        out.append(item)
    return out


def claim_facts(store: Store, document_id: str) -> dict[int, dict[str, Any]]:
    """Per claim of one document: its fact's id, type and the claim's stance (filed ones)."""
    conn = _fresh(store, None)
    if conn is None:
        return {}
    rows = conn.execute(
        "SELECT f.claim_id, f.fact_id, f.fact_type, f.stance FROM fact_claims f"
        " WHERE f.document_id = ? AND f.fact_id IS NOT NULL",
        (document_id,),
    )
    return {
        int(r["claim_id"]): {"fact": r["fact_id"], "type": r["fact_type"], "stance": r["stance"]}
        for r in rows
    }
