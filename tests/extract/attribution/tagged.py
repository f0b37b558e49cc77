"""Hand-tagged Docs for rule tests: words, tags, lemmas (and UPOS) given, no model run."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from lagebild.extract.attribution.base import AttributionOptions, RawClaim, RuleSet, find


def tagged_doc(lang: str, sentences: list[str]) -> Doc:
    """A Doc from sentences of ``word/TAG/lemma`` tokens (``word/TAG/lemma/POS`` for
    English), separated by spaces; each sentence starts a new one."""
    words: list[str] = []
    tags: list[str] = []
    lemmas: list[str] = []
    pos: list[str] = []
    starts: list[bool] = []
    for sentence in sentences:
        for n, item in enumerate(sentence.split(" ")):
            parts = item.split("/")
            words.append(parts[0])
            tags.append(parts[1])
            lemmas.append(parts[2] if len(parts) > 2 and parts[2] else parts[0])
            pos.append(parts[3] if len(parts) > 3 else "X")
            starts.append(n == 0)
    nlp = spacy.blank(lang)
    return Doc(
        nlp.vocab,
        words=words,
        tags=tags,
        lemmas=lemmas,
        pos=pos if lang == "en" else None,
        sent_starts=starts,
    )


def claims(doc: Doc, rules: RuleSet) -> list[RawClaim]:
    return find(doc, rules, AttributionOptions())


def text(doc: Doc, rng: tuple[int, int] | None) -> str | None:
    return doc[rng[0] : rng[1]].text if rng else None


def summary(doc: Doc, claim: RawClaim) -> tuple[str, str, str | None, str | None, str]:
    """(rule, form, source, cue, message) of a claim, as text."""
    message = " … ".join(doc[s:e].text for s, e in claim.message)
    return claim.rule, claim.form, text(doc, claim.source), text(doc, claim.cue), message
