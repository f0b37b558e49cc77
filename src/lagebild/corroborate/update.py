"""Filing stored claims into facts, incrementally, in the store's own tables.

Two tables beside the analyses (their SQL: :mod:`lagebild.store.fact_sql`): ``fact_claims``
(one row per claim seen: its signature, its fact, origin and stance) and ``facts`` (one row
per fact). An update reads only the claims
not yet in ``fact_claims``, compares each with the claims of the same type inside the time
window, merges the facts it links and recomputes stances of those facts alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from lagebild.corroborate.groups import DisjointSets
from lagebild.corroborate.signature import (
    ClaimRecord,
    Figure,
    Signature,
    compatible,
    days_apart,
    denies_the_same,
    is_series_type,
    origins,
    reference_figure,
    series_key,
    series_type,
    signatures,
    split_by_measure,
    stance,
)
from lagebild.corroborate.vectors import (
    Embedder,
    claim_vectors,
    cross_language,
    translation_pairs,
)
from lagebild.store import Session, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FactOptions:
    """How claims are grouped.

    window_days: claims further apart (publication dates) are never linked directly.
    tolerance: relative spread around an approximate point figure ("rund 10.000").
    wire_ratio: rapidfuzz token_set_ratio at or above which two unsourced claims are copies.
    embedder: sentence vectors of claim messages (:func:`encoder_embedder`, the accurate
        profile); None files claims by the lexical signals alone.
    translation_cosine: with an embedder, the cosine at or above which two claims in
        different languages report one thing (:func:`translation_pairs`); set a priori
        between the encoder's cosine of a sentence and its translation (about 0.9) and of
        unrelated news sentences (0.75 to 0.85).
    """

    window_days: int = 45
    tolerance: float = 0.05
    wire_ratio: float = 95.0
    embedder: Embedder | None = None
    translation_cosine: float = 0.88


@dataclass(slots=True)
class UpdateSummary:
    claims: int = 0
    filed: int = 0
    facts_touched: int = 0


def update_facts(store: Store, options: FactOptions | None = None) -> UpdateSummary:
    """File every claim not yet in a fact; one transaction."""
    options = options or FactOptions()
    summary = UpdateSummary()
    with store.session() as conn:
        new_ids = conn.unfiled_claim_ids()
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
        everyone, stored_sigs = _window(conn, records, options)
        retyped = _join_untyped(conn, records, sigs, everyone, stored_sigs, options)
        retyped.update(
            _join_series(conn, records, sigs, everyone, {**stored_sigs, **retyped}, options)
        )
        conn.insert_fact_claims(
            [
                (cid, records[cid].document_id, s.fact_type, s.actor, s.target,
                 json.dumps(sorted(s.entities), ensure_ascii=False), s.date)
                for cid, s in sigs.items()
            ],
        )  # fmt: skip
        components = _link(conn, {**retyped, **sigs}, options)
        for members in components:
            _write_fact(conn, members, options)
        summary.filed = sum(1 for s in sigs.values() if s.fact_type)
        summary.facts_touched = len(components)
    log.info("facts: %d new claims, %d filed, %d facts touched", summary.claims,
             summary.filed, summary.facts_touched)  # fmt: skip
    return summary


def _window(
    conn: Session, records: dict[int, ClaimRecord], options: FactOptions
) -> tuple[dict[int, ClaimRecord], dict[int, Signature]]:
    """The new claims with the stored ones inside the time window around them, and the
    stored ones' signatures."""
    dates = sorted(r.date[:10] for r in records.values() if r.date)
    stored_ids: list[int] = []
    if dates:
        lo = dt.date.fromisoformat(dates[0]) - dt.timedelta(days=options.window_days)
        hi = dt.date.fromisoformat(dates[-1]) + dt.timedelta(days=options.window_days)
        stored_ids = conn.filed_claim_ids_between(lo.isoformat(), hi.isoformat() + "~")
    stored = load_records(conn, stored_ids) if stored_ids else {}
    stored_sigs = {
        int(r["claim_id"]): Signature(
            r["fact_type"], r["actor"], r["target"], frozenset(json.loads(r["entities"])), r["date"]
        )
        for r in conn.fact_claim_rows(stored_ids)
    }  # fmt: skip
    return {**stored, **records}, stored_sigs


