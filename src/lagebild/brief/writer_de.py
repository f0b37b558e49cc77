"""German briefings: templates by attribution form and modality over the German grammar.

Claims from German documents keep their own words (message, frame, the source as the
article named it on first mention), with reported speech in the Konjunktiv; claims from
other languages are quoted in the original, introduced in German.
"""

from __future__ import annotations

from lagebild.brief.german import (
    is_infinitive_clause,
    looks_nominative,
    phrase_from_text,
    reported_clause,
)
from lagebild.brief.lexicon import EVENT_HEADLINES, EVENT_NOUNS, GERMAN_MONTHS, cue_verb
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

# Words that open a subordinate clause: such a message follows the verb as it is.
SUBORDINATORS = frozenset({"dass", "ob", "wie", "warum", "wann", "wo", "wer", "was", "weil"})
# Modality as the lead marks a figure (the sentence itself keeps the source's own hedge).
MODALITY_MARKS = {"reportative": "angeblich", "possible": "möglicherweise"}
# "einem englischsprachigen Bericht": the report's language as an adjective (dative).
REPORT_LANGUAGES = {"en": "englischsprachigen", "de": "deutschsprachigen"}


def german_date(iso: str | None, year: bool = False) -> str:
    """ "2024-10-18" -> "18. Oktober" (with the year when asked)."""
    if not iso or len(iso) < 10:
        return iso or "unbekanntem Datum"
    day, month = int(iso[8:10]), int(iso[5:7])
    text = f"{day}. {GERMAN_MONTHS[month - 1]}"
    return f"{text} {iso[:4]}" if year else text


