"""What a claim is about (its signature), when two claims concern the same fact, and stances.

Everything here is a pure function over ``ClaimRecord``: the store module feeds it rows.
Clustering is single-link over ``compatible``: facts are the connected components of the
graph whose edges join compatible claims, so the result does not depend on the order in
which claims arrive.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from lagebild.corroborate.lexicon import (
    DURATION_CLASS,
    ECONOMIC_CLASSES,
    FAMILIES,
    NEGATION_CUES,
    REPORT_WORDS,
    SERIES_TYPE,
    SOURCE_DETERMINERS,
    STOP_WORDS,
    TOPIC_CUES,
    UNCONFIRMED_CUES,
    UNIT_CLASSES,
)

STANCES = ("supports", "contradicts", "denies", "figure-differs", "unconfirmed")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a claim, as stored (``value`` or ``low``/``high``)."""

    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    unit: str | None = None
    text: str = ""

    def bounds(self, tolerance: float) -> tuple[float, float]:
        """The interval the figure stands for; approximate points widen by ``tolerance``."""
        inf = float("inf")
        if self.value is not None:
            if self.low is not None or self.high is not None:
                return (self.low if self.low is not None else self.value,
                        self.high if self.high is not None else self.value)  # fmt: skip
            spread = abs(self.value) * tolerance if self.approximate else 0.0
            return self.value - spread, self.value + spread
        return (
            self.low if self.low is not None else -inf,
            self.high if self.high is not None else inf,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "approximate": self.approximate,
            "unit": self.unit,
        }


@dataclass(slots=True)
class ClaimRecord:
    """A stored claim with what the facts layer needs of it."""

    claim_id: int
    document_id: str
    claim_key: str
    date: str | None
    start: int
    extent: str  # the document text from the claim's first to its last message character
    modality: str
    source: str | None = None
    relayed_by: str | None = None
    event_type: str | None = None
    actor: str | None = None
    target: str | None = None
    places: frozenset[str] = field(default_factory=frozenset)  # GPEs named in the message
    figures: list[Figure] = field(default_factory=list)
    language: str | None = None  # of its document (ISO 639-1)

    @property
    def order(self) -> tuple[str, str, int]:
        """Position in the corpus: publication date, then document, then offset."""
        return (self.date or "9999", self.document_id, self.start)


@dataclass(frozen=True, slots=True)
class Signature:
    """The fact-relevant summary of a claim; ``fact_type`` None means it joins no fact."""

    fact_type: str | None
    actor: str | None
    target: str | None
    entities: frozenset[str]
    date: str | None


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + ")")


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether a cue starts a word in the (folded) text."""
    return _cue_pattern(cues).search(fold(text)) is not None


def own_type(claim: ClaimRecord) -> str | None:
    """The claim's event type, or one read from topic cues when the extractor found none.

    A disaster and its toll are one family: a claim of either type that gives a toll is
    about the dead, the injured or the missing (CASUALTIES, CASUALTIES:injured,
    CASUALTIES:missing), whichever type the extractor chose; so are a protest and the
    arrests at it (see FAMILIES)."""
    fact_type = claim.event_type
    if fact_type == "ECONOMIC_FIGURE" and measure(claim) not in (None, *ECONOMIC_CLASSES):
        fact_type = None  # "the number of people evacuated rose to 600": not the economy
    if fact_type is None:
        fact_type = next((t for t, cues in TOPIC_CUES if has_cue(claim.extent, cues)), None)
    if fact_type is None:
        return None
    for types, counted in FAMILIES:
        if fact_type.split(":")[0] in types:
            return next((t for t, cues in counted if has_cue(claim.extent, cues)), fact_type)
    return fact_type


def counts(claim: ClaimRecord) -> list[Figure]:
    """The claim's figures that are not durations."""
    return [f for f in claim.figures if unit_class(f.unit) != DURATION_CLASS]


def measure(claim: ClaimRecord) -> str | None:
    """The class of what the claim's first counted figure counts (people, area, ...)."""
    return next((c for f in counts(claim) if (c := unit_class(f.unit))), None)