def _join_untyped(
    conn: Session,
    records: dict[int, ClaimRecord],
    sigs: dict[int, Signature],
    everyone: dict[int, ClaimRecord],
    stored_sigs: dict[int, Signature],
    options: FactOptions,
) -> dict[int, Signature]:
    """Denials join the fact they deny: a denial and a claim saying what it denies (one of
    them new) are filed alike; with an embedder, so are two reports of one thing in two
    languages, one of them without a type (:func:`translation_pairs`). A claim without a
    type takes the type of a typed partner;
    partners without any type get one of their own ("CLAIM:" and the earliest one's key).
    ``sigs`` of new claims are changed in place; stored claims given a type are updated and
    returned (with their signatures) for linking."""
    joined: DisjointSets[int] = DisjointSets()
    for new in records.values():
        for other in everyone.values():
            if (
                other.claim_id == new.claim_id
                or days_apart(new.date, other.date) > options.window_days
            ):
                continue
            if denies_the_same(new, other) or denies_the_same(other, new):
                joined.union(new.claim_id, other.claim_id)
    if options.embedder is not None:
        compared = cross_language(everyone, set(records))
        pairs = translation_pairs(
            compared,
            {**stored_sigs, **sigs},
            claim_vectors(conn, compared, options.embedder),
            set(records),
            threshold=options.translation_cosine,
            window_days=options.window_days,
        )
        for a, b in pairs:
            joined.union(a, b)
    groups = joined.groups()
    retyped: dict[int, Signature] = {}
    for members in groups.values():
        current = {cid: (sigs.get(cid) or stored_sigs.get(cid)) for cid in members}
        types = {s.fact_type for s in current.values() if s and s.fact_type}
        if len(types) > 1:
            continue
        typed = next((s for s in current.values() if s and s.fact_type), None)
        if typed is None:
            first = min((everyone[c] for c in members), key=lambda r: r.order)
            typed = Signature("CLAIM:" + fact_id_for(first)[1:], None, None, frozenset(), None)
        for cid in members:
            sig = current[cid]
            if sig is not None and sig.fact_type:
                continue
            own = Signature(typed.fact_type, typed.actor, typed.target, typed.entities,
                            everyone[cid].date)  # fmt: skip
            _retype(conn, cid, own, sigs, retyped)
    return retyped


def _retype(
    conn: Session,
    cid: int,
    own: Signature,
    sigs: dict[int, Signature],
    retyped: dict[int, Signature],
) -> None:
    """Give claim ``cid`` the signature ``own``: in ``sigs`` when it is new, else in the
    store and in ``retyped``."""
    if cid in sigs:
        sigs[cid] = own
        return
    retyped[cid] = own
    conn.retype_fact_claim(
        cid, own.fact_type, own.actor, own.target,
        json.dumps(sorted(own.entities), ensure_ascii=False),
    )  # fmt: skip


def _join_series(
    conn: Session,
    records: dict[int, ClaimRecord],
    sigs: dict[int, Signature],
    everyone: dict[int, ClaimRecord],
    stored_sigs: dict[int, Signature],
    options: FactOptions,
) -> dict[int, Signature]:
    """A source's figures of one class of thing form a series: a claim with no event type
    that counts what the same source counts in a typed claim within the window takes that
    claim's type (the nearest in time; "According to the coastguard, the number rose to
    600" joins the coastguard's earlier evacuation figures); one whose source counts that
    class in no typed claim gets a series type of its own (``FIGURE:class:source``), so
    its figures still make a fact. Changes ``sigs`` in place and returns the stored claims
    retyped, as :func:`_join_untyped` does."""
    keys = {cid: key for cid, r in everyone.items() if (key := series_key(r))}
    wanted = {keys[cid] for cid in records if cid in keys}
    retyped: dict[int, Signature] = {}

    def current(cid: int) -> Signature | None:
        return sigs.get(cid) or retyped.get(cid) or stored_sigs.get(cid)

    for key in sorted(wanted):
        members = sorted(
            (cid for cid, k in keys.items() if k == key), key=lambda c: everyone[c].order
        )
        typed = {
            c: sig.fact_type
            for c in members
            if (sig := current(c)) and sig.fact_type and not is_series_type(sig.fact_type)
        }
        for cid in members:
            sig = current(cid)
            if sig is None or not is_series_type(sig.fact_type):
                continue
            near = [
                t
                for t in typed
                if days_apart(everyone[t].date, everyone[cid].date) <= options.window_days
            ]
            if near:
                best = min(near, key=lambda t: days_apart(everyone[t].date, everyone[cid].date))
                fact_type = typed[best]
            else:
                fact_type = series_type(key)
            if fact_type == sig.fact_type:
                continue
            own = Signature(fact_type, sig.actor, sig.target, sig.entities, sig.date)
            _retype(conn, cid, own, sigs, retyped)
    return retyped


