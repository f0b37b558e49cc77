"""One benchmark run: a bare tokenizer pass, each stage alone and the full pipeline, on the
same synthetic corpus (:mod:`lagebild.bench.corpus`), side by side in one process tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lagebild.bench.corpus import (
    Record,
    near_duplicates_expected,
    source_sentences,
    synthetic_corpus,
)
from lagebild.bench.memory import PeakRss

if TYPE_CHECKING:
    from lagebild.nlp.loading import NlpOptions

QUICK_DOCS = 300
FULL_DOCS = 10_000
# Documents the stage-by-stage pass runs (a sample: stage shares, not throughput).
QUICK_STAGE_DOCS = 40
FULL_STAGE_DOCS = 300
DEFAULT_CORPUS = Path("..") / "shared" / "data" / "spkatt2023" / "train"


@dataclass(frozen=True, slots=True)
class BenchOptions:
    """What to run.

    docs: synthetic articles (default 10,000; ``quick`` 300).
    quick: the small run (about a minute on 2 cores).
    workers: analysis processes of the full run (0 = one per core, as ``ingest``).
    corpus: a directory of SpkAtt-2023 task files to recombine (default
        ``../shared/data/spkatt2023/train`` when present, else the bundled articles).
    analyze_args: extra ``lagebild analyze`` options for the cold start (e.g. a profile).
    nlp: pipeline options; None for the default.
    """

    docs: int | None = None
    quick: bool = False
    workers: int = 0
    corpus: Path | None = None
    analyze_args: tuple[str, ...] = ()
    nlp: NlpOptions | None = None

    @property
    def n(self) -> int:
        return self.docs or (QUICK_DOCS if self.quick else FULL_DOCS)


@dataclass(slots=True)
class BenchResult:
    """The figures of one run; ``to_json`` has the keys other tools read."""

    corpus: str
    documents: int
    words: int
    workers: int
    seconds_full: float
    docs_per_s_full: float
    words_per_s_full: float
    words_per_s_tokenizer: float
    docs_per_s_tokenizer: float
    ratio_full_to_tokenizer: float
    peak_rss_mb: float
    peak_rss_worker_mb: float
    seconds_to_first_result: float
    stages: dict[str, float] = field(default_factory=dict)
    stage_documents: int = 0
    near_duplicates_expected: int = 0
    duplicates_found: int = 0
    rejected: int = 0
    profile: str = "fast"

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def run_bench(options: BenchOptions, on_step: Callable[[str], None] | None = None) -> BenchResult:
    """Measure the pipeline against a bare tokenizer on one synthetic corpus."""
    step = on_step or (lambda _: None)
    corpus_dir = options.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    name, articles = source_sentences(corpus_dir)
    records = synthetic_corpus(articles, options.n)
    texts = [r.maintext for r in records]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as tmp:
        step("cold start: lagebild analyze of one article")
        cold = cold_start(records[0], Path(tmp), options.analyze_args)
        step("bare tokenizer pass")
        tokenizer_seconds = tokenizer_pass(texts)
        stage_docs = QUICK_STAGE_DOCS if options.quick else FULL_STAGE_DOCS
        step(f"each stage alone on {min(stage_docs, len(records))} articles")
        stages = stage_seconds(records[:stage_docs], options.nlp, Path(tmp))
        step(f"full pipeline: ingest of {len(records)} articles")
        full = full_run(records, options, Path(tmp))
    seconds = full["seconds"]
    return BenchResult(
        corpus=name,
        documents=len(records),
        words=words,
        workers=int(full["workers"]),
        seconds_full=round(seconds, 2),
        docs_per_s_full=round(len(records) / seconds, 2),
        words_per_s_full=round(words / seconds),
        words_per_s_tokenizer=round(words / tokenizer_seconds),
        docs_per_s_tokenizer=round(len(records) / tokenizer_seconds, 1),
        ratio_full_to_tokenizer=round(seconds / tokenizer_seconds, 1),
        peak_rss_mb=round(full["peak"] / 2**20),
        peak_rss_worker_mb=round(full["peak_single"] / 2**20),
        seconds_to_first_result=round(cold, 2),
        stages={k: round(v, 3) for k, v in stages.items()},
        stage_documents=min(stage_docs, len(records)),
        near_duplicates_expected=near_duplicates_expected(len(records)),
        duplicates_found=int(full["duplicates"]),
        rejected=int(full["rejected"]),
        profile=options.nlp.profile if options.nlp else "fast",
    )


def cold_start(record: Record, tmp: Path, extra: tuple[str, ...] = ()) -> float:
    """Wall seconds of ``lagebild analyze`` on one article in a fresh process."""
    path = tmp / "cold.txt"
    path.write_text(
        f"{record.date_publish[:10]}\n\n{record.title}\n\n{record.maintext}\n", encoding="utf-8"
    )
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lagebild", "analyze", str(path), "--json", *extra],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def tokenizer_pass(texts: list[str]) -> float:
    """Seconds of a bare ``spacy.blank("de")`` tokenizer over ``texts``."""
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    start = time.perf_counter()
    for text in texts:
        tokenizer(text)
    return time.perf_counter() - start


def stage_seconds(
    records: list[Record], nlp_options: NlpOptions | None, tmp: Path
) -> dict[str, float]:
    """Seconds per stage over ``records`` in this process: tokenizer, each spaCy component
    in pipeline order, building the analysis (resolution) and the store's writes."""
    from lagebild.ingest.jsonl import parse_record
    from lagebild.ingest.records import ReadOptions
    from lagebild.pipeline import Analyzer, build_analysis
    from lagebild.store import Store

    analyzer = Analyzer(nlp_options)
    documents = [parse_record(json.dumps(r.to_json()), r.url, ReadOptions()) for r in records]
    nlp = analyzer.nlp("de")
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(d.text) for d in documents]
    seconds["tokenizer"] = time.perf_counter() - start
    for doc, document in zip(docs, documents, strict=True):
        doc._.doc_date = document.date
        doc._.body_start = document.body_start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = (
            list(component.pipe(docs))
            if hasattr(component, "pipe")
            else [component(doc) for doc in docs]
        )
        seconds[name] = time.perf_counter() - start
    start = time.perf_counter()
    analyses = [build_analysis(d, doc) for d, doc in zip(documents, docs, strict=True)]
    seconds["resolve"] = time.perf_counter() - start
    with Store(tmp / "stages.db") as store:
        start = time.perf_counter()
        for analysis in analyses:
            store.add_analysis(analysis)
        seconds["store"] = time.perf_counter() - start
    return seconds


def full_run(records: list[Record], options: BenchOptions, tmp: Path) -> dict[str, float]:
    """The whole ``ingest``: one JSONL file through readers, dedup, analysis and the store."""
    from lagebild.batch import IngestOptions, ingest_paths
    from lagebild.pipeline import Analyzer
    from lagebild.store import Store

    path = tmp / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
    ingest_options = IngestOptions(workers=options.workers)
    with Store(tmp / "bench.db") as store, PeakRss() as rss:
        start = time.perf_counter()
        analyzer = Analyzer(options.nlp)
        summary = ingest_paths([path], store, ingest_options, analyzer=analyzer)
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "workers": options.workers or min(4, os.cpu_count() or 1),
        "peak": rss.peak,
        "peak_single": rss.peak_single,
        "duplicates": summary.duplicates,
        "rejected": summary.rejected,
    }
