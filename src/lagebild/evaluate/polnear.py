"""Scores of lagebild's attribution against PolNeAR (English news, BRAT standoff).

A gold directory holds ``text/NAME.txt`` and ``attributions/NAME_<annotator>.ann`` (or
both kinds of file side by side). ``T`` lines give ``Source``, ``Cue`` and ``Content``
spans (character offsets; the fragments of a discontinuous span joined by ``;``); an
``E`` line ties one attribution's spans together, and only spans tied so are scored. An
article annotated by several annotators is scored against one of them, the first by
name.

Token level: a token is a run of word characters or one other non-space character
(``\\w+|[^\\w\\s]``). A token counts for a role when it overlaps a span of that role; per
document the gold and the predicted token sets of each role are compared, and the counts
are pooled over documents. Predictions are the attributed claims of the default
pipeline (every claim but the author's own sentences): the claim's source, its cue (or
its frame, "according to", when it has no cue) and its message spans.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from lagebild.evaluate.spkatt import PRF
from lagebild.model import Analysis, Claim, Document, Span

if TYPE_CHECKING:
    from lagebild.pipeline import Analyzer

log = logging.getLogger(__name__)

ROLES = ("Source", "Cue", "Content")
TOKEN = re.compile(r"\w+|[^\w\s]")
ANNOTATION_LINE = re.compile(r"[TE]\d+\t")

Fragment = tuple[int, int]
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One span of a role: its fragments (character offsets) and its text."""

    role: str
    fragments: tuple[Fragment, ...]
    text: str


@dataclass(slots=True)
class GoldDocument:
    """One article: its name, text and the gold spans of each role."""

    name: str
    text: str
    spans: list[RoleSpan]


@dataclass(slots=True)
class SpanError:
    """A gold span not fully found (``missed``, ``partial``) or a predicted one not in gold."""

    document: str
    role: str
    kind: str
    text: str
    context: str


@dataclass(slots=True)
class PolnearScores:
    """Token counts per role pooled over documents, and the span errors behind them."""

    documents: int = 0
    roles: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    errors: list[SpanError] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)

    def add(self, other: PolnearScores) -> None:
        """Pool another score into this one."""
        self.documents += other.documents
        self.crashed.extend(other.crashed)
        for role, prf in other.roles.items():
            self.roles[role].add(prf)
        self.errors.extend(other.errors)


@dataclass(slots=True)
class GoldAttribution:
    """One attribution of an ``E`` line: its source, cue and content spans."""

    spans: list[RoleSpan]

    def role(self, role: str) -> list[RoleSpan]:
        """The spans of one role."""
        return [s for s in self.spans if s.role == role]