class GermanWriter(Writer):
    """Sentences of a German briefing."""

    language = "de"
    opposition_heading = "Dementis und Widerspruch"
    reports_heading = "Aus den Berichten"
    title_template = "Lagebild: {topic}"
    sources_one = "Die Angaben stammen vom {date}."
    sources_span = "Die Angaben stammen aus der Zeit vom {start} bis zum {end}."
    one_figure = "Genannt wird eine Zahl: {parts}."
    figures_differ = "Die Zahlen gehen auseinander: {parts}."
    quotes = ("„", "“")

    def date(self, iso: str | None, year: bool = False) -> str:
        return german_date(iso, year)

    # -- the frame of a section ----------------------------------------------------------

    def headline(self, fact: FactView, items: list[FigureItem]) -> str:
        template = EVENT_HEADLINES.get(fact.event_type, ("{actor}", "{actor}"))[0]
        noun = EVENT_NOUNS.get(fact.event_type, (fact.event_type, fact.event_type))[0]
        if fact.actor and (fact.target or "{target}" not in template):
            text = template.format(
                actor=self._place(fact.actor, slot_case(template, "{actor}")),
                target=self._place(fact.target, slot_case(template, "{target}")),
            )
        elif fact.actor:
            text = f"{noun}: {self._place(fact.actor, 'nom')}"
        else:
            text = noun
        found = headline_spread(items)
        if found is not None:
            low, high = found
            low_text = low.figure + (
                "n" if low.figure.endswith("e") and not low.figure[0].isdigit() else ""
            )
            text += " – " + " ".join(
                w for w in ("Angaben von", low_text, "bis", high.figure, high.unit) if w
            )
        return text

    def _place(self, canonical: str | None, case: str) -> str:
        ref = self._ref(canonical)
        return ref.de(case) if ref else "?"

    def _according_to(self, claim: ClaimView) -> str:
        if not claim.attributed:
            return f"laut einem Bericht vom {german_date(claim.date)}"
        if claim.language == "de" and claim.frame and not claim.frame.casefold().startswith("wie "):
            return claim.frame[:1].lower() + claim.frame[1:]
        ref = self.names.source(claim.source_entity, claim.source_text, "de")
        if ref is not None:
            return ref.nach_angaben()
        own = claim.source_text or ""
        phrase = phrase_from_text(own) if claim.language == "de" else None
        if phrase is not None:
            return "nach Angaben " + phrase.decline("gen")
        return f"laut „{own}“"

    def _figure_words(self, item: FigureItem) -> tuple[str, ...]:
        claim = item.claim
        return (
            MODALITY_MARKS.get(claim.modality, ""), item.figure, item.unit,
            self._according_to(claim),
            f"({german_date(claim.date)})" if claim.attributed else "",
        )  # fmt: skip

    def _opposition(self, deny: list[str], contra: list[str]) -> list[str]:
        out = []
        if deny:
            out.append(f"Dementiert {'hat' if len(deny) == 1 else 'haben'} {series(deny)}")
        if contra:
            verb = "widersprach" if len(contra) == 1 else "widersprachen"
            out.append(f"{capitalize(series(contra))} {verb} in Teilen")
        return out

    def _who(self, claim: ClaimView, subject: bool = True) -> str:
        """German names every opposing source in the nominative (``subject`` is moot)."""
        own = claim.source_text
        if (
            own and claim.language == "de" and claim.cue and not claim.frame
            and not is_pronoun(own) and looks_nominative(own)
        ):  # fmt: skip
            return _lower_article(own)
        ref = self.names.source(claim.source_entity, own, "de")
        if ref is not None:
            return ref.de("nom")
        if not own:
            return "ein Bericht"
        return own if claim.language == "de" else self._quoted(own)

    # -- one claim -----------------------------------------------------------------------

    def _own_words_usable(self, claim: ClaimView) -> bool:
        own = claim.source_text
        return bool(
            claim.language == "de"
            and own
            and not is_pronoun(own)
            and looks_nominative(own)
            and claim.cue
            and (not claim.frame or claim.frame.casefold().startswith("wie "))
        )

    def _nominative(self, ref: Referent) -> str:
        return ref.de("nom")

    def _subject(self, claim: ClaimView, ctx: Context) -> tuple[str, bool] | None:
        """The subject of a claim's sentence and whether it is plural."""
        found = self._subject_text(claim, ctx)
        if found is None:
            return None
        text, ref = found
        plural = " und " in text or bool(ref and ref.plural and text == ref.de("nom"))
        return _lower_article(text), plural

    def _unattributed(self, claim: ClaimView, text: str, date: str) -> str:
        origin = "einem Bericht" if claim.language == "de" else (
            f"einem {REPORT_LANGUAGES.get(claim.language, claim.language)} Bericht"
        )  # fmt: skip
        return f"In {origin} vom {date} heißt es: „{text}“."

    def _attributed(
        self, claim: ClaimView, text: str, ctx: Context, when: str | None
    ) -> str | None:
        subject = self._subject(claim, ctx)
        if subject is None:
            return None
        who, plural = subject
        verb = cue_verb(claim.cue)
        finite = verb.de[1 if plural else 0] if verb else ("äußerten" if plural else "äußerte")
        particle = f" {verb.particle}" if verb and verb.particle else ""
        if claim.language != "de":
            quote = drop_opener(text, ("that",))
            language = REPORT_LANGUAGES.get(claim.language, claim.language)
            report = self._foreign_report(ctx, f" laut einem {language} Bericht")
            if verb is None:
                finite, particle = finite + " sich", ""
            gloss = figure_gloss(claim, "de")
            rest = f"{report}{particle}: „{quote}“{gloss}"
            return _v2(finite, who, rest, when)
        if claim.frame and not claim.frame.casefold().startswith("wie ") and text[0].islower():
            stand = f" (Stand: {when})" if when else ""
            return f"{capitalize(claim.frame)} {text}{stand}."
        if claim.form == "reported":
            if verb is None:
                return None
            if verb.preposition and not text.casefold().startswith(verb.preposition + " "):
                return None
            return _v2(finite, who, f" {text}{particle}", when)
        if is_infinitive_clause(text):
            return _v2(finite, who, f"{particle}, {text}", when)
        if text[0].isupper() or verb is None:
            head = capitalize(reported_clause(text))
            on = f" am {when}" if when else ""
            if verb is None:
                return f"{head}, so {who}{on}."
            return f"{head}, {finite} {who}{on}{particle}."
        first = text.split()[0].casefold()
        content = text if first in SUBORDINATORS else reported_clause(text)
        if claim.form == "direct":
            return _v2(finite, who, f"{particle}: „{content}“", when)
        return _v2(finite, who, f"{particle}, {content}", when)


# The case a preposition before a headline's slot governs ("aus Nordkorea", "für die Ukraine").
PREPOSITION_CASES = {"aus": "dat", "zwischen": "dat", "für": "acc", "gegen": "acc"}


def slot_case(template: str, slot: str) -> str:
    """The case of a name in a headline template: by the preposition before it; "und"
    continues "zwischen"; no preposition (or no such slot): nominative."""
    if slot not in template:
        return "nom"
    words = template[: template.index(slot)].split()
    while words and words[-1] == "und":
        words = words[:-2]  # "zwischen {actor} und {target}": the case of "zwischen"
    return PREPOSITION_CASES.get(words[-1] if words else "", "nom")


def _v2(finite: str, subject: str, rest: str, date: str | None) -> str:
    """A verb-second main clause, opened by the date when one is given."""
    if date:
        return f"Am {date} {finite} {subject}{rest}."
    return f"{capitalize(subject)} {finite}{rest}."


def _lower_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first in ("Der", "Die", "Das") and rest:
        return first.lower() + " " + rest
    return text
