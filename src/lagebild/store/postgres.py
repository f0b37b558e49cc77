"""The PostgreSQL store: the same tables and statements as SQLite, for several writers at
once (a connection pool; each document in one transaction; conflicts resolved by upserts)."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from lagebild.errors import StoreError
from lagebild.store.base import Session, Store
from lagebild.store.dialect import POSTGRESQL

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key of schema migrations ("lagebild" in ASCII, shortened)
_MIGRATION_LOCK = 0x6C616765
_cursor_names = itertools.count()


class PostgresSession(Session):
    """A session whose large reads come through a server-side cursor."""

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[dict]:
        with self.conn.cursor(name=f"lagebild_{next(_cursor_names)}") as cursor:
            cursor.execute(self.dialect.sql(sql), tuple(params))
            while batch := cursor.fetchmany(size):
                yield from (dict(r) for r in batch)


class PostgresStore(Store):
    """A PostgreSQL database given by URL (``postgresql://user@host:port/db``)."""

    dialect = POSTGRESQL

    def __init__(
        self, url: str, max_connections: int = 4, *, create: bool = True, readonly: bool = False
    ) -> None:
        """Open the database at ``url``; with ``create=False`` one without lagebild's tables
        is an error and nothing is written to it (the read commands open stores this way);
        ``readonly`` connections refuse writes and the schema is not migrated."""
        try:
            import psycopg
            from psycopg.rows import dict_row
            from psycopg_pool import ConnectionPool
        except ImportError as exc:
            raise StoreError(
                f"{url}: the PostgreSQL store needs psycopg and psycopg_pool"
                " (pip install 'lagebild[postgres]')"
            ) from exc
        self.url = url
        self.readonly = readonly
        try:  # one plain connection first: a wrong URL fails at once, not after the pool's retries
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as exc:
            raise StoreError(f"cannot open database {_redacted(url)}: {exc}") from exc
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            # a read-only store: every transaction read-only, so the server refuses writes
            kwargs={"row_factory": dict_row}
            | ({"options": "-c default_transaction_read_only=on"} if readonly else {}),
            open=False,
        )
        try:
            self.pool.open(wait=True, timeout=15)
            if (not create or readonly) and not self._has_store():
                raise StoreError(
                    f"no store at {_redacted(url)}; create one with lagebild ingest"
                    f" --db {_redacted(url)} FILES"
                )
            if not readonly:
                self.migrate()
        except StoreError:
            self.pool.close()
            raise
        except Exception as exc:
            self.pool.close()
            raise StoreError(f"cannot open database {_redacted(url)}: {exc}") from exc

    def close(self) -> None:
        self.pool.close()

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        with self.pool.connection() as conn, conn.transaction():
            yield PostgresSession(conn, POSTGRESQL)

    def _has_store(self) -> bool:
        """Whether the database holds lagebild's meta table."""
        with self.session(write=False) as s:
            return s.value("SELECT to_regclass('meta') IS NOT NULL AS found") is True

    def _lock_schema(self, session: Session) -> None:
        session.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def _run_script(self, session: Session, sql: str) -> None:
        session.conn.execute(sql)  # no parameters: several statements in one go


def _redacted(url: str) -> str:
    """The URL without its password."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
