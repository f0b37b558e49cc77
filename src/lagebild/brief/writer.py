"""What both languages' writers share: the frame of a section and of a claim's sentence,
the figures of a fact as a briefing lists them, who is named already, and the date of the
sentence before."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lagebild.brief.figures import figure_text, unit_text
from lagebild.brief.lexicon import UNITS
from lagebild.brief.names import NameBook, Referent
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


class Writer:
    """What a briefing language's writer shares: the frame of a section and the opening of
    a claim's sentence; a subclass gives the words (templates, dates, names) and the
    sentences of attributed claims."""

    language: str
    opposition_heading: str
    reports_heading: str
    title_template: str  # "Lagebild: {topic}"
    # The lead's dates: one day, or a span from ``start`` to ``end``.
    sources_one: str
    sources_span: str
    # The lead's figures: all the same, or differing.
    one_figure: str
    figures_differ: str
    quotes: tuple[str, str]  # opening and closing quotation marks

    def __init__(self, names: NameBook) -> None:
        self.names = names

    def title(self, topic: str) -> str:
        return self.title_template.format(topic=topic)

    def date(self, iso: str | None, year: bool = False) -> str:
        """A document date in the briefing's language, with the year when asked."""
        raise NotImplementedError

    def _ref(self, canonical: str | None) -> Referent | None:
        return self.names.referent(canonical, self.language) if canonical else None

    def headline(self, fact: FactView, items: list[FigureItem]) -> str:
        raise NotImplementedError

    def lead_sources(self, fact: FactView) -> str:
        """When the fact's claims were published: one day, or the first to the last."""
        first = fact.claims[0].date if fact.claims else None
        last = fact.claims[-1].date if fact.claims else None
        if first == last:
            return self.sources_one.format(date=self.date(first, year=True))
        start = self.date(first, year=bool(first and last and first[:4] != last[:4]))
        return self.sources_span.format(start=start, end=self.date(last, year=True))

    def lead_figures(self, items: list[FigureItem]) -> str | None:
        """Every figure with who gave it and when; None without figures."""
        if not items:
            return None
        parts = figure_parts(items, self._figure_words)
        template = self.one_figure if len({i.figure for i in items}) == 1 else self.figures_differ
        return template.format(parts=parts)

    def _figure_words(self, item: FigureItem) -> tuple[str, ...]:
        """The words of one figure in the lead (empty ones are dropped)."""
        raise NotImplementedError

    def lead_opposition(self, claims: list[ClaimView]) -> str | None:
        """Who denied and who contradicted; None when nobody did."""
        deny = unique(self._who(c, False) for c in claims if c.stance == "denies" and c.attributed)
        contra = unique(
            self._who(c, True) for c in claims if c.stance == "contradicts" and c.attributed
        )
        out = self._opposition(deny, contra)
        return ". ".join(out) + "." if out else None

    def _who(self, claim: ClaimView, subject: bool) -> str:
        """The name of a claim's source, as the subject of a sentence or not."""
        raise NotImplementedError

    def _opposition(self, deny: list[str], contra: list[str]) -> list[str]:
        """The sentences (without the full stop) naming those who denied and contradicted."""
        raise NotImplementedError

    def claim_sentence(self, claim: ClaimView, ctx: Context) -> str | None:
        """One claim as a sentence; the date is said when it differs from the sentence
        before. None when the message is too short or the source cannot be named."""
        text = message(claim)
        if text is None:
            return None
        date = self.date(claim.date)
        new_date = date != ctx.last_date
        ctx.last_date = date
        if not claim.attributed:
            return self._unattributed(claim, text, date)
        return self._attributed(claim, text, ctx, date if new_date else None)

    def _subject_text(self, claim: ClaimView, ctx: Context) -> tuple[str, Referent | None] | None:
        """A claim's source as the subject of its sentence, with its knowledge-base referent:
        the article's own words the first time the section names the source (when they can
        stand as a subject here), else the knowledge base's name, else the source text
        (quoted when in another language); None for a bare pronoun. The source counts as
        named afterwards."""
        ref = self.names.source(claim.source_entity, claim.source_text, self.language)
        key = claim.source_entity or claim.source_text or ""
        own = claim.source_text
        if own and self._own_words_usable(claim) and key not in ctx.named:
            text = own
        elif ref is not None:
            text = self._nominative(ref)
        elif own and not is_pronoun(own):
            text = own if claim.language == self.language else self._quoted(own)
        else:
            return None
        ctx.named.add(key)
        return text, ref

    def _own_words_usable(self, claim: ClaimView) -> bool:
        """Whether the article's own words for the source can open a sentence."""
        raise NotImplementedError

    def _nominative(self, ref: Referent) -> str:
        """A referent's name as a subject."""
        raise NotImplementedError

    def _quoted(self, text: str) -> str:
        """``text`` in the briefing language's quotation marks."""
        return f"{self.quotes[0]}{text}{self.quotes[1]}"

    def _unattributed(self, claim: ClaimView, text: str, date: str) -> str:
        """A report's own statement, quoted with its date."""
        raise NotImplementedError

    def _attributed(
        self, claim: ClaimView, text: str, ctx: Context, when: str | None
    ) -> str | None:
        """A source's statement; ``when`` is the date to say, None when already said."""
        raise NotImplementedError

    def _foreign_report(self, ctx: Context, note: str) -> str:
        """``note`` (that the quote comes from a report in another language) the first time
        a paragraph quotes one; "" after that."""
        report = "" if ctx.noted else note
        ctx.noted = True
        return report


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
