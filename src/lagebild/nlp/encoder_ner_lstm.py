"""The sequence head of ``lagebild_encoder_ner``: a BiLSTM with BIO transition scores.

A sentence's word features (the encoder layers in :attr:`LstmCrfHead.layers` at each word's
first piece, concatenated) are standardized, joined by the words' shape columns
(:mod:`lagebild.nlp.encoder_ner_shapes`) when the head was trained with them, projected to
a smaller width with a ReLU, read by one bidirectional LSTM layer (each word then sees the
whole sentence, both ways), and mapped to a score per BIO tag; the best tag sequence under
the learned transition, start and end scores (a linear-chain CRF's), with BIO's forbidden
steps excluded, is decoded.
Trained in torch by ``training/encoder/train_lstm.py``; inference is numpy only, the same
arithmetic as torch's ``nn.LSTM`` (gates in the order input, forget, cell, output).
:class:`LstmCrfEnsemble`: several such heads (trained from different seeds) whose tag,
transition, start and end scores are averaged before decoding.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lagebild.nlp.bio import viterbi_bio
from lagebild.nlp.npz_heads import floats, open_npz

Floats = npt.NDArray[np.float32]
KIND = "bilstm-crf"
ENSEMBLE_KIND = "bilstm-crf-ensemble"


@dataclass(frozen=True, slots=True)
class LstmWeights:
    """One direction of an LSTM layer, as torch stores it: ``w_ih`` (4H, in), ``w_hh``
    (4H, H) and the two biases summed (4H)."""

    w_ih: Floats
    w_hh: Floats
    bias: Floats

    def run(self, x: Floats, reverse: bool = False) -> Floats:
        """The hidden states (words, H) over the rows of ``x`` (words, in)."""
        hidden = self.w_hh.shape[1]
        gates_in = x @ self.w_ih.T + self.bias
        h = np.zeros(hidden, dtype=np.float32)
        c = np.zeros(hidden, dtype=np.float32)
        out = np.zeros((len(x), hidden), dtype=np.float32)
        steps = range(len(x) - 1, -1, -1) if reverse else range(len(x))
        for t in steps:
            g = gates_in[t] + self.w_hh @ h
            i, f = _sigmoid(g[:hidden]), _sigmoid(g[hidden : 2 * hidden])
            cell, o = np.tanh(g[2 * hidden : 3 * hidden]), _sigmoid(g[3 * hidden :])
            c = f * c + i * cell
            h = o * np.tanh(c)
            out[t] = h
        return out


@dataclass(frozen=True, slots=True)
class LstmCrfHead:
    """Standardization, projection + ReLU, a BiLSTM, tag scores and BIO transition scores."""

    tags: list[str]
    layers: tuple[int, ...]  # the encoder layers whose states the rows hold, in order
    mean: Floats
    scale: Floats
    proj_w: Floats  # (in, P)
    proj_b: Floats
    forward: LstmWeights
    backward: LstmWeights
    out_w: Floats  # (2H, tags)
    out_b: Floats
    transitions: Floats  # [previous, next]
    start: Floats
    end: Floats
    shapes: int = 0  # shape columns after the standardized features (0: none)

    def emissions(self, x: Floats, shapes: Floats | None = None) -> Floats:
        """Per-word tag scores (words, tags) of one sentence's feature rows (and its
        words' shape columns, needed when :attr:`shapes` is not 0)."""
        h = (x.astype(np.float32) - self.mean) / self.scale
        if self.shapes:
            if shapes is None or shapes.shape != (len(x), self.shapes):
                raise ValueError(f"this head needs {self.shapes} shape columns per word")
            h = np.concatenate([h, shapes.astype(np.float32)], axis=1)
        h = np.maximum(h @ self.proj_w + self.proj_b, 0)
        both = np.concatenate([self.forward.run(h), self.backward.run(h, reverse=True)], axis=1)
        return (both @ self.out_w + self.out_b).astype(np.float32)

    def decode(self, x: Floats, shapes: Floats | None = None) -> list[str]:
        """The best BIO-valid tag sequence of one sentence's words."""
        if not len(x):
            return []
        return viterbi_bio(
            self.emissions(x, shapes), self.tags, self.transitions, start=self.start, end=self.end
        )

    def save(self, path: Path) -> None:
        """Write the head as one .npz file."""
        np.savez_compressed(path, kind=np.array(KIND), **self.arrays())

    def arrays(self, prefix: str = "") -> dict[str, Any]:
        """The head's arrays by name (each name after ``prefix``), as :meth:`save` writes."""
        arrays: dict[str, Any] = {
            "tags": np.array(self.tags),
            "layers": np.array(self.layers),
            "mean": self.mean,
            "scale": self.scale,
            "transitions": self.transitions,
            "start": self.start,
            "end": self.end,
            "shapes": np.array(self.shapes),
        }
        for name in ("proj_w", "proj_b", "out_w", "out_b"):
            arrays[name] = getattr(self, name)
        for direction, lstm in (("fw", self.forward), ("bw", self.backward)):
            for name in ("w_ih", "w_hh", "bias"):
                arrays[f"{direction}_{name}"] = getattr(lstm, name)
        return {prefix + name: a for name, a in arrays.items()}

    @classmethod
    def load(cls, path: Path) -> LstmCrfHead:
        """Read a head written by :meth:`save`."""
        with open_npz(path, "encoder NER head") as data:
            return cls.from_arrays(data)

    @classmethod
    def from_arrays(cls, data: Any, prefix: str = "") -> LstmCrfHead:
        """The head whose arrays :meth:`arrays` named (after ``prefix``) in ``data``."""

        def f(name: str) -> Floats:
            return floats(data, prefix + name)

        def lstm(direction: str) -> LstmWeights:
            return LstmWeights(
                f(f"{direction}_w_ih"), f(f"{direction}_w_hh"), f(f"{direction}_bias")
            )

        shapes = int(data[prefix + "shapes"]) if prefix + "shapes" in data.files else 0
        return cls(
            tags=[str(t) for t in data[prefix + "tags"]],
            layers=tuple(int(n) for n in data[prefix + "layers"]),
            mean=f("mean"),
            scale=f("scale"),
            proj_w=f("proj_w"),
            proj_b=f("proj_b"),
            forward=lstm("fw"),
            backward=lstm("bw"),
            out_w=f("out_w"),
            out_b=f("out_b"),
            transitions=f("transitions"),
            start=f("start"),
            end=f("end"),
            shapes=shapes,
        )


