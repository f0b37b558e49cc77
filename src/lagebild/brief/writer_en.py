"""English briefings: templates by attribution form and modality, reported speech in the
past with the reported clause moved one tense back where the source used the present.

Claims from English documents keep their own words; claims from other languages are
quoted in the original, introduced in English.
"""

from __future__ import annotations

from lagebild.brief.english import backshift, is_present, past_tense
from lagebild.brief.lexicon import ENGLISH_MONTHS, EVENT_HEADLINES, EVENT_NOUNS, cue_verb
from lagebild.brief.names import NameBook, Referent
from lagebild.brief.select import ClaimView, FactView
from lagebild.brief.writer import (
    Context,
    FigureItem,
    capitalize,
    drop_opener,
    figure_gloss,
    figure_parts,
    headline_spread,
    is_pronoun,
    message,
    series,
    unique,
)

MODALITY_MARKS = {"reportative": "reportedly", "possible": "possibly"}
LANGUAGE_NAMES = {"de": "German", "en": "English"}


def english_date(iso: str | None, year: bool = False) -> str:
    """ "2024-10-18" -> "October 18" (with the year when asked)."""
    if not iso or len(iso) < 10:
        return iso or "an unknown date"
    text = f"{ENGLISH_MONTHS[int(iso[5:7]) - 1]} {int(iso[8:10])}"
    return f"{text}, {iso[:4]}" if year else text


class EnglishWriter:
    """Sentences of an English briefing."""

    language = "en"
    opposition_heading = "Denials and contradictions"
    reports_heading = "From the reports"

    def __init__(self, names: NameBook) -> None:
        self.names = names

    def title(self, topic: str) -> str:
        return f"Briefing: {topic}"

    def _ref(self, canonical: str | None) -> Referent | None:
        return self.names.referent(canonical, "en") if canonical else None

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

    def lead_sources(self, fact: FactView) -> str:
        first = fact.claims[0].date if fact.claims else None
        last = fact.claims[-1].date if fact.claims else None
        if first == last:
            return f"The statements date from {english_date(first, year=True)}."
        start = english_date(first, year=bool(first and last and first[:4] != last[:4]))
        return f"The statements date from {start} to {english_date(last, year=True)}."

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

    def lead_figures(self, items: list[FigureItem]) -> str | None:
        if not items:
            return None
        parts = figure_parts(
            items,
            lambda i: (
                MODALITY_MARKS.get(i.claim.modality, ""), _amount(i),
                self._according_to(i.claim),
                f"({english_date(i.claim.date)})" if i.claim.attributed else "",
            ),
        )  # fmt: skip
        if len({i.figure for i in items}) == 1:
            return f"One figure is given: {parts}."
        return f"The figures differ: {parts}."

    def lead_opposition(self, claims: list[ClaimView]) -> str | None:
        deny = unique(self._who(c, False) for c in claims if c.stance == "denies" and c.attributed)
        contra = unique(
            self._who(c, True) for c in claims if c.stance == "contradicts" and c.attributed
        )
        out = []
        if deny:
            out.append(f"Denials came from {series(deny, 'and')}")
        if contra:
            out.append(f"{capitalize(series(contra, 'and'))} contradicted it in part")
        return ". ".join(out) + "." if out else None

    def _who(self, claim: ClaimView, subject: bool) -> str:
        ref = self.names.source(claim.source_entity, claim.source_text, "en")
        if ref is not None:
            return ref.en(subject)
        own = claim.source_text or ""
        if claim.language != "en":
            return f"“{own}”"
        first, _, rest = own.partition(" ")
        return ("the " + rest) if first == "The" and rest and not subject else own

    def _subject(self, claim: ClaimView, ctx: Context) -> str | None:
        ref = self.names.source(claim.source_entity, claim.source_text, "en")
        key = claim.source_entity or claim.source_text or ""
        own = claim.source_text
        usable_own = (
            claim.language == "en" and own and not is_pronoun(own) and claim.cue
            and not (claim.frame or "").casefold().startswith("according")
        )  # fmt: skip
        if usable_own and key not in ctx.named:
            text = own or ""
        elif ref is not None:
            text = ref.en(subject=True)
        elif own and not is_pronoun(own):
            text = own if claim.language == "en" else f"“{own}”"
        else:
            return None
        ctx.named.add(key)
        first, _, rest = text.partition(" ")
        return ("the " + rest) if first == "The" and rest else text

    def claim_sentence(self, claim: ClaimView, ctx: Context) -> str | None:
        text = message(claim)
        if text is None:
            return None
        date = english_date(claim.date)
        new_date = date != ctx.last_date
        ctx.last_date = date
        if not claim.attributed:
            origin = "A report" if claim.language == "en" else (
                f"A {LANGUAGE_NAMES.get(claim.language, claim.language)}-language report"
            )  # fmt: skip
            return f"{origin} of {date} reads: “{text}.”"
        who = self._subject(claim, ctx)
        if who is None:
            return None
        verb = cue_verb(claim.cue)
        said = verb.en if verb else "said"
        if claim.language != "en":
            quote = drop_opener(text, ("dass",))
            language = LANGUAGE_NAMES.get(claim.language, claim.language)
            report = "" if ctx.noted else f", according to a {language}-language report"
            ctx.noted = True
            rest = f"{said}{report}: “{quote}”{figure_gloss(claim, 'en')}"
            return _opened(who, rest, date if new_date else None)
        present = bool(claim.cue and is_present(claim.cue))
        if claim.cue and verb is None:
            said = past_tense(claim.cue)
        if claim.frame and claim.frame.casefold().startswith("according"):
            stand = f" (as of {date})" if new_date else ""
            return f"{capitalize(claim.frame)}, {text}{stand}."
        if claim.form == "reported":
            return _opened(who, f"{said} {text}", date if new_date else None)
        content = backshift(text) if present else text
        if text[0].isupper() and claim.form != "direct":
            when = f" on {date}" if new_date else ""
            return f"{content}, {who} {said}{when}."
        if claim.form == "direct":
            return _opened(who, f"{said}: “{content}”", date if new_date else None)
        return _opened(who, f"{said} {content}", date if new_date else None)


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
