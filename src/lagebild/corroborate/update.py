"""Filing stored claims into facts, incrementally, in the store's own SQLite tables.

Two tables beside the store's: ``fact_claims`` (one row per claim seen: its signature, its
fact, origin and stance) and ``facts`` (one row per fact). An update reads only the claims
not yet in ``fact_claims``, compares each with the claims of the same type inside the time
window, merges the facts it links and recomputes stances of those facts alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from lagebild.corroborate.signature import (
    ClaimRecord,
    Figure,
    Signature,
    compatible,
    origins,
    reference_figure,
    signatures,
    stance,
)
from lagebild.store import Store

log = logging.getLogger(__name__)

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS facts (
        id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        actor TEXT,
        target TEXT,
        first_seen TEXT,
        last_seen TEXT,
        claim_count INTEGER NOT NULL,
        origin_count INTEGER NOT NULL,
        reference_claim INTEGER,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS fact_claims (
        claim_id INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        document_id TEXT NOT NULL,
        fact_id TEXT,
        fact_type TEXT,
        actor TEXT,
        target TEXT,
        entities TEXT NOT NULL,
        date TEXT,
        origin TEXT,
        stance TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS fact_claims_fact ON fact_claims (fact_id)",
    "CREATE INDEX IF NOT EXISTS fact_claims_document ON fact_claims (document_id)",
    "CREATE INDEX IF NOT EXISTS fact_claims_type ON fact_claims (fact_type, date)",
)


@dataclass(frozen=True, slots=True)
class FactOptions:
    """How claims are grouped.

    window_days: claims further apart (publication dates) are never linked directly.
    tolerance: relative spread around an approximate point figure ("rund 10.000").
    wire_ratio: rapidfuzz token_set_ratio at or above which two unsourced claims are copies.
    """

    window_days: int = 45
    tolerance: float = 0.05
    wire_ratio: float = 95.0


@dataclass(slots=True)
class UpdateSummary:
    claims: int = 0
    filed: int = 0
    facts_touched: int = 0


def ensure_tables(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)


def update_facts(store: Store, options: FactOptions | None = None) -> UpdateSummary:
    """File every claim not yet in a fact; one transaction."""
    options = options or FactOptions()
    summary = UpdateSummary()
    with store.transaction() as conn:
        ensure_tables(conn)
        new_ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT c.id FROM claims c LEFT JOIN fact_claims f ON f.claim_id = c.id"
                " WHERE f.claim_id IS NULL"
            )
        ]
        if not new_ids:
            return summary
        summary.claims = len(new_ids)
        records = load_records(conn, new_ids)
        by_document: dict[str, list[ClaimRecord]] = defaultdict(list)
        for record in records.values():
            by_document[record.document_id].append(record)
        sigs: dict[int, Signature] = {}
        for claims in by_document.values():
            sigs.update(signatures(claims))
        conn.executemany(
            "INSERT INTO fact_claims (claim_id, document_id, fact_type, actor, target, entities,"
            " date) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (cid, records[cid].document_id, s.fact_type, s.actor, s.target,
                 json.dumps(sorted(s.entities), ensure_ascii=False), s.date)
                for cid, s in sigs.items()
            ],
        )  # fmt: skip
        components = _link(conn, sigs, options)
        for members in components:
            _write_fact(conn, members, options)
        summary.filed = sum(1 for s in sigs.values() if s.fact_type)
        summary.facts_touched = len(components)
    log.info("facts: %d new claims, %d filed, %d facts touched", summary.claims,
             summary.filed, summary.facts_touched)  # fmt: skip
    return summary


def _link(
    conn: sqlite3.Connection, sigs: dict[int, Signature], options: FactOptions
) -> list[list[int]]:
    """Claim ids of every fact the new claims create or touch (existing members included)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for cid, sig in sorted(sigs.items()):
        if sig.fact_type is None:
            continue
        find(f"c{cid}")
        for row in _candidates(conn, sig, options):
            if row["claim_id"] == cid:
                continue
            other = Signature(
                row["fact_type"], row["actor"], row["target"],
                frozenset(json.loads(row["entities"])), row["date"],
            )  # fmt: skip
            if not compatible(sig, other, options.window_days):
                continue
            node = f"f{row['fact_id']}" if row["fact_id"] else f"c{row['claim_id']}"
            union(f"c{cid}", node)
    groups: dict[str, set[int]] = defaultdict(set)
    for node in list(parent):
        root = find(node)
        if node.startswith("c"):
            groups[root].add(int(node[1:]))
        else:
            groups[root].update(
                int(r[0])
                for r in conn.execute(
                    "SELECT claim_id FROM fact_claims WHERE fact_id = ?", (node[1:],)
                )
            )
    return [sorted(g) for g in groups.values()]


def _candidates(
    conn: sqlite3.Connection, sig: Signature, options: FactOptions
) -> list[sqlite3.Row]:
    if sig.date:
        day = dt.date.fromisoformat(sig.date[:10])
        lo = (day - dt.timedelta(days=options.window_days)).isoformat()
        hi = (day + dt.timedelta(days=options.window_days)).isoformat() + "~"
        # two index ranges: with "date IS NULL OR ..." SQLite read every claim of the type
        return list(
            conn.execute(
                "SELECT * FROM fact_claims WHERE fact_type = ? AND date >= ? AND date <= ?"
                " UNION ALL SELECT * FROM fact_claims WHERE fact_type = ? AND date IS NULL",
                (sig.fact_type, lo, hi, sig.fact_type),
            )
        )
    return list(conn.execute("SELECT * FROM fact_claims WHERE fact_type = ?", (sig.fact_type,)))


