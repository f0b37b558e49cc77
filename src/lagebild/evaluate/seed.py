"""Score an analysis JSON against a seed gold file (the scorer behind ``lagebild eval seed``).

The prediction is the analysis JSON of DESIGN.md ("The analysis JSON"): spans are
``{"text", "start", "end"}`` into ``pred["document"]["text"]``. The gold file names
plain strings; its "about" field and DESIGN.md "Conventions" give the matching rules,
implemented here as follows.

- Locating gold strings: a claim's message is placed at each of its occurrences (the one
  that best overlaps the matched prediction wins); its source, cue, quantities and times
  are the occurrences nearest that message (whole-word occurrences preferred). Entity
  mentions and document-level times match any occurrence. Whitespace runs in a gold
  string match any whitespace run. Gold strings absent from the text are not scored and
  are listed in ``DocumentScore.absent``.
- Claims: a prediction matches a gold claim when their messages (union of characters of
  all message spans) share at least half of the longer one. Matching is one-to-one,
  greedy by overlap ratio. Precision, recall and F1 count all claims, unattributed ones
  included.
- Fields are checked only where the gold states them (a key absent from the gold claim is
  not checked). A gold claim without a matching prediction counts every field it states
  as missed, so ``fields`` measures the whole gold analysis, not only the matched part.
  Fields: ``source``, ``cue``, ``addressee`` (overlap rule, or one span inside the other
  with the smaller a capitalised name that is not a lone determiner or pronoun; a null
  gold needs a null prediction); ``source_entity``, ``relayed_by``, ``event.actor``,
  ``event.target`` (case-insensitive name equal to the gold canonical, its form without
  a parenthetical, or an alias the gold entities list for it); ``form``, ``modality``,
  ``stwr``, ``event.type`` (equal); ``event`` (only for a null gold event: the
  prediction's must be null or absent); ``event.place`` (span overlap);
  ``quantity`` (one per gold figure: a predicted figure of the claim overlaps it, and its
  value and approximate flag agree, or for a vague amount the ranges overlap);
  ``quantity.unit`` (when the gold gives one: case-insensitive equal; missed when the
  figure is not found); ``time`` (one per gold time: a predicted time of the claim
  overlaps it and every ``from``/``to`` the gold states agrees at the coarser
  granularity, null needing null).
- Entities: per gold mention string, recall (some predicted mention of any entity
  overlaps an occurrence) and canonical accuracy (such a mention belongs to an entity
  named like the gold one); entity recall (a gold entity with a correctly named
  mention), precision (predicted entities named like some gold entity), type and
  wikidata accuracy of the predicted entities named like a gold one.
- Predictions on the title or dateline count against precision (they are not claims).
  Gold keys not named above (``supports``, ``relations``, ``event.status``, a time's
  ``approximate``) are not scored.
- Spans whose offsets disagree with ``document.text`` are listed in
  ``DocumentScore.bad_spans`` (scoring uses the offsets).
- Document times: a gold time is resolved when a top-level predicted time overlaps an
  occurrence and its ``from``/``to`` agree as for claim times.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lagebild.evaluate.matching import (
    Interval,
    bad_spans,
    dates_match,
    head_or_phrase_match,
    locate_message,
    names_match,
    nearest,
    occurrences,
    overlap,
    overlap_ratio,
    pred_intervals,
    quantity_value_match,
    span_text,
    spans_match,
    units_match,
)
from lagebild.evaluate.report import explain, format_report
from lagebild.evaluate.scores import (
    Check,
    ClaimResult,
    CorpusScore,
    Count,
    DocumentScore,
    EntityScore,
    ItemResult,
    order_fields,
)

__all__ = [
    "CorpusScore",
    "DocumentScore",
    "explain",
    "format_report",
    "score_corpus",
    "score_document",
]

logger = logging.getLogger(__name__)

Json = Mapping[str, Any]

_SPAN_ROLES = ("source", "cue", "addressee")
_NAME_ROLES = ("source_entity", "relayed_by")
_LABEL_ROLES = ("form", "modality", "stwr")


def score_document(pred: Json, gold: Json, name: str | None = None) -> DocumentScore:
    """Score one analysis JSON (``pred``) against one gold file's dict."""
    text = pred.get("document", {}).get("text") or ""
    if not text:
        logger.warning("prediction has no document.text: every gold string is absent")
    aliases = _aliases(gold)
    absent: list[str] = []
    gold_claims = list(gold.get("claims", []))
    pred_claims = list(pred.get("claims", []))

    placed: list[tuple[Json, list[list[Interval]]]] = []
    for gc in gold_claims:
        candidates = locate_message(text, gc.get("message") or [])
        if candidates:
            placed.append((gc, candidates))
        else:
            absent.append(f"{gc.get('id', '?')} message {_short(span_text(gc.get('message')))}")

    pred_msgs = [pred_intervals(text, pc.get("message")) for pc in pred_claims]
    assignment = _match_claims(placed, pred_msgs)

    fields: dict[str, Count] = {}
    results: list[ClaimResult] = []
    for gi, (gc, candidates) in enumerate(placed):
        pi, ci, ratio = assignment.get(gi, (None, 0, 0.0))
        pc = pred_claims[pi] if pi is not None else None
        anchor = candidates[ci]
        checks = _claim_checks(text, gc, anchor, pc, aliases, absent)
        for check in checks:
            fields.setdefault(check.field, Count()).add(check.ok)
        results.append(
            ClaimResult(
                gold_id=str(gc.get("id", gi)),
                message=span_text(gc.get("message")) or "",
                pred_id=_pred_id(pc, pi) if pc is not None and pi is not None else None,
                overlap=ratio,
                checks=checks,
                rule=(pc or _nearest_pred(pred_claims, pred_msgs, anchor) or {}).get("rule"),
            )
        )
    used = {pi for pi, _, _ in assignment.values()}
    unmatched = [
        (_pred_id(pc, pi), span_text(pc.get("message")) or "", pc.get("rule"))
        for pi, pc in enumerate(pred_claims)
        if pi not in used
    ]
    times, time_results = _score_times(text, gold, pred, absent)
    return DocumentScore(
        name=name or _doc_name(gold),
        gold_claims=len(placed),
        pred_claims=len(pred_claims),
        matched=len(assignment),
        fields=order_fields(fields),
        claims=results,
        unmatched_pred=unmatched,
        entities=_score_entities(text, gold, pred, aliases, absent),
        times=times,
        time_results=time_results,
        absent=absent,
        bad_spans=bad_spans(text, {k: v for k, v in pred.items() if k != "document"}),
    )


