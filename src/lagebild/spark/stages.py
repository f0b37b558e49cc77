"""What the Spark job runs on its executors: reading inputs, MinHash signatures, analysis.

Plain functions over plain records, so they pickle to executors and test without Spark. One
:class:`~lagebild.pipeline.Analyzer` per executor process, built on its first partition.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.corroborate.groups import DisjointSets
from lagebild.export.arrow import pyarrow, schema
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
    joined: DisjointSets[str] = DisjointSets(key=orders.__getitem__)
    for a, b in pairs:
        joined.union(a, b)
    return {x: joined.find(x) for x in joined if joined.find(x) != x}


_ANALYZER: Analyzer | None = None

WRITTEN_TABLES = tuple(t for t in DOCUMENT_TABLES if t != "entities")
_BATCH_ROWS = 20_000  # rows of one table held before they go to its Parquet file


def analyze_partition(
    index: int, copies: Iterable[Copy], nlp_options: NlpOptions, out: str
) -> Iterator[tuple[str, Any]]:
    """Analyse one partition and write its rows of every table but entities to
    ``out/<table>/part-<index>.parquet`` (the export's schema; an empty file for a table
    without rows). Yields ("rows", (table, n)) per table, ("entities", (canonical, (order,
    row))) for each entity a document names (one row per entity is kept across partitions),
    and ("rejects", (order, (source, reason))) for a document whose analysis failed."""
    global _ANALYZER
    if _ANALYZER is None:  # once per executor process (Python workers are reused)
        _ANALYZER = Analyzer(nlp_options)
    with PartFiles(out, index, WRITTEN_TABLES) as parts:
        for copy in copies:
            document = copy.document
            document.provenance = [p for _, p in copy.seen]
            try:
                analysis = _ANALYZER.analyze_document(document)
            except Exception as exc:  # one bad document must not end the job
                first = document.provenance[0]
                source = first.path or first.url or document.id
                yield "rejects", (copy.order, (source, f"analysis failed ({type(exc).__name__})"))
                continue
            rows = analysis_rows(analysis, now())
            for row in rows.table("entities"):
                yield "entities", (row["canonical"], (copy.order, row))
            for table in WRITTEN_TABLES:
                parts.add(table, rows.table(table))
    for table, n in parts.counts.items():
        yield "rows", (table, n)


def write_rows(index: int, rows: Iterable[dict[str, Any]], table: str, out: str) -> Iterator[int]:
    """Write one partition of ``table``'s rows to ``out/<table>/part-<index>.parquet``;
    yields how many."""
    with PartFiles(out, index, (table,)) as parts:
        for row in rows:
            parts.add(table, [row])
    yield parts.counts[table]


class PartFiles:
    """One Parquet part file per table for one partition, written in batches; each file
    appears under its final name only once complete, so a retried task replaces it whole."""

    def __init__(self, out: str, index: int, tables: Iterable[str]) -> None:
        self.out, self.index = Path(out), index
        self.tables = tuple(tables)
        self.counts = dict.fromkeys(self.tables, 0)
        self._pending: dict[str, list[dict[str, Any]]] = {t: [] for t in self.tables}
        self._writers: dict[str, Any] = {}

    def __enter__(self) -> PartFiles:
        return self

    def add(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        pending = self._pending[table]
        pending.extend(rows)
        if len(pending) >= _BATCH_ROWS:
            self._flush(table)

    def _name(self, table: str) -> Path:
        return self.out / table / f"part-{self.index:05d}.parquet"

    def _flush(self, table: str) -> None:
        pa = pyarrow()
        writer = self._writers.get(table)
        if writer is not None and not self._pending[table]:
            return
        if writer is None:
            temporary = self._name(table).with_suffix(f".{os.getpid()}.tmp")
            writer = pa.parquet.ParquetWriter(str(temporary), schema(table))
            self._writers[table] = writer
        rows, self._pending[table] = self._pending[table], []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema(table)))
        self.counts[table] += len(rows)

    def __exit__(self, kind: object, *rest: object) -> None:
        for table in self.tables:
            if kind is None:
                self._flush(table)
        for table, writer in self._writers.items():
            writer.close()
            if kind is None:
                os.replace(writer.where, self._name(table))
            else:
                Path(writer.where).unlink(missing_ok=True)
