"""What the Spark job runs on its executors: reading inputs, MinHash signatures, analysis.

Plain functions over plain records, so they pickle to executors and test without Spark. One
:class:`~lagebild.pipeline.Analyzer` per executor process, built on its first partition.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lagebild.ingest.dedup import Signature, similarity, text_signature
from lagebild.ingest.inputs import read_inputs
from lagebild.ingest.records import Ignored, ReadOptions, Rejected, Skipped
from lagebild.model import Document, Provenance
from lagebild.nlp.loading import NlpOptions
from lagebild.pipeline import Analyzer
from lagebild.store.rows import DOCUMENT_TABLES, analysis_rows
from lagebild.store.session import now

log = logging.getLogger(__name__)

Order = tuple[int, int]  # (input file, record within it): the order `lagebild ingest` sees


@dataclass(slots=True)
class Copy:
    """A document as read, with every place its text (or a near-duplicate) was seen."""

    order: Order
    document: Document
    seen: list[tuple[Order, Provenance]] = field(default_factory=list)

    def merged(self, other: Copy) -> Copy:
        """The earlier copy, carrying both copies' provenance."""
        first, second = (self, other) if self.order <= other.order else (other, self)
        return Copy(first.order, first.document, sorted(first.seen + second.seen,
                                                        key=lambda s: s[0]))  # fmt: skip


def read_file(indexed: tuple[int, str], options: ReadOptions) -> Iterator[tuple[str, Any]]:
    """("doc", Copy) for each article of one input file, ("reject", (source, reason)) for
    what cannot be read; records that are no article, and files that are no input, are dropped."""
    index, path = indexed
    record = 0
    for item in read_inputs([path], options):
        if isinstance(item, Rejected):
            yield "reject", (item.source, item.reason)
        elif isinstance(item, Skipped | Ignored):
            continue
        else:
            order = (index, record)
            yield "doc", Copy(order, item, [(order, p) for p in item.provenance])
            record += 1


def partition_near_duplicates(
    copies: Iterable[Copy], threshold: float, b: int, r: int
) -> Iterator[tuple[str, Any]]:
    """Within one partition: ("pair", (later id, earlier id)) for each near-duplicate found,
    ("band", ((band, key), (order, id, hashvalues))) for each band of every survivor."""
    bands: dict[tuple[int, bytes], list[tuple[str, Signature]]] = {}
    for copy in sorted(copies, key=lambda c: c.order):
        doc_id = copy.document.id
        sig = text_signature(copy.document.text, b, r)
        best: tuple[float, str] | None = None
        for band, key in enumerate(sig.bands):
            for other_id, other in bands.get((band, key), []):
                score = similarity(sig, other)
                if score >= threshold and (best is None or score > best[0]):
                    best = (score, other_id)
        if best is not None:
            yield "pair", (doc_id, best[1])
            continue
        for band, key in enumerate(sig.bands):
            bands.setdefault((band, key), []).append((doc_id, sig))
            yield "band", ((band, key), (copy.order, doc_id, sig.hashvalues.tobytes()))


def band_pairs(
    members: Iterable[tuple[Order, str, bytes]], threshold: float
) -> Iterator[tuple[str, str]]:
    """Across partitions, for one band key: (later id, earliest id) of each member that is a
    near-duplicate of the earliest one."""
    import numpy as np

    ordered = sorted(set(members))
    if len(ordered) < 2:
        return
    _, first_id, first_values = ordered[0]
    first = np.frombuffer(first_values, dtype=np.uint64)
    for _, doc_id, values in ordered[1:]:
        if doc_id != first_id:
            score = float(np.mean(np.frombuffer(values, dtype=np.uint64) == first))
            if score >= threshold:
                yield doc_id, first_id


def representatives(pairs: Iterable[tuple[str, str]], orders: dict[str, Order]) -> dict[str, str]:
    """Each near-duplicate's id -> the id of the earliest document it is linked with."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = (ra, rb) if orders[ra] <= orders[rb] else (rb, ra)
            parent[drop] = keep
    return {x: find(x) for x in parent if find(x) != x}


_ANALYZER: Analyzer | None = None


def analyze_partition(copies: Iterable[Copy], nlp_options: NlpOptions) -> Iterator[tuple[str, Any]]:
    """(table, (order, row)) for every export row of each document's analysis, and
    ("rejects", (order, (source, reason))) for a document whose analysis failed."""
    global _ANALYZER
    if _ANALYZER is None:  # once per executor process (Python workers are reused)
        _ANALYZER = Analyzer(nlp_options)
    for copy in copies:
        document = copy.document
        document.provenance = [p for _, p in copy.seen]
        try:
            analysis = _ANALYZER.analyze_document(document)
        except Exception as exc:  # one bad document must not end the job
            source = document.provenance[0].path or document.provenance[0].url or document.id
            yield "rejects", (copy.order, (source, f"analysis failed ({type(exc).__name__})"))
            continue
        rows = analysis_rows(analysis, now())
        for table in DOCUMENT_TABLES:
            for row in rows.table(table):
                yield table, (copy.order, row)
