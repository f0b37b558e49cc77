"""Modality: how firmly a claim's message is put (asserted, reportative, possible, ...).

A hedge anywhere in the message sets the modality ("... kämpfen könnten": possible);
a cue that carries a modality ("dementierte", "forderte") sets it too; the strongest
by ``PRECEDENCE`` wins. Reads and updates ``doc._.claims``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extract.modality_lexicon import (
    PHRASES_DE,
    PHRASES_EN,
    PRECEDENCE,
    WORDS_DE,
    WORDS_EN,
)
from lagebild.model import Claim
from lagebild.nlp.extensions import register_extensions

register_extensions()

_WORD = re.compile(r"\w+", re.UNICODE)


def message_modality(text: str, lang: str, cue_modality: str | None = None) -> str:
    """The modality of a message text, given the modality its cue implies (if any)."""
    words = WORDS_DE if lang == "de" else WORDS_EN
    phrases = PHRASES_DE if lang == "de" else PHRASES_EN
    found: set[str] = set()
    if cue_modality and cue_modality != "asserted":
        found.add(cue_modality)
    lowered = text.lower()
    for token in _WORD.findall(lowered):
        modality = words.get(token)
        if modality:
            found.add(modality)
    for phrase, modality in phrases.items():
        if phrase in lowered:
            found.add(modality)
    for modality in PRECEDENCE:
        if modality in found:
            return modality
    return "asserted"


class ModalityTagger:
    """Sets ``Claim.modality`` of every claim in ``doc._.claims``."""

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = doc._.claims or []
        for claim in claims:
            text = " ".join(s.text for s in claim.message)
            if claim.frame is not None:
                text = f"{claim.frame.text} {text}"
            claim.modality = message_modality(text, doc.lang_, claim.modality)
        return doc


@Language.factory("lagebild_modality", assigns=["doc._.claims"], requires=["doc._.claims"])
def make_modality(nlp: Language, name: str) -> ModalityTagger:
    """Modality of each claim's message from hedges and its cue."""
    return ModalityTagger()
