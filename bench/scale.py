"""Scale benchmark: the same synthetic corpus (``lagebild bench``'s, as one JSONL file) through
``lagebild ingest`` into SQLite or PostgreSQL, or through the Spark job (local[N]) into
Parquet. One engine per run, so each run is one command and stays short; wall time includes
start-up (spaCy pipelines, worker processes, the Spark session), reported apart where known.
CPU seconds are summed over this process and every process under it (workers, the JVM,
Spark's Python workers), read from /proc: documents per CPU-second is the rate one fully
used core gives, and it holds on a machine that others share (wall time does not).

    PYTHONPATH=. .venv/bin/python bench/scale.py ingest --docs 200
    PYTHONPATH=. .venv/bin/python bench/scale.py ingest --docs 200 --db postgresql://...
    PYTHONPATH=. .venv/bin/python bench/scale.py spark --docs 200 --master 'local[2]'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from lagebild.bench.corpus import source_sentences, synthetic_corpus
from lagebild.bench.run import DEFAULT_CORPUS


def _write_corpus(n: int, folder: Path) -> tuple[Path, int]:
    path = folder / "corpus.jsonl"
    words = 0
    with path.open("w", encoding="utf-8") as out:
        _, articles = source_sentences(DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
        for record in synthetic_corpus(articles, n):
            words += len(record.maintext.split())
            out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
    return path, words


def _cpu(pid: int) -> float:
    """CPU seconds of a process and its reaped children (utime, stime, cutime, cstime)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds() -> float:
    """CPU seconds of this process and every live descendant (and their reaped children)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += _cpu(pid)
        todo += children.get(pid, [])
    return total


def run_ingest(path: Path, db: str, workers: int) -> dict[str, float]:
    from lagebild.batch import IngestOptions, ingest_paths
    from lagebild.pipeline import Analyzer
    from lagebild.store import Store

    start, cpu = time.perf_counter(), tree_cpu_seconds()
    with Store(db) as store:
        summary = ingest_paths([path], store, IngestOptions(workers=workers), analyzer=Analyzer())
    # the pool's workers, joined and reaped, are in this process's children's time (cutime,
    # cstime), which tree_cpu_seconds reads: adding RUSAGE_CHILDREN counted them twice
    cpu = tree_cpu_seconds() - cpu
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu,
            "documents": summary.ingested}  # fmt: skip


def run_spark(path: Path, out: Path, master: str) -> dict[str, float]:
    from lagebild.spark import SparkOptions, spark_ingest
    from lagebild.spark.job import spark_session

    start, cpu = time.perf_counter(), tree_cpu_seconds()
    spark = spark_session(master)
    session, session_cpu = time.perf_counter() - start, tree_cpu_seconds() - cpu
    summary = spark_ingest([path], out, SparkOptions(master=master), spark=spark)
    seconds, cpu = time.perf_counter() - start, tree_cpu_seconds() - cpu
    spark.stop()
    stage_seconds = {f"{stage}_seconds": v for stage, v in summary.seconds.items()}
    return {"seconds": seconds, "cpu_seconds": cpu, "session_seconds": session,
            "session_cpu_seconds": session_cpu, "documents": summary.documents,
            **stage_seconds}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engine", choices=["ingest", "spark"])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--db", help="ingest: the store (default: a new SQLite file)")
    parser.add_argument("--workers", type=int, default=0, help="ingest: 0 = one per core")
    parser.add_argument("--master", default="local[2]", help="spark: the master URL")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path, words = _write_corpus(args.docs, Path(tmp))
        if args.engine == "ingest":
            db = args.db or str(Path(tmp) / "bench.db")
            result = run_ingest(path, db, args.workers)
            label = f"ingest into {'PostgreSQL' if db.startswith('postgres') else 'SQLite'}"
        else:
            result = run_spark(path, Path(tmp) / "pq", args.master)
            label = f"spark {args.master}"
    result |= {"input": args.docs, "words": words,
               "docs_per_s": result["documents"] / result["seconds"],
               "docs_per_cpu_s": result["documents"] / result["cpu_seconds"]}  # fmt: skip
    json.dump({"engine": label} | {k: round(v, 2) for k, v in result.items()}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
