"""Write what a code change must leave byte-equal: per text, the analysis JSON (sorted keys)
and the store rows (``analysis_rows``, a fixed ingest time) of the first N synthetic bench
articles and the demo article, through one Analyzer.

Run once per checkout (``PYTHONPATH=OTHER/src``) and ``cmp`` the files:

    PYTHONPATH=src .venv/bin/python bench/same_outputs.py 300 out.jsonl [fast|accurate]
"""

from __future__ import annotations

import dataclasses
import json
import sys

from lagebild.bench.corpus import source_sentences, synthetic_corpus
from lagebild.bench.run import DEFAULT_CORPUS
from lagebild.cli.analyze import read_one
from lagebild.ingest.jsonl import parse_record
from lagebild.ingest.records import ReadOptions
from lagebild.nlp.loading import NlpOptions
from lagebild.pipeline import Analyzer
from lagebild.store.rows import analysis_rows

DEMO = "examples/nordkorea-truppen-2024-10-18.txt"


def main() -> None:
    n, path = int(sys.argv[1]), sys.argv[2]
    profile = sys.argv[3] if len(sys.argv) > 3 else "fast"
    _, articles = source_sentences(DEFAULT_CORPUS)
    records = synthetic_corpus(articles, 300)[:n]
    documents = [parse_record(json.dumps(r.to_json()), r.url, ReadOptions()) for r in records]
    documents.append(read_one(DEMO))
    analyzer = Analyzer(NlpOptions(profile=profile))
    with open(path, "w", encoding="utf-8") as out:
        for analysis in analyzer.analyze_documents(documents):
            out.write(json.dumps(analysis.to_json(), sort_keys=True, ensure_ascii=False) + "\n")
            rows = dataclasses.asdict(analysis_rows(analysis, "T"))
            out.write(json.dumps(rows, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
