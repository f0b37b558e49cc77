"""What differs between the SQLite and the PostgreSQL store, in one place.

The store's SQL is written once, with ``?`` placeholders and SQLite's case-insensitive
``LIKE``; a dialect turns it into what its engine runs. Everything else the two engines
share (``ON CONFLICT``, ``RETURNING``, ``IS NOT DISTINCT FROM``, ``NULLS FIRST/LAST``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"\?")
_LIKE = re.compile(r"\bLIKE\b")


@dataclass(frozen=True, slots=True)
class Dialect:
    """name: "sqlite" or "postgresql". claims_match: a condition on claims ``c`` that is
    true when the claim's message or source text matches the full-text query (one ``?``).
    documents_match: ``SELECT`` of documents ``d`` matching the full-text query (one ``?``)
    with their id, title, date, language, section and a snippet (matches between \x02 and
    \x03), and ``rank`` (best first when ascending). unindexed: a prefix that keeps the
    planner from driving a query by a column's index (SQLite's unary ``+``).
    insert_order: documents ``d`` in the order they were written. table_exists: a query
    with a row when the table (one ``?``) exists."""

    name: str
    claims_match: str
    documents_match: str
    unindexed: str
    insert_order: str
    table_exists: str

    def sql(self, text: str) -> str:
        """The statement as this engine runs it."""
        return _translate(self.name, text)


@functools.lru_cache(maxsize=512)
def _translate(name: str, text: str) -> str:
    if name == "sqlite":
        return text
    # psycopg: %s placeholders, a literal % doubled; ILIKE keeps SQLite's case-insensitive LIKE
    return _LIKE.sub("ILIKE", _PLACEHOLDER.sub("%s", text.replace("%", "%%")))


SQLITE = Dialect(
    name="sqlite",
    claims_match="c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)",
    documents_match=(
        "SELECT d.id, d.title, d.date, d.language, d.section,"
        " snippet(documents_fts, 1, char(2), char(3), '…', 24) AS snippet,"
        " documents_fts.rank AS rank"
        " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
        " WHERE documents_fts MATCH ?"
    ),
    unindexed="+",
    insert_order="d.rowid",
    table_exists="SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?",
)

# the expression the GIN index claims_search (migration 0001) is built on: German and
# English stems side by side, so a query in either language finds its words
CLAIMS_TSVECTOR = (
    "(to_tsvector('german', message || ' ' || coalesce(source_text, ''))"
    " || to_tsvector('english', message || ' ' || coalesce(source_text, '')))"
)
DOCUMENTS_TSVECTOR = (
    "(to_tsvector('german', coalesce(d.title, '') || ' ' || d.text)"
    " || to_tsvector('english', coalesce(d.title, '') || ' ' || d.text))"
)
POSTGRESQL = Dialect(
    name="postgresql",
    claims_match=(
        f"c.id IN (SELECT id FROM claims WHERE {CLAIMS_TSVECTOR} @@"
        " (SELECT websearch_to_tsquery('german', q) || websearch_to_tsquery('english', q)"
        " FROM (SELECT CAST(? AS text) AS q) AS query))"
    ),
    # the expression the GIN index documents_search (migration 0001) is built on
    documents_match=(
        "SELECT d.id, d.title, d.date, d.language, d.section,"
        " ts_headline('german', d.text, m.tsq, 'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
        " || ', MaxWords=24, MinWords=8') AS snippet, -ts_rank("
        + DOCUMENTS_TSVECTOR
        + ", m.tsq) AS rank FROM documents d, (SELECT websearch_to_tsquery('german', q)"
        " || websearch_to_tsquery('english', q) AS tsq FROM (SELECT CAST(? AS text) AS q)"
        " AS query) AS m WHERE " + DOCUMENTS_TSVECTOR + " @@ m.tsq"
    ),
    unindexed="",
    insert_order="d.ingested_at",
    table_exists="SELECT 1 AS x FROM information_schema.tables WHERE table_name = ?",
)
