"""Export (JSONL, CSV, Parquet) and load: the round trip gives the same rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.corroborate import list_facts
from lagebild.export import export_store, load_parquet
from lagebild.pipeline import Analyzer
from lagebild.store import Store
from lagebild.store.rows import COLUMNS, GROUPS
from tests.conftest import GOLD_DIR

ARTICLES = [
    *sorted((GOLD_DIR / "facts").glob("*.txt")),
    GOLD_DIR / "konjunktur-maschinenbau-2025-03-04.txt",
    GOLD_DIR / "fed-rates-en-2025-01-30.txt",
]


def _tables(store: Store) -> dict[str, list[dict[str, object]]]:
    return {t: list(store.table_rows(t)) for t in COLUMNS}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Store:
    path = tmp_path_factory.mktemp("export") / "source.db"
    store = Store(path)
    summary = ingest_paths(ARTICLES, store, IngestOptions(workers=1), analyzer=analyzer)
    assert summary.ingested >= 5
    list_facts(store)  # files the claims into facts
    return store


def test_parquet_round_trip_gives_the_same_rows(source: Store, tmp_path: Path) -> None:
    counts = export_store(source, tmp_path / "pq", "parquet")
    assert set(counts) == set(COLUMNS)
    assert counts["claims"] > 20 and counts["facts"] > 0
    target = Store(tmp_path / "target.db")
    summary = load_parquet(tmp_path / "pq", target)
    assert summary.stored == counts["documents"] and summary.known == 0
    list_facts(target)
    before, after = _tables(source), _tables(target)
    for table in COLUMNS:
        assert after[table] == before[table], table
    # loading again adds nothing
    again = load_parquet(tmp_path / "pq", target)
    assert (again.stored, again.known) == (0, counts["documents"])
    assert _tables(target) == before


def test_exported_spans_are_offsets_into_the_text(source: Store, tmp_path: Path) -> None:
    export_store(source, tmp_path / "all.jsonl", "jsonl")
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    texts = {r["id"]: r["text"] for r in lines if r["table"] == "documents"}
    claims = [r for r in lines if r["table"] == "claims"]
    assert claims and all(set(COLUMNS["claims"]) | {"table"} == set(c) for c in claims)
    for claim in claims:
        text = texts[claim["document"]]
        for span in json.loads(claim["message_spans"]):
            assert text[span["start"] : span["end"]] == span["text"]
        if claim["source_text"] is not None:
            assert text[claim["source_start"] : claim["source_end"]] == claim["source_text"]
    mentions = [r for r in lines if r["table"] == "mentions"]
    assert all(texts[m["document"]][m["start"] : m["end"]] == m["text"] for m in mentions)


def test_csv_is_one_file_per_table_of_the_chosen_groups(source: Store, tmp_path: Path) -> None:
    counts = export_store(source, tmp_path / "csv", "csv", what=["claims"])
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "claims.csv", "quantities.csv", "times.csv"
    ]  # fmt: skip
    assert list(counts) == list(GROUPS["claims"])
    with (tmp_path / "csv" / "quantities.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == counts["quantities"]
    assert list(rows[0]) == list(COLUMNS["quantities"])
    assert any(r["claim"] and r["value"] for r in rows)


def test_bad_format_and_group_name_the_option(source: Store, tmp_path: Path) -> None:
    from lagebild.errors import LagebildError

    with pytest.raises(LagebildError, match="--format 'xml'"):
        export_store(source, tmp_path / "x", "xml")
    with pytest.raises(LagebildError, match="--what 'people'"):
        export_store(source, tmp_path / "x", "csv", what=["people"])


def test_cli_export_then_load(source: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from lagebild.cli import app

    runner = CliRunner()
    out = tmp_path / "pq"
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", source.url, str(out)])
    assert result.exit_code == 0, result.output
    assert "claims" in result.output and (out / "claims.parquet").exists()
    target = tmp_path / "neu.db"
    result = runner.invoke(app, ["load", str(out), "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"loaded {source.counts()['documents']} new documents")
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "fehlt.db"), str(out)])
    assert missing.exit_code == 2 and "no store at" in missing.output
