"""What an ``ingest`` worker does, timed: the first N synthetic bench articles, one
``Analyzer.analyze_document`` each (one memory zone each), CPU seconds after one warm-up
document; the analyses' JSON (sorted keys) goes to OUT for ``cmp`` between checkouts.

    PYTHONPATH=src .venv/bin/python bench/worker_cpu.py LABEL 150 out.jsonl
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import time

from lagebild.bench.corpus import source_sentences, synthetic_corpus
from lagebild.bench.run import DEFAULT_CORPUS
from lagebild.ingest.jsonl import parse_record
from lagebild.ingest.records import ReadOptions
from lagebild.pipeline import Analyzer


def main() -> None:
    label, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    _, articles = source_sentences(DEFAULT_CORPUS)
    records = synthetic_corpus(articles, 300)[:n]
    docs = [parse_record(json.dumps(r.to_json()), r.url, ReadOptions()) for r in records]
    analyzer = Analyzer()
    results = [analyzer.analyze_document(docs[0]).to_json()]
    cpu, wall = time.process_time(), time.perf_counter()
    for document in docs[1:]:
        results.append(analyzer.analyze_document(document).to_json())
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    blob = "\n".join(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in results)
    with open(out, "w", encoding="utf-8") as f:
        f.write(blob)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    digest = hashlib.sha256(blob.encode()).hexdigest()[:12]
    print(f"{label} n={n} cpu={cpu:.2f} wall={wall:.2f} maxrss={rss:.0f}MB sha={digest}")


if __name__ == "__main__":
    main()
