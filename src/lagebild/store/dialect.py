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
    true when the claim's message or source text matches the full-text query (one ``?``)."""

    name: str
    claims_match: str

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
)

# the expression the GIN index claims_search (migration 0001) is built on: German and
# English stems side by side, so a query in either language finds its words
CLAIMS_TSVECTOR = (
    "(to_tsvector('german', message || ' ' || coalesce(source_text, ''))"
    " || to_tsvector('english', message || ' ' || coalesce(source_text, '')))"
)
POSTGRESQL = Dialect(
    name="postgresql",
    claims_match=(
        f"c.id IN (SELECT id FROM claims WHERE {CLAIMS_TSVECTOR} @@"
        " (SELECT websearch_to_tsquery('german', q) || websearch_to_tsquery('english', q)"
        " FROM (SELECT CAST(? AS text) AS q) AS query))"
    ),
)
