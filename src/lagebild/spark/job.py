"""``lagebild spark ingest``: read, deduplicate and analyse inputs on Spark; Parquet out.

Stages: input files (listed on the driver) -> read on executors (one task per file) ->
exact duplicates (by checksum, across the whole input) -> near duplicates (MinHash LSH per
partition, then a global pass over the band keys) -> analysis (``mapPartitions``, one
pipeline per executor process) -> one Parquet table per export table (the schema of
``lagebild export``), which ``lagebild load`` puts into a store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
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
from lagebild.store.rows import DOCUMENT_TABLES

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
    seconds: wall time per stage (read, exact, near, analysis, entities), in the order run."""

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


def class_archive_options(cache: Path | None = None) -> list[str]:
    """JVM options that load Spark's classes from a class-data archive (about half the
    JVM's start-up CPU): the archive of this Spark and Java when one is there, else options
    that write it when the JVM exits, under a name of this process (renamed into place by a
    later start, once that process is gone). Empty when the cache cannot be written."""
    import pyspark

    home = Path(pyspark.__file__).parent
    java = os.environ.get("JAVA_HOME", "") + str(shutil.which("java"))
    key = hashlib.sha256(f"{home}|{pyspark.__version__}|{java}".encode()).hexdigest()[:12]
    folder = cache or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lagebild"
    archive = folder / f"spark-classes-{key}.jsa"
    quiet = "-Xlog:cds=off,cds+dynamic=off"
    try:
        _tidy_class_archives(folder, archive)
    except OSError as exc:  # another process tidying at the same time, a read-only cache
        log.debug("class-data archives in %s not tidied: %s", folder, exc)
    if archive.is_file():
        return [f"-XX:SharedArchiveFile={archive}", quiet]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return []
    if not os.access(folder, os.W_OK):
        return []
    return [f"-XX:ArchiveClassesAtExit={archive}.{os.getpid()}", quiet]


# an archive written under a process id this long ago is complete, whoever has that id now
_WRITTEN_SECONDS = 600
# archives of other Spark or Java installations (other environments) kept beside this one's
_OTHER_ARCHIVES_KEPT = 2


def _tidy_class_archives(folder: Path, archive: Path) -> None:
    """Move a finished write of ``archive`` into place; remove the writes and archives of
    other installations but the most recently used few, so the cache does not grow by an
    archive (about 120 MB) per environment or per write whose process id was reused."""
    now = time.time()
    for written in folder.glob(f"{archive.name}.*"):
        pid = written.suffix[1:]
        if not pid.isdigit():
            continue
        stat = written.stat()
        exited = not Path(f"/proc/{pid}").exists() or now - stat.st_mtime > _WRITTEN_SECONDS
        if exited and stat.st_size:
            written.replace(archive)  # the JVM that wrote it has exited
    if archive.is_file():
        os.utime(archive)  # its last use: what the tidying of other environments keeps
    others = [
        path
        for path in folder.glob("spark-classes-*.jsa*")
        if path.name != archive.name and not path.name.startswith(f"{archive.name}.")
    ]
    others.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    for old in others[_OTHER_ARCHIVES_KEPT:]:
        old.unlink(missing_ok=True)


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
        options = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", *class_archive_options()]
        builder = builder.config("spark.driver.extraJavaOptions", " ".join(options))
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
    target = str(out)
    for table in DOCUMENT_TABLES:  # what an earlier run left is replaced
        shutil.rmtree(out / table, ignore_errors=True)
        (out / table).mkdir(parents=True)
    with summary.timed("analysis"):  # sortBy samples its input at once: a job of its own
        # each partition writes its rows as Parquet part files itself: the rows never pass
        # through the JVM; only entities (one row per name across partitions), counts and
        # rejects come back
        results = (
            unique.sortBy(lambda c: c.order, numPartitions=partitions)
            .mapPartitionsWithIndex(
                lambda i, part: stages.analyze_partition(i, part, nlp_options, target)
            )
            .persist(keep)
        )
        summary.rows = dict.fromkeys(DOCUMENT_TABLES, 0)
        failed = []
        for kind, value in results.filter(lambda kv: kv[0] != "entities").collect():
            if kind == "rows":
                summary.rows[value[0]] = summary.rows.get(value[0], 0) + value[1]
            else:
                failed.append(value)
        rejects += [reject for _, reject in sorted(failed)]
    with summary.timed("entities"):
        # one row per entity: the one of the earliest document, in name order, one file
        written = (
            results.filter(lambda kv: kv[0] == "entities")
            .values()
            .reduceByKey(lambda a, b: a if a[0] <= b[0] else b)
            .sortByKey(numPartitions=1)
            .map(lambda kv: kv[1][1])
            .mapPartitionsWithIndex(lambda i, rows: stages.write_rows(i, rows, "entities", target))
            .collect()
        )
        if not written:  # no entities at all: an empty table all the same
            written = list(stages.write_rows(0, [], "entities", target))
        summary.rows["entities"] = sum(written)
    summary.documents = summary.rows["documents"]
    summary.rejected = len(rejects)
    for source, reason in rejects:
        log.warning("rejected %s: %s", source, reason)
    for cached in (items, unique, results):
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
