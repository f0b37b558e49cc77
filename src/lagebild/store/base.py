"""The store's one interface: ``Store(url)`` opens SQLite (a path) or PostgreSQL (a
``postgresql://`` URL); both run the same statements through a :class:`Session`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from lagebild.model import Analysis, Document, Provenance
from lagebild.store.browse_sql import BrowseSql
from lagebild.store.dialect import DIALECTS, Dialect
from lagebild.store.export_sql import ExportSql
from lagebild.store.fact_sql import FactSql
from lagebild.store.minhash_sql import MinhashSql
from lagebild.store.rows import DocumentRows, analysis_rows
from lagebild.store.session import ClaimFilter, DocumentSql, now

_MIGRATION = re.compile(r"^(\d{4})_\w+\.sql$")


class Session(DocumentSql, FactSql, MinhashSql, ExportSql, BrowseSql):
    """One transaction on the store, with every statement the library runs."""


def is_postgres_url(url: str | Path) -> bool:
    return str(url).startswith(("postgresql://", "postgres://"))


def migrations(dialect: str) -> list[tuple[int, str]]:
    """(number, SQL) of the dialect's migrations, in order: each is the shared migration
    (``migrations/shared``) with the dialect's column types filled in, then the dialect's
    own statements of that number (``migrations/<dialect>``: SQLite's FTS5 tables,
    PostgreSQL's GIN indexes)."""
    types = DIALECTS[dialect].column_types
    parts: dict[int, list[str]] = {}
    for folder in ("shared", dialect):
        entries = (resources.files("lagebild.store") / "migrations" / folder).iterdir()
        for entry in sorted(entries, key=lambda e: e.name):
            match = _MIGRATION.match(entry.name)
            if match:
                sql = entry.read_text(encoding="utf-8")
                if folder == "shared":
                    sql = Template(sql).substitute(types)
                parts.setdefault(int(match.group(1)), []).append(sql)
    return sorted((number, "\n".join(sql)) for number, sql in parts.items())


class Store:
    """Reads and writes analyses. ``Store("lagebild.db")`` (or ``":memory:"``) is SQLite,
    ``Store("postgresql://...")`` PostgreSQL; each document is written in one transaction.

    readonly: read an existing store only, never migrate or write it (SQLite opens the file
    with ``mode=ro`` and refuses a missing one; PostgreSQL sessions are read-only
    transactions); the store may then be read from another thread than the one that opened it.
    """

    dialect: Dialect
    url: str
    readonly: bool = False

    def __new__(cls, url: str | Path = "lagebild.db", *args: Any, **kwargs: Any) -> Store:
        if cls is Store:
            if is_postgres_url(url):
                from lagebild.store.postgres import PostgresStore

                cls = PostgresStore
            else:
                from lagebild.store.sqlite import SqliteStore

                cls = SqliteStore
        return super().__new__(cls)

    # -- what a backend provides -------------------------------------------------------------

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        """A transaction: committed as a whole when the block ends, rolled back on error."""
        raise NotImplementedError
        yield  # pragma: no cover

    def close(self) -> None:
        raise NotImplementedError

    def _run_script(self, session: Session, sql: str) -> None:
        raise NotImplementedError

    def _lock_schema(self, session: Session) -> None:
        """Keep concurrent openers from migrating at the same time."""

    # -- shared ------------------------------------------------------------------------------

    def transaction(self) -> Any:
        """A write transaction (same as :meth:`session`)."""
        return self.session(write=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> int:
        """Bring the schema to the newest migration; the schema version."""
        with self.session() as s:
            self._lock_schema(s)
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            version = int(s.value("SELECT value FROM meta WHERE key = 'schema_version'") or 0)
            for number, sql in migrations(self.dialect.name):
                if number > version:
                    self._run_script(s, sql)
                    version = number
            s.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
        return version

    def has_document(self, checksum: str) -> bool:
        with self.session(write=False) as s:
            return s.has_document(checksum)

    def document_text(self, document_id: str) -> str | None:
        with self.session(write=False) as s:
            return s.document_text(document_id)

    def has_provenance(self, document_id: str, p: Provenance) -> bool:
        with self.session(write=False) as s:
            return s.has_provenance(document_id, {"url": p.url, "path": p.path,
                                                  "reader": p.reader})  # fmt: skip

    def add_analysis(self, analysis: Analysis) -> bool:
        """Store one analysed document; False (and only its provenance added) if already there."""
        return self.add_rows(analysis_rows(analysis, now()))

    def add_rows(self, rows: DocumentRows) -> bool:
        """Store one document given as export rows; False if its text is stored already."""
        with self.session() as s:
            return s.add_rows(rows)

    def replace_analysis(self, analysis: Analysis) -> None:
        """Replace a stored document's analysis with a new one of the same text; the
        document row (id) and its provenance stay as they are."""
        with self.session() as s:
            s.replace_rows(analysis_rows(analysis, now()))

    def document_ids_since(self, since: str | None = None) -> list[str]:
        """Ids of the stored documents published on or after ``since`` (ISO date; all when
        None), oldest first."""
        with self.session(write=False) as s:
            return s.document_ids_since(since)

    def documents_by_id(self, ids: Sequence[str]) -> list[Document]:
        """The stored documents of ``ids``, in the order given (ids not stored left out)."""
        with self.session(write=False) as s:
            return _documents(s.documents_by_id(ids))

    def failed_documents(self) -> list[Document]:
        """The stored documents a pipeline stage failed on, oldest first."""
        with self.session(write=False) as s:
            return _documents(s.failed_documents())

    def failures(self, limit: int = -1, offset: int = 0) -> list[dict[str, Any]]:
        """Stages that raised on stored documents (document_id, stage, error, at, title,
        origin), oldest first (limit -1: all)."""
        with self.session(write=False) as s:
            return s.failures(limit, offset)

    def add_provenance(self, document: Document) -> None:
        """Record another place a stored document was seen."""
        rows = [{"url": p.url, "outlet": p.outlet, "reader": p.reader, "fetched": p.fetched,
                 "path": p.path} for p in document.provenance]  # fmt: skip
        with self.session() as s:
            s.add_provenance(document.id, rows)

    def add_reject(self, source: str, reason: str) -> None:
        """Record an input that could not be ingested."""
        with self.session() as s:
            s.add_reject(source, reason)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.session(write=False) as s:
            return s.counts()

    def claims(self, flt: ClaimFilter | None = None) -> list[dict[str, Any]]:
        """Claims with their document's title and date, figures and times, newest first."""
        with self.session(write=False) as s:
            return s.claims(flt or ClaimFilter())

    def document(self, document_id: str) -> dict[str, Any] | None:
        with self.session(write=False) as s:
            return s.document(document_id)

    def rejects(self, limit: int = -1, offset: int = 0) -> list[dict[str, Any]]:
        """Inputs that could not be ingested, oldest first (limit -1: all)."""
        with self.session(write=False) as s:
            return s.rejects(limit, offset)

    def query_error(self, query: str) -> str | None:
        """Why a full-text query is not valid syntax for this engine; None when it is."""
        with self.session(write=False) as s:
            return s.query_error(query)

    def search_documents(
        self, query: str | None, flt: ClaimFilter | None = None
    ) -> list[dict[str, Any]]:
        """Documents matching a full-text query (see :meth:`BrowseSql.search_documents`)."""
        with self.session(write=False) as s:
            return s.search_documents(query, flt or ClaimFilter())

    def document_spans(self, document_id: str) -> dict[str, list[dict[str, Any]]]:
        """A document's mentions (with their entity), figures and dates, in text order."""
        with self.session(write=False) as s:
            return s.document_spans(document_id)

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with its aliases and number of documents; None if unknown."""
        with self.session(write=False) as s:
            return s.entity(entity_id)

    def entity_id(self, canonical: str) -> int | None:
        """The id of the entity with this canonical name, or None."""
        with self.session(write=False) as s:
            return s.entity_named(canonical)

    def entities(
        self, name: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entities (name: a substring of the canonical name), most mentioned first."""
        with self.session(write=False) as s:
            return s.entities(name, limit, offset)

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents, last ingested first, with how often each was seen."""
        with self.session(write=False) as s:
            return s.documents(limit, offset)

    def duplicates(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Documents seen more than once, with every provenance."""
        with self.session(write=False) as s:
            return s.duplicates(limit, offset)

    def facets(self) -> dict[str, list[str]]:
        """The languages and event types present, for filters."""
        with self.session(write=False) as s:
            return s.facets()

    def has_table(self, name: str) -> bool:
        with self.session(write=False) as s:
            return s.has_table(name)

    def claims_by_id(self, claim_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Claims by id with their document's language, date and title, figures and times."""
        with self.session(write=False) as s:
            return s.claims_by_id(claim_ids)

    def entity_forms(self, canonical: str) -> list[dict[str, Any]]:
        """How the stored documents name an entity (text, document language, count)."""
        with self.session(write=False) as s:
            return s.entity_forms(canonical)

    def table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of an export table (see :mod:`lagebild.store.rows`)."""
        with self.session(write=False) as s:
            yield from s.table_rows(table)


def _documents(rows: list[dict[str, Any]]) -> list[Document]:
    return [
        Document(text=r["text"], language=r["language"], date=r["date"],
                 section=r["section"], title=r["title"])
        for r in rows
    ]  # fmt: skip
