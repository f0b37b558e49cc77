"""Opening a store: reading never creates one; every failure names the path and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.store import open_store


def test_reading_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(
        StoreError, match=r"no store at .*typo\.db; create one with lagebild ingest"
    ):
        open_store(path, create=False)
    assert not path.exists()


def test_missing_directory_and_non_store_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no directory .*no/such/dir"):
        open_store(tmp_path / "no" / "such" / "dir" / "x.db")
    text = tmp_path / "article.txt"
    text.write_text("Die Donau ist über die Ufer getreten.\n" * 20, encoding="utf-8")
    for create in (True, False):
        with pytest.raises(StoreError, match=r"article\.txt is not a lagebild store"):
            open_store(text, create=create)
    assert text.read_text(encoding="utf-8").startswith("Die Donau")
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path, create=False)


def test_an_sqlite_file_of_another_program_is_neither_read_nor_written(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    for create in (False, True):
        with pytest.raises(StoreError, match="no lagebild store"):
            open_store(other, create=create)
    with sqlite3.connect(other) as conn:  # nothing was added to it
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("t",)]


def test_a_created_store_opens_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "ok.db"
    with open_store(path) as store:
        store.add_reject("x.txt", "input is empty")
    with open_store(path, create=False) as store:
        assert store.counts()["rejects"] == 1
