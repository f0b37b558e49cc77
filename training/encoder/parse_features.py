"""Frozen encoder features of every word of the UD parsing splits, cached as .npz per part.

    python training/encoder/parse_features.py --data ../shared/data --out training/output/encoder

The splits are those of the fast German parser (training/Makefile, MODELS.md): train = UD
German GSD dev sentences 0-649 + PUD test (1,000), tune = GSD dev 650-798, held out = GSD
test (977). Multi-word tokens are merged as ``lagebild eval pos`` reads them. Per word: the
states of every layer (1-12) at its first piece, stored as float16 (tokens, 12 * 384); each
sentence is encoded on its own, as its text with the treebank's spacing.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc

from lagebild.evaluate.conllu import read_conllu
from lagebild.nlp.encoder import load_encoder

LAYERS = tuple(range(1, 13))
CHUNK = 64
SPLITS = {
    "train": [("de_gsd-ud-dev.conllu", 0, 650), ("de_pud-ud-test.conllu", 0, None)],
    "tune": [("de_gsd-ud-dev.conllu", 650, None)],
    "heldout": [("de_gsd-ud-test.conllu", 0, None)],
}


def gold_docs(data: Path, part: str) -> list[Doc]:
    """The gold sentences of one part (merged multi-word tokens, one sentence per Doc)."""
    vocab = spacy.blank("de").vocab
    docs: list[Doc] = []
    for name, start, end in SPLITS[part]:
        docs.extend(read_conllu(data / "ud-german" / name, vocab)[start:end])
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/output/encoder"))
    parser.add_argument("--parts", nargs="*", default=["tune", "train", "heldout"])
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    encoder = load_encoder()
    for part in args.parts:
        target = args.out / f"parse-{part}.npz"
        if target.exists():
            logging.info("%s exists, skipped", target)
            continue
        docs = gold_docs(args.data, part)
        started = time.time()
        features = []
        pieces = 0
        for i in range(0, len(docs), CHUNK):
            chunk = docs[i : i + CHUNK]
            pieces += sum(len(encoder.pieces(d.text)) + 2 for d in chunk)
            features.extend(v.astype(np.float16) for v in encoder.token_vectors(chunk, LAYERS))
        seconds = time.time() - started
        words = sum(len(d) for d in docs)
        logging.info(
            "%s: %d sentences, %d words, %d pieces in %.1f s (%.0f pieces/s, 12 layers)",
            part, len(docs), words, pieces, seconds, pieces / seconds,
        )  # fmt: skip
        np.savez(
            target,
            x=np.concatenate(features),
            lengths=np.array([len(d) for d in docs]),
            heads=np.array(
                [t.head.i - t.sent.start + 1 if t.head != t else 0 for d in docs for t in d]
            ),
            deps=np.array([t.dep_ for d in docs for t in d]),
            words=np.array([t.text for d in docs for t in d]),
            upos=np.array([t.pos_ for d in docs for t in d]),
        )


if __name__ == "__main__":
    main()
