"""CoNLL-U gold data as spaCy Docs, and token-level scores of a pipeline against it.

Reading uses spaCy's own CoNLL-U converter with multi-word tokens merged ("zum" = "zu dem"
becomes one token, as spaCy's tokenizer leaves it), then repairs what the merge leaves
behind: the joined tag ``APPR_ART`` becomes STTS ``APPRART`` and the joined lemma
"zu der" its first word, the lemma a tagger of unsplit text would give.

Scores follow the CoNLL 2018 shared task where it matters for comparison: every token
counts (punctuation included), UAS/LAS compare heads and the universal part of the
relation (``nmod:poss`` scores as ``nmod``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

MERGED_TAGS = {"APPR_ART": "APPRART", "PTKZU_VVINF": "VVIZU"}


def read_conllu(path: str | Path, vocab: Vocab | None = None, n_sents: int = 1) -> list[Doc]:
    """The sentences of a CoNLL-U file as gold Docs, ``n_sents`` sentences per Doc."""
    return docs_from_conllu(Path(path).read_text(encoding="utf8"), vocab, n_sents)


def docs_from_conllu(text: str, vocab: Vocab | None = None, n_sents: int = 1) -> list[Doc]:
    """CoNLL-U text as gold Docs (see :func:`read_conllu`)."""
    docs = list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=True, no_print=True))
    if vocab is not None:
        docs = [Doc(vocab).from_bytes(doc.to_bytes()) for doc in docs]
    for doc in docs:
        _repair_merged_tokens(doc)
    return docs


def _repair_merged_tokens(doc: Doc) -> None:
    for token in doc:
        if "_" in token.tag_ and token.tag_ != "_":
            token.tag_ = MERGED_TAGS.get(token.tag_, token.tag_.split("_")[0])
        if " " in token.lemma_:
            token.lemma_ = token.lemma_.split(" ")[0]


@dataclass(frozen=True, slots=True)
class PosScores:
    """Token-level accuracies (0..1) over ``tokens`` gold tokens."""

    tokens: int
    upos: float
    tag: float
    morph: float
    lemma: float
    uas: float
    las: float

    def summary(self) -> str:
        """One line with every score in percent."""
        return (
            f"UPOS={self.upos:.1%} tag={self.tag:.1%} morph={self.morph:.1%} "
            f"lemma={self.lemma:.1%} UAS={self.uas:.1%} LAS={self.las:.1%} "
            f"tokens={self.tokens}"
        ).replace("%", "")


def _relation(dep: str) -> str:
    return dep.lower().split(":")[0]


def score_pos(gold_docs: Sequence[Doc], pred_docs: Sequence[Doc]) -> PosScores:
    """Accuracies of ``pred_docs`` against ``gold_docs``; both must have the same tokens.

    An attribute the prediction does not set at all (no parser, say) scores 0 for it.
    Morphology counts only tokens whose gold features are given.
    """
    if len(gold_docs) != len(pred_docs):
        raise ValueError(f"{len(gold_docs)} gold docs but {len(pred_docs)} predicted")
    n = upos = tag = lemma = uas = las = morph = morph_n = 0
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        if [t.text for t in gold] != [t.text for t in pred]:
            raise ValueError(f"token mismatch in {gold.text[:60]!r}")
        parsed = pred.has_annotation("DEP")
        for g, p in zip(gold, pred, strict=True):
            n += 1
            upos += g.pos_ == p.pos_
            tag += g.tag_ == p.tag_
            lemma += g.lemma_ == p.lemma_
            if str(g.morph):
                morph_n += 1
                morph += str(g.morph) == str(p.morph)
            if parsed and g.head.i == p.head.i:
                uas += 1
                las += _relation(g.dep_) == _relation(p.dep_)
    return PosScores(
        tokens=n,
        upos=upos / n if n else 0.0,
        tag=tag / n if n else 0.0,
        morph=morph / morph_n if morph_n else 0.0,
        lemma=lemma / n if n else 0.0,
        uas=uas / n if n else 0.0,
        las=las / n if n else 0.0,
    )


def annotate_gold_tokens(nlp: Language, gold_docs: Iterable[Doc]) -> list[Doc]:
    """Run ``nlp``'s components on the gold tokenization (one Doc per gold Doc)."""
    docs = [
        Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
        for g in gold_docs
    ]
    for _, proc in nlp.pipeline:
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs
