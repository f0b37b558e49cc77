"""The sequence head of ``lagebild_encoder_ner``: a BiLSTM with BIO transition scores.

A sentence's word features (the encoder layers in :attr:`LstmCrfHead.layers` at each word's
first piece, concatenated) are standardized, projected to a smaller width with a ReLU, read
by one bidirectional LSTM layer (each word then sees the whole sentence, both ways), and
mapped to a score per BIO tag; the best tag sequence under the learned transition, start
and end scores (a linear-chain CRF's), with BIO's forbidden steps excluded, is decoded.
Trained in torch by ``training/encoder/train_lstm.py``; inference is numpy only, the same
arithmetic as torch's ``nn.LSTM`` (gates in the order input, forget, cell, output).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lagebild.errors import ModelNotFoundError
from lagebild.nlp.bio import viterbi_bio

Floats = npt.NDArray[np.float32]
KIND = "bilstm-crf"


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

    def emissions(self, x: Floats) -> Floats:
        """Per-word tag scores (words, tags) of one sentence's feature rows."""
        h = (x.astype(np.float32) - self.mean) / self.scale
        h = np.maximum(h @ self.proj_w + self.proj_b, 0)
        both = np.concatenate([self.forward.run(h), self.backward.run(h, reverse=True)], axis=1)
        return (both @ self.out_w + self.out_b).astype(np.float32)

    def decode(self, x: Floats) -> list[str]:
        """The best BIO-valid tag sequence of one sentence's words."""
        if not len(x):
            return []
        return viterbi_bio(
            self.emissions(x), self.tags, self.transitions, start=self.start, end=self.end
        )

    def save(self, path: Path) -> None:
        """Write the head as one .npz file."""
        arrays: dict[str, Any] = {
            "kind": np.array(KIND),
            "tags": np.array(self.tags),
            "layers": np.array(self.layers),
            "mean": self.mean,
            "scale": self.scale,
            "transitions": self.transitions,
            "start": self.start,
            "end": self.end,
        }
        for name in ("proj_w", "proj_b", "out_w", "out_b"):
            arrays[name] = getattr(self, name)
        for prefix, lstm in (("fw", self.forward), ("bw", self.backward)):
            for name in ("w_ih", "w_hh", "bias"):
                arrays[f"{prefix}_{name}"] = getattr(lstm, name)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> LstmCrfHead:
        """Read a head written by :meth:`save`."""
        if not path.exists():
            raise ModelNotFoundError(f"no encoder NER head at {path}")
        with np.load(path) as data:

            def f(name: str) -> Floats:
                return data[name].astype(np.float32)

            def lstm(prefix: str) -> LstmWeights:
                return LstmWeights(f(f"{prefix}_w_ih"), f(f"{prefix}_w_hh"), f(f"{prefix}_bias"))

            return cls(
                tags=[str(t) for t in data["tags"]],
                layers=tuple(int(n) for n in data["layers"]),
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
            )


def is_lstm_head(path: Path) -> bool:
    """Whether the .npz at ``path`` holds an :class:`LstmCrfHead`."""
    with np.load(path) as data:
        return "kind" in data.files and str(data["kind"]) == KIND


def _sigmoid(x: Floats) -> Floats:
    return (0.5 * (np.tanh(0.5 * x) + 1.0)).astype(np.float32)
