"""Matching primitives of the seed scorer: locating gold strings; spans, names, dates, figures.

Spans are handled as lists of half-open character intervals ``(start, end)`` into the
stored ``document.text``; a discontinuous message is several intervals and is compared
by the union of its characters.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lagebild.evaluate.function_words import FUNCTION_WORDS, NAME_PARTICLES

logger = logging.getLogger(__name__)

Interval = tuple[int, int]

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"[\w'’.-]+")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


# -- intervals -------------------------------------------------------------------------


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """The union of intervals as sorted, disjoint intervals (empty ones dropped)."""
    out: list[Interval] = []
    for start, end in sorted(iv for iv in intervals if iv[1] > iv[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def size(intervals: Sequence[Interval]) -> int:
    """Number of characters covered by the intervals."""
    return sum(end - start for start, end in merge(intervals))


def overlap(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Number of characters covered by both interval sets."""
    total = 0
    for a_start, a_end in merge(a):
        for b_start, b_end in merge(b):
            total += max(0, min(a_end, b_end) - max(a_start, b_start))
    return total


def overlap_ratio(a: Sequence[Interval], b: Sequence[Interval]) -> float:
    """Shared characters divided by the character count of the longer of the two."""
    longer = max(size(a), size(b))
    return overlap(a, b) / longer if longer else 0.0


def spans_match(a: Sequence[Interval], b: Sequence[Interval]) -> bool:
    """True when the spans share at least half of the longer one's characters."""
    return overlap(a, b) > 0 and overlap_ratio(a, b) >= 0.5


def distance(iv: Interval, anchor: Sequence[Interval]) -> int:
    """Characters between an interval and the nearest interval of ``anchor`` (0 if touching)."""
    return min(max(0, a_start - iv[1], iv[0] - a_end) for a_start, a_end in anchor)


# -- locating gold strings -------------------------------------------------------------


def _pattern(needle: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in needle.split()]
    return re.compile(r"\s+".join(parts))


def occurrences(text: str, needle: str) -> list[Interval]:
    """Every place ``needle`` occurs in ``text`` (whitespace runs match any whitespace run)."""
    if not needle or not needle.strip():
        return []
    return [(m.start(), m.end()) for m in _pattern(needle).finditer(text)]


def _bounded(text: str, iv: Interval) -> bool:
    start, end = iv
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def nearest(text: str, needle: str, anchor: Sequence[Interval]) -> Interval | None:
    """The occurrence of ``needle`` nearest to ``anchor``; whole-word occurrences preferred."""
    found = occurrences(text, needle)
    if not found:
        return None
    whole = [iv for iv in found if _bounded(text, iv)]
    pool = whole or found
    if not anchor:
        return pool[0]
    return min(pool, key=lambda iv: (distance(iv, anchor), iv[0]))


def locate_message(text: str, parts: str | Sequence[str]) -> list[list[Interval]]:
    """Candidate placements of a gold message (one per occurrence of its first part).

    Later parts of a discontinuous message take their occurrence nearest after the
    previous part. An empty list means some part does not occur in the text.
    """
    if isinstance(parts, str):
        parts = [parts]
    parts = [p for p in parts if p and p.strip()]
    if not parts:
        return []
    candidates: list[list[Interval]] = []
    for first in occurrences(text, parts[0]):
        placed = [first]
        for part in parts[1:]:
            found = occurrences(text, part)
            if not found:
                return []
            after = [iv for iv in found if iv[0] >= placed[-1][1]]
            placed.append(after[0] if after else min(found, key=lambda iv: distance(iv, placed)))
        candidates.append(placed)
    return candidates


# -- predicted spans -------------------------------------------------------------------


def pred_intervals(text: str, value: Any, anchor: Sequence[Interval] = ()) -> list[Interval]:
    """Intervals of a predicted span, a list of spans, or (leniently) a bare string.

    Spans with offsets are taken as given (``bad_spans`` reports offsets that disagree
    with the text); a string or a span without offsets is located nearest to ``anchor``.
    """
    if value is None:
        return []
    if isinstance(value, list):
        out: list[Interval] = []
        for item in value:
            out.extend(pred_intervals(text, item, anchor))
        return out
    if isinstance(value, Mapping):
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int):
            said = value.get("text")
            if said is not None and text[start:end] != said:
                logger.debug("span %r does not match text[%d:%d]", said, start, end)
            return [(start, end)]
        value = value.get("text")
    if isinstance(value, str):
        iv = nearest(text, value, anchor)
        return [iv] if iv else []
    return []