def score_corpus(
    pairs: Iterable[tuple[Json, Json]], names: Sequence[str] | None = None
) -> CorpusScore:
    """Score ``(pred, gold)`` pairs; pooled scores are micro-averages over all documents."""
    docs = []
    for i, (pred, gold) in enumerate(pairs):
        name = names[i] if names is not None and i < len(names) else None
        docs.append(score_document(pred, gold, name=name))
    return CorpusScore(docs)


# -- claims ----------------------------------------------------------------------------


def _match_claims(
    placed: Sequence[tuple[Json, list[list[Interval]]]], pred_msgs: Sequence[list[Interval]]
) -> dict[int, tuple[int, int, float]]:
    """One-to-one greedy matching: gold index -> (pred index, message placement, ratio)."""
    pairs: list[tuple[float, int, int, int]] = []
    for gi, (_, candidates) in enumerate(placed):
        for pi, pm in enumerate(pred_msgs):
            if not pm:
                continue
            # best placement of the gold message for this prediction; ties: earliest
            ci = max(range(len(candidates)), key=lambda i: (overlap_ratio(candidates[i], pm), -i))
            if spans_match(candidates[ci], pm):
                pairs.append((overlap_ratio(candidates[ci], pm), gi, pi, ci))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    assignment: dict[int, tuple[int, int, float]] = {}
    taken: set[int] = set()
    for ratio, gi, pi, ci in pairs:
        if gi in assignment or pi in taken:
            continue
        assignment[gi] = (pi, ci, ratio)
        taken.add(pi)
    return assignment


def _claim_checks(
    text: str,
    gold: Json,
    anchor: list[Interval],
    pred: Json | None,
    aliases: Mapping[str, Sequence[str]],
    absent: list[str],
) -> list[Check]:
    """Field checks of one gold claim; every check fails when ``pred`` is None."""
    checks: list[Check] = []
    gid = gold.get("id", "?")
    p: Json = pred if pred is not None else {}
    found = pred is not None

    def add(
        name: str, ok: bool, g: Any, pv: Any, at: tuple[int | None, int | None] = (None, None)
    ) -> None:
        checks.append(Check(name, found and ok, g, pv, *at))

    for role in _SPAN_ROLES:
        if role not in gold:
            continue
        g = gold[role]
        if g is None:
            add(role, p.get(role) is None, None, span_text(p.get(role)))
            continue
        giv = nearest(text, g, anchor)
        if giv is None:
            absent.append(f"{gid} {role} {_short(g)}")
            continue
        piv = pred_intervals(text, p.get(role), anchor)
        at = (giv[0], piv[0][0] if piv else None)
        add(role, head_or_phrase_match(text, [giv], piv), g, span_text(p.get(role)), at)

    for role in _NAME_ROLES:
        if role in gold:
            add(role, _name_ok(gold[role], p.get(role), aliases), gold[role], p.get(role))
    for role in _LABEL_ROLES:
        if role in gold:
            add(role, p.get(role) == gold[role], gold[role], p.get(role))

    if "event" in gold:
        checks.extend(_event_checks(text, gold, anchor, p, found, aliases, absent))
    checks.extend(_quantity_checks(text, gold, anchor, p, found, absent))
    checks.extend(_time_checks(text, gold, anchor, p, found, absent))
    return checks


