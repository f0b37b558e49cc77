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


def test_no_archive_options_where_the_cache_cannot_be_written(tmp_path: Path) -> None:
    from lagebild.spark.job import class_archive_options

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert class_archive_options(blocked / "cache") == []