def fact_id_for(first: ClaimRecord, digits: int = 8) -> str:
    """A fact's id, fixed by its earliest claim (so independent of ingest order)."""
    digest = hashlib.sha1(f"{first.document_id}:{first.claim_key}".encode()).hexdigest()
    return "F" + digest[:digits]


def _write_fact(conn: sqlite3.Connection, members: list[int], options: FactOptions) -> None:
    records = sorted(load_records(conn, members).values(), key=lambda r: r.order)
    old_ids = {
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT fact_id FROM fact_claims WHERE claim_id IN ({_marks(members)})"
            " AND fact_id IS NOT NULL",
            members,
        )
    }
    fact_id = fact_id_for(records[0])
    conn.executemany("DELETE FROM facts WHERE id = ?", [(i,) for i in old_ids])
    if conn.execute("SELECT 1 FROM facts WHERE id = ?", (fact_id,)).fetchone():
        # another fact's earliest claim shares these 32 bits of hash (about one in ten
        # stores of 30,000 facts has such a pair): this fact takes a longer id
        fact_id = fact_id_for(records[0], digits=16)
    rows = {
        int(r["claim_id"]): r
        for r in conn.execute(
            f"SELECT * FROM fact_claims WHERE claim_id IN ({_marks(members)})", members
        )
    }
    fact_type = rows[records[0].claim_id]["fact_type"]
    reference = reference_figure(records)
    origin = origins(records, options.wire_ratio)
    conn.executemany(
        "UPDATE fact_claims SET fact_id = ?, origin = ?, stance = ? WHERE claim_id = ?",
        [
            (fact_id, origin[r.claim_id], stance(r, reference, options.tolerance), r.claim_id)
            for r in records
        ],
    )
    dates = [r.date for r in records if r.date]
    conn.execute(
        "INSERT INTO facts (id, event_type, actor, target, first_seen, last_seen, claim_count,"
        " origin_count, reference_claim, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            fact_id,
            fact_type,
            _most_common([rows[r.claim_id]["actor"] for r in records]),
            _most_common([rows[r.claim_id]["target"] for r in records]),
            min(dates) if dates else None,
            max(dates) if dates else None,
            len(records),
            len(set(origin.values())),
            reference[0].claim_id if reference else None,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )


def _most_common(values: list[Any]) -> Any:
    counts: dict[Any, int] = defaultdict(int)
    for v in values:
        if v:
            counts[v] += 1
    return max(sorted(counts), key=lambda v: counts[v]) if counts else None


def _marks(items: list[Any]) -> str:
    return ", ".join("?" * len(items))


def load_records(conn: sqlite3.Connection, claim_ids: list[int]) -> dict[int, ClaimRecord]:
    """Claim records (with figures and the GPEs named in the message) for these claims."""
    out: dict[int, ClaimRecord] = {}
    for chunk_start in range(0, len(claim_ids), 500):
        chunk = claim_ids[chunk_start : chunk_start + 500]
        rows = conn.execute(
            'SELECT c.id, c.document_id, c.claim_key, c.start, c."end", c.modality,'
            " c.source_entity, c.source_text, c.relayed_by, c.event_type, c.event_actor,"
            ' c.event_target, d.date, substr(d.text, c.start + 1, c."end" - c.start) AS extent'
            " FROM claims c JOIN documents d ON d.id = c.document_id"
            f" WHERE c.id IN ({_marks(chunk)})",
            chunk,
        )
        for r in rows:
            out[int(r["id"])] = ClaimRecord(
                claim_id=int(r["id"]),
                document_id=r["document_id"],
                claim_key=r["claim_key"],
                date=r["date"],
                start=int(r["start"]),
                extent=r["extent"] or "",
                modality=r["modality"],
                source=r["source_entity"] or r["source_text"],
                relayed_by=r["relayed_by"],
                event_type=r["event_type"],
                actor=r["event_actor"],
                target=r["event_target"],
            )
        for r in conn.execute(
            "SELECT claim_id, text, value, low, high, approximate, unit FROM quantities"
            f" WHERE claim_id IN ({_marks(chunk)}) ORDER BY claim_id, start",
            chunk,
        ):
            out[int(r["claim_id"])].figures.append(
                Figure(
                    r["value"], r["low"], r["high"], bool(r["approximate"]), r["unit"], r["text"]
                )
            )
        places: dict[int, set[str]] = defaultdict(set)
        for r in conn.execute(
            "SELECT c.id, e.canonical FROM claims c JOIN mentions m ON m.document_id ="
            ' c.document_id AND m.start >= c.start AND m."end" <= c."end"'
            " JOIN entities e ON e.id = m.entity_id"
            f" WHERE m.label = 'GPE' AND c.id IN ({_marks(chunk)})",
            chunk,
        ):
            places[int(r[0])].add(r[1])
        for cid, names in places.items():
            out[cid].places = frozenset(names)
    return out
