"""``lagebild analyze`` reads what ``ingest`` reads (HTML, feed, JSONL, stdin) and heads the
table with title, date, outlet and language; other languages are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

from ..ingest.builders import feed_xml, html_page, jsonl_record, story
from .tables import read_tables

runner = CliRunner()

ARTICLE = """Montag, 6. Januar 2025

Politik

Streik bei der Bahn

Die Gewerkschaft hat für Mittwoch zu einem Warnstreik aufgerufen. Laut Bahn fallen bundesweit rund 3.000 Verbindungen aus. „Wir bedauern die Einschränkungen“, sagte eine Sprecherin des Konzerns."""

FRENCH = """Le gouvernement français a annoncé mardi une nouvelle série de mesures pour soutenir les
agriculteurs touchés par la sécheresse. Selon le ministre de l'Agriculture, environ 500 millions
d'euros seront débloqués dans les prochaines semaines. Les syndicats agricoles ont salué cette
décision, tout en estimant qu'elle arrive trop tard."""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analyze") / "seite.html"
    path.write_text(html_page(story()), encoding="utf-8")
    return path


@pytest.mark.parametrize("columns", [80, 120])
def test_html_page_heading_and_table(page: Path, columns: int) -> None:
    result = runner.invoke(app, ["analyze", str(page)], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= columns for line in lines)
    heading = " ".join(" ".join(lines[:3]).split())
    s = story()
    assert s.title in heading
    assert "2025-03-04 · Nordkurier Beispiel · de" in heading
    assert "DOCTYPE" not in result.stdout and "<html" not in result.stdout
    rows = read_tables(result.stdout)
    assert rows and rows[0]["id"] == "c1"
    assert "Cookies" not in result.stdout


def test_html_page_json_has_the_main_text_only(page: Path) -> None:
    data = json.loads(runner.invoke(app, ["analyze", str(page), "--json"]).stdout)
    assert data["document"]["title"] == story().title
    assert not any("<" in span["text"] for c in data["claims"] for span in c["message"])
    assert "Impressum" not in data["document"]["text"]


def test_stdin_and_a_date_as_articles_write_it() -> None:
    result = runner.invoke(app, ["analyze", "-", "--json"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["date"] == "2025-01-06"
    assert any(c["cue"] and c["cue"]["text"] == "Laut" for c in data["claims"])
    # --date overrides the date the article carries
    later = runner.invoke(app, ["analyze", "-", "--json", "--date", "12. März 2025"], input=ARTICLE)
    assert json.loads(later.stdout)["document"]["date"] == "2025-03-12"


def test_feed_and_jsonl_give_their_first_article(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(story()), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(feed), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["title"] == story().title
    assert "more than one article" in result.stderr
    lines = tmp_path / "news.jsonl"
    record = jsonl_record(story("landtag-kliniken-2025-02-14"), url="https://x.de/a", domain="x.de")
    lines.write_text(record + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(lines), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["date"] == "2025-02-14"
    assert result.stderr == ""


def test_a_language_lagebild_does_not_analyse(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"lagebild: error: {path}: the article is in French (fr); lagebild analyses German (de)"
        " and English (en) only"
    )
    assert result.stdout == ""
