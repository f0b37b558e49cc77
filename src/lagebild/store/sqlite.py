"""The SQLite store: one file, WAL, FTS5; every document written in one transaction."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from lagebild.errors import StoreError
from lagebild.store.base import Session, Store
from lagebild.store.dialect import SQLITE
from lagebild.store.session import ClaimFilter

log = logging.getLogger(__name__)

__all__ = ["ClaimFilter", "SqliteStore"]


class SqliteStore(Store):
    """A SQLite file (``:memory:`` for a throwaway store); plain tables any SQLite tool opens."""

    dialect = SQLITE

    def __init__(self, path: str | Path = "lagebild.db", *, readonly: bool = False) -> None:
        self.path = self.url = str(path)
        self.readonly = readonly
        if readonly:
            self.conn = _connect_readonly(self.path)
            return
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        # IMMEDIATE takes the write lock at once: two writers never both read, then both write
        if write and self.readonly:
            raise StoreError(f"{self.path}: opened read-only, cannot write")
        self.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield Session(self.conn, SQLITE)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _run_script(self, session: Session, sql: str) -> None:
        # executescript() would COMMIT the open transaction; run the statements one by one.
        statement = ""
        for line in sql.splitlines(keepends=True):
            if line.lstrip().startswith("--"):
                continue
            statement += line
            if sqlite3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""


def _connect_readonly(path: str) -> sqlite3.Connection:
    """A read-only connection to an existing store file, usable from any one thread."""
    file = Path(path)
    if path == ":memory:" or not file.is_file():
        raise StoreError(f"{path}: no such store (`lagebild ingest` or `analyze --db` makes one)")
    uri = f"file:{quote(str(file.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("SELECT count(*) FROM documents").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: not a lagebild store ({exc})") from exc
    return conn
