"""What both languages' writers share: the figures of a fact as a briefing lists them,
who is named already, and the date of the sentence before."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from lagebild.brief.figures import figure_text, unit_text
from lagebild.brief.select import ClaimView, FactView

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


class Writer(Protocol):
    language: str

    def title(self, headline: str) -> str: ...
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
            items.append(
                FigureItem(
                    claim, figure_text(q, language, claim.language), unit_text(q, language), key
                )
            )
    return items


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
