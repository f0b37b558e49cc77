"""A store session: one open transaction and the SQL that both engines run through it.

Statements are written once (``?`` placeholders) and turned into the engine's own by the
:class:`~lagebild.store.dialect.Dialect`. Rows come back as plain dicts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lagebild.errors import QuerySyntaxError, StoreError
from lagebild.store.dialect import Dialect
from lagebild.store.fts import match_expression
from lagebild.store.rows import DocumentRows


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list. Text filters match case-insensitively as substrings.

    source: the source's entity or text. entity: an entity named in the claim (its source,
    its event's actor or target, or a mention inside its message). event: event type.
    since: ISO date; claims from documents published on or after it. query: full-text query
    over message and source text: any words; FTS5 syntax on SQLite where it parses (see
    ``store.fts``), web-search syntax on PostgreSQL; a blank query matches nothing.
    document: one document's id. until: published on or before this ISO date. language:
    the document's language code. offset: rows skipped.
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


class Sql:
    """Runs statements on a DB-API connection (sqlite3 or psycopg) in a dialect."""

    def __init__(self, conn: Any, dialect: Dialect) -> None:
        self.conn = conn
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        cursor = self.conn.cursor()
        cursor.executemany(self.dialect.sql(sql), rows)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.execute(sql, params).fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        row = self.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return next(iter(row.values())) if row else None

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[dict]:
        """Rows of a large result, a batch at a time."""
        cursor = self.execute(sql, params)
        while batch := cursor.fetchmany(size):
            yield from (dict(r) for r in batch)

    def fts_rows(self, sql: str, params: Sequence[Any], query: str | None) -> list[dict[str, Any]]:
        """Rows of ``sql``; a full-text query the engine cannot parse (FTS5 syntax) becomes a
        ``QuerySyntaxError`` naming it."""
        try:
            return self.rows(sql, params)
        except sqlite3.OperationalError as exc:
            if query is not None and not self._valid_fts(query):
                raise QuerySyntaxError(query, str(exc)) from exc
            raise

    def query_error(self, query: str) -> str | None:
        """Why the engine rejects ``query`` as full-text syntax; None when it takes it
        (PostgreSQL's web-search syntax takes anything)."""
        if self.dialect.name != "sqlite":
            return None
        try:
            self.rows("SELECT 1 AS x FROM claims_fts WHERE claims_fts MATCH ? LIMIT 1", (query,))
        except sqlite3.OperationalError as exc:
            return str(exc)
        return None

    def _valid_fts(self, query: str) -> bool:
        try:
            self.rows("SELECT 1 AS x FROM claims_fts WHERE claims_fts MATCH ? LIMIT 1", (query,))
        except sqlite3.OperationalError:
            return False
        return True


# Names bound in one IN list at most (SQLite allows 32,766 parameters, PostgreSQL 65,535).
IN_CHUNK = 500


def marks(items: Sequence[Any]) -> str:
    """``?, ?, ...``: one placeholder per item."""
    return ", ".join("?" * len(items))


def row_limit(limit: int) -> int:
    """A LIMIT both engines take: a negative limit (all rows) as a very large one."""
    return limit if limit >= 0 else 2**62


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class DocumentSql(Sql):
    """Documents and their analyses: writing, duplicates, rejects, listing claims."""

    def has_document(self, checksum: str) -> bool:
        return self.one("SELECT 1 AS x FROM documents WHERE checksum = ?", (checksum,)) is not None

    def document_text(self, document_id: str) -> str | None:
        text = self.value("SELECT text FROM documents WHERE id = ?", (document_id,))
        return str(text) if text is not None else None

    def has_provenance(self, document_id: str, row: dict[str, Any]) -> bool:
        found = self.one(
            "SELECT 1 AS x FROM provenance WHERE document_id = ? AND url IS NOT DISTINCT FROM ?"
            " AND path IS NOT DISTINCT FROM ? AND reader = ?",
            (document_id, row.get("url"), row.get("path"), row.get("reader")),
        )
        return found is not None

    def add_rows(self, rows: DocumentRows) -> bool:
        """Insert a document with its analysis; False (only new provenance added) if a
        document with its checksum is stored already, also by a concurrent writer."""
        d = rows.document
        inserted = self.one(
            "INSERT INTO documents (id, checksum, language, date, section, title, text,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            (d["id"], d["checksum"], d["language"], d["date"], d["section"], d["title"],
             d["text"], d["ingested_at"] or now()),
        )  # fmt: skip
        self.add_provenance(d["id"], rows.provenance)
        if inserted is None:
            return False
        self._insert_parts(rows)
        return True

    def replace_rows(self, rows: DocumentRows) -> None:
        """Replace a stored document's analysis (mentions, claims, figures, times) with new
        rows of the same text; the document row and its provenance stay as they are."""
        d = rows.document
        if self.one("SELECT 1 AS found FROM documents WHERE id = ?", (d["id"],)) is None:
            raise StoreError(f"document {d['id']}: not in the store, nothing to replace")
        for table in ("quantities", "times", "mentions", "claims", "failures"):
            self.execute(f"DELETE FROM {table} WHERE document_id = ?", (d["id"],))
        self.execute("UPDATE documents SET language = ? WHERE id = ?", (d["language"], d["id"]))
        self._insert_parts(rows)

    def document_ids_since(self, since: str | None = None) -> list[str]:
        """Ids of the stored documents published on or after ``since`` (ISO date; all when
        None), oldest first."""
        rows = self.rows(
            "SELECT id FROM documents WHERE CAST(? AS TEXT) IS NULL OR date >= ? ORDER BY date, id",
            (since, since),
        )
        return [r["id"] for r in rows]

    def documents_by_id(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The stored documents of ``ids`` (as :meth:`failed_documents`), in the order given;
        ids not stored are left out."""
        if not ids:
            return []
        rows = self.rows(
            "SELECT id, text, language, date, section, title FROM documents"
            f" WHERE id IN ({marks(ids)})",
            tuple(ids),
        )
        by_id = {r["id"]: r for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _insert_parts(self, rows: DocumentRows) -> None:
        d = rows.document
        entity_ids = self.entity_ids(rows.entities)
        self.executemany(
            'INSERT INTO mentions (document_id, start, "end", text, label, entity_id)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(d["id"], m["start"], m["end"], m["text"], m["label"],
              entity_ids.get(m["entity"] or "")) for m in rows.mentions],
        )  # fmt: skip
        claim_ids = self._insert_claims(d["id"], rows.claims)
        self.executemany(
            'INSERT INTO quantities (document_id, claim_id, text, start, "end", value, low, high,'
            " approximate, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(d["id"], claim_ids.get(q["claim"] or ""), q["text"], q["start"], q["end"],
              q["value"], q["low"], q["high"], int(bool(q["approximate"])), q["unit"])
             for q in rows.quantities],
        )  # fmt: skip
        self.executemany(
            'INSERT INTO times (document_id, claim_id, text, start, "end", date_from, date_to,'
            " approximate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(d["id"], claim_ids.get(t["claim"] or ""), t["text"], t["start"], t["end"],
              t["from"], t["to"], int(bool(t["approximate"]))) for t in rows.times],
        )  # fmt: skip
        self.executemany(
            "INSERT INTO failures (document_id, stage, error, at) VALUES (?, ?, ?, ?)",
            [(d["id"], f["stage"], f["error"], f["at"]) for f in rows.failures],
        )

    def add_provenance(self, document_id: str, provenance: list[dict[str, Any]]) -> None:
        """Record the places a document was seen that are not recorded yet."""
        for p in provenance:
            if self.has_provenance(document_id, p):
                continue
            self.execute(
                "INSERT INTO provenance (document_id, url, outlet, reader, fetched, path)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (document_id, p.get("url"), p.get("outlet"), p.get("reader") or "text",
                 p.get("fetched"), p.get("path")),
            )  # fmt: skip

    def add_reject(self, source: str, reason: str) -> None:
        self.execute(
            "INSERT INTO rejects (source, reason, at) VALUES (?, ?, ?)", (source, reason, now())
        )

    def entity_ids(self, entities: list[dict[str, Any]]) -> dict[str, int]:
        """The ids of ``entities`` (canonical name -> id), those not stored yet added: one
        statement for all, one query per :data:`IN_CHUNK` names (not two per entity)."""
        # in name order, so concurrent writers take the entities' row locks in one order
        ordered = sorted(entities, key=lambda e: e["canonical"])
        self.executemany(
            "INSERT INTO entities (canonical, type, wikidata) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(e["canonical"], e["type"], e["wikidata"]) for e in ordered],
        )
        names = list(dict.fromkeys(e["canonical"] for e in ordered))
        ids: dict[str, int] = {}
        for i in range(0, len(names), IN_CHUNK):
            chunk = names[i : i + IN_CHUNK]
            for r in self.rows(
                f"SELECT id, canonical FROM entities WHERE canonical IN ({marks(chunk)})", chunk
            ):
                ids[r["canonical"]] = int(r["id"])
        return ids

    def _insert_claims(self, document_id: str, claims: list[dict[str, Any]]) -> dict[str, int]:
        """Insert a document's claims in one statement; their ids by claim key (read back
        in one query: the document's claims are these, inserted in this order)."""
        self.executemany(
            'INSERT INTO claims (document_id, claim_key, message, message_spans, start, "end",'
            " form, modality, stwr, source_text, source_start, source_end, source_entity,"
            " cue_text, cue_start, cue_end, frame_text, addressee_text, relayed_by,"
            " event_type, event_actor, event_target, event_place)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(document_id, c["id"], c["message"], c["message_spans"], c["start"], c["end"],
              c["form"], c["modality"], c["stwr"], c["source_text"], c["source_start"],
              c["source_end"], c["source_entity"], c["cue_text"], c["cue_start"],
              c["cue_end"], c["frame_text"], c["addressee_text"], c["relayed_by"],
              c["event_type"], c["event_actor"], c["event_target"], c["event_place"])
             for c in claims],
        )  # fmt: skip
        if not claims:
            return {}
        stored = self.rows(
            "SELECT id, claim_key FROM claims WHERE document_id = ? ORDER BY id", (document_id,)
        )
        return {r["claim_key"]: int(r["id"]) for r in stored}  # the last of a key, as before

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = ("documents", "claims", "mentions", "entities", "quantities", "times", "rejects")
        counts = {t: int(self.value(f"SELECT count(*) AS n FROM {t}")) for t in tables}
        # a store opened read-only is not migrated: one from before 0004 has no failures
        counts["failures"] = (
            int(self.value("SELECT count(*) AS n FROM failures")) if self._has_failures() else 0
        )
        return counts

    def _has_failures(self) -> bool:
        return self.one(self.dialect.table_exists, ("failures",)) is not None

    def claims(self, flt: ClaimFilter) -> list[dict[str, Any]]:
        """Claims with their document's title and date, figures and times, newest first."""
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
        expression: str | None = None
        if flt.query:
            expression = self.search_expression("claims_fts", flt.query)
            if expression is None:
                return []
        # with a full-text query the matches drive the query, not a date or language index
        fts = self.dialect.unindexed if expression is not None else ""
        walk_where = list(where)  # the same filters for a walk, which reads the date index
        for op, value in ((">=", flt.since), ("<=", flt.until)):
            if value:
                where.append(f"{fts}d.date {op} ?")
                walk_where.append(f"d.date {op} ?")
                params.append(value)
        if flt.language:
            where.append(f"{self.dialect.unindexed}d.language = ?")  # few values: no index
            walk_where.append(where[-1])
            params.append(flt.language)
        if flt.document:
            where.append("c.document_id = ?")
            params.append(flt.document)
        order = " ORDER BY d.date DESC NULLS LAST, c.document_id, c.start"
        page = [row_limit(flt.limit), flt.offset]
        ids: list[int] | None = None
        budget = None if expression is None or flt.document else self._walk_budget(expression, flt)
        if budget is not None:
            ids = self._walk(expression or "", walk_where, params, budget, flt)
        if ids is None:
            if expression is not None:
                where.append(self.dialect.claims_match)
                params.append(expression)
            # ids first: sorting thousands of matches is cheap without their texts
            ids = [
                int(r["id"])
                for r in self.fts_rows(
                    "SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id"
                    + (" WHERE " + " AND ".join(where) if where else "")
                    + order
                    + " LIMIT ? OFFSET ?",
                    [*params, *page],
                    expression,
                )
            ]
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.rows(
                "SELECT c.*, d.title AS document_title, d.date AS document_date,"
                " d.language AS document_language"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                f" WHERE c.id IN ({marks(chunk)})",
                chunk,
            ):
                found[int(row["id"])] = row
        rows = [found[i] for i in ids if i in found]
        outlets = self._outlets(sorted({row["document_id"] for row in rows}))
        for row in rows:
            row["document_outlet"] = outlets.get(row["document_id"])
        return self._with_figures(rows, times=("text", "date_from", "date_to"))

    def _walk_budget(self, expression: str, flt: ClaimFilter) -> int | None:
        """How many claims, newest first, to read for a page of the query's matches; None
        when reading and sorting every match is cheaper.

        With m matches among n claims, a page lies within about (offset + limit) * n / m of
        the newest claims; reading one of them costs about a quarter of reading and sorting
        one match (measured on the web benchmark's store). The budget is twice that.
        """
        if flt.limit < 0:
            return None
        claims = int(self.value("SELECT max(id) AS n FROM claims") or 0)
        wanted = flt.offset + flt.limit
        # walk when m * m >= (offset + limit) * n / 4; matches counted a little beyond
        enough = math.isqrt(wanted * claims // 4) + 1
        matches = int(
            self.value(
                f"SELECT count(*) AS n FROM ({self.dialect.claims_matches} LIMIT ?) AS m",
                (expression, 20 * enough),
            )
        )
        if matches < enough:
            return None
        return 2 * wanted * claims // matches + wanted

    def _walk(
        self, expression: str, where: list[str], params: list[Any], budget: int, flt: ClaimFilter
    ) -> list[int] | None:
        """A page of the claims matching ``expression`` among the ``budget`` newest claims
        that pass ``where``; None when those hold fewer than a page (then only sorting every
        match can tell which come next)."""
        ids = [
            int(r["id"])
            for r in self.rows(
                "SELECT w.id FROM (SELECT c.id, d.date, c.document_id, c.start"
                " FROM documents d CROSS JOIN claims c WHERE c.document_id = d.id"
                + "".join(" AND " + w for w in where)
                + " ORDER BY d.date DESC NULLS LAST, c.document_id, c.start LIMIT ?) AS w"
                f" WHERE {self.dialect.unindexed}w.id IN ({self.dialect.claims_matches})"
                " ORDER BY w.date DESC NULLS LAST, w.document_id, w.start LIMIT ? OFFSET ?",
                [*params, budget, expression, flt.limit, flt.offset],
            )
        ]
        return ids if len(ids) == flt.limit else None

    def _outlets(self, document_ids: list[str]) -> dict[str, str]:
        """Each document's first recorded outlet (documents without one are left out)."""
        out: dict[str, str] = {}
        for start in range(0, len(document_ids), 500):
            chunk = document_ids[start : start + 500]
            for r in self.rows(
                "SELECT document_id, outlet FROM provenance WHERE outlet IS NOT NULL"
                f" AND document_id IN ({marks(chunk)}) ORDER BY id",
                chunk,
            ):
                out.setdefault(r["document_id"], r["outlet"])
        return out

    def _with_figures(
        self, rows: list[dict[str, Any]], times: tuple[str, ...]
    ) -> list[dict[str, Any]]:
        """Claim ``rows`` with their figures (``quantities``) and dates (``times``, these
        columns), each in text order; two queries per 500 claims, not two per claim."""
        by_id = {int(row["id"]): row for row in rows}
        for row in rows:
            row["quantities"], row["times"] = [], []
        columns = ", ".join(f'"{c}"' if c == "end" else c for c in times)
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for q in self.rows(
                'SELECT claim_id, text, start, "end", value, low, high, approximate, unit'
                f" FROM quantities WHERE claim_id IN ({marks(chunk)}) ORDER BY claim_id, start",
                chunk,
            ):
                by_id[int(q.pop("claim_id"))]["quantities"].append(q)
            for t in self.rows(
                f"SELECT claim_id, {columns} FROM times WHERE claim_id IN ({marks(chunk)})"
                " ORDER BY claim_id, start",
                chunk,
            ):
                by_id[int(t.pop("claim_id"))]["times"].append(t)
        return rows

    def search_expression(self, table: str, text: str) -> str | None:
        """The full-text query to bind for a user's ``text``; None for a blank one.

        SQLite: ``text`` where FTS5 parses it, else its words as phrases (``store.fts``).
        PostgreSQL: ``text`` itself, which ``websearch_to_tsquery`` accepts whatever it holds.
        """
        if not text.strip():
            return None
        if self.dialect.name == "sqlite":
            return match_expression(self.conn, table, text)
        return text

    def document(self, document_id: str) -> dict[str, Any] | None:
        out = self.one(
            "SELECT id, checksum, language, date, section, title, text, ingested_at"
            " FROM documents WHERE id = ?",
            (document_id,),
        )
        if out is None:
            return None
        out["provenance"] = self.rows(
            "SELECT url, outlet, reader, fetched, path FROM provenance WHERE document_id = ?"
            " ORDER BY id",
            (document_id,),
        )
        return out

    def failures(self, limit: int = -1, offset: int = 0) -> list[dict[str, Any]]:
        """Stages that raised on stored documents, oldest first, with the document's title
        and first origin (path or URL)."""
        if not self._has_failures():
            return []
        return self.rows(
            "SELECT f.id, f.document_id, f.stage, f.error, f.at, d.title,"
            " (SELECT coalesce(p.url, p.path) FROM provenance p WHERE p.document_id = d.id"
            "  ORDER BY p.id LIMIT 1) AS origin"
            " FROM failures f JOIN documents d ON d.id = f.document_id"
            " ORDER BY f.id LIMIT ? OFFSET ?",
            (row_limit(limit), offset),
        )

    def failed_documents(self) -> list[dict[str, Any]]:
        """The stored documents a stage failed on (id, text, language, date, section, title),
        oldest first."""
        if not self._has_failures():
            return []
        return self.rows(
            "SELECT id, text, language, date, section, title FROM documents d"
            " WHERE EXISTS (SELECT 1 FROM failures f WHERE f.document_id = d.id)"
            " ORDER BY date, id"
        )

    def rejects(self, limit: int = -1, offset: int = 0) -> list[dict[str, Any]]:
        """Inputs that could not be ingested, oldest first (limit -1: all)."""
        return self.rows(
            "SELECT id, source, reason, at FROM rejects ORDER BY id LIMIT ? OFFSET ?",
            (row_limit(limit), offset),
        )

    def claims_by_id(self, claim_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Claims by id with their document's language, date and title, figures and times."""
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(claim_ids), 500):
            chunk = claim_ids[start : start + 500]
            for item in self.rows(
                "SELECT c.*, d.language AS document_language, d.date AS document_date,"
                " d.title AS document_title FROM claims c JOIN documents d ON d.id = c.document_id"
                f" WHERE c.id IN ({marks(chunk)})",
                chunk,
            ):
                spans = item["message_spans"]
                item["message_spans"] = json.loads(spans) if isinstance(spans, str) else spans
                out[int(item["id"])] = item
        self._with_figures(
            list(out.values()), times=("text", "start", "end", "date_from", "date_to")
        )
        return out

    def entity_forms(self, canonical: str) -> list[dict[str, Any]]:
        """How the stored documents name an entity: text, document language and count,
        most frequent first."""
        return self.rows(
            "SELECT m.text, d.language, count(*) AS n FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id"
            " WHERE e.canonical = ? GROUP BY m.text, d.language ORDER BY n DESC, m.text",
            (canonical,),
        )

    def claims_overlapping(self, document_id: str, lo: int, hi: int) -> list[dict[str, Any]]:
        """A document's claims whose extent overlaps [lo, hi), with their fact and stance."""
        return self.rows(
            'SELECT c.id, c.start, c."end", f.fact_id, f.stance FROM claims c'
            " LEFT JOIN fact_claims f ON f.claim_id = c.id"
            ' WHERE c.document_id = ? AND c.start < ? AND c."end" > ? ORDER BY c.id',
            (document_id, hi, lo),
        )
