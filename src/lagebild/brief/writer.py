"""What both languages' writers share: the figures of a fact as a briefing lists them,
who is named already, and the date of the sentence before."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from lagebild.brief.figures import figure_text, unit_text
from lagebild.brief.lexicon import UNITS
from lagebild.brief.select import ClaimView, FactView
from lagebild.corroborate.signature import unit_class

# Pronouns a claim's source text can be (the briefing names the entity instead).
PRONOUNS = frozenset(
    {"er", "sie", "es", "ich", "wir", "ihr", "he", "she", "it", "they", "we", "i", "you"}
)
# Messages shorter than this many words say too little to stand as a sentence.
MIN_MESSAGE_WORDS = 3
# Stances that go to the paragraph of denials and contradictions.
OPPOSING = ("denies", "contradicts")


@dataclass(frozen=True, slots=True)
class FigureItem:
    """One figure as the lead lists it: its words in the briefing's language, its unit,
    and the claim that gave it."""

    claim: ClaimView
    figure: str
    unit: str
    sort_key: float


@dataclass(slots=True)
class Context:
    """What the sentences of one section have said so far."""

    named: set[str] = field(default_factory=set)
    last_date: str | None = None
    noted: bool = False  # whether the paragraph has said a quote is in another language


class Writer(Protocol):
    language: str

    def title(self, topic: str) -> str: ...
    def headline(self, fact: FactView, items: list[FigureItem]) -> str: ...
    def lead_sources(self, fact: FactView) -> str: ...
    def lead_figures(self, items: list[FigureItem]) -> str | None: ...
    def lead_opposition(self, claims: list[ClaimView]) -> str | None: ...
    def claim_sentence(self, claim: ClaimView, ctx: Context) -> str | None: ...

    opposition_heading: str
    reports_heading: str


def figure_items(fact: FactView, language: str) -> list[FigureItem]:
    """Every figure the fact's affirming claims give, in claim order."""
    items = []
    for claim in fact.claims:
        if claim.stance in OPPOSING:
            continue
        for q in claim.quantities:
            key = next((v for v in (q["value"], q["low"], q["high"]) if v is not None), 0.0)
            unit = unit_text(q, language)
            if not unit and claim.language == language:
                unit = counted_word(claim.message, q["text"], language)
            items.append(FigureItem(claim, figure_text(q, language, claim.language), unit, key))
    return items


def figure_gloss(claim: ClaimView, language: str) -> str:
    """A quote's figures in the briefing's language, to follow a quote in another language:
    " (rund 3.000 Soldaten)", " (about 11,000 infantrymen)"; "" without figures."""
    parts = []
    for q in claim.quantities:
        figure, unit = figure_text(q, language, claim.language), unit_text(q, language)
        vague = not any(ch.isdigit() for ch in figure)
        if unit and vague and language == "en":
            parts.append(f"{figure} of {unit}")
        else:
            parts.append(" ".join(w for w in (figure, unit) if w))
    return f" ({'; '.join(parts)})" if parts else ""


# Words after a figure that are not what it counts ("3,000 of the", "224 seit").
_NOT_COUNTED = frozenset({"of", "had", "have", "were", "was", "are", "is", "and", "to", "in"})


def counted_word(message: str, figure: str, language: str) -> str:
    """The word the message puts after the figure when it names what is counted
    ("224 Demonstranten", "293 people"); "" when none does."""
    at = message.find(figure)
    if at < 0:
        return ""
    following = message[at + len(figure) :].split()
    if not following:
        return ""
    word = following[0].strip(",.;:")
    if not word.isalpha() or word.casefold() in _NOT_COUNTED:
        return ""
    if language == "de" and not word[0].isupper():
        return ""
    return word


def headline_spread(items: list[FigureItem]) -> tuple[FigureItem, FigureItem] | None:
    """The lowest and highest figure among those counting the same thing (the largest such
    group), when they differ; never an average."""
    groups: dict[str, list[FigureItem]] = {}
    for item in items:
        unit = item.unit or ""
        key = unit_class(unit) or unit_class(_lemma_of(unit)) or unit.casefold()
        if key:
            groups.setdefault(key, []).append(item)
    if not groups:
        return None
    largest = max(groups.values(), key=len)
    return spread(largest)


def _lemma_of(plural: str) -> str:
    for lemma, forms in UNITS.items():
        if plural in forms:
            return lemma
    return plural


def message(claim: ClaimView) -> str | None:
    """The claim's message without final punctuation; None when too short to stand alone."""
    text = claim.message.strip().rstrip(".").strip()
    if len(text.split()) < MIN_MESSAGE_WORDS:
        return None
    return text


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_pronoun(text: str | None) -> bool:
    return bool(text) and text.strip().casefold() in PRONOUNS  # type: ignore[union-attr]


def unique(values: Iterable[str]) -> list[str]:
    """The values in order, each once."""
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def series(items: list[str], conjunction: str = "und") -> str:
    """ "A, B und C" / "A, B and C"."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def spread(items: list[FigureItem]) -> tuple[FigureItem, FigureItem] | None:
    """The lowest and highest figure when the figures differ (ordered, never averaged)."""
    if len({i.figure for i in items}) < 2:
        return None
    ordered = sorted(items, key=lambda i: i.sort_key)
    return ordered[0], ordered[-1]


def drop_opener(text: str, openers: tuple[str, ...]) -> str:
    """``text`` without its first word when that word (casefolded) is one of ``openers``."""
    first, _, rest = text.partition(" ")
    return rest if first.casefold() in openers and rest else text


def figure_parts(items: list[FigureItem], words: Callable[[FigureItem], Iterable[str]]) -> str:
    """The figures of a lead: each item's non-empty ``words`` joined by spaces, the items
    by semicolons."""
    return "; ".join(" ".join(w for w in words(i) if w) for i in items)
