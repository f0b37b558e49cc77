"""Frozen encoder states of task documents, computed once and cached on disk in chunks.

Per token: the states of :data:`LAYERS` at its first piece, each sentence encoded on its
own (as :mod:`lagebild.nlp.encoder_ner` does), stored as float16. A cache directory holds
one ``encoded-NNN.npz`` per :data:`CHUNK` documents (in the order given); a chunk whose
document names differ is computed again, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import spacy

from lagebild.spkatt.convert import spacy_doc
from lagebild.spkatt.io import SpkAttDocument

if TYPE_CHECKING:
    from lagebild.nlp.encoder import Encoder

log = logging.getLogger(__name__)

LAYERS = (4, 6, 8, 10, 12)
CHUNK = 50
Half = npt.NDArray[np.float16]
Progress = Callable[[int], None]


def encode_documents(
    documents: Sequence[SpkAttDocument], lang: str = "de", encoder: Encoder | None = None
) -> list[list[Half]]:
    """Per document, per sentence a (tokens, 384 * len(LAYERS)) float16 array (``encoder``:
    the wheel's unless given, e.g. one with a model's tuned layers)."""
    from lagebild.nlp.encoder import load_encoder

    encoder = encoder or load_encoder()
    blank = spacy.blank(lang)
    spans = []
    owners = []
    for n, document in enumerate(documents):
        doc, _ = spacy_doc(blank, document)
        for sent in doc.sents:
            spans.append(sent)
            owners.append(n)
    vectors = encoder.token_vectors(spans, LAYERS, "first")
    out: list[list[Half]] = [[] for _ in documents]
    for n, v in zip(owners, vectors, strict=True):
        out[n].append(v.astype(np.float16))
    for n, document in enumerate(documents):  # sentences without tokens get no span
        if len(out[n]) != len(document.sentences):
            out[n] = _fill_empty(document, out[n])
    return out


def _fill_empty(document: SpkAttDocument, states: list[Half]) -> list[Half]:
    it = iter(states)
    width = states[0].shape[1] if states else 384 * len(LAYERS)
    return [
        next(it) if s.tokens else np.zeros((0, width), dtype=np.float16) for s in document.sentences
    ]


def cached_states(
    documents: Sequence[SpkAttDocument],
    directory: str | Path,
    lang: str = "de",
    progress: Progress | None = None,
) -> list[list[Half]]:
    """The encoder states of ``documents`` (as :func:`encode_documents`), read from the
    chunks in ``directory`` where there, computed and written where not."""
    out_dir = Path(directory)
    out_dir.mkdir(parents=True, exist_ok=True)
    out: list[list[Half]] = []
    for k, a in enumerate(range(0, len(documents), CHUNK)):
        chunk = documents[a : a + CHUNK]
        path = out_dir / f"encoded-{k:03d}.npz"
        states = _read_chunk(path, [d.name for d in chunk])
        if states is None:
            states = encode_documents(chunk, lang)
            _write_chunk(path, [d.name for d in chunk], states)
            log.info("%s: %d documents encoded", path, len(chunk))
        out.extend(states)
        if progress is not None:
            progress(len(chunk))
    return out


def _write_chunk(path: Path, names: list[str], states: list[list[Half]]) -> None:
    lengths = [len(s) for doc in states for s in doc]
    sentences = [len(doc) for doc in states]
    flat = [s for doc in states for s in doc]
    x = np.concatenate(flat) if flat else np.zeros((0, 384 * len(LAYERS)), np.float16)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, x=x, names=np.array(names), sentences=np.array(sentences),
             lengths=np.array(lengths), layers=np.array(LAYERS))  # fmt: skip
    tmp.replace(path)


def _read_chunk(path: Path, names: list[str]) -> list[list[Half]] | None:
    if not path.exists():
        return None
    with np.load(path) as data:
        if [str(n) for n in data["names"]] != names or tuple(data["layers"]) != LAYERS:
            return None
        x, sentences, lengths = data["x"], data["sentences"], data["lengths"]
    out: list[list[Half]] = []
    at = row = 0
    for count in sentences:
        doc = []
        for n in lengths[at : at + count]:
            doc.append(x[row : row + n])
            row += int(n)
        at += int(count)
        out.append(doc)
    return out
