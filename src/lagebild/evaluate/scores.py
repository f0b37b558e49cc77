"""Result records of the seed scorer: counts per field, per claim, per document and pooled."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

# Report order of claim fields; fields not listed here follow alphabetically.
FIELD_ORDER: tuple[str, ...] = (
    "source",
    "source_entity",
    "cue",
    "form",
    "modality",
    "stwr",
    "addressee",
    "relayed_by",
    "event",
    "event.type",
    "event.actor",
    "event.target",
    "event.place",
    "quantity",
    "quantity.unit",
    "time",
)


@dataclass(slots=True)
class Count:
    """``correct`` out of ``total`` checks."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Record one check."""
        self.total += 1
        self.correct += int(ok)

    @property
    def ratio(self) -> float:
        """correct / total, 0.0 when nothing was checked."""
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Count) -> Count:
        return Count(self.correct + other.correct, self.total + other.total)


def sum_counts(counts: Iterable[Count]) -> Count:
    """The pooled count (micro-average) of several counts."""
    out = Count()
    for c in counts:
        out = out + c
    return out


def merge_fields(per_doc: Iterable[dict[str, Count]]) -> dict[str, Count]:
    """Per-field counts pooled over documents, in report order."""
    pooled: dict[str, Count] = {}
    for fields in per_doc:
        for name, c in fields.items():
            pooled[name] = pooled.get(name, Count()) + c
    return order_fields(pooled)


def order_fields(fields: dict[str, Count]) -> dict[str, Count]:
    """The same counts with keys in ``FIELD_ORDER``, unknown fields last."""
    rank = {name: i for i, name in enumerate(FIELD_ORDER)}
    return dict(sorted(fields.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


@dataclass(slots=True)
class Check:
    """One field check of a gold claim against its matched prediction (offsets for spans)."""

    field: str
    ok: bool
    gold: Any
    pred: Any
    gold_at: int | None = None
    pred_at: int | None = None


@dataclass(slots=True)
class ClaimResult:
    """A scorable gold claim, the prediction it matched (None: MISSING) and its field checks."""

    gold_id: str
    message: str
    pred_id: str | None
    overlap: float
    checks: list[Check] = field(default_factory=list)
    # the attribution rule of the matched prediction, or for a MISSING claim of the
    # prediction overlapping its message most (None: no prediction touches it)
    rule: str | None = None


@dataclass(slots=True)
class ItemResult:
    """One gold entity mention or document-level time: found by span, and correct."""

    kind: str
    gold: str
    found: bool
    correct: bool
    detail: str = ""


@dataclass(slots=True)
class EntityScore:
    """Entity scores: mention recall, canonical accuracy, entity recall/precision, type, QID."""

    mentions: Count = field(default_factory=Count)
    canonical: Count = field(default_factory=Count)
    recall: Count = field(default_factory=Count)
    precision: Count = field(default_factory=Count)
    type: Count = field(default_factory=Count)
    wikidata: Count = field(default_factory=Count)
    results: list[ItemResult] = field(default_factory=list)

    def __add__(self, other: EntityScore) -> EntityScore:
        return EntityScore(
            self.mentions + other.mentions,
            self.canonical + other.canonical,
            self.recall + other.recall,
            self.precision + other.precision,
            self.type + other.type,
            self.wikidata + other.wikidata,
            [*self.results, *other.results],
        )


def _prf(matched: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = matched / pred if pred else 0.0
    r = matched / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


class ClaimPRF:
    """Claim precision, recall and F1 from ``matched``, ``gold_claims`` and ``pred_claims``."""

    __slots__ = ()

    if TYPE_CHECKING:  # provided by the subclasses as fields or properties

        @property
        def matched(self) -> int: ...
        @property
        def gold_claims(self) -> int: ...
        @property
        def pred_claims(self) -> int: ...

    @property
    def precision(self) -> float:
        """Matched predicted claims / predicted claims."""
        return _prf(self.matched, self.gold_claims, self.pred_claims)[0]

    @property
    def recall(self) -> float:
        """Matched gold claims / scorable gold claims."""
        return _prf(self.matched, self.gold_claims, self.pred_claims)[1]

    @property
    def f1(self) -> float:
        """Harmonic mean of claim precision and recall."""
        return _prf(self.matched, self.gold_claims, self.pred_claims)[2]


@dataclass(slots=True)
class DocumentScore(ClaimPRF):
    """Scores of one prediction against one gold file."""

    name: str
    gold_claims: int
    pred_claims: int
    matched: int
    fields: dict[str, Count]
    claims: list[ClaimResult]
    unmatched_pred: list[tuple[str, str, str | None]]  # id, message, rule
    entities: EntityScore
    times: Count
    time_results: list[ItemResult]
    absent: list[str]
    bad_spans: list[str] = field(default_factory=list)

    @property
    def fields_total(self) -> Count:
        """All field checks of the document pooled."""
        return sum_counts(self.fields.values())


@dataclass(slots=True)
class CorpusScore(ClaimPRF):
    """Document scores and their pooled (micro-averaged) totals."""

    documents: list[DocumentScore]

    @property
    def gold_claims(self) -> int:
        return sum(d.gold_claims for d in self.documents)

    @property
    def pred_claims(self) -> int:
        return sum(d.pred_claims for d in self.documents)

    @property
    def matched(self) -> int:
        return sum(d.matched for d in self.documents)

    @property
    def fields(self) -> dict[str, Count]:
        """Per-field counts pooled over documents."""
        return merge_fields(d.fields for d in self.documents)

    @property
    def fields_total(self) -> Count:
        """All field checks of the corpus pooled."""
        return sum_counts(self.fields.values())

    @property
    def entities(self) -> EntityScore:
        """Entity scores pooled over documents."""
        out = EntityScore()
        for d in self.documents:
            out = out + d.entities
        return out

    @property
    def times(self) -> Count:
        """Document-level time expressions resolved, pooled."""
        return sum_counts(d.times for d in self.documents)

    @property
    def absent(self) -> list[str]:
        """Gold strings absent from the stored texts, prefixed by document name."""
        return [f"{d.name}: {a}" for d in self.documents for a in d.absent]
