"""``lagebild eval pos`` and ``lagebild eval ner`` on small hand-made gold files."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app

from .test_conllu import CONLLU
from .test_ner import GERMEVAL

runner = CliRunner()


def test_eval_pos_prints_the_summary_last(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(CONLLU, encoding="utf8")
    result = runner.invoke(app, ["eval", "pos", str(gold), "--model", "hanta"])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    # HanTa tags this sentence right, including the merged "zum" as APPRART; it does not parse
    assert last.startswith("UPOS=100.0 tag=100.0")
    assert "UAS=0.0" in last
    assert last.endswith("tokens=5")


def test_eval_ner_scores_the_trained_pipeline(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text(GERMEVAL, encoding="utf8")
    result = runner.invoke(app, ["eval", "ner", str(gold), "--model", "trained"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "sentences: 2"
    assert lines[-1].startswith("ALL P=")
    assert "(gold 3," in lines[-1]
    per_label = {line.split()[0] for line in lines[1:-1]}
    assert {"PER", "LOC", "ORG"} <= per_label


def test_eval_ner_rejects_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", str(tmp_path / "none.tsv")])
    assert result.exit_code == 2
