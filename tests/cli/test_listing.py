"""``lagebild documents | rejects | events | entities``: what one can filter by."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()


def run(store_path: Path, *args: str, columns: int = 80):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [*args, "--db", str(store_path)], env={"COLUMNS": str(columns)})


@pytest.mark.parametrize("columns", [80, 120])
def test_listings_fit_the_terminal(store_path: Path, columns: int) -> None:
    for command in (["documents"], ["rejects"], ["events"], ["entities"]):
        result = run(store_path, *command, columns=columns)
        assert result.exit_code == 0, result.output
        assert all(len(line) <= columns for line in result.stdout.splitlines()), command


def test_documents_list_ids_one_can_filter_claims_by(store_path: Path) -> None:
    documents = json.loads(run(store_path, "documents", "--json").stdout)
    assert [d["date"] for d in documents] == ["2025-03-12", "2025-02-14", "2025-01-30"]
    assert {d["language"] for d in documents} == {"de", "en"}
    table = run(store_path, "documents").stdout
    for d in documents:
        assert d["id"] in table
        claims = run(store_path, "claims", "--document", d["id"], "--json").stdout
        assert len(json.loads(claims)) == d["claims"] > 0


def test_events_are_the_values_of_the_event_filter(store_path: Path) -> None:
    events = json.loads(run(store_path, "events", "--json").stdout)
    assert events and all(e["claims"] >= 1 for e in events)
    first = events[0]
    claims = json.loads(run(store_path, "claims", "--event", first["type"], "--json").stdout)
    assert len(claims) == first["claims"]
    assert first["type"] in run(store_path, "events").stdout


def test_entities_with_a_query(store_path: Path) -> None:
    found = json.loads(run(store_path, "entities", "-q", "red cross", "--json").stdout)
    assert [e["canonical"] for e in found] == ["German Red Cross"]
    assert found[0]["claims"] >= 1  # the source of the DRK claim
    by_alias = json.loads(run(store_path, "entities", "-q", "DRK", "--json").stdout)
    assert [e["canonical"] for e in by_alias] == ["German Red Cross"]
    empty = run(store_path, "entities", "-q", "Atlantis")
    assert empty.exit_code == 0 and "no entity matches 'Atlantis'" in empty.stderr


def test_rejects_say_what_went_wrong(store_path: Path) -> None:
    rejects = json.loads(run(store_path, "rejects", "--json").stdout)
    assert [(r["source"], r["reason"]) for r in rejects] == [("kaputt/leer.txt", "input is empty")]
    assert "kaputt/leer.txt" in run(store_path, "rejects").stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_facts_sources_and_timeline_fit(store_path: Path, columns: int) -> None:
    facts = json.loads(run(store_path, "facts", "--json").stdout)
    fact = next(f for f in facts if f["event"]["actor"] or f["event"]["target"])
    actor = fact["event"]["actor"] or fact["event"]["target"]
    for command in (["facts"], ["fact", fact["id"]], ["sources"], ["timeline", actor]):
        result = run(store_path, *command, columns=columns)
        assert result.exit_code == 0, (command, result.output)
        lines = result.stdout.splitlines()
        assert lines and all(len(line) <= columns for line in lines), command
    assert fact["id"] in run(store_path, "facts", columns=columns).stdout
