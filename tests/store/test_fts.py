"""Full-text queries from any user string: FTS5 syntax where it parses, phrases otherwise."""

from __future__ import annotations

import sqlite3

import pytest

from lagebild.pipeline import Analyzer, analyze
from lagebild.store import ClaimFilter, Store
from lagebild.store.fts import match_expression, phrase_query

TEXT = """12.03.2025

Panorama

Streit um die Müller's Bäckerei

Nach Angaben der Polizei demonstrierten rund 2.000 Menschen vor dem Rathaus. Die Inhaberin
sagte, Müller's Bäckerei werde nicht schließen. Die Stadt und der Bezirk wollen vermitteln."""


@pytest.fixture(scope="module")
def store(analyzer: Analyzer) -> Store:
    store = Store(":memory:")
    store.add_analysis(analyze(TEXT, analyzer=analyzer))
    return store


def messages(store: Store, query: str) -> list[str]:
    return [r["message"] for r in store.claims(ClaimFilter(query=query))]


def test_fts_syntax_errors_become_phrase_queries(store: Store) -> None:
    for query in ("2.000", "Müller's", "AND", '"', "NOT", "(Rathaus", "message:"):
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("SELECT * FROM claims_fts WHERE claims_fts MATCH ?", (query,))
        messages(store, query)  # no error
    assert any("2.000 Menschen" in m for m in messages(store, "2.000"))
    assert any("Müller's Bäckerei" in m for m in messages(store, "Müller's"))
    # "AND" as a word: the claim with "Die Stadt und der Bezirk" is German, so no hit
    assert messages(store, "AND") == []
    assert messages(store, "Bezirk") == messages(store, "Stadt Bezirk")


def test_valid_fts_syntax_is_kept(store: Store) -> None:
    assert match_expression(store.conn, "claims_fts", "Rathaus OR Bäcker*") == (
        "Rathaus OR Bäcker*"
    )
    assert len(messages(store, "Rathaus OR Bäckerei")) == 2
    assert match_expression(store.conn, "claims_fts", "   ") is None
    assert store.claims(ClaimFilter(query="  ")) == []


def test_phrase_query_quotes_every_word() -> None:
    assert phrase_query('Müller\'s "Bäckerei"') == '"Müller\'s" """Bäckerei"""'


def test_only_full_text_tables() -> None:
    with Store(":memory:") as store, pytest.raises(ValueError, match="claims_fts"):
        match_expression(store.conn, "claims; DROP TABLE claims", "x")
