"""Ingest benchmark: a synthetic German news corpus through ``ingest_paths`` and, in the same
run, through a bare spaCy tokenizer; documents/s, words/s, peak RSS and their ratio.

Corpus: the 700 SpkAtt-2023 Wikinews articles (../shared/data/spkatt2023/train) split into
sentences; each synthetic article strings together runs of three consecutive sentences from
randomly chosen source articles (seeded) until it has about 500 words. Two articles share a
run only by chance (about 3,000 runs to pick from, ~8 per article), so their word-3-gram
Jaccard similarity stays far below the near-duplicate threshold of 0.8. Every 100th article
is instead a copy of an earlier one with one sentence changed: the near-duplicates the run
must find (reported as expected vs. found). Articles are written as one news-please JSONL file.

    PYTHONPATH=src python bench/ingest.py [--quick] [--docs N] [--workers N] [--no-parse]
        [--profile fast|accurate] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPKATT = ROOT.parent / "shared" / "data" / "spkatt2023" / "train"
WORDS_PER_DOC = 500
RUN = 3
DUPLICATE_EVERY = 100

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]“])")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")


def sentences() -> list[list[str]]:
    """Each source article as its list of detokenized sentences."""
    articles = []
    for path in sorted(SPKATT.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sents = []
        for sentence in data["Sentences"]:
            text = " ".join(sentence["Tokens"])
            text = _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))
            sents.append(text)
        if len(sents) >= RUN:
            articles.append(sents)
    return articles


def corpus(n: int, seed: int = 5) -> list[dict[str, str]]:
    """``n`` news-please records of about 500 words (see the module docstring)."""
    rng = random.Random(seed)
    articles = sentences()
    records: list[dict[str, str]] = []
    for i in range(n):
        if i and i % DUPLICATE_EVERY == 0:
            source = records[rng.randrange(len(records))]
            paragraphs = source["maintext"].split("\n\n")
            k = rng.randrange(len(paragraphs))
            paragraphs[k] = paragraphs[k] + " Das teilte ein Sprecher am Abend mit."
            text = "\n\n".join(paragraphs)
        else:
            paragraphs, words = [], 0
            while words < WORDS_PER_DOC:
                art = rng.choice(articles)
                start = rng.randrange(len(art) - RUN + 1)
                run = " ".join(art[start : start + RUN])
                paragraphs.append(run)
                words += len(run.split())
            text = "\n\n".join(paragraphs)
        records.append(
            {
                "url": f"https://bench.example/{i}",
                "title": " ".join(text.split()[:8]),
                "date_publish": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} 08:00:00",
                "maintext": text,
                "language": "de",
                "source_domain": f"outlet{i % 17}.example",
            }
        )
    return records


class PeakRss:
    """Samples the resident memory of this process and its children (all of it, summed)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self._stop.wait(self.interval)


def _tree_rss(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack += [int(c) for c in children]
        except (OSError, AttributeError):
            continue
    return total


def tokenizer_pass(texts: list[str]) -> dict[str, float]:
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    start = time.perf_counter()
    tokens = sum(len(tokenizer(t)) for t in texts)
    seconds = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {
        "seconds": seconds,
        "docs_per_s": len(texts) / seconds,
        "words_per_s": words / seconds,
        "tokens": tokens,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 documents")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=0, help="0 = one per core")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-parse", action="store_true", help="the German pipeline without the on-demand parse"
    )
    parser.add_argument(
        "--profile", choices=["fast", "accurate"], default="fast", help="the pipeline profile"
    )
    args = parser.parse_args(argv)
    n = 300 if args.quick else args.docs

    from lagebild.ingest.batch import IngestOptions, ingest_paths
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import Analyzer
    from lagebild.store import Store

    records = corpus(n)
    texts = [r["maintext"] for r in records]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        del records
        store = Store(Path(tmp) / "bench.db")
        options = IngestOptions(workers=args.workers)
        with PeakRss() as rss:
            start = time.perf_counter()
            parse = False if args.no_parse else None
            analyzer = Analyzer(NlpOptions(parse=parse, profile=args.profile))
            summary = ingest_paths([path], store, options, analyzer=analyzer)
            seconds = time.perf_counter() - start
        store.close()
    tok = tokenizer_pass(texts)
    result = {
        "documents": n,
        "words": words,
        "workers": options.workers or min(4, os.cpu_count() or 1),
        "seconds": round(seconds, 1),
        "docs_per_s": round(n / seconds, 2),
        "words_per_s": round(words / seconds),
        "peak_rss_mb": round(rss.peak / 2**20),
        "ingested": summary.ingested,
        "near_duplicates_expected": (n - 1) // DUPLICATE_EVERY,
        "duplicates_found": summary.duplicates,
        "rejected": summary.rejected,
        "tokenizer_docs_per_s": round(tok["docs_per_s"], 1),
        "tokenizer_words_per_s": round(tok["words_per_s"]),
        "ratio_tokenizer_to_pipeline": round(tok["words_per_s"] / (words / seconds), 1),
    }
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(
            f"ingest: {n} documents, {words:,} words in {seconds:.1f} s with "
            f"{result['workers']} workers: {result['docs_per_s']} documents/s, "
            f"{result['words_per_s']:,} words/s, peak RSS {result['peak_rss_mb']} MB; "
            f"{summary.line()}; near-duplicates expected {result['near_duplicates_expected']}"
        )
        print(
            f"bare tokenizer (spacy.blank('de')): {result['tokenizer_docs_per_s']} documents/s, "
            f"{result['tokenizer_words_per_s']:,} words/s; "
            f"the pipeline is {result['ratio_tokenizer_to_pipeline']}x slower"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