def _event_checks(
    text: str,
    gold: Json,
    anchor: list[Interval],
    p: Json,
    found: bool,
    aliases: Mapping[str, Sequence[str]],
    absent: list[str],
) -> list[Check]:
    ge = gold["event"]
    pe = p.get("event") or None
    if ge is None:
        return [Check("event", found and pe is None, None, pe)]
    pe_map: Json = pe if isinstance(pe, Mapping) else {}
    checks = []
    if "type" in ge:
        ok = pe_map.get("type") == ge["type"]
        checks.append(Check("event.type", found and ok, ge["type"], pe_map.get("type")))
    for role in ("actor", "target"):
        if role in ge:
            ok = _name_ok(ge[role], pe_map.get(role), aliases)
            checks.append(Check(f"event.{role}", found and ok, ge[role], pe_map.get(role)))
    if "place" in ge:
        g, pv = ge["place"], pe_map.get("place")
        if g is None:
            checks.append(Check("event.place", found and pv is None, None, span_text(pv)))
        else:
            giv = nearest(text, g, anchor)
            if giv is None:
                absent.append(f"{gold.get('id', '?')} event.place {_short(g)}")
            else:
                ok = spans_match([giv], pred_intervals(text, pv, anchor))
                checks.append(Check("event.place", found and ok, g, span_text(pv)))
    return checks


def _quantity_checks(
    text: str, gold: Json, anchor: list[Interval], p: Json, found: bool, absent: list[str]
) -> list[Check]:
    checks = []
    pool = [(pq, pred_intervals(text, pq, anchor)) for pq in p.get("quantities") or []]
    taken: set[int] = set()
    for gq in gold.get("quantities") or []:
        giv = nearest(text, gq.get("text", ""), anchor)
        if giv is None:
            absent.append(f"{gold.get('id', '?')} quantity {_short(gq.get('text'))}")
            continue
        hit = _best_overlap([giv], pool, taken)
        pq = pool[hit][0] if hit is not None else None
        ok = pq is not None and quantity_value_match(gq, pq)
        checks.append(Check("quantity", found and ok, _describe(gq), _describe(pq)))
        if gq.get("unit"):
            unit = pq.get("unit") if pq is not None else None
            ok = pq is not None and units_match(gq["unit"], unit)
            checks.append(Check("quantity.unit", found and ok, gq["unit"], unit))
    return checks


def _time_checks(
    text: str, gold: Json, anchor: list[Interval], p: Json, found: bool, absent: list[str]
) -> list[Check]:
    checks = []
    pool = [(pt, pred_intervals(text, pt, anchor)) for pt in p.get("times") or []]
    taken: set[int] = set()
    for gt in gold.get("times") or []:
        giv = nearest(text, gt.get("text", ""), anchor)
        if giv is None:
            absent.append(f"{gold.get('id', '?')} time {_short(gt.get('text'))}")
            continue
        hit = _best_overlap([giv], pool, taken)
        pt = pool[hit][0] if hit is not None else None
        ok = pt is not None and _dates_ok(gt, pt)
        checks.append(Check("time", found and ok, _describe(gt), _describe(pt)))
    return checks


def _best_overlap(
    gold: list[Interval], pool: Sequence[tuple[Json, list[Interval]]], taken: set[int]
) -> int | None:
    """Index of the untaken pool item overlapping ``gold`` best (>= half), marked taken."""
    best: tuple[float, int] | None = None
    for i, (_, ivs) in enumerate(pool):
        if i in taken or not spans_match(gold, ivs):
            continue
        ratio = overlap_ratio(gold, ivs)
        if best is None or ratio > best[0]:
            best = (ratio, i)
    if best is None:
        return None
    taken.add(best[1])
    return best[1]


