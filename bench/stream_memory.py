"""Resident memory of a long streaming ingest, sampled every N stored documents.

    PYTHONPATH=src python bench/stream_memory.py [--docs 12000] [--seconds 720] [--every 250]
        [--workers 2] [--out DIR]

Writes DIR/stream.jsonl (the bench's synthetic articles, each with one added paragraph of
five made-up names and five figures no other article has, as a real stream brings new
words), ingests it into DIR/stream.db with ``ingest_paths`` (what ``lagebild ingest``
runs, without the fact update at the end) and prints one JSON line per sample: stored
documents, seconds, the parent's and each worker's resident MB. Stops after --seconds.
Figures: docs/performance.md, "Streaming memory".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import time
from pathlib import Path

from lagebild.batch import IngestOptions, IngestSummary, ingest_paths
from lagebild.bench.corpus import source_sentences, synthetic_corpus
from lagebild.bench.memory import tree_rss
from lagebild.pipeline import Analyzer
from lagebild.store import open_store

SPKATT = Path("../shared/data/spkatt2023/train")


class _Budget(Exception):
    pass


def write_corpus(path: Path, n: int) -> None:
    """``n`` synthetic articles, each with a paragraph of words no other article has."""
    _, articles = source_sentences(SPKATT)
    rng = random.Random(27)

    def name() -> str:
        first = rng.choice(string.ascii_uppercase)
        return first + "".join(rng.choice("aeiounrstlmkbdg") for _ in range(rng.randint(5, 9)))

    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_corpus(articles, n):
            data = record.to_json()
            people = ", ".join(f"{name()} {name()}" for _ in range(5))
            figures = ", ".join(
                f"{rng.randint(10_000, 9_999_999):,}".replace(",", ".") for _ in range(5)
            )
            data["maintext"] += (
                f"\n\nAn dem Treffen nahmen {people} teil. Genannt wurden die Zahlen {figures}."
            )
            out.write(json.dumps(data, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=12_000)
    parser.add_argument("--seconds", type=float, default=720)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("stream-memory"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus, db = args.out / "stream.jsonl", args.out / "stream.db"
    if not corpus.exists():
        write_corpus(corpus, args.docs)
    db.unlink(missing_ok=True)
    start = time.monotonic()
    next_sample = 0

    def sample(summary: IngestSummary) -> None:
        nonlocal next_sample
        if summary.ingested >= next_sample:
            next_sample += args.every
            mb = [round(size / 2**20) for size in tree_rss(os.getpid())]
            seconds = round(time.monotonic() - start)
            line = {"stored": summary.ingested, "s": seconds, "parent_mb": mb[0],
                    "workers_mb": sorted(mb[1:]), "all_mb": sum(mb)}  # fmt: skip
            print(json.dumps(line), flush=True)
        if time.monotonic() - start > args.seconds:
            raise _Budget

    with open_store(str(db)) as store:
        try:
            options = IngestOptions(workers=args.workers)
            summary = ingest_paths([str(corpus)], store, options, analyzer=Analyzer(),
                                   on_progress=sample)  # fmt: skip
            print(summary.line())
        except _Budget:
            print(f"stopped after {args.seconds:.0f} s")


if __name__ == "__main__":
    main()
