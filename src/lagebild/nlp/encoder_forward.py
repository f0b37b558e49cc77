"""The encoder's forward pass in numpy (fp32): a BERT-style stack over padded batches.

Embeddings (word + position from 0 + token type 0, layer norm), then per layer
self-attention and a GELU feed-forward block, each added back and layer-normalized.
Returns the hidden states of the asked-for layers (0: the embeddings, 12: the last).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from lagebild.nlp.encoder_weights import EncoderWeights, Floats, Layer


def layer_norm(x: Floats, weight: Floats, bias: Floats, eps: float) -> Floats:
    """Layer normalization over the last axis."""
    mean = x.mean(axis=-1, keepdims=True)
    centered = x - mean
    var = (centered * centered).mean(axis=-1, keepdims=True)
    return (centered / np.sqrt(var + eps) * weight + bias).astype(np.float32)


def gelu(x: Floats) -> Floats:
    """GELU with the exact erf (Abramowitz-Stegun 7.1.26, error below 1.5e-7)."""
    z = np.abs(x) * np.float32(0.70710678)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return (0.5 * x * (1.0 + erf)).astype(np.float32)


def embed(weights: EncoderWeights, ids: npt.NDArray[np.int64]) -> Floats:
    """The embeddings (layer 0) of padded ``ids`` (batch, length): word + position + token
    type 0, layer-normalized."""
    cfg = weights.config
    length = ids.shape[1]
    if length > cfg.max_positions:
        raise ValueError(f"{length} pieces exceed the encoder's {cfg.max_positions} positions")
    x = weights.word(ids) + weights.position[:length] + weights.token_type[0]
    return layer_norm(x, *weights.embedding_norm, cfg.eps)


def attention_bias(mask: npt.NDArray[np.bool_]) -> Floats:
    """The additive attention mask (batch, 1, 1, length): padding keys get -inf-like scores."""
    return np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]


def forward(
    weights: EncoderWeights,
    ids: npt.NDArray[np.int64],
    mask: npt.NDArray[np.bool_],
    layers: Sequence[int],
) -> dict[int, Floats]:
    """Hidden states (batch, length, hidden) of ``layers`` for padded ``ids`` (batch,
    length) whose real tokens are ``mask``."""
    cfg = weights.config
    x = embed(weights, ids)
    wanted = set(layers)
    out: dict[int, Floats] = {0: x} if 0 in wanted else {}
    bias = attention_bias(mask)
    last = max(wanted)
    for n, layer in enumerate(weights.layers[:last], start=1):
        x = _layer(layer, x, bias, cfg.heads, cfg.eps)
        if n in wanted:
            out[n] = x
    return out


def _layer(layer: Layer, x: Floats, bias: Floats, heads: int, eps: float) -> Floats:
    b, n, h = x.shape
    hd = h // heads
    vec = layer.vectors

    def split(m: Floats) -> Floats:
        return m.reshape(b, n, heads, hd).transpose(0, 2, 1, 3)

    flat = x.reshape(b * n, h)
    q = split(flat @ layer.q.T + vec["q.b"])
    k = split(flat @ layer.k.T + vec["k.b"])
    v = split(flat @ layer.v.T + vec["v.b"])
    scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(hd)) + bias
    scores -= scores.max(axis=-1, keepdims=True)
    probs = np.exp(scores)
    probs /= probs.sum(axis=-1, keepdims=True)
    context = (probs @ v).transpose(0, 2, 1, 3).reshape(b * n, h)
    flat = layer_norm(flat + context @ layer.ao.T + vec["ao.b"], vec["aln.w"], vec["aln.b"], eps)
    mid = gelu(flat @ layer.fi.T + vec["fi.b"])
    out = layer_norm(flat + mid @ layer.fo.T + vec["fo.b"], vec["oln.w"], vec["oln.b"], eps)
    return out.reshape(b, n, h)
