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
from urllib.parse import quote

from lagebild.errors import QuerySyntaxError, StoreError
from lagebild.model import Analysis, Claim, Document, Provenance

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list. Text filters match case-insensitively as substrings.

    source: the source's entity or text. entity: an entity named in the claim (its source,
    its event's actor or target, or a mention inside its message). event: event type.
    since: ISO date; claims from documents published on or after it. query: FTS5 query
    over message and source text. document: one document's id. until: published on or
    before this ISO date. language: the document's language code. offset: rows skipped.
    """

    source: str | None = None
    entity: str | None = None
    event: str | None = None
    since: str | None = None
    query: str | None = None
    document: str | None = None
    limit: int = 1000
    until: str | None = None
    language: str | None = None
    offset: int = 0


class Store:
    """Reads and writes analyses in a SQLite file (``:memory:`` for a throwaway store).

    readonly: open an existing file for reading only (``StoreError`` if there is none);
    the connection may then be used from another thread than the one that opened it.
    """

    def __init__(self, path: str | Path = "lagebild.db", *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        if readonly:
            self.conn = _connect_readonly(self.path)
            self.conn.row_factory = sqlite3.Row
            return
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._create_schema()

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
        # with a full-text query the matches drive the query: "+" keeps SQLite from
        # walking a date or language index over every document instead
        fts = "+" if flt.query else ""
        if flt.since:
            where.append(f"{fts}d.date >= ?")
            params.append(flt.since)
        if flt.until:
            where.append(f"{fts}d.date <= ?")
            params.append(flt.until)
        if flt.language:
            where.append("+d.language = ?")  # two or three values: an index never pays
            params.append(flt.language)
        if flt.document:
            where.append("c.document_id = ?")
            params.append(flt.document)
        if flt.query:
            where.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(flt.query)
        order = " ORDER BY d.date DESC, c.document_id, c.start"
        # ids first: sorting thousands of matches is cheap without their texts
        ids_sql = (
            "SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + order
            + " LIMIT ? OFFSET ?"
        )
        ids = [r[0] for r in self._query(ids_sql, [*params, flt.limit, flt.offset], flt.query)]
        rows = [
            dict(r)
            for r in self.conn.execute(
                "SELECT c.*, d.title AS document_title, d.date AS document_date,"
                " d.language AS document_language"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                " WHERE c.id IN (SELECT value FROM json_each(?))" + order,
                (json.dumps(ids),),
            )
        ]
        for row in rows:
            row["quantities"] = [
                dict(q)
                for q in self.conn.execute(
                    "SELECT text, value, low, high, approximate, unit FROM quantities"
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

    def _query(self, sql: str, params: list[Any], fts_query: str | None) -> list[sqlite3.Row]:
        """Rows of ``sql``; an FTS5 syntax error becomes a ``QuerySyntaxError`` naming it."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if fts_query is not None and not self._valid_fts(fts_query):
                raise QuerySyntaxError(fts_query, str(exc)) from exc
            raise

    def _valid_fts(self, query: str) -> bool:
        try:
            self.conn.execute(
                "SELECT 1 FROM claims_fts WHERE claims_fts MATCH ? LIMIT 1", (query,)
            ).fetchall()
        except sqlite3.OperationalError:
            return False
        return True

    def search_documents(
        self, query: str | None, flt: ClaimFilter | None = None
    ) -> list[dict[str, Any]]:
        """Documents whose title or text match the FTS5 ``query`` (best first; all, newest
        first, without one), with a snippet (matches between \\x02 and \\x03) and claim count.

        Of ``flt`` these apply: language, since, until (publication date), source, entity
        and event (the document holds such a claim), limit and offset.
        """
        flt = flt or ClaimFilter()
        where: list[str] = []
        params: list[Any] = []
        if query:
            select = (
                "SELECT d.id, d.title, d.date, d.language, d.section,"
                " snippet(documents_fts, 1, char(2), char(3), '…', 24) AS snippet"
                " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            )
            where.append("documents_fts MATCH ?")
            params.append(query)
            order = " ORDER BY documents_fts.rank"
        else:
            select = (
                "SELECT d.id, d.title, d.date, d.language, d.section,"
                " substr(d.text, 1, 200) AS snippet FROM documents d"
            )
            order = " ORDER BY d.date DESC, d.id"
        fts = "+" if query else ""  # the matches drive the query, not a date index
        for column, op, value in (
            ("+d.language", "=", flt.language),
            (f"{fts}d.date", ">=", flt.since),
            (f"{fts}d.date", "<=", flt.until),
        ):
            if value:
                where.append(f"{column} {op} ?")
                params.append(value)
        claim_where: list[str] = []
        if flt.source:
            claim_where.append("(c.source_entity LIKE ? OR c.source_text LIKE ?)")
            params += [f"%{flt.source}%"] * 2
        if flt.entity:
            claim_where.append(
                "(c.source_entity LIKE ? OR c.event_actor LIKE ? OR c.event_target LIKE ?)"
            )
            params += [f"%{flt.entity}%"] * 3
        if flt.event:
            claim_where.append("c.event_type = ?")
            params.append(flt.event.upper())
        if claim_where:
            where.append(
                "EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id AND "
                + " AND ".join(claim_where)
                + ")"
            )
        sql = (
            select
            + (" WHERE " + " AND ".join(where) if where else "")
            + order
            + " LIMIT ? OFFSET ?"
        )
        params += [flt.limit, flt.offset]
        rows = [dict(r) for r in self._query(sql, params, query)]
        for row in rows:
            row["claims"] = int(
                self.conn.execute(
                    "SELECT count(*) FROM claims WHERE document_id = ?", (row["id"],)
                ).fetchone()[0]
            )
        return rows

    def document_spans(self, document_id: str) -> dict[str, list[dict[str, Any]]]:
        """A document's mentions (with their entity), figures and dates, in text order."""
        mentions = self.conn.execute(
            'SELECT m.start, m."end", m.text, m.label, m.entity_id, e.canonical, e.type'
            " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id"
            " WHERE m.document_id = ? ORDER BY m.start",
            (document_id,),
        )
        quantities = self.conn.execute(
            'SELECT claim_id, text, start, "end", value, low, high, approximate, unit'
            " FROM quantities WHERE document_id = ? ORDER BY start",
            (document_id,),
        )
        times = self.conn.execute(
            'SELECT claim_id, text, start, "end", date_from, date_to, approximate'
            " FROM times WHERE document_id = ? ORDER BY start",
            (document_id,),
        )
        return {
            "mentions": [dict(r) for r in mentions],
            "quantities": [dict(r) for r in quantities],
            "times": [dict(r) for r in times],
        }

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with its aliases (the texts it was mentioned by, most frequent first)
        and the number of documents that mention it; None if unknown."""
        row = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["aliases"] = [
            {"text": r[0], "mentions": int(r[1])}
            for r in self.conn.execute(
                "SELECT text, count(*) FROM mentions WHERE entity_id = ?"
                " GROUP BY text ORDER BY 2 DESC, text LIMIT 100",
                (entity_id,),
            )
        ]
        out["documents"] = int(
            self.conn.execute(
                "SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = ?",
                (entity_id,),
            ).fetchone()[0]
        )
        return out

    def entity_id(self, canonical: str) -> int | None:
        """The id of the entity with this canonical name, or None."""
        row = self.conn.execute("SELECT id FROM entities WHERE canonical = ?", (canonical,))
        found = row.fetchone()
        return None if found is None else int(found[0])

    def entities(
        self, name: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entities (name: a substring of the canonical name), most mentioned first."""
        where, params = "", []
        if name:
            where, params = " WHERE e.canonical LIKE ?", [f"%{name}%"]
        sql = (
            "SELECT e.id, e.canonical, e.type, e.wikidata, count(m.id) AS mentions"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id" + where
            + " GROUP BY e.id ORDER BY mentions DESC, e.canonical LIMIT ? OFFSET ?"
        )  # fmt: skip
        return [dict(r) for r in self.conn.execute(sql, [*params, limit, offset])]

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents, last ingested first, with how often each was seen."""
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.date, d.language, d.section, d.ingested_at,"
            " (SELECT count(*) FROM provenance p WHERE p.document_id = d.id) AS copies"
            " FROM documents d ORDER BY d.ingested_at DESC, d.rowid DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [dict(r) for r in rows]

    def duplicates(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Documents seen more than once, with every provenance."""
        rows = [
            dict(r)
            for r in self.conn.execute(
                "SELECT d.id, d.title, d.date, count(*) AS copies FROM provenance p"
                " JOIN documents d ON d.id = p.document_id GROUP BY d.id HAVING count(*) > 1"
                " ORDER BY copies DESC, d.id LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]
        for row in rows:
            row["provenance"] = [
                dict(p)
                for p in self.conn.execute(
                    "SELECT url, outlet, reader, fetched, path FROM provenance"
                    " WHERE document_id = ? ORDER BY id",
                    (row["id"],),
                )
            ]
        return rows

    def facets(self) -> dict[str, list[str]]:
        """The languages and event types present, for filters (one index seek per value)."""
        return {
            "languages": self._distinct("documents", "language"),
            "events": self._distinct("claims", "event_type"),
        }

    def _distinct(self, table: str, column: str) -> list[str]:
        # a skip-scan over the column's index: DISTINCT would read every row
        rows = self.conn.execute(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM {table}"
            f" UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE {column} > x)"
            " FROM v WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
        )
        return [r[0] for r in rows]

    def has_table(self, name: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        )
        return row.fetchone() is not None

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

    def rejects(self, limit: int = -1, offset: int = 0) -> list[dict[str, Any]]:
        """Inputs that could not be ingested, oldest first (limit -1: all)."""
        rows = self.conn.execute(
            "SELECT * FROM rejects ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        )
        return [dict(r) for r in rows]


def _connect_readonly(path: str) -> sqlite3.Connection:
    file = Path(path)
    if path == ":memory:" or not file.is_file():
        raise StoreError(f"{path}: no such store (`lagebild ingest` or `analyze --db` makes one)")
    uri = f"file:{quote(str(file.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("SELECT count(*) FROM documents").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: not a lagebild store ({exc})") from exc
    return conn


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
