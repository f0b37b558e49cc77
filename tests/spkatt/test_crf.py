"""The trained SpkAtt tagger: labels from gold, spans back, training and predicting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from lagebild.evaluate.spkatt import evaluate_dirs, score_document
from lagebild.nlp.parsing import shipped_model_path
from lagebild.spkatt.assemble import FormTable, assemble
from lagebild.spkatt.features import DocumentView, document_view, sentence_features
from lagebild.spkatt.io import SpkAttDocument, read_document
from lagebild.spkatt.predict import predict_dir
from lagebild.spkatt.tags import gold_tags, role_spans

pytest.importorskip("pycrfsuite")

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "spkatt2023" / "train"
FIT = ("84621", "9098", "10022", "10057")
HELD_OUT = "59630"

needs_spkatt = pytest.mark.skipif(
    not (TRAIN / "59630.json").exists(), reason="SpkAtt-2023 data not beside the checkout"
)


def test_role_spans_follow_a_role_through_overlaps_and_split_at_b() -> None:
    labels = ["O", "B-M", "I-M", "B-SM", "I-SM", "B-M", "O", "B-M", "B-M", "I-M"]
    assert role_spans(labels, "M") == [[1, 2, 3, 4, 5], [7], [8, 9]]
    assert role_spans(labels, "S") == [[3, 4]]
    assert role_spans(labels, "C") == []


def test_cue_verbs_take_their_particle_and_auxiliary() -> None:
    from lagebild.spkatt.crf import complete_verbal_cues

    words = [
        ["Die", "Polizei", "gab", "am", "Morgen", "bekannt", ",", "dass", "..."],
        ["Er", "hat", "gestern", "gesagt", ",", "er", "komme", "."],
        ["Er", "hat", "gestern", "gesagt", "."],
    ]
    tags = [
        ["ART", "NN", "VVFIN", "APPRART", "NN", "PTKVZ", "$,", "KOUS", "$("],
        ["PPER", "VAFIN", "ADV", "VVPP", "$,", "PPER", "VVFIN", "$."],
        ["PPER", "VAFIN", "ADV", "VVPP", "$."],
    ]
    view = DocumentView(words, words, tags)
    labels = [
        ["B-S", "I-S", "B-C", "O", "O", "O", "O", "B-M", "I-M"],
        ["B-S", "O", "O", "B-C", "O", "B-M", "I-M", "I-M"],
        ["O", "O", "O", "O", "O"],
    ]
    done = complete_verbal_cues(view, labels)
    assert [i for i, label in enumerate(done[0]) if label.endswith("C")] == [2, 5]
    assert [i for i, label in enumerate(done[1]) if label.endswith("C")] == [1, 3]
    assert done[2] == labels[2] and labels[0][5] == "O"  # no cue, nothing added; input kept


@needs_spkatt
def test_gold_tags_assemble_back_to_the_gold_roles() -> None:
    document = read_document(TRAIN / f"{HELD_OUT}.json")
    tags = gold_tags(document)
    assert [len(t) for t in tags] == [len(s.tokens) for s in document.sentences]
    rebuilt = SpkAttDocument(document.name, document.sentences, [])
    rebuilt.annotations = assemble(rebuilt, tags, [], FormTable.learn([document]))
    scores = score_document(document, rebuilt)
    for role in ("Message", "Cue", "Source"):
        assert scores.roles[role].f1 == 1.0, role
    assert scores.annotations.f1 >= 0.8


@needs_spkatt
def test_features_mark_the_lexicon_cue_and_the_rules_roles(nlp_de: Language) -> None:
    document = read_document(TRAIN / f"{HELD_OUT}.json")
    view = document_view(nlp_de, document)
    first = sentence_features(view, 0)
    nach = next(i for i, w in enumerate(document.sentences[0].tokens) if w == "Nach")
    assert "lex=prep" in first[nach] and "rule=C" in first[nach]
    plain = sentence_features(view, 0, rules=False)
    assert not any(f.startswith("rule") for token in plain for f in token)


@needs_spkatt
def test_train_on_four_documents_and_predict_another(nlp_de: Language, tmp_path: Path) -> None:
    from lagebild.spkatt.crf import CrfOptions, CrfTagger

    documents = [read_document(TRAIN / f"{name}.json") for name in FIT]
    views = [document_view(nlp_de, d) for d in documents]
    model = tmp_path / "model"
    CrfTagger.train(views, documents, model, CrfOptions(max_iterations=30))
    assert "CC BY-NC-SA 4.0" in (model / "LICENSE.txt").read_text(encoding="utf-8")
    tagger = CrfTagger.load(model)
    assert tagger.options.max_iterations == 30 and tagger.forms.forms

    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(TRAIN / f"{HELD_OUT}.json", gold)
    assert predict_dir(gold, tmp_path / "pred", nlp_de, tagger=tagger) == 1
    predicted = read_document(tmp_path / "pred" / f"{HELD_OUT}.json")
    assert predicted.annotations and all(a.message for a in predicted.annotations)
    scores = evaluate_dirs(gold, tmp_path / "pred")
    assert scores.documents == 1
    message = scores.roles["Message"]
    assert message.tp > 0 and 0.0 < message.f1 <= 1.0
    assert scores.annotations.tp + scores.annotations.fn == len(
        read_document(TRAIN / f"{HELD_OUT}.json").top_level()
    )


@needs_spkatt
def test_commands_train_and_predict_with_model(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from lagebild.cli.spkatt import spkatt_app

    train, test = tmp_path / "train", tmp_path / "test"
    train.mkdir()
    test.mkdir()
    for name in FIT:
        shutil.copy(TRAIN / f"{name}.json", train)
    shutil.copy(TRAIN / f"{HELD_OUT}.json", test)
    app = typer.Typer()
    app.add_typer(spkatt_app, name="spkatt")
    runner = CliRunner()
    model = tmp_path / "model"
    result = runner.invoke(app, ["spkatt", "train", str(train), str(model), "--iterations", "20"])
    assert result.exit_code == 0, result.output
    assert "CC BY-NC-SA 4.0" in result.output
    pred = tmp_path / "pred"
    result = runner.invoke(app, ["spkatt", "predict", "--model", str(model), str(test), str(pred)])
    assert result.exit_code == 0, result.output
    assert read_document(pred / f"{HELD_OUT}.json").annotations
    missing = runner.invoke(
        app, ["spkatt", "predict", "--model", str(tmp_path), str(test), str(pred)]
    )
    assert missing.exit_code == 2 and "no SpkAtt tagger" in missing.output


@pytest.mark.skipif(shipped_model_path("de") is None, reason="no German pipeline shipped")
def test_dependency_features_place_tokens_under_the_cue_verb() -> None:
    from lagebild.spkatt.crf import trained_parser
    from lagebild.spkatt.features import dependency_features

    words = ["Der", "Minister", "sagte", ",", "die", "Lage", "sei", "ernst", "."]
    lemmas = ["der", "Minister", "sagen", ",", "der", "Lage", "sein", "ernst", "."]
    (feats,) = dependency_features(trained_parser(), [words], [lemmas])
    assert "cue.rel=nsubj" in feats[1]  # "Minister": the subject of the cue
    assert any(f.startswith("cue.has=nsubj") for f in feats[2])  # "sagte" has a subject
    # the reported clause hangs under the cue ("ernst" heads it, "sei" is its copula)
    assert "cue.rel=none" not in feats[6] and "cue.rel=none" not in feats[7]
    assert "cue.rel=nsubj" in feats[0]  # "Der" inside the subject