def rebuild_facts(store: Store, options: FactOptions | None = None) -> UpdateSummary:
    """Forget every fact and file all stored claims afresh (after claims were replaced)."""
    with store.session() as conn:
        conn.clear_facts()
    return update_facts(store, options)


def _link(conn: Session, sigs: dict[int, Signature], options: FactOptions) -> list[list[int]]:
    """Claim ids of every fact the new claims create or touch (existing members included)."""
    joined: DisjointSets[str] = DisjointSets()
    for cid, sig in sorted(sigs.items()):
        if sig.fact_type is None:
            continue
        joined.find(f"c{cid}")
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
            joined.union(f"c{cid}", node)
    groups: dict[str, set[int]] = defaultdict(set)
    for node in joined:
        root = joined.find(node)
        if node.startswith("c"):
            groups[root].add(int(node[1:]))
        else:
            groups[root].update(conn.fact_member_ids(node[1:]))
    return [sorted(g) for g in groups.values()]


def _candidates(conn: Session, sig: Signature, options: FactOptions) -> list[dict[str, Any]]:
    assert sig.fact_type is not None
    if sig.date:
        day = dt.date.fromisoformat(sig.date[:10])
        lo = (day - dt.timedelta(days=options.window_days)).isoformat()
        hi = (day + dt.timedelta(days=options.window_days)).isoformat() + "~"
        return conn.fact_candidates(sig.fact_type, lo, hi)
    return conn.fact_candidates(sig.fact_type)


def fact_id_for(first: ClaimRecord, digits: int = 8) -> str:
    """A fact's id, fixed by its earliest claim (so independent of ingest order)."""
    digest = hashlib.sha1(f"{first.document_id}:{first.claim_key}".encode()).hexdigest()
    return "F" + digest[:digits]


def _write_fact(conn: Session, members: list[int], options: FactOptions) -> None:
    """Write the fact (or, when its claims count different things, the facts) of linked
    claims, replacing the facts they were in."""
    records = sorted(load_records(conn, members).values(), key=lambda r: r.order)
    rows = {int(r["claim_id"]): r for r in conn.fact_claim_rows(members)}
    old_ids = {r["fact_id"] for r in rows.values() if r["fact_id"] is not None}
    for group in split_by_measure(records):
        _write_group(conn, old_ids, group, rows, options)
        old_ids = set()


def _write_group(
    conn: Session,
    old_ids: set[str],
    records: list[ClaimRecord],
    rows: dict[int, dict[str, Any]],
    options: FactOptions,
) -> None:
    reference = reference_figure(records)
    origin = origins(records, options.wire_ratio)
    dates = [r.date for r in records if r.date]
    fact_id = fact_id_for(records[0])
    if fact_id not in old_ids and conn.fact(fact_id) is not None:
        # another fact's earliest claim shares these 32 bits of hash (about one in ten
        # stores of 30,000 facts has such a pair): this fact takes a longer id
        fact_id = fact_id_for(records[0], digits=16)
    fact = {
        "id": fact_id,
        "event_type": rows[records[0].claim_id]["fact_type"],
        "actor": _most_common([rows[r.claim_id]["actor"] for r in records]),
        "target": _most_common([rows[r.claim_id]["target"] for r in records]),
        "first_seen": min(dates) if dates else None,
        "last_seen": max(dates) if dates else None,
        "claim_count": len(records),
        "origin_count": len(set(origin.values())),
        "reference_claim": reference[0].claim_id if reference else None,
        "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    conn.replace_fact(
        old_ids,
        fact,
        [
            (origin[r.claim_id], stance(r, reference, options.tolerance), r.claim_id)
            for r in records
        ],
    )


def _most_common(values: list[Any]) -> Any:
    counts: dict[Any, int] = defaultdict(int)
    for v in values:
        if v:
            counts[v] += 1
    return max(sorted(counts), key=lambda v: counts[v]) if counts else None


def load_records(conn: Session, claim_ids: list[int]) -> dict[int, ClaimRecord]:
    """Claim records (with figures and the GPEs named in the message) for these claims."""
    out: dict[int, ClaimRecord] = {}
    for r in conn.claim_rows(claim_ids):
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
            language=r.get("language"),
        )
    for r in conn.claim_figures(claim_ids):
        out[int(r["claim_id"])].figures.append(
            Figure(r["value"], r["low"], r["high"], bool(r["approximate"]), r["unit"], r["text"])
        )
    places: dict[int, set[str]] = defaultdict(set)
    for r in conn.claim_places(claim_ids):
        places[int(r["claim_id"])].add(r["canonical"])
    for cid, names in places.items():
        out[cid].places = frozenset(names)
    return out
