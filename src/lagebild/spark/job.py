"""``lagebild spark ingest``: read, deduplicate and analyse inputs on Spark; Parquet out.

Stages: input files (listed on the driver) -> read on executors (one task per file) ->
exact duplicates (by checksum, across the whole input) -> near duplicates (MinHash LSH per
partition, then a global pass over the band keys) -> analysis (``mapPartitions``, one
pipeline per executor process) -> one Parquet table per export table (the schema of
``lagebild export``), which ``lagebild load`` puts into a store.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError
from lagebild.ingest.dedup import THRESHOLD, lsh_bands
from lagebild.ingest.inputs import expand_inputs
from lagebild.ingest.records import Ignored, ReadOptions, Rejected
from lagebild.nlp.loading import NlpOptions
from lagebild.spark import stages
from lagebild.store.rows import COLUMNS, DOCUMENT_TABLES

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SparkOptions:
    """master: Spark master URL (``local[2]``: two cores of this machine).
    partitions: analysis partitions (0: twice the default parallelism).
    near_duplicates / threshold: as for ``lagebild ingest``.
    """

    master: str = "local[2]"
    partitions: int = 0
    near_duplicates: bool = True
    threshold: float = THRESHOLD
    read: ReadOptions = field(default_factory=ReadOptions)
    nlp: NlpOptions = field(default_factory=NlpOptions)


@dataclass(slots=True)
class SparkSummary:
    """Counts of a job: documents written, exact and near duplicates folded, rejects;
    seconds: wall time per stage (read, exact, near, analysis, write), in the order run."""

    documents: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the wall time of the block to ``seconds[stage]``."""
        started = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - started
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + spent, 2)
            log.info("%s: %.1f s", stage, spent)

    def line(self) -> str:
        return (
            f"documents {self.documents}, duplicates {self.exact_duplicates} exact"
            f" + {self.near_duplicates} near, rejected {self.rejected}"
        )


def spark_session(master: str) -> Any:
    """A Spark session whose Python workers run this interpreter (and so find lagebild)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise LagebildError("the Spark job needs pyspark: pip install 'lagebild[spark]'") from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder
    if master.startswith("local"):
        # in local mode the JVM only moves rows between Python workers: start it quickly
        builder = builder.config(
            "spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
        )
    return (
        builder.master(master)
        .appName("lagebild")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )


def spark_ingest(
    inputs: Iterable[str | Path], out: Path, options: SparkOptions | None = None, spark: Any = None
) -> SparkSummary:
    """Run the pipeline over the inputs on Spark and write ``out/<table>/`` Parquet."""
    from pyspark import StorageLevel

    options = options or SparkOptions()
    files: list[str] = []
    summary = SparkSummary()
    rejects: list[tuple[str, str]] = []
    for name in expand_inputs(inputs):
        if isinstance(name, Rejected):
            rejects.append((name.source, name.reason))
        elif isinstance(name, Ignored):
            log.info("%s: ignored (%s)", name.source, name.reason)
        elif name == "-":
            rejects.append(("-", "standard input cannot be read by a Spark job"))
        else:
            files.append(name)
    if not files:
        raise LagebildError("no input files: " + "; ".join(f"{s}: {r}" for s, r in rejects))
    spark = spark or spark_session(options.master)
    sc = spark.sparkContext
    read_options = options.read
    keep = StorageLevel.MEMORY_AND_DISK

    items = (
        sc.parallelize(list(enumerate(files)), min(len(files), sc.defaultParallelism * 4))
        .flatMap(lambda f: stages.read_file(f, read_options))
        .persist(keep)
    )
    with summary.timed("read"):
        rejects += items.filter(lambda kv: kv[0] == "reject").values().collect()
        copies = items.filter(lambda kv: kv[0] == "doc").values()
        total = copies.count()
    # exact duplicates: one copy per checksum, the earliest, with every copy's provenance
    unique = copies.map(lambda c: (c.document.checksum, c)).reduceByKey(stages.Copy.merged).values()
    unique = unique.persist(keep)
    with summary.timed("exact"):
        summary.exact_duplicates = total - unique.count()
    if options.near_duplicates:
        with summary.timed("near"):
            unique = _fold_near_duplicates(sc, unique, options.threshold, summary).persist(keep)
    partitions = options.partitions or sc.defaultParallelism * 2
    nlp_options = options.nlp
    with summary.timed("analysis"):  # sortBy samples its input at once: a job of its own
        rows = (
            unique.sortBy(lambda c: c.order, numPartitions=partitions)
            .mapPartitions(lambda part: stages.analyze_partition(part, nlp_options))
            .persist(keep)
        )
        rejects += [r for _, r in sorted(rows.filter(lambda kv: kv[0] == "rejects").values()
                                         .collect())]  # fmt: skip
    with summary.timed("write"):
        for table in DOCUMENT_TABLES:
            table_rows = rows.filter(lambda kv, t=table: kv[0] == t).values()
            if table == "entities":  # one row per entity: the one of the earliest document
                table_rows = (
                    table_rows.map(lambda o_r: (o_r[1]["canonical"], o_r))
                    .reduceByKey(lambda a, b: a if a[0] <= b[0] else b)
                    .values()
                    .sortBy(lambda o_r: o_r[1]["canonical"], numPartitions=1)
                )
            summary.rows[table] = _write_table(spark, table_rows.values(), table, out)
    summary.documents = summary.rows["documents"]
    summary.rejected = len(rejects)
    for source, reason in rejects:
        log.warning("rejected %s: %s", source, reason)
    for cached in (items, unique, rows):
        cached.unpersist()
    log.info("%s -> %s", summary.line(), out)
    return summary


def _fold_near_duplicates(sc: Any, unique: Any, threshold: float, summary: SparkSummary) -> Any:
    """The copies with near-duplicates folded into the earliest of them."""
    b, r = lsh_bands(threshold)
    found = unique.mapPartitions(
        lambda part: stages.partition_near_duplicates(part, threshold, b, r)
    ).persist()
    pairs = found.filter(lambda kv: kv[0] == "pair").values().collect()
    pairs += (
        found.filter(lambda kv: kv[0] == "band")
        .values()
        .groupByKey()
        .flatMap(lambda kv: stages.band_pairs(kv[1], threshold))
        .distinct()
        .collect()
    )
    found.unpersist()
    if not pairs:
        return unique
    linked = {doc_id for pair in pairs for doc_id in pair}
    orders = dict(
        unique.filter(lambda c: c.document.id in linked)
        .map(lambda c: (c.document.id, c.order))
        .collect()
    )
    rep = sc.broadcast(stages.representatives(pairs, orders))
    summary.near_duplicates = len(rep.value)
    return (
        unique.map(lambda c: (rep.value.get(c.document.id, c.document.id), c))
        .reduceByKey(stages.Copy.merged)
        .values()
    )


def _write_table(spark: Any, rows: Any, table: str, out: Path) -> int:
    from pyspark.sql import types as T

    kinds = {"str": T.StringType(), "int": T.LongType(), "float": T.DoubleType(),
             "bool": T.BooleanType()}  # fmt: skip
    columns = list(COLUMNS[table])
    schema = T.StructType(
        [T.StructField(name, kinds[kind], True) for name, kind in COLUMNS[table].items()]
    )
    frame = spark.createDataFrame(rows.map(lambda row: tuple(row[c] for c in columns)), schema)
    frame.write.mode("overwrite").parquet(str(out / table))
    return int(spark.read.parquet(str(out / table)).count())