def split_by_measure(claims: list[ClaimRecord]) -> list[list[ClaimRecord]]:
    """One group per class of counted thing when a fact's claims count different things
    (area burned, people evacuated, homes damaged); claims without such a figure form a
    group of their own then. One group (all claims) when they count one thing or none."""
    measures = {c.claim_id: measure(c) for c in claims}
    known = sorted({m for m in measures.values() if m})
    if len(known) < 2:
        return [claims]
    groups: dict[str | None, list[ClaimRecord]] = {m: [] for m in known}
    groups[None] = []
    for claim in claims:
        groups[measures[claim.claim_id]].append(claim)
    return [g for g in groups.values() if g]


def source_key(claim: ClaimRecord) -> str | None:
    """The claim's source as a grouping key: its entity, or its own words without
    determiners ("The coastguard" and "the coastguard" are one source)."""
    if not claim.source:
        return None
    words = [w for w in fold(claim.source).split() if w not in SOURCE_DETERMINERS]
    return " ".join(words) or None


def series_key(claim: ClaimRecord) -> tuple[str, str] | None:
    """(source, class counted) of a claim that counts something of a known class."""
    source, counted = source_key(claim), measure(claim)
    return (source, counted) if source and counted else None


def is_series_type(fact_type: str | None) -> bool:
    """Whether a type is none or only a figure series, which an event type replaces."""
    return fact_type is None or fact_type.startswith(SERIES_TYPE + ":")


def series_type(key: tuple[str, str]) -> str:
    """The type of a figure series no event type describes: 'FIGURE:ships:hhla'."""
    return f"{SERIES_TYPE}:{key[1]}:{key[0]}"


def _elliptic_count(claim: ClaimRecord) -> bool:
    """A figure with nothing counted ("Police put the number at 2,500"): it continues the
    count of the claim before it."""
    return bool(claim.figures) and all(f.unit is None for f in claim.figures)


def is_open_reply(claim: ClaimRecord) -> bool:
    """A denial or refusal to comment that points back at earlier reports."""
    open_modality = claim.modality in ("denied", "unconfirmed") or has_cue(
        claim.extent, UNCONFIRMED_CUES
    )
    return open_modality and has_cue(claim.extent, REPORT_WORDS)


def signatures(claims: list[ClaimRecord]) -> dict[int, Signature]:
    """Signatures of one document's claims (a denial of "the reports" takes the type before it)."""
    ordered = sorted(claims, key=lambda c: c.start)
    types = [own_type(c) for c in ordered]
    out: dict[int, Signature] = {}
    for i, claim in enumerate(ordered):
        fact_type = types[i]
        if fact_type is None and is_open_reply(claim):
            before = [t for t in types[:i] if t]
            after = [t for t in types[i + 1 :] if t]
            fact_type = before[-1] if before else (after[0] if after else None)
        if fact_type is None and i > 0 and _elliptic_count(claim) and counts(ordered[i - 1]):
            fact_type = types[i - 1]
        entities = set(claim.places)
        entities.update(e for e in (claim.actor, claim.target) if e)
        out[claim.claim_id] = Signature(
            fact_type, claim.actor, claim.target, frozenset(entities), claim.date
        )
    return out


def content_words(text: str) -> frozenset[str]:
    """The words of a text that carry its content (three letters or more, no function words)."""
    return frozenset(
        w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 3 and w not in STOP_WORDS
    )


def denies_the_same(denial: ClaimRecord, claim: ClaimRecord) -> bool:
    """Whether a denial is about what a claim says: they share two content words or more,
    and most of the shorter one's ("der Damm sei gebrochen" / "bestritt, dass der Damm
    gebrochen sei")."""
    if denial.modality != "denied" or claim.modality == "denied":
        return False
    a, b = content_words(denial.extent), content_words(claim.extent)
    shared = len(a & b)
    return shared >= 2 and shared / min(len(a), len(b)) >= 0.6


