"""The facts corpus end to end: real analyses of the seed and tests/data/facts articles."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from lagebild.batch import ingest_paths
from lagebild.corroborate import fact_detail, list_facts, update_facts
from lagebild.evaluate.facts import evaluate_facts
from lagebild.pipeline import Analyzer
from lagebild.store import open_store
from tests.conftest import GOLD_DIR, SEED_ARTICLE, needs_shared

FACTS_DIR = GOLD_DIR / "facts"
GOLD = FACTS_DIR / "facts.gold.json"


@needs_shared()
def test_scores_reach_the_targets_in_both_ingest_orders(analyzer: Analyzer) -> None:
    dirs = [FACTS_DIR, SEED_ARTICLE.parent]
    forward = evaluate_facts(GOLD, dirs, analyzer=analyzer)
    backward = evaluate_facts(GOLD, dirs, analyzer=analyzer, reverse=True)
    assert forward.f1 >= 0.85 and forward.stance_accuracy >= 0.8
    assert [g.predicted_fact for g in forward.claims] == [g.predicted_fact for g in backward.claims]
    assert [g.predicted_stance for g in forward.claims] == [
        g.predicted_stance for g in backward.claims
    ]


@needs_shared()
def test_seed_figures_join_the_later_reports_in_one_fact(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    db = tmp_path / "facts.db"
    with open_store(db) as store:
        ingest_paths([SEED_ARTICLE, FACTS_DIR], store, analyzer=analyzer)
        update_facts(store)
        deploy = list_facts(store, event="DEPLOY_TROOPS", entity="North Korea")
        assert len(deploy) == 1
        detail = fact_detail(store, deploy[0]["id"])
    assert detail is not None
    rows = {(r["source"], r["date"], r["figure"]["text"]) for r in detail["figures"]}
    assert {
        ("National Intelligence Service (South Korea)", "2024-10-18", "12.000"),
        ("Kyrylo Budanov", "2024-10-18", "rund 11.000"),
        ("Institute for the Study of War", "2024-10-18", "hunderten"),
        ("Kyrylo Budanov", "2024-11-05", "11.000"),
        ("Sabrina Singh", "2024-10-29", "rund 10.000"),
    } <= rows
    assert detail["first_seen"] == "2024-10-18" and detail["last_seen"] == "2024-11-19"

    from lagebild.cli import app
    from lagebild.cli.evaluate import eval_app
    from lagebild.cli.facts import register

    register(app, eval_app)
    runner = CliRunner()
    result = runner.invoke(app, ["fact", deploy[0]["id"], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Budanov" in result.output and "figure-differs" in result.output
    listed = runner.invoke(app, ["facts", "--db", str(db), "--json", "--entity", "Spain"])
    assert listed.exit_code == 0 and '"CASUALTIES"' in listed.output
    missing = runner.invoke(app, ["fact", "F00000000", "--db", str(db)])
    assert missing.exit_code == 1 and "no fact" in missing.output
