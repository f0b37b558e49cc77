"""The SQLite store: one file, WAL, FTS5; every document written in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lagebild.errors import StoreError
from lagebild.model import Analysis, Claim, Document, Provenance
from lagebild.store.fts import match_expression

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list. Text filters match case-insensitively as substrings.

    source: the source's entity or text. entity: an entity named in the claim (its source,
    its event's actor or target, or a mention inside its message). event: event type.
    since: ISO date; claims from documents published on or after it. query: full-text query
    over message and source text (FTS5 syntax, or any words: see ``store.fts``; a blank
    query matches nothing). document: one document's id.
    """

    source: str | None = None
    entity: str | None = None
    event: str | None = None
    since: str | None = None
    query: str | None = None
    document: str | None = None
    limit: int = 1000


class Store:
    """Reads and writes analyses in a SQLite file (``:memory:`` for a throwaway store)."""

    def __init__(self, path: str | Path = "lagebild.db", *, create: bool = True) -> None:
        """Open the store at ``path``; with ``create=False`` a missing store is an error and
        nothing is written (the read commands open stores this way)."""
        self.path = str(path)
        memory = self.path == ":memory:"
        if not memory:
            _check_path(Path(self.path), create)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open a store at {self.path} ({exc})") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not memory:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            if not self._has_table("meta") and (not create or self._has_table(None)):
                raise StoreError(
                    f"{self.path} is an SQLite file but no lagebild store; pass a store made "
                    "by lagebild ingest, or a new file name"
                )
            if create:
                self._create_schema()
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
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _create_schema(self) -> None:
        sql = (resources.files("lagebild.store") / "schema.sql").read_text(encoding="utf-8")
        with self.transaction():
            self._execute_script(sql)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (SCHEMA_VERSION,),
            )

    def _has_table(self, name: str | None) -> bool:
        """Whether the database has the table ``name`` (None: any table)."""
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND (? IS NULL OR name = ?)",
            (name, name),
        )
        return row.fetchone() is not None

    def _execute_script(self, sql: str) -> None:
        # executescript() would COMMIT the open transaction; run the statements one by one.
        statement = ""
        for line in sql.splitlines(keepends=True):
            if line.lstrip().startswith("--"):
                continue
            statement += line
            if sqlite3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed as a whole or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- writing -----------------------------------------------------------------------------

    def has_document(self, checksum: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE checksum = ?", (checksum,))
        return row.fetchone() is not None

    def add_analysis(self, analysis: Analysis) -> bool:
        """Store one analysed document; False (and only its provenance added) if already there."""
        doc = analysis.document
        with self.transaction() as conn:
            exists = conn.execute("SELECT id FROM documents WHERE checksum = ?", (doc.checksum,))
            if exists.fetchone() is not None:
                self._add_provenance(conn, doc.id, doc.provenance)
                return False
            conn.execute(
                "INSERT INTO documents (id, checksum, language, date, section, title, text,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.checksum,
                    doc.language,
                    doc.date,
                    doc.section,
                    doc.title,
                    doc.text,
                    _now(),
                ),
            )
            self._add_provenance(conn, doc.id, doc.provenance)
            entity_ids = {
                e.canonical: self._entity_id(conn, e.canonical, e.type, e.wikidata)
                for e in analysis.entities
            }
            conn.executemany(
                'INSERT INTO mentions (document_id, start, "end", text, label, entity_id)'
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (doc.id, m.start, m.end, m.text, m.label, entity_ids.get(m.entity or ""))
                    for m in analysis.mentions
                ],
            )
            claimed: set[tuple[str, int]] = set()
            for claim in analysis.claims:
                claim_id = self._insert_claim(conn, doc.id, claim)
                for q in claim.quantities:
                    claimed.add(("q", q.start))
                    self._insert_quantity(conn, doc.id, claim_id, q)
                for t in claim.times:
                    claimed.add(("t", t.start))
                    self._insert_time(conn, doc.id, claim_id, t)
            for q in analysis.quantities:
                if ("q", q.start) not in claimed:
                    self._insert_quantity(conn, doc.id, None, q)
            for t in analysis.times:
                if ("t", t.start) not in claimed:
                    self._insert_time(conn, doc.id, None, t)
        return True

    def add_provenance(self, document: Document) -> None:
        """Record another place a stored document was seen."""
        with self.transaction() as conn:
            self._add_provenance(conn, document.id, document.provenance)

    def add_reject(self, source: str, reason: str) -> None:
        """Record an input that could not be ingested."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO rejects (source, reason, at) VALUES (?, ?, ?)",
                (source, reason, _now()),
            )

    def _add_provenance(
        self, conn: sqlite3.Connection, document_id: str, provenance: list[Provenance]
    ) -> None:
        for p in provenance:
            conn.execute(
                "INSERT OR IGNORE INTO provenance (document_id, url, outlet, reader, fetched, path)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (document_id, p.url, p.outlet, p.reader, p.fetched, p.path),
            )

    def _entity_id(
        self, conn: sqlite3.Connection, canonical: str, type_: str, wikidata: str | None
    ) -> int:
        conn.execute(
            "INSERT OR IGNORE INTO entities (canonical, type, wikidata) VALUES (?, ?, ?)",
            (canonical, type_, wikidata),
        )
        row = conn.execute("SELECT id FROM entities WHERE canonical = ?", (canonical,)).fetchone()
        return int(row[0])

    def _insert_claim(self, conn: sqlite3.Connection, document_id: str, c: Claim) -> int:
        event = c.event
        cursor = conn.execute(
            'INSERT INTO claims (document_id, claim_key, message, message_spans, start, "end",'
            " form, modality, stwr, source_text, source_start, source_end, source_entity,"
            " cue_text, cue_start, cue_end, frame_text, addressee_text, relayed_by,"
            " event_type, event_actor, event_target, event_place)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                c.id,
                c.message_text,
                json.dumps([s.to_json() for s in c.message], ensure_ascii=False),
                c.start,
                c.end,
                c.form,
                c.modality,
                c.stwr,
                c.source.text if c.source else None,
                c.source.start if c.source else None,
                c.source.end if c.source else None,
                c.source_entity,
                c.cue.text if c.cue else None,
                c.cue.start if c.cue else None,
                c.cue.end if c.cue else None,
                c.frame.text if c.frame else None,
                c.addressee.text if c.addressee else None,
                c.relayed_by,
                event.type if event else None,
                event.actor if event else None,
                event.target if event else None,
                event.place if event else None,
            ),
        )
        return int(cursor.lastrowid or 0)

    def _insert_quantity(
        self, conn: sqlite3.Connection, document_id: str, claim_id: int | None, q: Any
    ) -> None:
        conn.execute(
            'INSERT INTO quantities (document_id, claim_id, text, start, "end", value, low, high,'
            " approximate, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, claim_id, q.text, q.start, q.end, q.value, q.low, q.high,
             int(q.approximate), q.unit),
        )  # fmt: skip

    def _insert_time(
        self, conn: sqlite3.Connection, document_id: str, claim_id: int | None, t: Any
    ) -> None:
        conn.execute(
            'INSERT INTO times (document_id, claim_id, text, start, "end", date_from, date_to,'
            " approximate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, claim_id, t.text, t.start, t.end, t.from_, t.to, int(t.approximate)),
        )

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = ("documents", "claims", "mentions", "entities", "quantities", "times", "rejects")
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
        }

    def claims(self, flt: ClaimFilter | None = None) -> list[dict[str, Any]]:
        """Claims with their document's title and date, figures and times, newest first."""
        flt = flt or ClaimFilter()
        where: list[str] = []
        params: list[Any] = []
        if flt.source:
            where.append("(c.source_entity LIKE ? OR c.source_text LIKE ?)")
            params += [f"%{flt.source}%", f"%{flt.source}%"]
        if flt.entity:
            where.append(
                "(c.source_entity LIKE ? OR c.event_actor LIKE ? OR c.event_target LIKE ?"
                " OR EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id"
                " WHERE m.document_id = c.document_id AND m.start >= c.start"
                ' AND m."end" <= c."end" AND e.canonical LIKE ?))'
            )
            params += [f"%{flt.entity}%"] * 4
        if flt.event:
            where.append("c.event_type = ?")
            params.append(flt.event.upper())
        if flt.since:
            where.append("d.date >= ?")
            params.append(flt.since)
        if flt.document:
            where.append("c.document_id = ?")
            params.append(flt.document)
        if flt.query:
            expression = match_expression(self.conn, "claims_fts", flt.query)
            if expression is None:
                return []
            where.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(expression)
        sql = (
            "SELECT c.*, d.title AS document_title, d.date AS document_date,"
            " d.language AS document_language,"
            " (SELECT outlet FROM provenance p WHERE p.document_id = d.id AND outlet IS NOT NULL"
            " ORDER BY p.id LIMIT 1) AS document_outlet"
            " FROM claims c JOIN documents d ON d.id = c.document_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.date DESC, c.document_id, c.start LIMIT ?"
        )
        params.append(flt.limit)
        rows = [dict(r) for r in self.conn.execute(sql, params)]
        for row in rows:
            row["quantities"] = [
                dict(q)
                for q in self.conn.execute(
                    'SELECT text, start, "end", value, low, high, approximate, unit FROM quantities'
                    " WHERE claim_id = ? ORDER BY start",
                    (row["id"],),
                )
            ]
            row["times"] = [
                dict(t)
                for t in self.conn.execute(
                    "SELECT text, date_from, date_to FROM times WHERE claim_id = ? ORDER BY start",
                    (row["id"],),
                )
            ]
        return rows

    def document(self, document_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["provenance"] = [
            dict(p)
            for p in self.conn.execute(
                "SELECT url, outlet, reader, fetched, path FROM provenance WHERE document_id = ?",
                (document_id,),
            )
        ]
        return out

    def rejects(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM rejects ORDER BY id")]


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


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
