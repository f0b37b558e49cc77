"""Modality: how firmly a claim's message is put (asserted, reportative, possible, ...).

A hedge anywhere in the message sets the modality ("... kämpfen könnten": possible);
a cue that carries a modality ("dementierte", "forderte") sets it too; the strongest
by ``PRECEDENCE`` wins. Reads ``doc._.claims``, writes ``doc._.modalities``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extract.claim_spans import ClaimSpans
from lagebild.extract.modality_lexicon import (
    PHRASES_DE,
    PHRASES_EN,
    PRECEDENCE,
    WORDS_DE,
    WORDS_EN,
)
from lagebild.model import Modality
from lagebild.nlp.extensions import register_extensions

register_extensions()

_WORD = re.compile(r"\w+", re.UNICODE)


def message_modality(text: str, lang: str, cue_modality: Modality | None = None) -> Modality:
    """The modality of a message text, given the modality its cue implies (if any)."""
    words = WORDS_DE if lang == "de" else WORDS_EN
    phrases = PHRASES_DE if lang == "de" else PHRASES_EN
    found: set[Modality] = set()
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
    """Writes the modality of every claim in ``doc._.claims`` to ``doc._.modalities``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        claims: list[ClaimSpans] = doc._.claims or []
        doc._.modalities = [claim_modality(doc, claim) for claim in claims]
        return doc


def claim_modality(doc: Doc, claim: ClaimSpans) -> Modality:
    """The modality of one claim: its frame and message text, its cue, the German future."""
    text = " ".join(s.text for s in claim.message)
    if claim.frame is not None:
        text = f"{claim.frame.text} {text}"
    cue_modality = claim.cue_modality or "asserted"
    if cue_modality == "asserted" and _german_future(doc, claim):
        cue_modality = "expected"
    return message_modality(text, doc.lang_, cue_modality)


INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF"})


def _german_future(doc: Doc, claim: ClaimSpans) -> bool:
    """Whether a German message is in the future tense: a finite 'werden' with an
    infinitive after it ("wird ... wachsen", "werde ... zurücktreten"), not a passive
    ("wurden verletzt") or a copula ("wird teurer")."""
    if doc.lang_ != "de":
        return False
    for tokens in claim.message:
        werden = [t for t in tokens if t.lemma_ == "werden" and t.tag_ == "VAFIN"]
        for aux in werden:
            if aux.lower_.startswith(("wurde", "würde")):
                continue  # past passive, or the conditional (not a forecast)
            after = tokens[aux.i - tokens.start + 1 :]
            if any(t.tag_ in INFINITIVE_TAGS for t in after) and not any(
                t.tag_ == "VVPP" for t in after
            ):
                return True
    return False


@Language.factory("lagebild_modality", assigns=["doc._.modalities"], requires=["doc._.claims"])
def make_modality(nlp: Language, name: str) -> ModalityTagger:
    """Modality of each claim's message from hedges and its cue."""
    return ModalityTagger(nlp, name)
