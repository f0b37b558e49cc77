"""English briefings: templates by attribution form and modality, reported speech in the
past with the reported clause moved one tense back where the source used the present.

Claims from English documents keep their own words; claims from other languages are
quoted in the original, introduced in English.
"""

from __future__ import annotations

from lagebild.brief.english import backshift, is_present, past_tense
from lagebild.brief.lexicon import ENGLISH_MONTHS, EVENT_HEADLINES, EVENT_NOUNS, cue_verb
from lagebild.brief.names import Referent
from lagebild.brief.select import ClaimView, FactView
from lagebild.brief.writer import (
    Context,
    FigureItem,
    Writer,
    capitalize,
    drop_opener,
    figure_gloss,
    headline_spread,
    is_pronoun,
    series,
)

MODALITY_MARKS = {"reportative": "reportedly", "possible": "possibly"}
LANGUAGE_NAMES = {"de": "German", "en": "English"}


def english_date(iso: str | None, year: bool = False) -> str:
    """ "2024-10-18" -> "October 18" (with the year when asked)."""
    if not iso or len(iso) < 10:
        return iso or "an unknown date"
    text = f"{ENGLISH_MONTHS[int(iso[5:7]) - 1]} {int(iso[8:10])}"
    return f"{text}, {iso[:4]}" if year else text


class EnglishWriter(Writer):
    """Sentences of an English briefing."""

    language = "en"
    opposition_heading = "Denials and contradictions"
    reports_heading = "From the reports"
    title_template = "Briefing: {topic}"
    sources_one = "The statements date from {date}."
    sources_span = "The statements date from {start} to {end}."
    one_figure = "One figure is given: {parts}."
    figures_differ = "The figures differ: {parts}."
    quotes = ("“", "”")

    def date(self, iso: str | None, year: bool = False) -> str:
        return english_date(iso, year)

    def _name(self, canonical: str | None, subject: bool = False) -> str:
        ref = self._ref(canonical)
        return ref.en(subject) if ref else "?"

    def headline(self, fact: FactView, items: list[FigureItem]) -> str:
        template = EVENT_HEADLINES.get(fact.event_type, ("{actor}", "{actor}"))[1]
        if template.startswith("{actor} troops"):
            template = "Troops from {actor}" + template[len("{actor} troops") :]
        elif template.startswith("{actor} arms"):
            template = "Arms from {actor}" + template[len("{actor} arms") :]
        noun = EVENT_NOUNS.get(fact.event_type, (fact.event_type, fact.event_type))[1]
        if fact.actor and (fact.target or "{target}" not in template):
            text = template.format(actor=self._name(fact.actor), target=self._name(fact.target))
        elif fact.actor:
            text = f"{noun}: {self._name(fact.actor, subject=True)}"
        else:
            text = noun
        found = headline_spread(items)
        if found is not None:
            low, high = found
            text += f" – figures from {low.figure} to {_amount(high)}"
        return text

    def _according_to(self, claim: ClaimView) -> str:
        if not claim.attributed:
            return f"according to a report of {english_date(claim.date)}"
        frame = claim.frame or ""
        if claim.language == "en" and frame.casefold().startswith("according to"):
            return frame[:1].lower() + frame[1:]
        ref = self.names.source(claim.source_entity, claim.source_text, "en")
        if ref is not None:
            return f"according to {ref.en(subject=False)}"
        own = claim.source_text or ""
        if claim.language == "en":
            first, _, rest = own.partition(" ")
            return f"according to {'the ' + rest if first == 'The' and rest else own}"
        return f"according to “{own}”"

    def _figure_words(self, item: FigureItem) -> tuple[str, ...]:
        claim = item.claim
        return (
            MODALITY_MARKS.get(claim.modality, ""), _amount(item),
            self._according_to(claim),
            f"({english_date(claim.date)})" if claim.attributed else "",
        )  # fmt: skip

    def _opposition(self, deny: list[str], contra: list[str]) -> list[str]:
        out = []
        if deny:
            out.append(f"Denials came from {series(deny, 'and')}")
        if contra:
            out.append(f"{capitalize(series(contra, 'and'))} contradicted it in part")
        return out

    def _who(self, claim: ClaimView, subject: bool) -> str:
        ref = self.names.source(claim.source_entity, claim.source_text, "en")
        if ref is not None:
            return ref.en(subject)
        own = claim.source_text or ""
        if claim.language != "en":
            return self._quoted(own)
        first, _, rest = own.partition(" ")
        return ("the " + rest) if first == "The" and rest and not subject else own

    def _own_words_usable(self, claim: ClaimView) -> bool:
        own = claim.source_text
        return bool(
            claim.language == "en" and own and not is_pronoun(own) and claim.cue
            and not (claim.frame or "").casefold().startswith("according")
        )  # fmt: skip

    def _nominative(self, ref: Referent) -> str:
        return ref.en(subject=True)

    def _subject(self, claim: ClaimView, ctx: Context) -> str | None:
        """The subject of a claim's sentence ("the Kremlin" for "The Kremlin")."""
        found = self._subject_text(claim, ctx)
        if found is None:
            return None
        first, _, rest = found[0].partition(" ")
        return ("the " + rest) if first == "The" and rest else found[0]

    def _unattributed(self, claim: ClaimView, text: str, date: str) -> str:
        origin = "A report" if claim.language == "en" else (
            f"A {LANGUAGE_NAMES.get(claim.language, claim.language)}-language report"
        )  # fmt: skip
        return f"{origin} of {date} reads: “{text}.”"

    def _attributed(
        self, claim: ClaimView, text: str, ctx: Context, when: str | None
    ) -> str | None:
        who = self._subject(claim, ctx)
        if who is None:
            return None
        verb = cue_verb(claim.cue)
        said = verb.en if verb else "said"
        if claim.language != "en":
            quote = drop_opener(text, ("dass",))
            language = LANGUAGE_NAMES.get(claim.language, claim.language)
            report = self._foreign_report(ctx, f", according to a {language}-language report")
            rest = f"{said}{report}: “{quote}”{figure_gloss(claim, 'en')}"
            return _opened(who, rest, when)
        present = bool(claim.cue and is_present(claim.cue))
        if claim.cue and verb is None:
            said = past_tense(claim.cue)
        if claim.frame and claim.frame.casefold().startswith("according"):
            stand = f" (as of {when})" if when else ""
            return f"{capitalize(claim.frame)}, {text}{stand}."
        if claim.form == "reported":
            return _opened(who, f"{said} {text}", when)
        content = backshift(text) if present else text
        if text[0].isupper() and claim.form != "direct":
            on = f" on {when}" if when else ""
            return f"{content}, {who} {said}{on}."
        if claim.form == "direct":
            return _opened(who, f"{said}: “{content}”", when)
        return _opened(who, f"{said} {content}", when)


def _amount(item: FigureItem) -> str:
    """ "12,000 soldiers", "hundreds of soldiers"."""
    if not item.unit:
        return item.figure
    if not any(ch.isdigit() for ch in item.figure):
        return f"{item.figure} of {item.unit}"
    return f"{item.figure} {item.unit}"


def _opened(subject: str, rest: str, date: str | None) -> str:
    if date:
        return f"On {date}, {subject} {rest}."
    return f"{capitalize(subject)} {rest}."
