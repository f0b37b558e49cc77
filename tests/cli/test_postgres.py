"""The read commands on a PostgreSQL store: the same listings and claims as on SQLite, any
query string, and a database without lagebild's tables neither read nor written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.errors import StoreError
from lagebild.pipeline import Analyzer
from lagebild.store import open_store

from ..store.pg import fresh_pg, needs_pg
from .conftest import fill_store

pytestmark = needs_pg

runner = CliRunner()


@pytest.fixture(scope="module")
def pg_url(analyzer: Analyzer) -> str:
    """An emptied PostgreSQL database holding what the SQLite test store holds."""
    url = fresh_pg()
    fill_store(url, analyzer)
    return url


def json_of(db: str, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, [*args, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_listings_match_sqlite(store_path: Path, pg_url: str) -> None:
    lite = str(store_path)
    for command, key in (("documents", "id"), ("events", "type"), ("entities", "canonical")):
        want = [(r[key], r.get("claims")) for r in json_of(lite, command)]
        got = [(r[key], r.get("claims")) for r in json_of(pg_url, command)]
        assert got == want and got, command
    assert [r["source"] for r in json_of(pg_url, "rejects")] == ["kaputt/leer.txt"]
    found = json_of(pg_url, "entities", "-q", "drk")
    assert [e["canonical"] for e in found] == ["German Red Cross"]


def test_claims_match_sqlite_with_any_query(store_path: Path, pg_url: str) -> None:
    lite = str(store_path)
    fields = ("document_id", "message", "document_language", "document_outlet")
    want = [tuple(r[f] for f in fields) for r in json_of(lite, "claims")]
    got = [tuple(r[f] for f in fields) for r in json_of(pg_url, "claims")]
    assert got == want and got
    flood = json_of(pg_url, "claims", "--query", "Menschen")
    assert flood and all("Menschen" in str(r["message"]) for r in flood)
    for query in ("2.000", "Müller's", "AND", '"unbalanced', "-(*", "OR OR"):
        result = runner.invoke(app, ["claims", "--db", pg_url, "--query", query])
        assert result.exit_code == 0, (query, result.output)


def test_reading_a_database_without_a_store_writes_nothing() -> None:
    import psycopg

    url = fresh_pg()
    with pytest.raises(StoreError, match=r"no store at .*; create one with lagebild ingest"):
        open_store(url, create=False)
    result = runner.invoke(app, ["claims", "--db", url])
    assert result.exit_code != 0 and "no store at" in result.output
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)
