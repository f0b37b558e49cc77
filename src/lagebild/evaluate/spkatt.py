"""Scores of predicted SpkAtt-2023 annotations against gold ones.

Token level: per role (Message, Cue, Source, Addr) the token ids of all top-level
annotations of a document are pooled into one set, gold and predicted sets are
compared, counts summed over documents. Annotation level: a predicted and a gold
annotation match when their messages share at least half of the longer message's
tokens (one-to-one, largest overlap first); form and STWR accuracy are measured over
the matched pairs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.spkatt.io import Annotation, SpkAttDocument, TokenId, read_dir, read_document

SCORED_ROLES = ("Message", "Cue", "Source", "Addr")
MIN_MESSAGE_OVERLAP = 0.5


@dataclass(slots=True)
class PRF:
    """True positives, false positives, false negatives; precision, recall and F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        """Add another count into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class SpkAttScores:
    """Counts of one or more documents; ``add`` pools them."""

    documents: int = 0
    roles: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in SCORED_ROLES})
    annotations: PRF = field(default_factory=PRF)
    form_correct: int = 0
    stwr_correct: int = 0

    @property
    def matched(self) -> int:
        return self.annotations.tp

    @property
    def form_accuracy(self) -> float:
        return self.form_correct / self.matched if self.matched else 0.0

    @property
    def stwr_accuracy(self) -> float:
        return self.stwr_correct / self.matched if self.matched else 0.0

    def add(self, other: SpkAttScores) -> None:
        """Pool another score into this one."""
        self.documents += other.documents
        for role, prf in other.roles.items():
            self.roles.setdefault(role, PRF()).add(prf)
        self.annotations.add(other.annotations)
        self.form_correct += other.form_correct
        self.stwr_correct += other.stwr_correct


def score_document(gold: SpkAttDocument, pred: SpkAttDocument) -> SpkAttScores:
    """Scores of one document's predicted top-level annotations against its gold ones."""
    gold_anns, pred_anns = gold.top_level(), pred.top_level()
    scores = SpkAttScores(documents=1)
    for role in SCORED_ROLES:
        g = {t for a in gold_anns for t in a.role(role)}
        p = {t for a in pred_anns for t in a.role(role)}
        scores.roles[role] = PRF(len(g & p), len(p - g), len(g - p))
    pairs = match_annotations(gold_anns, pred_anns)
    scores.annotations = PRF(len(pairs), len(pred_anns) - len(pairs), len(gold_anns) - len(pairs))
    for gi, pi in pairs:
        scores.form_correct += int(gold_anns[gi].form == pred_anns[pi].form)
        scores.stwr_correct += int(gold_anns[gi].stwr == pred_anns[pi].stwr)
    return scores


def match_annotations(gold: list[Annotation], pred: list[Annotation]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) whose messages overlap enough."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        gset = set(g.message)
        for pi, p in enumerate(pred):
            ratio = message_overlap(gset, set(p.message))
            if ratio >= MIN_MESSAGE_OVERLAP:
                candidates.append((ratio, gi, pi))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi in used_g or pi in used_p:
            continue
        pairs.append((gi, pi))
        used_g.add(gi)
        used_p.add(pi)
    return sorted(pairs)


def message_overlap(a: set[TokenId], b: set[TokenId]) -> float:
    """Shared tokens as a share of the longer message (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def score_pairs(pairs: Iterable[tuple[SpkAttDocument, SpkAttDocument]]) -> SpkAttScores:
    """Pooled scores of (gold, predicted) document pairs."""
    total = SpkAttScores()
    for gold, pred in pairs:
        total.add(score_document(gold, pred))
    return total


def evaluate_dirs(gold_dir: str | Path, pred_dir: str | Path) -> SpkAttScores:
    """Pooled scores of every gold file that has a prediction of the same name.

    Raises FileNotFoundError when a gold file has no prediction.
    """
    pred_root = Path(pred_dir)
    pairs = []
    for path, gold in read_dir(gold_dir):
        pred_path = pred_root / path.name
        if not pred_path.exists():
            raise FileNotFoundError(f"no prediction {pred_path} for gold file {path}")
        pairs.append((gold, read_document(pred_path)))
    return score_pairs(pairs)


def format_lines(scores: SpkAttScores) -> list[str]:
    """A small report: one line per role, annotations, form; the summary line last."""
    lines = [f"documents: {scores.documents}"]
    for role, prf in scores.roles.items():
        lines.append(
            f"{role.lower():<12} P={prf.precision:.2f} R={prf.recall:.2f} F1={prf.f1:.2f}"
            f"  (tokens tp={prf.tp} fp={prf.fp} fn={prf.fn})"
        )
    ann = scores.annotations
    lines.append(
        f"{'annotations':<12} P={ann.precision:.2f} R={ann.recall:.2f} F1={ann.f1:.2f}"
        f"  (matched {ann.tp}, predicted {ann.tp + ann.fp}, gold {ann.tp + ann.fn})"
    )
    lines.append(
        f"{'form':<12} accuracy={scores.form_accuracy:.2f}  stwr accuracy="
        f"{scores.stwr_accuracy:.2f}  (over {scores.matched} matched)"
    )
    lines.append(summary_line(scores))
    return lines


def summary_line(scores: SpkAttScores) -> str:
    """``spkatt message F1=.. cue F1=.. source F1=.. annotations F1=..``."""
    r = scores.roles
    return (
        f"spkatt message F1={r['Message'].f1:.2f} cue F1={r['Cue'].f1:.2f} "
        f"source F1={r['Source'].f1:.2f} annotations F1={scores.annotations.f1:.2f}"
    )
