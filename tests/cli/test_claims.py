"""``lagebild claims`` at 80 and 120 columns: grouped by document, ids, sources as written
beside their entity, readable figures, any query string."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

from .tables import read_tables

runner = CliRunner()


def claims(store_path: Path, *args: str, columns: int = 80):  # type: ignore[no-untyped-def]
    return runner.invoke(
        app, ["claims", "--db", str(store_path), *args], env={"COLUMNS": str(columns)}
    )


@pytest.mark.parametrize("columns", [80, 120])
def test_claims_fit_and_group_by_document(store_path: Path, columns: int) -> None:
    result = claims(store_path, columns=columns)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= columns for line in lines)
    rows = json.loads(claims(store_path, "--json").stdout)
    titles = {r["document_title"] for r in rows}
    assert len(titles) == 3
    for title in titles:  # one heading per document, not one per claim
        assert sum(line.startswith(title[:30]) for line in lines) == 1, title
    for row in rows:  # every claim's id and its document's id are shown
        assert any(line.split()[:1] == [str(row["id"])] for line in lines), row["id"]
        assert f"[{row['document_id']}]" in result.stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_sources_as_written_beside_their_entity_and_figures(store_path: Path, columns: int) -> None:
    result = claims(store_path, "-q", "Passau OR DRK OR Staatsregierung", columns=columns)
    rows = {r["figures"]: r for r in read_tables(result.stdout)}
    assert rows["≈2.000 Menschen"]["source"] == "des DRK -> German Red Cross"
    # a word wider than its column ends in an ellipsis; the entity stays visible
    assert re.fullmatch(r"der Staatsregier(ung|\w*…) -> \?", rows["2 Mrd. EUR"]["source"])
    assert rows[""]["source"] == "(author)"
    assert rows[""]["message"] == "Die Donau ist in Passau über die Ufer getreten"
    english = read_tables(claims(store_path, "-q", "Consumer prices", columns=columns).stdout)
    assert [r["figures"] for r in english] == ["2.9%"]


def test_narrow_terminals_drop_columns_and_wide_shows_them(store_path: Path) -> None:
    def header(out: str) -> list[str]:
        return next(line.split() for line in out.splitlines() if line.split()[:1] == ["id"])

    narrow = claims(store_path, columns=80).stdout
    broad = claims(store_path, columns=120).stdout
    wide = claims(store_path, "--wide", columns=80).stdout
    assert {"id", "source", "message"} <= set(header(narrow))
    assert set(header(narrow)) < set(header(broad)) <= set(header(wide))
    assert {"form", "modality", "times", "event"} <= set(header(wide))


def test_long_messages_are_shortened_at_a_word_unless_wide(store_path: Path) -> None:
    rows = json.loads(claims(store_path, "--json").stdout)
    longest = max(rows, key=lambda r: len(r["message"]))
    assert len(longest["message"]) > 220
    narrow = claims(store_path, "--document", longest["document_id"], columns=120).stdout
    wide = claims(store_path, "--document", longest["document_id"], "--wide", columns=120).stdout
    last_words = " ".join(longest["message"].split()[-3:])
    assert last_words not in " ".join(narrow.split())
    assert last_words in " ".join(wide.split())


@pytest.mark.parametrize("query", ["2.000", "Müller's", "AND", '"', "NOT NOT", "Passau OR"])
def test_any_query_string(store_path: Path, query: str) -> None:
    result = claims(store_path, "-q", query)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "fts5" not in result.output


def test_query_2000_finds_the_figure(store_path: Path) -> None:
    rows = json.loads(claims(store_path, "-q", "2.000", "--json").stdout)
    assert [r["cue_text"] for r in rows] == ["Nach Angaben"]
    assert rows[0]["quantities"][0]["value"] == 2000
