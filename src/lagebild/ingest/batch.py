"""Ingesting many inputs: analyse each, store it in its own transaction, go on past bad ones."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest.text import TextOptions, read_text_file
from lagebild.model import Document
from lagebild.pipeline import Analyzer
from lagebild.store import Store

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text"})


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Options of a batch ingest.

    date: publication date for articles without a date line.
    resume: skip documents whose text is already stored (always safe to rerun).
    """

    date: dt.date | None = None
    resume: bool = True


@dataclass(slots=True)
class IngestSummary:
    ingested: int = 0
    duplicates: int = 0
    rejected: int = 0
    skipped: int = 0


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the text files under named directories (sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in TEXT_SUFFIXES)
        else:
            yield path


def read_documents(
    paths: Iterable[Path], options: IngestOptions, on_reject: Callable[[str, str], None]
) -> Iterator[Document]:
    """Documents from the inputs; unreadable ones are passed to ``on_reject`` and skipped."""
    for path in expand_paths(paths):
        try:
            yield read_text_file(path, TextOptions(date=options.date))
        except InputError as exc:
            on_reject(exc.source, exc.reason)


def ingest_paths(
    paths: Iterable[Path],
    store: Store,
    options: IngestOptions | None = None,
    *,
    analyzer: Analyzer | None = None,
    on_reject: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """Analyse and store every readable article; one transaction per document."""
    options = options or IngestOptions()
    analyzer = analyzer or Analyzer()
    summary = IngestSummary()

    def reject(source: str, reason: str) -> None:
        summary.rejected += 1
        log.warning("rejected %s: %s", source, reason)
        store.add_reject(source, reason)
        if on_reject is not None:
            on_reject(source, reason)

    def fresh(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            if options.resume and store.has_document(document.checksum):
                store.add_provenance(document)
                summary.duplicates += 1
                continue
            yield document

    for analysis in analyzer.analyze_documents(fresh(read_documents(paths, options, reject))):
        if store.add_analysis(analysis):
            summary.ingested += 1
        else:
            summary.duplicates += 1
    return summary
