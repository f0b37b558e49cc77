"""Reading the store for browsing (the web app): document search, a document's spans,
entities, documents, duplicates and the values filters offer."""

from __future__ import annotations

from typing import Any

from lagebild.store.session import ClaimFilter, Sql, marks, row_limit


class BrowseSql(Sql):
    """Read-only queries for pages that list and search what is stored."""

    def search_documents(self, query: str | None, flt: ClaimFilter) -> list[dict[str, Any]]:
        """Documents whose title or text match the full-text ``query`` (best first; all,
        newest first, without one), with a snippet (matches between \\x02 and \\x03) and
        their number of claims.

        Of ``flt`` these apply: language, since, until (publication date), source, entity
        and event (the document holds such a claim), limit and offset.
        """
        # with a full-text query the matches drive the query, not a date index
        fts = self.dialect.unindexed if query else ""
        where: list[str] = []
        params: list[Any] = []
        for column, op, value in (
            (f"{self.dialect.unindexed}d.language", "=", flt.language),
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
        page = [row_limit(flt.limit), flt.offset]
        if not query:
            rows = self.rows(
                "SELECT d.id, d.title, d.date, d.language, d.section,"
                " substr(d.text, 1, 200) AS snippet FROM documents d"
                + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY d.date DESC NULLS LAST, d.id LIMIT ? OFFSET ?",
                [*params, *page],
            )
            return self._with_claim_counts(rows)
        # a page of keys by rank first; snippets (costly) only for that page
        ranked = self.dialect.documents_ranked.format(
            join=self.dialect.documents_join if where else ""
        )
        keys = [
            r["key"]
            for r in self.fts_rows(
                ranked
                + "".join(" AND " + w for w in where)
                + " ORDER BY rank, key LIMIT ? OFFSET ?",
                [query, *params, *page],
                query,
            )
        ]
        if not keys:
            return []
        found = {
            r.pop("key"): r
            for r in self.rows(
                self.dialect.documents_snippets.format(keys=marks(keys)), [query, *keys]
            )
        }
        return self._with_claim_counts([found[k] for k in keys if k in found])

    def _with_claim_counts(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``rows`` (documents) with their number of claims (``claims``), in one query."""
        ids = [row["id"] for row in rows]
        counts = {
            r["document_id"]: int(r["n"])
            for r in self.rows(
                "SELECT document_id, count(*) AS n FROM claims"
                f" WHERE document_id IN ({marks(ids)}) GROUP BY document_id",
                ids,
            )
        } if ids else {}  # fmt: skip
        for row in rows:
            row["claims"] = counts.get(row["id"], 0)
        return rows

    def document_spans(self, document_id: str) -> dict[str, list[dict[str, Any]]]:
        """A document's mentions (with their entity), figures and dates, in text order."""
        return {
            "mentions": self.rows(
                'SELECT m.start, m."end", m.text, m.label, m.entity_id, e.canonical, e.type'
                " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id"
                " WHERE m.document_id = ? ORDER BY m.start, m.id",
                (document_id,),
            ),
            "quantities": self.rows(
                'SELECT claim_id, text, start, "end", value, low, high, approximate, unit'
                " FROM quantities WHERE document_id = ? ORDER BY start, id",
                (document_id,),
            ),
            "times": self.rows(
                'SELECT claim_id, text, start, "end", date_from, date_to, approximate'
                " FROM times WHERE document_id = ? ORDER BY start, id",
                (document_id,),
            ),
        }

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with its aliases (the texts it was mentioned by, most frequent first)
        and the number of documents that mention it; None if unknown."""
        out = self.one("SELECT * FROM entities WHERE id = ?", (entity_id,))
        if out is None:
            return None
        out["aliases"] = [
            {"text": r["text"], "mentions": int(r["n"])}
            for r in self.rows(
                "SELECT text, count(*) AS n FROM mentions WHERE entity_id = ?"
                " GROUP BY text ORDER BY n DESC, text LIMIT 100",
                (entity_id,),
            )
        ]
        out["documents"] = int(
            self.value(
                "SELECT count(DISTINCT document_id) AS n FROM mentions WHERE entity_id = ?",
                (entity_id,),
            )
        )
        return out

    def entity_named(self, canonical: str) -> int | None:
        """The id of the entity with this canonical name, or None."""
        found = self.value("SELECT id FROM entities WHERE canonical = ?", (canonical,))
        return None if found is None else int(found)

    def entities(
        self, name: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entities (name: a substring of the canonical name), most mentioned first."""
        where, params = "", []
        if name:
            where, params = " WHERE e.canonical LIKE ?", [f"%{name}%"]
        return self.rows(
            "SELECT e.id, e.canonical, e.type, e.wikidata, count(m.id) AS mentions"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id" + where
            + " GROUP BY e.id, e.canonical, e.type, e.wikidata"
            " ORDER BY mentions DESC, e.canonical LIMIT ? OFFSET ?",
            [*params, row_limit(limit), offset],
        )  # fmt: skip

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents, last ingested first, with how often each was seen."""
        return self.rows(
            "SELECT d.id, d.title, d.date, d.language, d.section, d.ingested_at,"
            " (SELECT count(*) FROM provenance p WHERE p.document_id = d.id) AS copies"
            f" FROM documents d ORDER BY d.ingested_at DESC, {self.dialect.insert_order} DESC,"
            " d.id LIMIT ? OFFSET ?",
            (row_limit(limit), offset),
        )

    def duplicates(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Documents seen more than once, with every provenance."""
        rows = self.rows(
            "SELECT d.id, d.title, d.date, count(*) AS copies FROM provenance p"
            " JOIN documents d ON d.id = p.document_id GROUP BY d.id, d.title, d.date"
            " HAVING count(*) > 1 ORDER BY copies DESC, d.id LIMIT ? OFFSET ?",
            (row_limit(limit), offset),
        )
        for row in rows:
            row["provenance"] = self.rows(
                "SELECT url, outlet, reader, fetched, path FROM provenance"
                " WHERE document_id = ? ORDER BY id",
                (row["id"],),
            )
        return rows

    def facets(self) -> dict[str, list[str]]:
        """The languages and event types present, for filters (one index seek per value)."""
        return {
            "languages": self._distinct("documents", "language"),
            "events": self._distinct("claims", "event_type"),
        }

    def _distinct(self, table: str, column: str) -> list[str]:
        # a skip-scan over the column's index: DISTINCT would read every row
        rows = self.rows(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM {table}"
            f" UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE {column} > v.x)"
            " FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
        )
        return [r["x"] for r in rows]

    def has_table(self, name: str) -> bool:
        return self.one(self.dialect.table_exists, (name,)) is not None
