"""``lagebild ingest``: sidecar and hidden files ignored and counted in the summary, one line
per reject, an empty input is an error."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app

from ..conftest import GOLD_DIR

runner = CliRunner()
NAME = "fed-rates-en-2025-01-30"


def test_gold_and_hidden_files_are_ignored_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "artikel"
    (folder / ".git").mkdir(parents=True)
    for suffix in (".txt", ".gold.json"):
        shutil.copy(GOLD_DIR / f"{NAME}{suffix}", folder / f"{NAME}{suffix}")
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (folder / ".notizen.txt").write_text("privat\n", encoding="utf-8")
    (folder / "README.md").write_text("# Artikel\n", encoding="utf-8")
    (folder / "leer.txt").write_bytes(b"")
    (folder / "kaputt.txt").write_bytes(b"\x00\xff\x00\x10" * 100)
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    summary = result.stdout.strip().splitlines()
    assert len(summary) == 1
    assert summary[0].startswith("ingested 1, duplicates 0, rejected 2, skipped 0, ")
    assert "ignored 4 (1 gold file, 2 hidden files, 1 other file type)" in summary[0]
    rejects = result.stderr.strip().splitlines()
    assert rejects == [
        f"lagebild: rejected {folder / 'kaputt.txt'}: binary data, not text, HTML, a feed, WARC "
        "or JSONL",
        f"lagebild: rejected {folder / 'leer.txt'}: input is empty",
    ]
    stored = runner.invoke(app, ["rejects", "--db", str(db), "--json"])
    assert len(stored.stdout.split('"reason"')) == 3


def test_an_empty_input_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "leer"
    empty.mkdir()
    (empty / "NAME.gold.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert f"lagebild: error: nothing to ingest in {empty}" in result.stderr
    assert "ignored 1 (1 gold file)" in result.stdout
    stdin = runner.invoke(app, ["ingest", "-", "--db", str(tmp_path / "t.db")], input="")
    assert stdin.exit_code == 1
    assert stdin.stderr.strip() == "lagebild: rejected <stdin>: input is empty"