def days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def compatible(a: Signature, b: Signature, window_days: int) -> bool:
    """Whether two claims can be about the same fact (an edge of the clustering graph)."""
    if a.fact_type is None or a.fact_type != b.fact_type:
        return False
    if days_apart(a.date, b.date) > window_days:
        return False
    if a.actor and b.actor and a.actor != b.actor:
        return False
    same_actor = bool(a.actor and a.actor == b.actor)
    if a.target and b.target and a.target != b.target and not same_actor:
        return False
    return not (a.entities and b.entities and not a.entities & b.entities)


# Class keys a German compound may end in ("Containerschiff", "Verkehrstote"), longest first.
_SUFFIX_KEYS = sorted((k for k in UNIT_CLASSES if len(k) >= 4), key=len, reverse=True)


def unit_class(unit: str | None) -> str | None:
    """The class of a counted thing (by its lemma, or the last part of a compound); None
    when unknown."""
    if not unit:
        return None
    key = unit.casefold()
    if key in UNIT_CLASSES:
        return UNIT_CLASSES[key]
    return next((UNIT_CLASSES[k] for k in _SUFFIX_KEYS if key.endswith(k)), None)


def comparable(a: Figure, b: Figure) -> bool:
    """Figures compare unless both units are known and of different classes; a duration
    compares only with a duration."""
    ca, cb = unit_class(a.unit), unit_class(b.unit)
    if (ca == DURATION_CLASS) != (cb == DURATION_CLASS):
        return False
    return ca is None or cb is None or ca == cb


def overlaps(a: Figure, b: Figure, tolerance: float) -> bool:
    lo_a, hi_a = a.bounds(tolerance)
    lo_b, hi_b = b.bounds(tolerance)
    return lo_a <= hi_b and lo_b <= hi_a


def base_stance(claim: ClaimRecord) -> str | None:
    """The stance the claim's own wording fixes, before figures are compared."""
    if claim.modality == "denied":
        return "denies"
    if claim.modality == "unconfirmed" or has_cue(claim.extent, UNCONFIRMED_CUES):
        return "unconfirmed"
    if claim.modality == "unlikely" or has_cue(claim.extent, NEGATION_CUES):
        return "contradicts"
    return None


def reference_figure(claims: list[ClaimRecord]) -> tuple[ClaimRecord, Figure] | None:
    """The fact's reference figure: the first figure given by a claim that affirms the fact."""
    for claim in sorted(claims, key=lambda c: c.order):
        if counts(claim) and base_stance(claim) is None:
            return claim, counts(claim)[0]
    return None


def stance(
    claim: ClaimRecord, reference: tuple[ClaimRecord, Figure] | None, tolerance: float
) -> str:
    """supports | contradicts | denies | figure-differs | unconfirmed."""
    fixed = base_stance(claim)
    if fixed is not None:
        return fixed
    if reference is None or reference[0].claim_id == claim.claim_id:
        return "supports"
    ref = reference[1]
    figures = [f for f in claim.figures if comparable(f, ref)]
    if figures and not any(overlaps(f, ref, tolerance) for f in figures):
        return "figure-differs"
    return "supports"


def origins(claims: list[ClaimRecord], wire_ratio: float) -> dict[int, str]:
    """Origin per claim: its source (a relay such as an agency is not a new origin); claims
    without a source whose wording is a copy of an earlier one share its origin."""
    out: dict[int, str] = {}
    unsourced: list[ClaimRecord] = []
    for claim in sorted(claims, key=lambda c: c.order):
        if claim.source:
            out[claim.claim_id] = claim.source
            continue
        for earlier in unsourced:
            if earlier.document_id != claim.document_id and (
                fuzz.token_set_ratio(fold(earlier.extent), fold(claim.extent)) >= wire_ratio
            ):
                out[claim.claim_id] = out[earlier.claim_id]
                break
        else:
            out[claim.claim_id] = f"author of {claim.document_id}"
            unsourced.append(claim)
    return out
