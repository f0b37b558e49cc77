"""Failed stages on ``/ingest`` and ``/api/failures``: listed, escaped, and a store from
before the failures table (opened read-only, so not migrated) still answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from lagebild.model import StageFailure
from lagebild.pipeline import Analyzer, analyze_file
from lagebild.store import open_store
from lagebild.web import create_app
from tests.conftest import GOLD_DIR

ARTICLE = GOLD_DIR / "landtag-kliniken-2025-02-14.txt"
ERROR = 'ValueError: <img src=x onerror="alert(12)">'


def _store(path: Path, analyzer: Analyzer) -> str:
    analysis = analyze_file(ARTICLE, analyzer=analyzer)
    analysis.failures = [StageFailure("lagebild_events", ERROR, "2026-01-02T03:04:05+00:00")]
    with open_store(path) as store:
        store.add_analysis(analysis)
    return analysis.document.id


def test_ingest_page_lists_failed_stages(tmp_path: Path, analyzer: Analyzer) -> None:
    document_id = _store(tmp_path / "f.db", analyzer)
    with TestClient(create_app(tmp_path / "f.db")) as client:
        [row] = client.get("/api/failures").json()["results"]
        assert (row["document_id"], row["stage"], row["error"]) == (
            document_id, "lagebild_events", ERROR,
        )  # fmt: skip
        assert client.get("/api/ingest").json()["counts"]["failures"] == 1
        page = client.get("/ingest").text
        assert "1 failed stages" in page and "lagebild_events" in page
        assert f'href="/documents/{document_id}"' in page
        assert "<img src=x" not in page and "&lt;img src=x" in page
        csv_text = client.get("/api/failures", params={"format": "csv"}).text
        assert csv_text.splitlines()[0].startswith("id,document_id,stage,error,at")


def test_store_without_failures_table_still_answers(tmp_path: Path, analyzer: Analyzer) -> None:
    path = tmp_path / "alt.db"
    _store(path, analyzer)
    with sqlite3.connect(path) as conn:  # as a store from before migration 0004
        conn.execute("DROP TABLE failures")
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with TestClient(create_app(path)) as client:
        assert client.get("/api/failures").json()["results"] == []
        assert "No failed stages." in client.get("/ingest").text
    with open_store(path) as store:  # a writable open migrates it
        assert store.counts()["failures"] == 0 and store.has_table("failures")
