"""Time expressions in German and English news, resolved against the document date.

Modelled on HeidelTime: patterns find the expressions (``time_patterns``, built from
``time_lexicon``), each rule family (``time_rules``, over a ``time_context.Context``)
normalizes what it finds, this module combines them (overlaps, parts of periods, ranges,
seit/ab/bis), and relative expressions are anchored to the document date. Resolution
choices (the Conventions in DESIGN.md):

- Values are ISO strings at the text's granularity ("2024", "2024-11", "2024-10-18");
  a point has ``from == to``; ``None`` is an open end ("ab November": 2024-11 .. None).
- "seit X"/"since X" runs from X to the document date; "ab X"/"from X" is open at the
  end; "bis X"/"until X"/"by X" is open at the start.
- A weekday is the nearest such day on or before the document date (the document date
  itself if the weekday matches); with a future cue in its clause ("wird", "soll ... am",
  "will", "kommenden") the nearest on or after. "vergangenen/last Montag" is strictly
  before, "kommenden/nächsten/next Montag" strictly after.
- A month without a year is in the document's year. Exceptions: a month after the
  document's month in a clause with a past cue ("hatte", "wurde", "was", a verb in -ed)
  is last year's; a month before the document's month after "ab"/"bis" (unless the clause
  is in the past tense) or with a strong
  future cue ("wird", "soll", "will", but not the passive-prone "werden") is next year's.
  "3. März" without a year follows the same rule. Seasons likewise.
- Vague windows ("in den letzten Monaten", "seit Wochen") run three units back to the
  document date and are ``approximate``; so are parts of periods ("Ende März": days
  21-31; "Mitte 2025": May-August), seasons and "vor zwei Wochen".
- Without a document date, expressions that need one are still found, with both ends
  ``None``.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extract import time_calendar as cal
from lagebild.extract import time_patterns as pat
from lagebild.extract.time_context import Context, Hit
from lagebild.extract.time_rules import RULES, part_name
from lagebild.model import TimeExpr
from lagebild.nlp.extensions import register_extensions

log = logging.getLogger(__name__)


# --- combination: overlaps, parts, ranges, seit/ab/bis ------------------------------------------


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring the longest (then the earliest); sorted by start."""
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _apply_parts(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """ "Ende" + März, "Mitte" + 2025, "mid-" + 2025, "Ende" + nächsten Jahres."""
    out = []
    for hit in hits:
        m = pat.PART_BEFORE.search(ctx.text, max(0, hit.start - 30), hit.start)
        if m is not None and (hit.from_ is None or hit.from_ != hit.to or len(hit.from_) < 10):
            part = part_name(m["part"])
            value = cal.part_of(part, (hit.from_, hit.to))
            if value is not None or ctx.ref is None:
                hit = replace(hit, start=m.start(), from_=value and value[0], to=value and value[1])
                hit = replace(hit, approximate=True)
        out.append(hit)
    return out


def _apply_ranges(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """von März bis Mai, zwischen 2019 und 2021, from Monday to Wednesday, März bis Mai."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        first = hits[i]
        if i + 1 < len(hits):
            second = hits[i + 1]
            between = ctx.text[first.end : second.start]
            before = ctx.text[max(0, first.start - 20) : first.start]
            is_and = pat.AND_CONNECTOR.match(between) is not None
            if pat.RANGE_CONNECTOR.match(between) and (
                not is_and or pat.BETWEEN_BEFORE.search(before)
            ):
                opener = pat.RANGE_OPENER_BEFORE.search(before)
                start = first.start - (len(before) - opener.start()) if opener else first.start
                since = opener is not None and opener.group(0).split()[0].lower() in (
                    "seit",
                    "since",
                )
                out.append(
                    Hit(
                        start,
                        second.end,
                        first.from_,
                        second.to,
                        first.approximate or second.approximate or since,
                        combined=True,
                    )
                )
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _apply_modifiers(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """seit X (X .. document date), ab X (X .. open), bis X (open .. X)."""
    out = []
    for hit in hits:
        if hit.combined:
            out.append(hit)
            continue
        m = pat.MODIFIER_BEFORE.search(ctx.text, max(0, hit.start - 40), hit.start)
        if m is not None:
            if m["since"]:
                to = cal.iso_day(ctx.ref) if ctx.ref else None
                hit = replace(hit, start=m.start(), to=to, combined=True)
            elif m["from"]:
                hit = replace(hit, start=m.start(), to=None, combined=True)
            else:
                hit = replace(hit, start=m.start(), from_=None, combined=True)
        out.append(hit)
    return out


# --- public API ------------------------------------------------------------------------------


def find_times(text: str, ref_date: date | None, lang: str = "de") -> list[TimeExpr]:
    """Time expressions in ``text``, resolved against ``ref_date`` (the document date)."""
    ctx = Context(text, ref_date, lang)
    hits = [hit for rule in RULES for hit in rule(ctx)]
    hits = _longest_first(hits)
    hits = _apply_parts(ctx, hits)
    hits = _apply_ranges(ctx, hits)
    hits = _apply_modifiers(ctx, hits)
    return [
        TimeExpr(text[h.start : h.end], h.start, h.end, h.from_, h.to, h.approximate) for h in hits
    ]


def parse_document_date(text: str) -> date | None:
    """The date a dateline names ("18. Oktober, 2024", "Oct. 25, 2024"); None if not a date."""
    line = pat.TRAILING_CLOCK.sub("", text.strip())
    if not line or len(line) > 60:
        return None
    for lang in ("de", "en"):
        found = find_times(line, None, lang)
        if len(found) == 1:
            t = found[0]
            whole = t.start == 0 and t.end == len(line)
            if whole and t.from_ and t.from_ == t.to and len(t.from_) == 10:
                return date.fromisoformat(t.from_)
    return None


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        log.warning("doc._.doc_date %r is not an ISO date; times stay unresolved", value)
        return None


class TimeExtractor:
    """spaCy component: sets ``doc._.times`` to the resolved time expressions of the text."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        ref = _as_date(doc._.doc_date)
        doc._.times = find_times(doc.text, ref, lang=doc.lang_ or "de")
        return doc


@Language.factory("lagebild_times", default_config={}, assigns=["doc._.times"])
def make_time_extractor(nlp: Language, name: str) -> TimeExtractor:
    """The ``lagebild_times`` pipeline component."""
    return TimeExtractor(nlp, name)
