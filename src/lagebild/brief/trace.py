"""Checking a briefing against its claims: each sentence must cite claims with spans, and
every number and every capitalised word in it must come from those claims (their
message, source, cue and frame, figures and document dates), from the knowledge base's
names of the entities they name, or from the templates' own words.

German capitalises nouns, so the name check is strict there: a noun the claims do not
hold counts as absent too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lagebild.brief.briefing import Briefing, Sentence
from lagebild.brief.figures import figure_text, numbers_in
from lagebild.brief.lexicon import (
    ENGLISH_MONTHS,
    EVENT_HEADLINES,
    GERMAN_MONTHS,
    TEMPLATE_WORDS,
    UNITS,
)
from lagebild.brief.select import ClaimView
from lagebild.resolve.kb import KnowledgeBase

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


@dataclass(slots=True)
class SentenceCheck:
    """What a sentence holds that its claims do not."""

    sentence: Sentence
    numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    @property
    def traceable(self) -> bool:
        return bool(self.sentence.claims and self.sentence.traces) and not (
            self.numbers or self.names
        )


def _template_words() -> frozenset[str]:
    words = set(TEMPLATE_WORDS) | set(GERMAN_MONTHS) | set(ENGLISH_MONTHS)
    for pair in EVENT_HEADLINES.values():
        for template in pair:
            words.update(_TOKEN.findall(template.replace("{actor}", "").replace("{target}", "")))
    for forms in UNITS.values():
        words.update(w for form in forms for w in form.split())
    return frozenset(words)


TEMPLATE = _template_words()


# Endings the German grammar adds ("Geheimdienst" -> "Geheimdienstes", "Vereinte" ->
# "Vereinten"): a word that differs from an allowed one only in these still traces.
INFLECTIONS = ("ses", "es", "en", "s", "n", "e")


def stems(word: str) -> set[str]:
    """The word case-folded, and without each inflectional ending it may carry
    ("Bündnisses" -> "bündnis", "Geheimdienstes" -> "geheimdienst")."""
    lowered = word.casefold()
    out = {lowered}
    for ending in INFLECTIONS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            out.add(lowered[: -len(ending)])
    return out


def _words(text: str | None) -> set[str]:
    return {w.strip(".-'’") for w in _TOKEN.findall(text or "")}


def allowed_words(claims: list[ClaimView], kb: KnowledgeBase) -> set[str]:
    """Every word the sentence citing these claims may capitalise."""
    out: set[str] = set()
    for claim in claims:
        for text in (claim.message, claim.source_text, claim.cue, claim.frame):
            out |= _words(text)
        for q in claim.quantities:  # the claim's figures as either language writes them
            for language in ("de", "en"):
                out |= _words(figure_text(q, language, claim.language))
        for canonical in (claim.source_entity, claim.actor, claim.target):
            if not canonical:
                continue
            out |= _words(canonical.replace("(", " ").replace(")", " "))
            for alias in kb.aliases_of(canonical):
                out |= _words(alias.text)
    return out


def allowed_numbers(claims: list[ClaimView]) -> set[float]:
    """Every value the sentence citing these claims may write."""
    out: set[float] = set()
    for claim in claims:
        for q in claim.quantities:
            out |= {float(v) for v in (q["value"], q["low"], q["high"]) if v is not None}
        for text in (claim.message, claim.source_text, claim.cue, claim.frame):
            out |= set(numbers_in(text or ""))
        if claim.date and len(claim.date) >= 10:
            out |= {float(claim.date[:4]), float(claim.date[5:7]), float(claim.date[8:10])}
    return out


def check_sentence(
    sentence: Sentence, claims: dict[int, ClaimView], kb: KnowledgeBase
) -> SentenceCheck:
    """The numbers and capitalised words of a sentence its claims do not hold."""
    cited = [claims[c] for c in sentence.claims if c in claims]
    check = SentenceCheck(sentence)
    numbers = allowed_numbers(cited)
    for match in _NUMBER.finditer(sentence.text):
        if not set(numbers_in(match.group())) & numbers:
            check.numbers.append(match.group())
    words = allowed_words(cited, kb) | TEMPLATE
    allowed = {s for w in words for s in stems(w)}
    for token in _TOKEN.findall(sentence.text):
        word = token.strip(".-'’")
        if not word or not word[0].isupper():
            continue
        if word in words or word.capitalize() in words or stems(word) & allowed:
            continue
        if all(stems(part) & allowed for part in re.split(r"[-’']", word) if part):
            continue
        check.names.append(word)
    return check


def check_briefing(
    briefing: Briefing, claims: dict[int, ClaimView], kb: KnowledgeBase
) -> list[SentenceCheck]:
    """Every sentence of the briefing, checked."""
    return [check_sentence(s, claims, kb) for s in briefing.sentences()]
