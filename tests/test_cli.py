"""The command line, in process: analyze, ingest (with bad files), claims, eval seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

from .conftest import GOLD_DIR, SEED_ARTICLE, needs_shared

runner = CliRunner()

ARTICLE = """Montag, 6. Januar 2025

Politik

Streik bei der Bahn

Streik bei der Bahn

Die Gewerkschaft hat für Mittwoch zu einem Warnstreik aufgerufen. Laut Bahn fallen
bundesweit rund 3.000 Verbindungen aus. „Wir bedauern die Einschränkungen“, sagte eine
Sprecherin des Konzerns."""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_analyze_json_contract(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(write(tmp_path, "a.txt", ARTICLE)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert data["document"]["date"] == "2025-01-06"
    text = data["document"]["text"]
    for claim in data["claims"]:
        for span in claim["message"]:
            assert text[span["start"] : span["end"]] == span["text"]
    bahn = [c for c in data["claims"] if c["cue"] and c["cue"]["text"] == "Laut"]
    assert bahn and bahn[0]["quantities"][0]["value"] == 3000
    direct = [c for c in data["claims"] if c["form"] == "direct"]
    assert direct and direct[0]["message"][0]["text"] == "Wir bedauern die Einschränkungen"


def test_analyze_bad_file_is_one_line(tmp_path: Path) -> None:
    bad = write(tmp_path, "leer.txt", b"")
    result = runner.invoke(app, ["analyze", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert str(bad) in result.stderr and "empty" in result.stderr


def test_analyze_with_the_trained_pipeline_and_a_missing_one(tmp_path: Path) -> None:
    article = str(write(tmp_path, "a.txt", ARTICLE))
    default = json.loads(runner.invoke(app, ["analyze", article, "--json"]).stdout)
    trained = runner.invoke(app, ["analyze", article, "--json", "--model", "trained"])
    assert trained.exit_code == 0, trained.output
    sources = [c["source"] and c["source"]["text"] for c in json.loads(trained.stdout)["claims"]]
    assert sources == [c["source"] and c["source"]["text"] for c in default["claims"]]
    missing = runner.invoke(app, ["analyze", article, "--model", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert str(tmp_path / "nope") in missing.output


def test_ingest_goes_on_past_bad_files_and_claims_lists(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    good = write(tmp_path, "gut.txt", ARTICLE)
    empty = write(tmp_path, "leer.txt", b"")
    binary = write(tmp_path, "bin.txt", b"\x00\xff\x00\x10" * 100)
    result = runner.invoke(app, ["ingest", str(empty), str(good), str(binary), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ingested 1" in result.stdout and "rejected 2" in result.stdout
    assert str(empty) in result.stderr and str(binary) in result.stderr
    again = runner.invoke(app, ["ingest", str(good), "--db", str(db)])
    assert "ingested 0, duplicates 0, rejected 0, skipped 1" in again.stdout
    listed = runner.invoke(app, ["claims", "--db", str(db), "--source", "Bahn", "--json"])
    rows = json.loads(listed.stdout)
    assert [r["cue_text"] for r in rows] == ["Laut"]


def test_ingest_of_only_bad_files_fails(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(write(tmp_path, "x.txt", b"")), "--db", str(tmp_path / "t.db")]
    )
    assert result.exit_code == 1


@needs_shared()
def test_seed_table_shows_three_figures_with_their_sources() -> None:
    result = runner.invoke(app, ["analyze", str(SEED_ARTICLE), "--json"])
    data = json.loads(result.stdout)
    figures = {
        q["text"]: (c["source_entity"], q["value"], q["low"], q["high"], q["approximate"])
        for c in data["claims"]
        for q in c["quantities"]
    }
    assert figures["12.000"] == (
        "National Intelligence Service (South Korea)",
        12000,
        None,
        None,
        False,
    )
    assert figures["rund 11.000"] == ("Kyrylo Budanov", 11000, None, None, True)
    assert figures["hunderten"] == ("Institute for the Study of War", None, 200, 999, True)
    budanov = next(c for c in data["claims"] if c["source_entity"] == "Kyrylo Budanov")
    assert [t["from"] for t in budanov["times"]] == ["2024-11"]


@needs_shared()
def test_eval_seed_meets_the_foundation_targets() -> None:
    result = runner.invoke(app, ["eval", "seed", str(SEED_ARTICLE.parent)])
    last = result.stdout.strip().splitlines()[-1]
    claims_f1 = float(last.split("claims F1=")[1].split()[0])
    fields = float(last.split("fields=")[1])
    assert claims_f1 >= 0.9 and fields >= 0.9, last
    own = runner.invoke(app, ["eval", "seed", str(GOLD_DIR)])
    assert float(own.stdout.strip().splitlines()[-1].split("claims F1=")[1].split()[0]) >= 0.75


def test_kb_add_extends_the_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_KB", str(tmp_path / "kb.csv"))
    added = runner.invoke(
        app, ["kb", "add", "Hafenbetriebe Kiel", "--alias", "HBK", "--type", "ORG"]
    )
    assert added.exit_code == 0, added.output
    shown = runner.invoke(app, ["kb", "show", "HBK"])
    assert "Hafenbetriebe Kiel [ORG]" in shown.stdout
    result = runner.invoke(
        app,
        [
            "analyze",
            str(write(tmp_path, "k.txt", ARTICLE.replace("Bahn fallen", "HBK fallen"))),
            "--json",
        ],
    )
    data = json.loads(result.stdout)
    assert any(e["canonical"] == "Hafenbetriebe Kiel" for e in data["entities"])


def test_kb_add_rejects_a_bad_type(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["kb", "add", "X", "--type", "CITY", "--file", str(tmp_path / "k.csv")]
    )
    assert result.exit_code == 2 and "CITY" in result.stderr
