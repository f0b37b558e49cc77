"""Attributed claims of a text, their spans checked against the text."""

from __future__ import annotations

from spacy.language import Language

from lagebild.model import Claim
from lagebild.pipeline import claims_from_doc


def attributed(nlp: Language, text: str) -> list[Claim]:
    """The claims of ``text`` that have a source or frame, each span's text checked against
    the Doc's text at its offsets."""
    doc = nlp(text)
    claims: list[Claim] = [c for c in claims_from_doc(doc) if c.form != "unattributed"]
    for claim in claims:
        for span in [*claim.message, claim.source, claim.cue, claim.frame]:
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
    return claims


def claims_of(nlp: Language, text: str) -> list[Claim]:
    """All claims of ``text``, each span's text checked against the Doc's text."""
    doc = nlp(text)
    claims: list[Claim] = claims_from_doc(doc)
    for claim in claims:
        for span in [*claim.message, claim.source, claim.cue, claim.frame]:
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
    return claims


def only_claim(nlp: Language, text: str) -> Claim:
    """The one claim of ``text`` (fails naming the messages when there are more or none)."""
    claims = claims_of(nlp, text)
    assert len(claims) == 1, [c.message_text for c in claims]
    return claims[0]
