"""Resident memory of a long streaming ingest, sampled every N stored documents.

    PYTHONPATH=src python bench/stream_memory.py [--docs 12000] [--words 500] [--seconds 720]
        [--every 250] [--workers 2] [--out DIR] [--resume]

Writes DIR/stream.jsonl (the bench's synthetic articles of about --words words, each with
one added paragraph of five made-up names and five figures no other article has, as a real
stream brings new words; a near-copy keeps its original's paragraph), ingests it into
DIR/stream.db with ``ingest_paths`` (what ``lagebild ingest`` runs, without the fact update
at the end) and prints one JSON line per sample: documents in the store, seconds, the
parent's and each worker's resident MB, the store's size on disk. Stops after --seconds.
With --resume the store is kept and the run goes on where the last one stopped (a rerun
skips what is stored): one process per hold of the CPU lock.
Figures: docs/performance.md, "Streaming memory" and "Eighth round".
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
from lagebild.bench.corpus import (
    DUPLICATE_EVERY,
    DUPLICATE_SENTENCE,
    source_sentences,
    synthetic_corpus,
)
from lagebild.bench.memory import tree_rss
from lagebild.pipeline import Analyzer
from lagebild.store import open_store

SPKATT = Path("../shared/data/spkatt2023/train")


class _Budget(Exception):
    pass


def write_corpus(path: Path, n: int, words: int) -> None:
    """``n`` synthetic articles, each with a paragraph of words no other article has (a
    near-copy has its original's, so it stays a near-copy however short the articles)."""
    _, articles = source_sentences(SPKATT)
    rng = random.Random(27)
    added: dict[str, str] = {}

    def name() -> str:
        first = rng.choice(string.ascii_uppercase)
        return first + "".join(rng.choice("aeiounrstlmkbdg") for _ in range(rng.randint(5, 9)))

    with path.open("w", encoding="utf-8") as out:
        for i, record in enumerate(synthetic_corpus(articles, n, words=words)):
            data = record.to_json()
            text = data["maintext"]
            # short articles repeat their run of sentences by chance: only a near-copy takes
            # an earlier article's paragraph, every other article gets its own
            copy = i and i % DUPLICATE_EVERY == 0
            paragraph = added.get(text.replace(DUPLICATE_SENTENCE, "")) if copy else None
            if paragraph is None:
                people = ", ".join(f"{name()} {name()}" for _ in range(5))
                figures = ", ".join(
                    f"{rng.randint(10_000, 9_999_999):,}".replace(",", ".") for _ in range(5)
                )
                paragraph = (
                    f"An dem Treffen nahmen {people} teil. Genannt wurden die Zahlen {figures}."
                )
                added[text] = paragraph
            data["maintext"] = f"{text}\n\n{paragraph}"
            out.write(json.dumps(data, ensure_ascii=False) + "\n")


def store_mb(db: Path) -> float:
    """The store's size on disk (the database and its write-ahead log)."""
    files = [db, db.with_name(db.name + "-wal")]
    return round(sum(f.stat().st_size for f in files if f.exists()) / 2**20, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=12_000)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=720)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("stream-memory"))
    parser.add_argument("--resume", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus, db = args.out / "stream.jsonl", args.out / "stream.db"
    if not corpus.exists():
        write_corpus(corpus, args.docs, args.words)
    if not args.resume:
        db.unlink(missing_ok=True)
    start = time.monotonic()

    with open_store(str(db)) as store:
        base = store.counts()["documents"]
        next_sample = base

        def sample(summary: IngestSummary) -> None:
            nonlocal next_sample
            stored = base + summary.ingested
            if stored >= next_sample:
                next_sample = stored - stored % args.every + args.every
                mb = [round(size / 2**20) for size in tree_rss(os.getpid())]
                line = {"stored": stored, "s": round(time.monotonic() - start),
                        "parent_mb": mb[0], "workers_mb": sorted(mb[1:]), "all_mb": sum(mb),
                        "store_mb": store_mb(db), "skipped": summary.skipped}  # fmt: skip
                print(json.dumps(line), flush=True)
            if time.monotonic() - start > args.seconds:
                raise _Budget

        try:
            options = IngestOptions(workers=args.workers)
            summary = ingest_paths([str(corpus)], store, options, analyzer=Analyzer(),
                                   on_progress=sample)  # fmt: skip
            print(summary.line())
            print(json.dumps({"done": base + summary.ingested, "store_mb": store_mb(db)}))
        except _Budget:
            print(f"stopped after {args.seconds:.0f} s")


if __name__ == "__main__":
    main()