def span_text(value: Any) -> str | None:
    """The text of a predicted span, list of spans or string (None when there is none)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        said = value.get("text")
        return said if isinstance(said, str) else None
    if isinstance(value, list):
        texts = [t for t in (span_text(v) for v in value) if t]
        return " … ".join(texts) if texts else None
    return None


# -- source and cue --------------------------------------------------------------------


def is_name(phrase: str) -> bool:
    """True for a capitalised token sequence that is more than a determiner or pronoun."""
    tokens = _TOKEN.findall(phrase)
    if not tokens:
        return False
    has_head = False
    for token in tokens:
        folded = token.casefold()
        if token[0].isupper() or token[0].isdigit():
            if folded not in FUNCTION_WORDS:
                has_head = True
        elif folded not in NAME_PARTICLES:
            return False
    return has_head


def head_or_phrase_match(text: str, gold: Sequence[Interval], pred: Sequence[Interval]) -> bool:
    """Source/cue rule: the overlap rule, or one span inside the other with the smaller a name.

    "Kyrylo Budanow" and "Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow"
    match each other; so do "Budanow" and "Kyrylo Budanow". A determiner or pronoun alone
    inside a longer phrase ("Der") does not.
    """
    if not gold or not pred:
        return False
    if spans_match(gold, pred):
        return True
    shared = overlap(gold, pred)
    smaller = min((gold, pred), key=size)
    if shared == 0 or shared != size(smaller):
        return False
    return is_name(" ".join(text[s:e] for s, e in merge(smaller)))


# -- names -----------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    """Case-folded name with whitespace collapsed."""
    return _WS.sub(" ", name).strip().casefold()


def name_variants(name: str, aliases: Iterable[str] = ()) -> set[str]:
    """A name, its form without a parenthetical and its aliases, all normalized."""
    out: set[str] = set()
    for variant in (name, *aliases):
        if not variant:
            continue
        out.add(normalize_name(variant))
        stripped = _PAREN.sub(" ", variant)
        if stripped.strip():
            out.add(normalize_name(stripped))
    return out


def names_match(gold: str, pred: Any, aliases: Mapping[str, Sequence[str]]) -> bool:
    """True when ``pred`` names the gold entity: canonical, parenthetical-free form or alias.

    ``aliases`` maps a gold canonical name to the aliases the gold file lists for it.
    """
    if not isinstance(pred, str) or not pred.strip():
        return False
    wanted = name_variants(gold, aliases.get(gold, ()))
    return bool(wanted & name_variants(pred))


# -- dates -----------------------------------------------------------------------------


def dates_match(gold: str | None, pred: Any) -> bool:
    """Dates match when one contains the other ("2024-11" and "2024-11-01"); None needs None."""
    if gold is None:
        return pred is None
    if not isinstance(pred, str) or not pred:
        return False
    g, p = gold.strip(), pred.strip()
    short, long_ = sorted((g, p), key=len)
    if not long_.startswith(short):
        return False
    return len(long_) == len(short) or long_[len(short)] in "-T "


# -- quantities ------------------------------------------------------------------------


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def quantity_value_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Point figures: value equal; vague amounts (gold value null): ranges overlap.

    ``approximate`` must agree when the gold states it. A predicted range falls back to
    its value for a missing bound; an open bound (null) reaches to infinity.
    """
    if "approximate" in gold and bool(gold["approximate"]) != bool(pred.get("approximate")):
        return False
    g_value = _num(gold.get("value"))
    p_value = _num(pred.get("value"))
    if g_value is not None:
        return p_value is not None and _close(g_value, p_value)
    g_low, g_high = _num(gold.get("low")), _num(gold.get("high"))
    p_low = _num(pred.get("low"))
    p_high = _num(pred.get("high"))
    if p_low is None:
        p_low = p_value
    if p_high is None:
        p_high = p_value
    if p_low is None and p_high is None:
        return False
    lo = max(
        g_low if g_low is not None else float("-inf"),
        p_low if p_low is not None else float("-inf"),
    )
    hi = min(
        g_high if g_high is not None else float("inf"),
        p_high if p_high is not None else float("inf"),
    )
    return lo <= hi


def units_match(gold: str, pred: Any) -> bool:
    """Units compare case-insensitively."""
    return isinstance(pred, str) and normalize_name(gold) == normalize_name(pred)


def bad_spans(text: str, value: Any, path: str = "") -> list[str]:
    """Paths of spans anywhere in ``value`` whose offsets do not give their text."""
    out: list[str] = []
    if isinstance(value, Mapping):
        start, end, said = value.get("start"), value.get("end"), value.get("text")
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and isinstance(said, str)
            and not (0 <= start <= end <= len(text) and text[start:end] == said)
        ):
            out.append(f"{path or '.'} {said!r} [{start}:{end}]")
        for key, item in value.items():
            if isinstance(item, Mapping | list):
                out.extend(bad_spans(text, item, f"{path}.{key}"))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(bad_spans(text, item, f"{path}[{i}]"))
    return out
