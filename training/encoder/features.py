"""Frozen encoder features of every word of the NER splits, cached as .npz per split.

    python training/encoder/features.py de --data ../shared/data --out training/output/encoder

Per word: the states of the chosen layers (--layers; all of 1-8 by default, the head picks
its own among them) of its first piece, concatenated (384 floats per layer, stored as
float16); each sentence encoded on its own. --plain: every word followed by a space, as
``lagebild eval ner`` builds its Docs ("Berlin , sagte"; by default words are spaced as
``data.py``'s rules rejoin them, as articles write them: "Berlin, sagte"). --minutes
stops before a new shard once that long has passed (a shared machine's lock holds stay
short; rerun to go on).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import english, german, write_iob
from lagebild.nlp.encoder import load_encoder
from lagebild.nlp.encoder_ner import POOLING

STORED_LAYERS = range(1, 9)  # as deep as the shipped head's layers go: no extra encoder work
CHUNK = 64
SHARD = 1000  # sentences per file: a long part can be used while the rest is computed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("langs", nargs="+", choices=["de", "en"])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/output/encoder"))
    parser.add_argument("--parts", nargs="*", default=["tune", "heldout", "train"])
    parser.add_argument("--shards", type=int, default=None, help="at most N shards per part")
    parser.add_argument("--layers", type=int, nargs="+", default=list(STORED_LAYERS))
    parser.add_argument("--plain", action="store_true", help="a space after every word")
    parser.add_argument("--minutes", type=float, default=None, help="no new shard after this")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    encoder = load_encoder()
    begun = time.time()
    for lang in args.langs:
        splits = german(args.data) if lang == "de" else english(args.data)
        write_iob(args.out / f"{lang}-heldout.iob", splits["heldout"])
        vocab = spacy.blank(lang).vocab
        for part in args.parts:
            for n, a in enumerate(range(0, len(splits[part]), SHARD)):
                if args.shards is not None and n >= args.shards:
                    break
                target = args.out / f"{lang}-{part}-{n}.npz"
                if target.exists():
                    logging.info("%s exists, skipped", target)
                    continue
                if args.minutes is not None and time.time() - begun > 60 * args.minutes:
                    logging.info("%.0f minutes passed: stopping before %s", args.minutes, target)
                    return
                sentences = splits[part][a : a + SHARD]
                features = []
                started = time.time()
                for i in range(0, len(sentences), CHUNK):
                    docs = [
                        Doc(vocab, words=s.words, spaces=None if args.plain else s.spaces)
                        for s in sentences[i : i + CHUNK]
                    ]
                    vectors = encoder.token_vectors(docs, args.layers, POOLING)
                    features.extend(v.astype(np.float16) for v in vectors)
                    logging.info(
                        "%s: %d/%d sentences, %.0f s",
                        target.name,
                        i + len(docs),
                        len(sentences),
                        time.time() - started,
                    )
                lengths = np.array([len(s.words) for s in sentences])
                labels = np.array([t for s in sentences for t in s.tags])
                partial = target.with_name("." + target.name)  # not matched by the shard glob
                np.savez(partial, x=np.concatenate(features), lengths=lengths, tags=labels,
                         layers=np.array(args.layers))  # fmt: skip
                partial.rename(target)


if __name__ == "__main__":
    main()