def _dates_ok(gold: Json, pred: Json) -> bool:
    return all(dates_match(gold[k], pred.get(k)) for k in ("from", "to") if k in gold)


def _name_ok(gold: Any, pred: Any, aliases: Mapping[str, Sequence[str]]) -> bool:
    if gold is None:
        return pred is None
    return names_match(str(gold), pred, aliases)


# -- entities and document times -------------------------------------------------------


def _score_entities(
    text: str, gold: Json, pred: Json, aliases: Mapping[str, Sequence[str]], absent: list[str]
) -> EntityScore:
    score = EntityScore()
    pred_entities = [e for e in pred.get("entities") or [] if isinstance(e, Mapping)]
    mentions = [
        (str(e.get("canonical") or ""), iv)
        for e in pred_entities
        for m in e.get("mentions") or []
        for iv in pred_intervals(text, m)
    ]
    gold_entities = [e for e in gold.get("entities") or [] if e.get("canonical")]
    for ge in gold_entities:
        canonical = ge["canonical"]
        scorable = named = False
        for m in ge.get("mentions") or []:
            occ = occurrences(text, m)
            if not occ:
                absent.append(f"entity {canonical} mention {_short(m)}")
                continue
            scorable = True
            hits = [c for c, iv in mentions if any(spans_match([o], [iv]) for o in occ)]
            right = any(names_match(canonical, c, aliases) for c in hits)
            named = named or right
            score.mentions.add(bool(hits))
            score.canonical.add(right)
            detail = "" if right else f"pred {sorted(set(hits))}" if hits else "no mention"
            score.results.append(ItemResult(f"entity {canonical}", m, bool(hits), right, detail))
        if scorable:
            score.recall.add(named)
        same = [pe for pe in pred_entities if names_match(canonical, pe.get("canonical"), aliases)]
        if same and ge.get("type"):
            score.type.add(same[0].get("type") == ge["type"])
        if same and ge.get("wikidata"):
            score.wikidata.add(same[0].get("wikidata") == ge["wikidata"])
    for pe in pred_entities:
        score.precision.add(
            any(names_match(ge["canonical"], pe.get("canonical"), aliases) for ge in gold_entities)
        )
    return score


def _score_times(
    text: str, gold: Json, pred: Json, absent: list[str]
) -> tuple[Count, list[ItemResult]]:
    count = Count()
    results: list[ItemResult] = []
    pool = [(pt, pred_intervals(text, pt)) for pt in pred.get("times") or []]
    for gt in gold.get("times") or []:
        occ = occurrences(text, gt.get("text", ""))
        if not occ:
            absent.append(f"time {_short(gt.get('text'))}")
            continue
        hits = [pt for pt, ivs in pool if any(spans_match([o], ivs) for o in occ)]
        right = any(_dates_ok(gt, pt) for pt in hits)
        count.add(right)
        detail = f"gold {_describe(gt)} pred {[_describe(h) for h in hits] or 'none'}"
        results.append(ItemResult("time", gt.get("text", ""), bool(hits), right, detail))
    return count, results


# -- helpers ---------------------------------------------------------------------------


def _aliases(gold: Json) -> dict[str, list[str]]:
    """Gold canonical name -> the aliases its entity lists."""
    out: dict[str, list[str]] = {}
    for e in gold.get("entities") or []:
        if e.get("canonical"):
            out.setdefault(e["canonical"], []).extend(e.get("aliases") or [])
    return out


def _nearest_pred(
    pred_claims: Sequence[Json], pred_msgs: Sequence[list[Interval]], anchor: list[Interval]
) -> Json | None:
    """The prediction whose message overlaps ``anchor`` most (None if none overlaps)."""
    best = max(range(len(pred_msgs)), key=lambda i: overlap(anchor, pred_msgs[i]), default=None)
    if best is None or overlap(anchor, pred_msgs[best]) == 0:
        return None
    return pred_claims[best]


def _pred_id(pc: Json, index: int) -> str:
    return str(pc.get("id") or f"#{index}")


def _doc_name(gold: Json) -> str:
    doc = gold.get("document") or {}
    return str(gold.get("id") or doc.get("title") or "document")


def _short(value: Any, limit: int = 60) -> str:
    s = "" if value is None else str(value)
    return repr(s if len(s) <= limit else s[: limit - 1] + "…")


def _describe(item: Json | None) -> str:
    """Compact text of a quantity or time for explanations."""
    if item is None:
        return "none"
    keys = ("value", "low", "high", "approximate", "unit", "from", "to")
    parts = [f"{k}={item[k]}" for k in keys if k in item]
    return f"{item.get('text')!r} " + " ".join(parts)
