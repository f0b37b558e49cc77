"""``lagebild serve``: refuses a store that is not there; files facts, then serves read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.pipeline import Analyzer, analyze_file
from lagebild.store import open_store
from tests.web.conftest import FACTS_DIR


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 2
    assert "none.db" in result.output and "no such store" in result.output
    assert not missing.exists()


def test_serve_files_facts_of_an_analyzed_store_then_serves_it(
    tmp_path: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "demo.db"
    with open_store(db) as store:  # what `lagebild analyze FILE --db` leaves: no facts yet
        for name in ("nordkorea-pentagon-2024-10-24.txt", "nordkorea-kursk-2024-11-05.txt"):
            store.add_analysis(analyze_file(FACTS_DIR / name, analyzer=analyzer))
    served: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda web, **kw: served.update(app=web, **kw))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert served["port"] == 8765 and served["host"] == "127.0.0.1"
    with TestClient(served["app"]) as client:
        facts = client.get("/api/facts", params={"event": "DEPLOY_TROOPS"}).json()["results"]
    assert facts and facts[0]["claims"] >= 2
