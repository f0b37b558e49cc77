"""The class-data archive that halves the Spark JVM's start-up: written once, then used."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None,
    reason="pyspark is not installed (pip install 'lagebild[spark]')",
)


def test_archive_is_written_under_this_process_then_used_once_its_writer_is_gone(
    tmp_path: Path,
) -> None:
    from lagebild.spark.job import class_archive_options

    first = class_archive_options(tmp_path)
    dump = next(o for o in first if o.startswith("-XX:ArchiveClassesAtExit="))
    written = Path(dump.split("=", 1)[1])
    assert written.parent == tmp_path and written.suffix == f".{os.getpid()}"
    written.write_bytes(b"archive")  # what the JVM leaves at exit
    # its writer (this process) still runs: the file may be incomplete, so it is not used
    assert any(o.startswith("-XX:ArchiveClassesAtExit=") for o in class_archive_options(tmp_path))
    gone = written.with_suffix(".999999999")  # no such process
    written.rename(gone)
    used = class_archive_options(tmp_path)
    assert f"-XX:SharedArchiveFile={gone.with_suffix('')}" in used
    assert gone.with_suffix("").read_bytes() == b"archive" and not gone.exists()


def test_a_write_under_a_reused_process_id_is_used_once_it_is_old(tmp_path: Path) -> None:
    from lagebild.spark.job import class_archive_options

    dump = next(o for o in class_archive_options(tmp_path) if o.startswith("-XX:Archive"))
    written = Path(dump.split("=", 1)[1])
    written.write_bytes(b"archive")
    hour_ago = written.stat().st_mtime - 3600
    os.utime(written, (hour_ago, hour_ago))  # its id (this process) lives on: reused
    used = class_archive_options(tmp_path)
    assert f"-XX:SharedArchiveFile={written.with_suffix('')}" in used


def test_archives_of_other_installations_are_kept_only_for_the_latest_two(
    tmp_path: Path,
) -> None:
    from lagebild.spark.job import class_archive_options

    others = [tmp_path / f"spark-classes-{n:012x}.jsa" for n in range(3)]
    others.append(tmp_path / "spark-classes-ffffffffffff.jsa.12345")
    for age, path in enumerate(others):
        path.write_bytes(b"archive")
        os.utime(path, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "kb-0123.pickle").write_bytes(b"not an archive")
    class_archive_options(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["kb-0123.pickle", others[0].name, others[1].name]


def test_no_archive_options_where_the_cache_cannot_be_written(tmp_path: Path) -> None:
    from lagebild.spark.job import class_archive_options

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert class_archive_options(blocked / "cache") == []
