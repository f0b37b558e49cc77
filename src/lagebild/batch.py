"""Ingesting many inputs: read (any format), drop exact and near duplicates, analyse in
parallel, store each document in its own transaction, go on past bad inputs.

Stages of :func:`ingest_paths`: inputs -> readers (by content) -> duplicate check (checksum,
then MinHash LSH) -> analysis (worker processes, a bounded number of documents in flight)
-> store (one transaction per document, duplicates' provenance folded in).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.ingest.dedup import THRESHOLD, Signature
from lagebild.ingest.inputs import expand_inputs, read_inputs
from lagebild.ingest.records import Ignored, ReadOptions, Rejected, Skipped
from lagebild.model import Analysis, Document, Provenance, StageFailure
from lagebild.near_duplicates import NearDuplicates
from lagebild.nlp.by_stage import stage_failure
from lagebild.nlp.loading import SUPPORTED_LANGUAGES, NlpOptions
from lagebild.pipeline import Analyzer
from lagebild.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Options of a batch ingest.

    date: publication date for articles that carry none (plain text: overrides the date line).
        A run always skips documents already stored, so a rerun resumes (a document stored
        from the same input counts as skipped, from another input as a duplicate).
    workers: analysis processes; 0 = one per CPU core (at most 4); 1 = in this process.
    in_flight: documents handed to workers and not yet stored, at most (bounds memory).
    near_duplicates: fold near-duplicate texts (MinHash LSH) into the stored document.
    threshold: estimated Jaccard similarity of word 3-grams at which texts are near-duplicates.
    read: reader limits (see :class:`ReadOptions`); its ``date`` is taken from ``date``.
    """

    date: dt.date | None = None
    workers: int = 0
    in_flight: int = 32
    near_duplicates: bool = True
    threshold: float = THRESHOLD
    read: ReadOptions = field(default_factory=ReadOptions)


