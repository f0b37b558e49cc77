"""What differs between the SQLite and the PostgreSQL store, in one place.

The store's SQL is written once, with ``?`` placeholders and SQLite's case-insensitive
``LIKE``; a dialect turns it into what its engine runs. Everything else the two engines
share (``ON CONFLICT``, ``RETURNING``, ``IS NOT DISTINCT FROM``, ``NULLS FIRST/LAST``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"\?")
_LIKE = re.compile(r"\bLIKE\b")


@dataclass(frozen=True, slots=True)
class Dialect:
    """name: "sqlite" or "postgresql". claims_matches: ``SELECT`` of the ids (``id``) of the
    claims whose message or source text matches the full-text query (one ``?``).
    documents_ranked: ``SELECT`` of the documents matching the full-text query (one ``?``)
    as ``key`` (what ``documents_snippets`` takes) and ``rank`` (best first when ascending);
    ``{join}`` stands where ``JOIN documents d ...`` goes when a filter names ``d``
    (SQLite reads no document row without one). documents_snippets: ``SELECT`` of the
    documents ``d`` with the keys ``{keys}`` (placeholders) matching the query (one ``?``,
    before the keys): ``key``, id, title, date, language, section and a snippet (matches
    between \x02 and \x03). unindexed: a prefix that keeps the planner from driving a query
    by a column's index (SQLite's unary ``+``). insert_order: documents ``d`` in the order
    they were written. table_exists: a query with a row when the table (one ``?``) exists.
    column_types: what the shared migrations' placeholders stand for (``${id}`` an integer
    key the engine numbers, ``${ref}`` a column referring to one, ``${real}`` a float,
    ``${blob}`` bytes, ``${without_rowid}`` a table option, ``${desc_nulls_last}`` an index
    column's descending order with NULLs last)."""

    name: str
    claims_matches: str
    documents_ranked: str
    documents_join: str
    documents_snippets: str
    unindexed: str
    insert_order: str
    table_exists: str
    column_types: Mapping[str, str]

    @property
    def claims_match(self) -> str:
        """A condition on claims ``c``: true when the claim matches the query (one ``?``)."""
        return f"c.id IN ({self.claims_matches})"

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
    claims_matches="SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ?",
    # ranking reads the index alone: the document rows (and their texts) only for filters
    documents_ranked=(
        "SELECT f.rowid AS key, f.rank AS rank FROM documents_fts f{join}"
        " WHERE documents_fts MATCH ?"
    ),
    documents_join=" JOIN documents d ON d.rowid = f.rowid",
    documents_snippets=(
        "SELECT f.rowid AS key, d.id, d.title, d.date, d.language, d.section,"
        " snippet(documents_fts, 1, char(2), char(3), '…', 24) AS snippet"
        " FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
        " WHERE documents_fts MATCH ? AND f.rowid IN ({keys})"
    ),
    unindexed="+",
    insert_order="d.rowid",
    table_exists="SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?",
    column_types={
        "id": "INTEGER PRIMARY KEY",  # the rowid
        "ref": "INTEGER",
        "real": "REAL",
        "blob": "BLOB",
        "without_rowid": " WITHOUT ROWID",
        "desc_nulls_last": "DESC",  # NULLs sort first, so last when descending
    },
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
_TSQUERY = (
    "(SELECT websearch_to_tsquery('german', q) || websearch_to_tsquery('english', q)"
    " AS tsq FROM (SELECT CAST(? AS text) AS q) AS query) AS m"
)
POSTGRESQL = Dialect(
    name="postgresql",
    claims_matches=(
        f"SELECT id FROM claims WHERE {CLAIMS_TSVECTOR} @@"
        " (SELECT websearch_to_tsquery('german', q) || websearch_to_tsquery('english', q)"
        " FROM (SELECT CAST(? AS text) AS q) AS query)"
    ),
    # the expression the GIN index documents_search (migration 0001) is built on; ``d`` is
    # always there (documents_join empty)
    documents_ranked=(
        f"SELECT d.id AS key, -ts_rank({DOCUMENTS_TSVECTOR}, m.tsq) AS rank"
        f" FROM documents d, {_TSQUERY} WHERE {DOCUMENTS_TSVECTOR} @@ m.tsq"
    ),
    documents_join="",
    documents_snippets=(
        "SELECT d.id AS key, d.id, d.title, d.date, d.language, d.section,"
        " ts_headline('german', d.text, m.tsq, 'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
        f" || ', MaxWords=24, MinWords=8') AS snippet FROM documents d, {_TSQUERY}"
        " WHERE d.id IN ({keys})"
    ),
    unindexed="",
    insert_order="d.ingested_at",
    table_exists="SELECT 1 AS x FROM information_schema.tables WHERE table_name = ?",
    column_types={
        "id": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        "ref": "BIGINT",
        "real": "DOUBLE PRECISION",
        "blob": "BYTEA",
        "without_rowid": "",
        "desc_nulls_last": "DESC NULLS LAST",
    },
)
DIALECTS = {d.name: d for d in (SQLITE, POSTGRESQL)}
