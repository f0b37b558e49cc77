"""Briefings on a store built from real articles: the North Korea story of
tests/data/facts and the seed, in German and English."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.batch import ingest_paths
from lagebild.brief import Briefing, Selection, Sentence, make_briefing, render
from lagebild.brief.briefing import Paragraph, Section, SourceDocument, Trace
from lagebild.brief.render import to_html
from lagebild.brief.select import select_facts
from lagebild.brief.trace import check_briefing
from lagebild.cli import app
from lagebild.corroborate import list_facts, update_facts
from lagebild.evaluate.brief import format_lines, score_store
from lagebild.pipeline import Analyzer
from lagebild.resolve.kb import KnowledgeBase
from lagebild.store import Store, open_store
from tests.conftest import GOLD_DIR, SEED_ARTICLE, needs_shared

FACTS_DIR = GOLD_DIR / "facts"
STORY = sorted(FACTS_DIR.glob("nordkorea-*.txt")) + sorted(FACTS_DIR.glob("north-korea-*.txt"))

pytestmark = needs_shared()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    path = tmp_path_factory.mktemp("brief") / "story.db"
    with open_store(path) as store:
        ingest_paths([SEED_ARTICLE, *STORY], store, analyzer=analyzer)
        update_facts(store)
    return path


@pytest.fixture()
def store(db: Path) -> Iterator[Store]:
    with open_store(db) as s:
        yield s


def _deploy_fact(store: Store) -> str:
    facts = list_facts(store, event="DEPLOY_TROOPS", entity="North Korea")
    assert len(facts) == 1
    return str(facts[0]["id"])


def _sentences_with(briefing: Briefing, *words: str) -> list[str]:
    return [s.text for s in briefing.sentences() if all(w in s.text for w in words)]


def test_german_briefing_names_each_source_with_its_own_figure_and_hedge(store: Store) -> None:
    briefing = make_briefing(store, Selection(fact=_deploy_fact(store)), "de")
    # NIS: 12.000 with the reportative "sollen", in the seed's own frame
    assert _sentences_with(briefing, "südkoreanischen Nachrichtendienstes", "sollen", "12.000")
    # Budanow: "rund 11.000" and the hedge "könnten"
    assert _sentences_with(briefing, "Kyrylo Budanow", "rund 11.000", "könnten")
    # ISW: "hunderten" soldiers
    assert _sentences_with(briefing, "US-Denkfabrik ISW", "hunderten")
    # the lead: every figure beside its source, none averaged, the hedges marked
    lead = briefing.sections[0].lead
    figures = next(s.text for s in lead if s.text.startswith("Die Zahlen gehen auseinander"))
    assert (
        "angeblich 12.000 Soldaten nach Erkenntnissen des südkoreanischen Nachrichtendienstes"
        in figures
    )
    assert "möglicherweise rund 11.000 Infanteristen nach Angaben von Kyrylo Budanow" in figures
    assert "hunderte Soldaten nach Angaben der US-Denkfabrik ISW" in figures
    assert "rund 3.000 Soldaten nach Angaben des südkoreanischen Geheimdienstes NIS" in figures
    # the English report of 13 November names Blinken as the source of its figure
    assert "mehr als 10.000 Soldaten nach Angaben von Antony Blinken (13. November)" in figures
    # denials are named as such
    denials = next(s.text for s in lead if s.text.startswith("Dementiert"))
    assert "der Kreml" in denials and "Kremlsprecher Dmitri Peskow" in denials
    headings = [p.heading for p in briefing.sections[0].paragraphs]
    assert "Dementis und Widerspruch" in headings
    # reported speech in the Konjunktiv
    assert _sentences_with(briefing, "Der Truppeneinsatz habe bereits begonnen")
    assert briefing.sections[0].headline.text.startswith("Truppen aus Nordkorea für Russland")


def test_english_briefing_keeps_approximations_and_hedges(store: Store) -> None:
    briefing = make_briefing(store, Selection(fact=_deploy_fact(store)), "en")
    text = render(briefing, "md")
    assert "reportedly 12,000 soldiers according to the National Intelligence Service" in text
    assert "possibly about 11,000 infantrymen according to Kyrylo Budanov" in text
    assert "hundreds of soldiers according to the Institute for the Study of War" in text
    assert _sentences_with(briefing, "National Intelligence Service", "about 3,000")
    assert _sentences_with(briefing, "Mark Rutte", "could not yet confirm")
    assert "Denials came from Russia" in text
    assert text.index("## Sources") > text.index("Denials and contradictions")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_sentence_traces_to_its_claims(store: Store, language: str) -> None:
    selection = Selection(entity="North Korea")
    briefing = make_briefing(store, selection, language)
    claims = {c.id: c for f in select_facts(store, selection) for c in f.claims}
    checks = check_briefing(briefing, claims, KnowledgeBase.default())
    assert len(checks) > 20
    assert [(c.numbers, c.names, c.sentence.text) for c in checks if not c.traceable] == []
    for sentence in briefing.sentences():
        for trace in sentence.traces:
            document = store.document(trace.document)
            assert document is not None
            assert document["text"][trace.start : trace.end] == trace.text


def test_query_and_since_select_facts_and_claims(store: Store) -> None:
    fought = make_briefing(store, Selection(query="Kämpfe OR combat"), "de")
    assert [s.headline.text for s in fought.sections] == [
        "Kämpfe: Nordkorea gegen die ukrainischen Streitkräfte"
    ]
    late = make_briefing(store, Selection(fact=_deploy_fact(store), since="2024-11-01"), "de")
    cited = {c for s in late.sentences() for c in s.claims}
    dates = {
        c.date
        for f in select_facts(store, Selection(fact=_deploy_fact(store)))
        for c in f.claims
        if c.id in cited
    }
    assert dates and min(d or "" for d in dates) >= "2024-11-01"
    assert all(s.date and s.date >= "2024-11-01" for s in late.sources)


def test_the_check_finds_a_number_and_a_name_no_claim_holds(store: Store) -> None:
    selection = Selection(fact=_deploy_fact(store))
    briefing = make_briefing(store, selection, "de")
    claims = {c.id: c for f in select_facts(store, selection) for c in f.claims}
    first = briefing.sections[0].paragraphs[0].sentences[0]
    first.text += " Berlin nennt 13.500 Soldaten."
    bad = [c for c in check_briefing(briefing, claims, KnowledgeBase.default()) if not c.traceable]
    assert len(bad) == 1
    assert bad[0].numbers == ["13.500"] and "Berlin" in bad[0].names


def test_eval_scores_the_store(store: Store) -> None:
    score = score_store(store)
    assert score.traceability == 1.0
    assert score.absent == 0
    assert score.source_recall >= 0.9 and score.figure_recall >= 0.9
    assert format_lines(score)[-1].startswith("brief: ")


def test_cli_writes_json_with_claims_and_spans(db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["brief", "--db", str(db), "--entity", "North Korea", "--lang", "en", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["language"] == "en"
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    assert sentences and all(s["claims"] and s["spans"] for s in sentences)
    assert {"document", "start", "end", "text", "claim"} <= set(sentences[0]["spans"][0])
    assert data["sources"] and all(s["date"] for s in data["sources"])

    missing = runner.invoke(app, ["brief", "--db", str(db), "--fact", "Fnope"])
    assert missing.exit_code == 1 and "no fact 'Fnope'" in missing.output
    bad_lang = runner.invoke(app, ["brief", "--db", str(db), "--lang", "fr"])
    assert bad_lang.exit_code == 2
    absent = db.parent / "absent.db"
    for args in (["brief", "--db", str(absent)], ["eval", "brief", "--db", f"sqlite:///{absent}"]):
        assert runner.invoke(app, args).exit_code == 2
    assert not absent.exists()

    evaluated = runner.invoke(app, ["eval", "brief", "--db", str(db)])
    assert evaluated.exit_code == 0, evaluated.output
    assert "traceable 100.0%" in evaluated.output.strip().splitlines()[-1]


def test_html_escapes_text_from_the_web() -> None:
    hostile = '<script>alert("x")</script> & Co'
    sentence = Sentence(hostile, [1], [Trace(1, "d1", 0, 5, "<b>x")])
    briefing = Briefing(
        "de",
        hostile,
        [Section("F1", sentence, [sentence], [Paragraph([sentence], "<i>")])],
        [SourceDocument("d1", hostile, "2024-10-18", "<o>", "javascript:alert(1)", "de")],
    )
    page = to_html(briefing)
    assert "<script>" not in page and "<i>" not in page and "<o>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript' not in page
    assert re.search(r'data-claims="1" data-spans="d1:0-5"', page)
