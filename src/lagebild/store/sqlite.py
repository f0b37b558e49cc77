"""The SQLite store: one file, WAL, FTS5; every document written in one transaction."""

from __future__ import annotations

import logging
import sqlite3
import threading
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

    def __init__(
        self, path: str | Path = "lagebild.db", *, create: bool = True, readonly: bool = False
    ) -> None:
        """Open the store at ``path``; with ``create=False`` a missing store is an error and
        nothing is written (the read commands open stores this way); ``readonly``: a
        read-only connection to an existing store (the web app)."""
        self.path = self.url = str(path)
        self.readonly = readonly
        if readonly:
            # a connection per thread: one SQLite connection cannot hold two transactions,
            # and a web server answers requests from several threads
            self.conn = _connect_readonly(self.path)
            self._readers = threading.local()
            self._readers.conn = self.conn
            self._opened = [self.conn]
            self._opening = threading.Lock()
            return
        memory = self.path == ":memory:"
        if not memory:
            _check_path(Path(self.path), create)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open a store at {self.path} ({exc})") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not self._has_table("meta") and (not create or self._has_table(None)):
                raise StoreError(
                    f"{self.path} is an SQLite file but no lagebild store; pass a store made "
                    "by lagebild ingest, or a new file name"
                )
            if not memory:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(
                f"{self.path} is not a lagebild store ({exc}); "
                "pass a store made by lagebild ingest, or a new file name"
            ) from exc
        except StoreError:
            self.conn.close()
            raise

    def close(self) -> None:
        for conn in self._opened if self.readonly else [self.conn]:
            conn.close()

    def _connection(self) -> sqlite3.Connection:
        """The connection of this thread (read-only stores), else the store's one."""
        if not self.readonly:
            return self.conn
        conn: sqlite3.Connection | None = getattr(self._readers, "conn", None)
        if conn is None:
            conn = _connect_readonly(self.path)
            self._readers.conn = conn
            with self._opening:
                self._opened.append(conn)
        return conn

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        # IMMEDIATE takes the write lock at once: two writers never both read, then both write
        if write and self.readonly:
            raise StoreError(f"{self.path}: opened read-only, cannot write")
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield Session(conn, SQLITE)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def _has_table(self, name: str | None) -> bool:
        """Whether the database has the table ``name`` (None: any table)."""
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND (? IS NULL OR name = ?)",
            (name, name),
        )
        return row.fetchone() is not None

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


def _check_path(path: Path, create: bool) -> None:
    """StoreError (with what to do) when no store can be at ``path``."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory; pass a store file such as {path / 'lagebild.db'}")
    if path.exists():
        return
    if not create:
        raise StoreError(f"no store at {path}; create one with lagebild ingest --db {path} FILES")
    if not path.parent.is_dir():
        raise StoreError(
            f"cannot create a store at {path}: no directory {path.parent}; create it or "
            "choose another path"
        )


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
