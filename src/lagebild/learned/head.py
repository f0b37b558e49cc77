"""The tagging head: per token a BIO tag for each role, from one small MLP.

Input rows are a token's features (:mod:`lagebild.learned.inputs`), standardized; one
hidden ReLU layer (or none) feeds four softmaxes over ``O``/``B``/``I``, one per role
(cue, source, message, addressee), so roles may overlap. Each role's tags of a sentence
are decoded by Viterbi under BIO constraints (:func:`lagebild.nlp.encoder_ner.viterbi_bio`).
Trained with Adam on the summed cross-entropies, fixed seed (:func:`fit`).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lagebild.nlp.bio import viterbi_bio
from lagebild.nlp.npz_heads import dense_arrays, dense_layers, floats, mlp, open_npz

log = logging.getLogger(__name__)

ROLE_CODES = ("C", "S", "M", "A")  # cue, source, message, addressee
BIO = ("O", "B", "I")
Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class HeadOptions:
    """Shape and training of the head.

    hidden: units of the hidden ReLU layer (0: a linear head); epochs, batch, lr, l2:
    Adam's schedule; dropout: of the input features while training; seed: the one
    random seed (initialization, batch order, dropout); role_weight: the weight in the
    loss of a token that holds a role (``B`` or ``I``), by role code (class weights;
    1 where unset).
    """

    hidden: int = 256
    epochs: int = 6
    batch: int = 256
    lr: float = 1e-3
    l2: float = 1e-4
    dropout: float = 0.1
    seed: int = 0
    role_weight: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class RoleHead:
    """Standardization, the MLP's layers, and the tag scores they give."""

    mean: Floats
    scale: Floats
    weights: list[Floats]  # each (in, out); the last has 3 * len(ROLE_CODES) outputs
    biases: list[Floats]
    roles: tuple[str, ...] = field(default=ROLE_CODES)

    def log_probs(self, x: Floats) -> Floats:
        """(tokens, roles, 3) log-probabilities of ``O``/``B``/``I`` per role."""
        h = mlp((x.astype(np.float32) - self.mean) / self.scale, self.weights, self.biases)
        h = h.reshape(len(x), len(self.roles), len(BIO))
        h = h - h.max(axis=2, keepdims=True)
        return (h - np.log(np.exp(h).sum(axis=2, keepdims=True))).astype(np.float32)

    def decode(
        self,
        x: Floats,
        o_bias: float = 0.0,
        role_bias: Mapping[str, float] | None = None,
        o_shift: Floats | None = None,
    ) -> list[dict[str, str]]:
        """Per token of one sentence the tag (``O``/``B``/``I``) of each role; a positive
        ``o_bias`` lowers the score of ``O`` (recall for precision), ``role_bias`` lowers
        it further for some roles (by role code), ``o_shift`` (tokens, roles) per token."""
        if not len(x):
            return []
        scores = self.log_probs(x)
        if o_bias:
            scores[:, :, 0] -= o_bias
        if o_shift is not None:
            scores[:, :, 0] -= o_shift
        for r, role in enumerate(self.roles):
            scores[:, r, 0] -= (role_bias or {}).get(role, 0.0)
        tags = [f"{t}-X" if t != "O" else "O" for t in BIO]
        out: list[dict[str, str]] = [{} for _ in range(len(x))]
        for r, role in enumerate(self.roles):
            for t, tag in enumerate(viterbi_bio(scores[:, r, :], tags)):
                out[t][role] = tag[0]
        return out

    def save(self, path: Path) -> None:
        """The head as one .npz file."""
        arrays: dict[str, Any] = dense_arrays(self.weights, self.biases)
        arrays |= {"mean": self.mean, "scale": self.scale, "roles": np.array(self.roles)}
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> RoleHead:
        """A head written by :meth:`save`."""
        with open_npz(path, "attribution tagging head") as data:
            weights, biases = dense_layers(data)
            return cls(
                mean=floats(data, "mean"),
                scale=floats(data, "scale"),
                weights=weights,
                biases=biases,
                roles=tuple(str(r) for r in data["roles"]),
            )


def fit(
    x: npt.NDArray[Any],
    y: Ints,
    options: HeadOptions | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> RoleHead:
    """Train a head on token rows ``x`` (tokens, features) with tags ``y`` (tokens, roles)
    as indices into :data:`BIO`; ``progress(epoch, mean loss)`` after every epoch."""
    options = options or HeadOptions()
    rng = np.random.default_rng(options.seed)
    n_roles = y.shape[1]
    mean = x.mean(axis=0, dtype=np.float64).astype(np.float32)
    scale = (x.std(axis=0, dtype=np.float64) + 1e-3).astype(np.float32)
    dims = [x.shape[1], *([options.hidden] if options.hidden else []), n_roles * len(BIO)]
    weights = [
        (rng.standard_normal((a, b)) * np.sqrt(2.0 / a)).astype(np.float32)
        for a, b in itertools.pairwise(dims)
    ]
    biases = [np.zeros(b, dtype=np.float32) for b in dims[1:]]
    params = [*weights, *biases]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step = 0
    rows = np.arange(options.batch)[:, None]
    cols = np.arange(n_roles)[None, :]
    # per role and gold tag the weight of a token's loss: O 1, B/I the role's weight
    weight = np.ones((n_roles, len(BIO)), dtype=np.float32)
    for code, role in enumerate(ROLE_CODES[:n_roles]):
        weight[code, 1:] = options.role_weight.get(role, 1.0)
    for epoch in range(1, options.epochs + 1):
        order = rng.permutation(len(x))
        total = 0.0
        for a in range(0, len(x), options.batch):
            idx = order[a : a + options.batch]
            h = (x[idx].astype(np.float32) - mean) / scale
            if options.dropout:
                keep = rng.random(h.shape, dtype=np.float32) >= options.dropout
                h = h * keep / np.float32(1 - options.dropout)
            acts = [h]
            for i, (w, b) in enumerate(zip(weights, biases, strict=True)):
                h = h @ w + b
                if i < len(weights) - 1:
                    h = np.maximum(h, 0)
                acts.append(h)
            logits = h.reshape(len(idx), n_roles, len(BIO))
            p = np.exp(logits - logits.max(axis=2, keepdims=True))
            p /= p.sum(axis=2, keepdims=True)
            r, c = rows[: len(idx)], cols
            tw = weight[c, y[idx]]
            total += float((-np.log(p[r, c, y[idx]] + 1e-9) * tw).sum())
            p[r, c, y[idx]] -= 1
            grad = (p * tw[:, :, None]).reshape(len(idx), -1) / len(idx)
            grads_w: list[Floats] = [grad] * len(weights)
            grads_b: list[Floats] = [grad] * len(weights)
            for i in reversed(range(len(weights))):
                grads_w[i] = acts[i].T @ grad + options.l2 * weights[i]
                grads_b[i] = grad.sum(axis=0)
                if i:
                    grad = (grad @ weights[i].T) * (acts[i] > 0)
            step += 1
            for k, (param, g) in enumerate(zip(params, [*grads_w, *grads_b], strict=True)):
                m[k] = 0.9 * m[k] + 0.1 * g
                v[k] = 0.999 * v[k] + 0.001 * g * g
                param -= (
                    options.lr
                    * (m[k] / (1 - 0.9**step))
                    / (np.sqrt(v[k] / (1 - 0.999**step)) + 1e-8)
                )
        loss = total / max(len(x), 1)
        log.info("epoch %d: loss %.4f", epoch, loss)
        if progress is not None:
            progress(epoch, loss)
    return RoleHead(mean, scale, weights, biases, tuple(ROLE_CODES[:n_roles]))
