"""Named-entity gold files (GermEval 2014 TSV, CoNLL/IOB2) and strict span scores.

Formats are told apart per line: a first column that is a token index (GermEval 2014:
``index token outer nested``; Universal NER IOB2: ``index token label - -``) puts the
label in the third column; otherwise (CoNLL: ``token ... label``) the label is the last
column. Lines starting with ``#`` are comments, blank lines end a sentence.

Only outer spans are read. GermEval's ``deriv`` and ``part`` variants (``B-LOCderiv`` for
"ukrainischen", ``B-ORGpart`` for "SPD-Fraktion") are not mentions of an entity and count
as ``O`` unless ``keep_derived`` is set, so the labels are PER, ORG, LOC, OTH (and MISC
or whatever else a file uses).

Scores are strict: a predicted span counts only if its start, end and label all match a
gold span (conlleval); an ``I-`` tag without a preceding ``B-`` of its label opens a span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DERIVED_SUFFIXES = ("deriv", "part")

Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class NerSentence:
    """Tokens and their outer BIO tags."""

    words: list[str]
    tags: list[str]


def read_ner_file(path: str | Path, keep_derived: bool = False) -> list[NerSentence]:
    """The sentences of a GermEval 2014 TSV or CoNLL/IOB2 file."""
    sentences: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf8").splitlines():
        if line.startswith("-DOCSTART-") or (
            line.startswith("#") and (not line[1:2].strip() or line.startswith("# "))
        ):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if not cols or not line.strip():
            if words:
                sentences.append(NerSentence(words, tags))
            words, tags = [], []
            continue
        if len(cols) >= 3 and cols[0].isdigit():
            word, tag = cols[1], cols[2]
        elif len(cols) >= 2:
            word, tag = cols[0], cols[-1]
        else:
            raise ValueError(f"{path}: no label column in line {line!r}")
        words.append(word)
        tags.append(normalize_tag(tag, keep_derived))
    if words:
        sentences.append(NerSentence(words, tags))
    return sentences


def normalize_tag(tag: str, keep_derived: bool = False) -> str:
    """A BIO tag with GermEval's derived/part labels mapped to O (unless kept)."""
    if tag in ("O", "_", "-", ""):
        return "O"
    if not keep_derived and tag.endswith(DERIVED_SUFFIXES):
        return "O"
    return tag


def bio_spans(tags: Sequence[str]) -> set[Span]:
    """The (start, end, label) spans of a BIO (or IOB1) tag sequence, end exclusive."""
    spans: set[Span] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        continues = prefix == "I" and start is not None and lab == label
        if start is not None and not continues:
            spans.add((start, i, label))
            start = None
        if prefix == "B" or (prefix == "I" and not continues):
            start, label = i, lab
    return spans


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Strict span precision, recall and F1 for one label (or all)."""

    label: str
    tp: int
    pred: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        """``LABEL P=.. R=.. F1=.. (gold n, predicted m)``."""
        return (
            f"{self.label} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(gold {self.gold}, predicted {self.pred})"
        )


def score_ner(
    gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]
) -> tuple[list[LabelScore], LabelScore]:
    """Per-label scores (sorted by label) and the micro-averaged overall score."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError("gold and predicted tag sequences differ in length")
        g_spans, p_spans = bio_spans(g_tags), bio_spans(p_tags)
        n_gold.update(s[2] for s in g_spans)
        n_pred.update(s[2] for s in p_spans)
        tp.update(s[2] for s in g_spans & p_spans)
    labels = sorted(set(n_gold) | set(n_pred))
    per_label = [LabelScore(lab, tp[lab], n_pred[lab], n_gold[lab]) for lab in labels]
    overall = LabelScore("ALL", sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return per_label, overall


def sentence_doc(nlp: Language, sentence: NerSentence, with_gold: bool = False) -> Doc:
    """A Doc of the sentence's tokens (space-separated), with the gold entities if asked."""
    from spacy.tokens import Doc

    ents = sentence.tags if with_gold else None
    return Doc(nlp.vocab, words=sentence.words, ents=ents)


def predict_tags(nlp: Language, sentences: Sequence[NerSentence]) -> list[list[str]]:
    """BIO tags from ``nlp``'s entities on the gold tokenization of each sentence."""
    docs = [sentence_doc(nlp, s) for s in sentences]
    for _, proc in nlp.pipeline:
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return [
        [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
        for doc in docs
    ]
