"""Ingest benchmark, kept for its old command line: ``lagebild bench`` does the work
(:mod:`lagebild.bench`: corpus, tokenizer pass, stages, full pipeline, memory).

    PYTHONPATH=src python bench/ingest.py [--quick] [--docs N] [--workers N] [--no-parse] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys

from lagebild.bench import BenchOptions, run_bench
from lagebild.nlp.loading import NlpOptions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 documents")
    parser.add_argument("--docs", type=int, default=None)
    parser.add_argument("--workers", type=int, default=0, help="0 = one per core")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-parse", action="store_true", help="the German pipeline without the on-demand parse"
    )
    args = parser.parse_args(argv)
    nlp = NlpOptions(parse=False) if args.no_parse else None
    extra = ("--no-parse",) if args.no_parse else ()
    options = BenchOptions(
        docs=args.docs, quick=args.quick, workers=args.workers, nlp=nlp, analyze_args=extra
    )
    result = run_bench(options, on_step=lambda s: print(f"bench: {s}", file=sys.stderr))
    json.dump(result.to_json(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