@dataclass(slots=True)
class IngestSummary:
    """Counts of a batch ingest, updated while it runs.

    ingested: new documents stored. duplicates: inputs whose text (or a near-duplicate) was
    already stored or seen in this run: their URL/outlet was added to that document.
    rejected: inputs or records that could not be read or analysed (see the rejects table).
    skipped: documents already stored from the same input (a rerun). not_articles: records
    that are no article (WARC requests, redirects, non-HTML responses). ignored: files under
    the given directories that are no input, per reason ("gold file", "hidden file", ...).
    not_analysed: stored documents in a language lagebild does not analyse, per language.
    failed_stages: stored documents a pipeline stage raised on, per stage (a document is
    stored with what the other stages produced; see the failures table).
    """

    ingested: int = 0
    duplicates: int = 0
    rejected: int = 0
    skipped: int = 0
    not_articles: int = 0
    ignored: dict[str, int] = field(default_factory=dict)
    not_analysed: dict[str, int] = field(default_factory=dict)
    failed_stages: dict[str, int] = field(default_factory=dict)
    partial: int = 0
    words: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seen(self) -> int:
        """Inputs handled so far (documents, rejects and skipped records)."""
        return self.ingested + self.duplicates + self.rejected + self.skipped + self.not_articles

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def docs_per_second(self) -> float:
        """Newly stored documents per second of wall time."""
        return self.ingested / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def failed(self) -> bool:
        """True when inputs were given and nothing of them could be ingested or was known."""
        return self.rejected > 0 and not (self.ingested or self.duplicates or self.skipped)

    def line(self) -> str:
        """The one-line summary a run ends with."""
        extra = f", not articles {self.not_articles}" if self.not_articles else ""
        if self.ignored:
            reasons = ", ".join(f"{n} {why}s" if n > 1 else f"{n} {why}"
                                for why, n in sorted(self.ignored.items()))  # fmt: skip
            extra += f", ignored {sum(self.ignored.values())} ({reasons})"
        line = (
            f"ingested {self.ingested}, duplicates {self.duplicates}, rejected {self.rejected}, "
            f"skipped {self.skipped}{extra} ({self.docs_per_second:.1f} documents/s)"
        )
        if self.not_analysed:
            n = sum(self.not_analysed.values())
            languages = ", ".join(sorted(self.not_analysed))
            line += f"; {n} document{'s' if n > 1 else ''} in {languages}: stored, not analysed"
        if self.partial:
            stages = ", ".join(f"{stage} {n}" for stage, n in sorted(self.failed_stages.items()))
            line += (
                f"; {self.partial} document{'s' if self.partial > 1 else ''} stored with a failed"
                f" stage ({stages}): lagebild failures lists them, ingest --retry-failed"
                " re-runs them"
            )
        return line


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the article files under named directories (sorted)."""
    for name in expand_inputs(paths):
        if isinstance(name, str):
            yield Path(name)


def read_documents(
    paths: Iterable[Path], options: IngestOptions, on_reject: Callable[[str, str], None]
) -> Iterator[Document]:
    """Documents from the inputs (any format); unreadable ones go to ``on_reject``."""
    for item in read_inputs(paths, _read_options(options)):
        if isinstance(item, Rejected):
            on_reject(item.source, item.reason)
        elif isinstance(item, Document):
            yield item


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    options: IngestOptions | None = None,
    *,
    analyzer: Analyzer | None = None,
    on_reject: Callable[[str, str], None] | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
    on_failure: Callable[[str, StageFailure], None] | None = None,
) -> IngestSummary:
    """Read, deduplicate, analyse and store every article of the inputs.

    paths: files (any supported format, chosen by content), directories, glob patterns, "-".
    on_reject(source, reason): called once per rejected input or record (also written to
        the rejects table; logged as a warning when there is no ``on_reject``).
    on_failure(source, failure): called once per pipeline stage that raised on a document;
        the document is stored all the same, the failure in the failures table (logged as a
        warning when there is no ``on_failure``).
    on_progress(summary): called after every input item with the running counts.
    Each document is stored in its own transaction: a kill loses at most the documents in
    flight, and a rerun (resume) skips what is stored.
    """
    options = options or IngestOptions()
    run = _Run(store, options, analyzer, on_reject, on_progress, on_failure)
    try:
        for item in read_inputs(paths, _read_options(options)):
            run.handle(item)
        run.finish()
    finally:
        run.close()
    return run.summary


def _read_options(options: IngestOptions) -> ReadOptions:
    read = options.read
    if options.date is None or read.date == options.date:
        return read
    return dataclasses.replace(read, date=options.date)


@dataclass(slots=True)
class _InFlight:
    document: Document
    signature: Signature | None
    extra: list[Provenance] = field(default_factory=list)


class _Run:
    """The state of one ingest: counts, documents in flight, the analysis workers."""

    def __init__(
        self,
        store: Store,
        options: IngestOptions,
        analyzer: Analyzer | None,
        on_reject: Callable[[str, str], None] | None,
        on_progress: Callable[[IngestSummary], None] | None,
        on_failure: Callable[[str, StageFailure], None] | None = None,
    ) -> None:
        self.store = store
        self.options = options
        self.summary = IngestSummary()
        self.on_reject = on_reject
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.near = NearDuplicates(store, options.threshold) if options.near_duplicates else None
        self.in_flight: dict[str, _InFlight] = {}
        workers = options.workers or min(4, os.cpu_count() or 1)
        self.analysis = _Analysis(workers, analyzer, max(1, options.in_flight))

    def handle(self, item: Document | Rejected | Skipped | Ignored) -> None:
        if isinstance(item, Rejected):
            self.reject(item.source, item.reason)
        elif isinstance(item, Ignored):
            self.summary.ignored[item.reason] = self.summary.ignored.get(item.reason, 0) + 1
            log.debug("ignored %s (%s)", item.source, item.reason)
        elif isinstance(item, Skipped):
            self.summary.not_articles += 1
            log.debug("not an article: %s (%s)", item.source, item.reason)
        else:
            self.document(item)
        for document, result in self.analysis.ready(block=False):
            self.store_result(document, result)
        self.progress()

    def document(self, document: Document) -> None:
        checksum = document.checksum
        pending = self.in_flight.get(document.id)
        if pending is not None and pending.document.checksum == checksum:
            pending.extra += document.provenance  # counted when the original is stored
            return
        if self.store.has_document(checksum):
            self.known(document.id, document)
            return
        signature = None
        if self.near is not None:
            signature = self.near.signature(document.text)
            match = self.near.find(signature)
            if match is not None:
                doc_id, is_pending = match
                if is_pending:  # counted when the original is stored
                    self.in_flight[doc_id].extra += document.provenance
                else:
                    self.known(doc_id, document)
                return
            self.near.add_pending(document.id, signature)
        self.in_flight[document.id] = _InFlight(document, signature)
        for done, result in self.analysis.submit(document):
            self.store_result(done, result)

    def known(self, doc_id: str, document: Document) -> None:
        """A document already stored (as ``doc_id``): skipped if seen from this input before,
        else its provenance is added."""
        new = [p for p in document.provenance if not self._has_provenance(doc_id, p)]
        if not new:
            self.summary.skipped += 1
            return
        stored = self.store.document_text(doc_id)
        if stored is None:  # removed since it was found
            self.summary.skipped += 1
            return
        self.store.add_provenance(Document(text=stored, provenance=new))
        self.summary.duplicates += 1

    def store_result(self, document: Document, result: Analysis | BaseException) -> None:
        entry = self.in_flight.pop(document.id, None)
        if self.near is not None:
            self.near.drop_pending(document.id)
        if isinstance(result, BaseException):  # a crashed worker: the text is stored all the same
            result = Analysis(document=document, failures=[stage_failure("analysis", result)])
        if entry is not None:
            result.document.provenance += entry.extra
            self.summary.duplicates += len(entry.extra)
        if self.store.add_analysis(result):
            self.summary.ingested += 1
            self.report_failures(result)
            language = result.document.language or "unknown"
            if language not in SUPPORTED_LANGUAGES:
                counts = self.summary.not_analysed
                counts[language] = counts.get(language, 0) + 1
            self.summary.words += len(result.document.text.split())
            if self.near is not None and entry is not None and entry.signature is not None:
                self.near.add(result.document.id, entry.signature)
        else:
            self.summary.duplicates += 1

    def report_failures(self, analysis: Analysis) -> None:
        """Count and report the stages that raised on a stored document."""
        if not analysis.failures:
            return
        self.summary.partial += 1
        source = _source(analysis.document)
        for failure in analysis.failures:
            stages = self.summary.failed_stages
            stages[failure.stage] = stages.get(failure.stage, 0) + 1
            if self.on_failure is not None:
                self.on_failure(source, failure)
            else:
                log.warning("%s: stored incomplete: %s: %s", source, failure.stage,
                            failure.error)  # fmt: skip

    def reject(self, source: str, reason: str) -> None:
        self.summary.rejected += 1
        self.store.add_reject(source, reason)
        if self.on_reject is not None:  # the caller reports it; a log line would repeat it
            log.debug("rejected %s: %s", source, reason)
            self.on_reject(source, reason)
        else:
            log.warning("rejected %s: %s", source, reason)

    def progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.summary)

    def finish(self) -> None:
        for document, result in self.analysis.drain():
            self.store_result(document, result)
            self.progress()

    def close(self) -> None:
        self.analysis.close()

    def _has_provenance(self, doc_id: str, p: Provenance) -> bool:
        return self.store.has_provenance(doc_id, p)


class _Analysis:
    """Analyses documents in this process (workers=1) or in a pool of worker processes,
    keeping at most ``in_flight`` documents submitted and returning results in order."""

    def __init__(self, workers: int, analyzer: Analyzer | None, in_flight: int) -> None:
        self.in_flight = in_flight
        self.queue: deque[tuple[Document, Future[Analysis] | Analysis | BaseException]] = deque()
        self.pool: ProcessPoolExecutor | None = None
        self.analyzer = analyzer
        if workers > 1:
            nlp_options = analyzer.options if analyzer is not None else NlpOptions()
            self.pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker,
                initargs=(nlp_options,),
            )
        elif self.analyzer is None:
            self.analyzer = Analyzer()

    def submit(self, document: Document) -> list[tuple[Document, Analysis | BaseException]]:
        """Hand a document over; the results that had to be collected to make room."""
        if self.pool is None:
            assert self.analyzer is not None
            try:
                result: Analysis | BaseException = self.analyzer.analyze_document(document)
            except Exception as exc:  # one bad document must not end the batch
                log.debug("analysis of %s failed", _source(document), exc_info=True)
                result = exc
            return [(document, result)]
        self.queue.append((document, self.pool.submit(_analyze, document)))
        done = []
        while len(self.queue) > self.in_flight:
            done.append(self._pop())
        return done

    def ready(self, block: bool) -> Iterator[tuple[Document, Analysis | BaseException]]:
        """Results already computed, in submission order."""
        while self.queue and (block or _is_done(self.queue[0][1])):
            yield self._pop()

    def drain(self) -> Iterator[tuple[Document, Analysis | BaseException]]:
        """All outstanding results, waiting for them."""
        yield from self.ready(block=True)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _pop(self) -> tuple[Document, Analysis | BaseException]:
        document, pending = self.queue.popleft()
        if isinstance(pending, Future):
            try:
                return document, pending.result()
            except Exception as exc:  # a worker's error, or a crashed worker
                return document, exc
        return document, pending


def _is_done(pending: object) -> bool:
    return not isinstance(pending, Future) or pending.done()


_WORKER: Analyzer | None = None


def _init_worker(nlp_options: NlpOptions) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts us down
    _WORKER = Analyzer(nlp_options)


def _analyze(document: Document) -> Analysis:
    assert _WORKER is not None
    return _WORKER.analyze_document(document)


def _source(document: Document) -> str:
    if document.provenance:
        return _provenance_source(document.provenance[0])
    return f"document {document.id}"


def _provenance_source(p: Provenance) -> str:
    return p.path or p.url or p.reader
