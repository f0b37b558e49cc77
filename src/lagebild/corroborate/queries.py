"""Reading facts: the list, one fact's figure table and timeline, a source's claims, an
entity's timeline. Each reader first files claims stored since the last update."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lagebild.corroborate.update import FactOptions, update_facts
from lagebild.store import Session, Store


@contextmanager
def _fresh(store: Store, options: FactOptions | None) -> Iterator[Session | None]:
    """A read session with every claim filed; a read-only store is read as it is (None
    when it has no facts tables)."""
    if store.readonly:
        if not store.has_table("facts"):
            yield None
            return
    else:
        update_facts(store, options)
    with store.session(write=False) as session:
        yield session


def _quantities(s: Session, claim_id: int) -> list[dict[str, Any]]:
    return [
        {
            "text": q["text"],
            "value": q["value"],
            "low": q["low"],
            "high": q["high"],
            "approximate": bool(q["approximate"]),
            "unit": q["unit"],
        }
        for q in s.claim_quantities(claim_id)
    ]


def _claim_json(s: Session, row: dict[str, Any]) -> dict[str, Any]:
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
        "quantities": _quantities(s, int(row["claim_id"])),
    }


def _fact_json(s: Session, fact: dict[str, Any]) -> dict[str, Any]:
    claims = [_claim_json(s, r) for r in s.fact_claim_details(fact["id"])]
    reference = fact["reference_claim"]
    for claim in claims:  # the claim whose figure each stance was computed against
        claim["stance_against"] = reference if claim["claim"] != reference else None
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
    with _fresh(store, options) as s:
        if s is None:
            return []
        facts = s.facts(
            entity=entity,
            event=event,
            since=since,
            min_claims=min_claims,
            limit=limit,
            offset=offset,
        )
        return [_fact_json(s, f) for f in facts]


def fact_detail(
    store: Store, fact_id: str, options: FactOptions | None = None
) -> dict[str, Any] | None:
    """One fact with its per-source figure table and its timeline; None if unknown."""
    with _fresh(store, options) as s:
        if s is None:
            return None
        fact = s.fact(fact_id)
        if fact is None:
            return None
        out = _fact_json(s, fact)
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
    with _fresh(store, options) as s:
        if s is None:
            return []
        if name is None:
            return s.source_summary()
        return [
            _claim_json(s, r) | {"event_type": r["fact_type"]} for r in s.source_claim_details(name)
        ]


def timeline(store: Store, entity: str, options: FactOptions | None = None) -> list[dict[str, Any]]:
    """Claims in facts that involve the entity (actor, target, source or place), by date."""
    out = []
    with _fresh(store, options) as s:
        if s is None:
            return []
        rows = s.timeline_claim_details(entity)
        claims = [_claim_json(s, r) for r in rows]
    for r, item in zip(rows, claims, strict=True):
        item["event_type"] = r["fact_type"]
        item["entities"] = json.loads(r["entities"])
        out.append(item)
    return out


def claim_facts(store: Store, document_id: str) -> dict[int, dict[str, Any]]:
    """Per claim of one document: its fact's id, type and the claim's stance (filed ones)."""
    with _fresh(store, None) as s:
        if s is None:
            return {}
        rows = s.claim_facts(document_id)
    return {
        int(r["claim_id"]): {"fact": r["fact_id"], "type": r["fact_type"], "stance": r["stance"]}
        for r in rows
    }
