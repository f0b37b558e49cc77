"""German refusals and non-confirmations: a negated cue ("nicht bestätigt", "wollte ...
nicht kommentieren") or a pair with "weder ... noch" ("weder bestätigt noch dementiert")
takes its negation into the cue, out of the message, and leaves the message open
(modality ``unconfirmed``, as DESIGN's conventions have it)."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.extract.attribution.base import DocRange, RawClaim
from lagebild.extract.attribution.lexicon_de import LEXICON as LEX

_VERB_POS = frozenset({"VERB", "AUX"})


def negated_cues(doc: Doc, claims: list[RawClaim]) -> None:
    """Refinement: widen negated cues and mark what they leave open (in place); of the two
    verbs of 'weder ... noch', one claim is kept."""
    for claim in claims:
        if claim.cue is None or claim.cue[1] - claim.cue[0] != 1:
            continue
        k = claim.cue[0]
        cue = _neither_nor(doc, k)
        negated = cue is not None
        if cue is None and k > 0 and doc[k - 1].tag_ in LEX.negation_tags:
            cue, negated = (k - 1, k + 1), True  # "nicht bestätigt", "nicht kommentieren"
        if not negated and _ends_in_negation(doc, claim, k):
            negated = True  # "bestätigte die Zahl nicht": the negation closes the clause
            last = claim.message[-1][1] - 1
            if doc[last].tag_ in LEX.negation_tags:
                claim.message = _without(claim.message, (last, last)) or claim.message
        if not negated:
            continue
        lemma = doc[k].lemma_.lower()
        if cue is not None:
            message = _without(claim.message, (cue[0], cue[1] - 1))
            if not message:
                continue  # the negation was all there was to say
            claim.cue, claim.message = cue, message
        if (cue is not None and cue[1] - cue[0] > 2) or lemma in LEX.unconfirmed_when_negated:
            claim.cue_modality = "unconfirmed"
    seen: set[tuple[DocRange | None, DocRange | None]] = set()
    kept = []
    for claim in claims:
        key = (claim.cue, claim.source)
        if claim.cue is not None and claim.cue[1] - claim.cue[0] > 2:
            if key in seen:
                continue
            seen.add(key)
        kept.append(claim)
    claims[:] = kept


def _neither_nor(doc: Doc, k: int) -> DocRange | None:
    """'weder bestätigt noch dementiert' around the cue at ``k`` (either verb), else None."""
    neither, nor = LEX.neither_nor
    before = k >= 3 and doc[k - 1].lower_ == nor and doc[k - 3].lower_ == neither
    if before and doc[k - 2].pos_ in _VERB_POS:
        return (k - 3, k + 1)
    after = k >= 1 and k + 2 < len(doc) and doc[k - 1].lower_ == neither
    if after and doc[k + 1].lower_ == nor and doc[k + 2].pos_ in _VERB_POS:
        return (k - 1, k + 3)
    return None


def _ends_in_negation(doc: Doc, claim: RawClaim, k: int) -> bool:
    """Whether a reported message after its cue ends in a negation that closes the cue's
    clause, inside the message or right after it ('bestätigte die Zahl nicht.')."""
    if not claim.message or claim.form != "reported" or claim.message[-1][0] < k:
        return False
    end = claim.message[-1][1]
    last = end if end < len(doc) and doc[end].tag_ in LEX.negation_tags else end - 1
    closes = last + 1 >= len(doc) or doc[last + 1].is_punct
    return doc[last].tag_ in LEX.negation_tags and closes


def _without(message: list[DocRange], drop: tuple[int, int]) -> list[DocRange]:
    """The message ranges without the tokens ``drop[0]`` to ``drop[1]`` (inclusive)."""
    kept: list[DocRange] = []
    for start, end in message:
        for piece in ((start, min(end, drop[0])), (max(start, drop[1] + 1), end)):
            if piece[0] < piece[1]:
                kept.append(piece)
    return kept
