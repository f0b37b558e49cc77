"""``lagebild ingest`` with a failing stage: one line per failure, the summary names it,
``lagebild failures`` lists it and ``lagebild ingest --retry-failed`` clears it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

import lagebild.extract.quantities as quantities
from lagebild.cli import app

from ..conftest import GOLD_DIR

runner = CliRunner()
NAMES = ("fed-rates-en-2025-01-30", "landtag-kliniken-2025-02-14")


def test_failed_stage_reported_listed_and_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "artikel"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(GOLD_DIR / f"{name}.txt", folder / f"{name}.txt")
    db = str(tmp_path / "t.db")
    real = quantities.QuantityExtractor.__call__

    def fails_on_english(self: Any, doc: Doc) -> Doc:
        if doc.lang_ == "en":
            raise OverflowError("figure too large")
        return real(self, doc)

    with monkeypatch.context() as patch:
        patch.setattr(quantities.QuantityExtractor, "__call__", fails_on_english)
        result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--workers", "1"])
        assert result.exit_code == 0, result.output
        english = folder / f"{NAMES[0]}.txt"
        assert result.stderr.strip().splitlines() == [
            f"lagebild: {english}: stored incomplete: lagebild_quantities: "
            "OverflowError: figure too large"
        ]
        assert result.stdout.startswith("ingested 2, duplicates 0, rejected 0")
        assert "; 1 document stored with a failed stage (lagebild_quantities 1)" in result.stdout
        listed = runner.invoke(app, ["failures", "--db", db, "--json"])
        [row] = json.loads(listed.stdout)
        assert (row["stage"], row["origin"]) == ("lagebild_quantities", str(english))
        table = runner.invoke(app, ["failures", "--db", db, "--wide"])
        assert "OverflowError: figure too large" in table.stdout
        again = runner.invoke(app, ["ingest", "--retry-failed", "--db", db])
        assert again.exit_code == 1
        assert again.stdout.strip() == (
            "retried 1 documents: 0 analysed in full, 1 failed again (lagebild_quantities 1)"
        )
    fixed = runner.invoke(app, ["ingest", "--retry-failed", "--db", db])
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout.strip() == "retried 1 documents: 1 analysed in full"
    assert json.loads(runner.invoke(app, ["failures", "--db", db, "--json"]).stdout) == []
    empty = runner.invoke(app, ["failures", "--db", db])
    assert "no failed stages" in empty.stderr
    claims = json.loads(runner.invoke(app, ["claims", "--db", db, "--json"]).stdout)
    assert any(q for c in claims for q in c["quantities"])  # the figures are there now


def test_retry_failed_takes_no_paths(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "x.txt", "--retry-failed", "--db", str(tmp_path / "t")])
    assert result.exit_code == 2
    assert "--retry-failed takes no PATH" in result.stderr
    nothing = runner.invoke(app, ["ingest", "--db", str(tmp_path / "t.db")])
    assert nothing.exit_code == 2
    assert "no PATH given" in nothing.stderr


def test_analyze_names_a_failed_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(self: Any, doc: Doc) -> Doc:
        raise OverflowError("figure too large")

    monkeypatch.setattr(quantities.QuantityExtractor, "__call__", fails)
    path = GOLD_DIR / f"{NAMES[1]}.txt"
    result = runner.invoke(app, ["analyze", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == (
        f"lagebild: {path}: analysis incomplete: lagebild_quantities: OverflowError: figure too"
        " large"
    )
    data = json.loads(result.stdout)
    assert data["quantities"] == [] and data["claims"]
    assert [f["stage"] for f in data["failures"]] == ["lagebild_quantities"]
