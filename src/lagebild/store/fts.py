"""Full-text queries from any user string: FTS5 syntax where it parses, else phrases.

A user types ``2.000``, ``Müller's`` or ``AND``; FTS5 reads each as a syntax error. The
store (and the web app's search) pass every query through :func:`match_expression`, which
keeps a query that FTS5 accepts (``Budanow OR Budanov``, ``Truppe*``) and otherwise quotes
every word as a phrase, so the query finds the words as written.
"""

from __future__ import annotations

import sqlite3

_FTS_TABLES = frozenset({"claims_fts", "documents_fts"})


def phrase_query(text: str) -> str:
    """Every whitespace-separated word of ``text`` as an FTS5 phrase ("2.000" "Truppen")."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in text.split())


def match_expression(conn: sqlite3.Connection, table: str, text: str) -> str | None:
    """An FTS5 expression for ``text`` that ``table MATCH ?`` accepts; None for a blank query.

    The text itself when FTS5 parses it, else :func:`phrase_query` of it.
    """
    if table not in _FTS_TABLES:
        raise ValueError(f"{table!r} is not a full-text table ({', '.join(sorted(_FTS_TABLES))})")
    if not text.strip():
        return None
    try:
        conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 1", (text,)).fetchall()
    except sqlite3.OperationalError:
        return phrase_query(text)
    return text