def read_attributions(path: str | Path, text: str | None = None) -> list[GoldAttribution]:
    """The attributions of a BRAT file, each with the Source/Cue/Content spans it ties.

    Raises ValueError naming the file and line when a line cannot be read or its offsets
    lie outside ``text``; a span text that differs from ``text`` at its offsets is logged.
    """
    path = Path(path)
    spans: dict[str, RoleSpan] = {}
    events: list[list[str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not ANNOTATION_LINE.match(line):
            continue  # notes, relations, and the rest of a span text that held a line break
        fields = line.split("\t")
        try:
            if line.startswith("T"):
                role, offsets = fields[1].split(" ", 1)
                fragments = tuple(
                    (int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))
                )
                span_text = fields[2] if len(fields) > 2 else ""
                if text is not None and any(b > len(text) or a > b for a, b in fragments):
                    raise ValueError(f"offsets {offsets} outside the text ({len(text)} characters)")
                if text is not None and " ".join(text[a:b] for a, b in fragments) != span_text:
                    # a few files write a fragment with a line break differently: the
                    # offsets are scored, the mismatch is reported
                    log.warning(
                        "%s:%d: span text differs from the text at %s", path, number, offsets
                    )
                spans[fields[0]] = RoleSpan(role, fragments, span_text)
            elif line.startswith("E"):
                events.append([arg.split(":", 1)[1] for arg in fields[1].split()])
        except (IndexError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: cannot read {line!r}: {exc}") from exc
    return [
        GoldAttribution([spans[t] for t in ids if t in spans and spans[t].role in ROLES])
        for ids in events
    ]


def read_ann(path: str | Path, text: str | None = None) -> list[RoleSpan]:
    """The Source/Cue/Content spans tied into attributions by ``E`` lines, each once, in
    text order (see :func:`read_attributions`)."""
    out = {s: None for a in read_attributions(path, text) for s in a.spans}
    return sorted(out, key=lambda s: (s.fragments, s.role))


def annotation_files(gold_dir: str | Path) -> list[tuple[Path, Path]]:
    """(text file, annotation file) per article, sorted by name; one annotator per article.

    Raises FileNotFoundError naming the annotation file whose text file is missing.
    """
    root = Path(gold_dir)
    ann_dir = root / "attributions" if (root / "attributions").is_dir() else root
    text_dir = root / "text" if (root / "text").is_dir() else root
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = _article_name(ann, text_dir)
        chosen.setdefault(name, ann)
    pairs = []
    for name, ann in sorted(chosen.items()):
        text = text_dir / f"{name}.txt"
        if not text.is_file():
            raise FileNotFoundError(f"no text file {text} for annotation file {ann}")
        pairs.append((text, ann))
    return pairs


def _article_name(ann: Path, text_dir: Path) -> str:
    """``NAME`` of ``NAME_<annotator>.ann`` (or of ``NAME.ann`` when ``NAME.txt`` exists)."""
    if (text_dir / f"{ann.stem}.txt").is_file() or "_" not in ann.stem:
        return ann.stem
    return ann.stem.rsplit("_", 1)[0]


def select(pairs: list[_T], limit: int | None = None, sample: int | None = None) -> list[_T]:
    """The first ``limit`` items, or ``sample`` items spread evenly over all of them."""
    if sample is not None and sample < len(pairs):
        return [pairs[i * len(pairs) // sample] for i in range(sample)]
    return pairs[:limit]


def read_gold(
    gold_dir: str | Path, limit: int | None = None, sample: int | None = None
) -> Iterator[GoldDocument]:
    """The gold articles of a directory in name order (the first ``limit`` of them, or a
    ``sample`` spread evenly over the sorted names)."""
    for text_path, ann_path in select(annotation_files(gold_dir), limit, sample):
        text = text_path.read_text(encoding="utf-8")
        yield GoldDocument(text_path.stem, text, read_ann(ann_path, text))


def tokens(text: str) -> list[Fragment]:
    """Character offsets of the scoring tokens of ``text``."""
    return [m.span() for m in TOKEN.finditer(text)]


def predicted_spans(analysis: Analysis) -> list[RoleSpan]:
    """Source, cue (or frame) and content spans of the analysis's attributed claims and of
    the reports nested in their messages (PolNeAR annotates both)."""
    out: list[RoleSpan] = []
    for claim in [*analysis.claims, *analysis.nested_claims]:
        if not _attributed(claim):
            continue
        if claim.source is not None:
            out.append(_role_span("Source", [claim.source]))
        cue = claim.cue or claim.frame
        if cue is not None:
            out.append(_role_span("Cue", [cue]))
        if claim.message:
            out.append(_role_span("Content", claim.message))
    return out


def _attributed(claim: Claim) -> bool:
    return claim.form != "unattributed"


def _role_span(role: str, spans: Iterable[Span]) -> RoleSpan:
    parts = list(spans)
    return RoleSpan(role, tuple((s.start, s.end) for s in parts), " … ".join(s.text for s in parts))


class TokenIndex:
    """The tokens of one text, for finding which of them a span overlaps."""

    def __init__(self, text: str) -> None:
        self.spans = tokens(text)
        self._ends = [end for _, end in self.spans]

    def covered(self, span: RoleSpan) -> set[int]:
        """Indices of the tokens that overlap any fragment of ``span``."""
        out: set[int] = set()
        for start, end in span.fragments:
            i = bisect.bisect_right(self._ends, start)
            while i < len(self.spans) and self.spans[i][0] < end:
                out.add(i)
                i += 1
        return out


def score_document(gold: GoldDocument, predicted: list[RoleSpan]) -> PolnearScores:
    """Token counts per role of one article, and its missed and spurious spans."""
    index = TokenIndex(gold.text)
    scores = PolnearScores(documents=1)
    for role in ROLES:
        gold_spans = [(s, index.covered(s)) for s in gold.spans if s.role == role]
        pred_spans = [(s, index.covered(s)) for s in predicted if s.role == role]
        g = set().union(*(t for _, t in gold_spans))
        p = set().union(*(t for _, t in pred_spans))
        scores.roles[role] = PRF(len(g & p), len(p - g), len(g - p))
        for span, toks in gold_spans:
            found = len(toks & p)
            if found < len(toks):
                kind = "missed" if not found else "partial"
                scores.errors.append(_error(gold, role, kind, span))
        for span, toks in pred_spans:
            if toks and not toks & g:
                scores.errors.append(_error(gold, role, "spurious", span))
    return scores


def _error(gold: GoldDocument, role: str, kind: str, span: RoleSpan) -> SpanError:
    start, end = span.fragments[0][0], span.fragments[-1][1]
    left = gold.text.rfind("\n", 0, start) + 1
    right = gold.text.find("\n", end)
    context = gold.text[max(left, start - 120) : right if right >= 0 else len(gold.text)]
    return SpanError(gold.name, role, kind, span.text, context[:400])


def evaluate_dir(
    gold_dir: str | Path,
    analyzer: Analyzer,
    limit: int | None = None,
    sample: int | None = None,
) -> PolnearScores:
    """Pooled scores of the pipeline's English analysis of every gold article.

    An article whose analysis raises is logged, listed in ``crashed`` and scored with no
    predictions.
    """
    total = PolnearScores()
    for gold in read_gold(gold_dir, limit, sample):
        try:
            analysis = analyzer.analyze_document(Document(text=gold.text, language="en"))
            predicted = predicted_spans(analysis)
        except Exception:  # one bad article must not end the evaluation
            log.exception("analysis of %s failed", gold.name)
            predicted = []
            total.crashed.append(gold.name)
        total.add(score_document(gold, predicted))
    return total


def format_lines(scores: PolnearScores, verbose: bool = False) -> list[str]:
    """One line per role (with the errors per role before them if ``verbose``); summary last."""
    lines: list[str] = []
    if verbose:
        for role in ROLES:
            errors = [e for e in scores.errors if e.role == role]
            lines.append(f"== {role}: {len(errors)} span errors")
            for e in errors:
                lines.append(f"{e.kind:<8} {e.document}: {e.text!r}")
                lines.append(f"         in: {e.context!r}")
        lines.append("")
    lines.append(f"documents: {scores.documents}, crashed: {len(scores.crashed)}")
    lines.extend(f"crashed: {name}" for name in scores.crashed)
    for role, prf in scores.roles.items():
        counts = {
            k: sum(1 for e in scores.errors if e.role == role and e.kind == k)
            for k in ("missed", "partial", "spurious")
        }
        lines.append(
            f"{role.lower():<8} P={prf.precision:.3f} R={prf.recall:.3f} F1={prf.f1:.3f}"
            f"  (tokens tp={prf.tp} fp={prf.fp} fn={prf.fn}; spans missed {counts['missed']},"
            f" partial {counts['partial']}, spurious {counts['spurious']})"
        )
    lines.append(summary_line(scores))
    return lines


def summary_line(scores: PolnearScores) -> str:
    """``polnear content F1=.. cue F1=.. source F1=..``."""
    r = scores.roles
    return (
        f"polnear content F1={r['Content'].f1:.3f} cue F1={r['Cue'].f1:.3f} "
        f"source F1={r['Source'].f1:.3f} documents={scores.documents}"
    )