@dataclass(frozen=True, slots=True)
class LstmCrfEnsemble:
    """Heads on the same layers and tags whose scores are averaged before one decoding."""

    members: list[LstmCrfHead]

    def __post_init__(self) -> None:
        first = self.members[0]
        for m in self.members[1:]:
            if m.tags != first.tags or m.layers != first.layers or m.shapes != first.shapes:
                raise ValueError("an ensemble's heads need the same tags, layers and shapes")

    @property
    def tags(self) -> list[str]:
        return self.members[0].tags

    @property
    def layers(self) -> tuple[int, ...]:
        """The encoder layers whose states the rows hold, in order."""
        return self.members[0].layers

    @property
    def shapes(self) -> int:
        """Shape columns the members read per word (0: none)."""
        return self.members[0].shapes

    def emissions(self, x: Floats, shapes: Floats | None = None) -> Floats:
        """The members' mean tag scores (words, tags)."""
        return np.mean([m.emissions(x, shapes) for m in self.members], axis=0).astype(np.float32)

    def decode(self, x: Floats, shapes: Floats | None = None) -> list[str]:
        """The best BIO-valid tag sequence under the members' mean scores."""
        if not len(x):
            return []

        def mean(name: str) -> Floats:
            return np.mean([getattr(m, name) for m in self.members], axis=0)

        return viterbi_bio(
            self.emissions(x, shapes),
            self.tags,
            mean("transitions"),
            start=mean("start"),
            end=mean("end"),
        )

    def save(self, path: Path) -> None:
        """Write the ensemble as one .npz file (member ``i``'s arrays prefixed ``m{i}_``)."""
        arrays: dict[str, Any] = {"kind": np.array(ENSEMBLE_KIND)}
        for i, m in enumerate(self.members):
            arrays |= m.arrays(f"m{i}_")
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> LstmCrfEnsemble:
        """Read an ensemble written by :meth:`save`."""
        with open_npz(path, "encoder NER head") as data:
            n = sum(1 for k in data.files if k.endswith("_tags"))
            return cls([LstmCrfHead.from_arrays(data, f"m{i}_") for i in range(n)])


def head_kind(path: Path) -> str | None:
    """The ``kind`` recorded in the .npz at ``path`` (None for the MLP head's files)."""
    with np.load(path) as data:
        return str(data["kind"]) if "kind" in data.files else None


def is_lstm_head(path: Path) -> bool:
    """Whether the .npz at ``path`` holds an :class:`LstmCrfHead` or an ensemble of them."""
    return head_kind(path) in (KIND, ENSEMBLE_KIND)


def load_lstm_head(path: Path) -> LstmCrfHead | LstmCrfEnsemble:
    """The single head or the ensemble saved at ``path``."""
    if head_kind(path) == ENSEMBLE_KIND:
        return LstmCrfEnsemble.load(path)
    return LstmCrfHead.load(path)


def _sigmoid(x: Floats) -> Floats:
    return (0.5 * (np.tanh(0.5 * x) + 1.0)).astype(np.float32)
