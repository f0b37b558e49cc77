"""Static word features for the English tok2vec from Brown clusters (spacy-lookups-data).

UD English EWT gives only ~35,000 training words, too few to learn what names look like.
spacy-lookups-data (MIT) ships Brown clusters and log probabilities for a million English
word forms, computed on a large web corpus. This script turns the most frequent forms into
a small static-vectors table: the cluster's bit path (+1/-1, 0 past its end), a flag for
"has a cluster" and the scaled log probability. The tok2vec projects these with a trained
layer (``include_static_vectors = true``); the table itself is never updated.

Writes a blank English pipeline with those vectors to ``--out`` (the ``paths.vectors`` of
training/en/config.cfg).
"""

from __future__ import annotations

import argparse
import gzip
import json
from importlib import resources
from pathlib import Path

import numpy as np
import spacy
from spacy.vectors import Vectors

BITS = 18  # the longest cluster path in the table is 18 bits
WIDTH = BITS + 2


def load_table(name: str) -> dict[str, float]:
    """One English table of spacy-lookups-data (``lexeme_cluster``, ``lexeme_prob``)."""
    path = resources.files("spacy_lookups_data") / "data" / f"en_{name}.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        table: dict[str, float] = json.load(handle)
    return table


def features(cluster: int, logprob: float) -> np.ndarray:
    """The static vector of one word form: cluster path bits, known flag, log probability."""
    vector = np.zeros(WIDTH, dtype="float32")
    if cluster > 0:
        path = bin(cluster)[3:]  # drop "0b" and the leading 1 that marks the path's length
        for i, bit in enumerate(path[:BITS]):
            vector[i] = 1.0 if bit == "1" else -1.0
        vector[BITS] = 1.0
    vector[BITS + 1] = (logprob + 10.0) / 5.0
    return vector


def build(size: int, out: Path) -> int:
    """Save a blank English pipeline with vectors for the ``size`` most probable forms."""
    clusters = load_table("lexeme_cluster")
    probs = load_table("lexeme_prob")
    words = sorted(probs, key=lambda w: -probs[w])
    words = [w for w in words if w.strip()][:size]
    nlp = spacy.blank("en")
    data = np.stack([features(int(clusters.get(w, 0)), float(probs[w])) for w in words])
    nlp.vocab.vectors = Vectors(data=data, keys=[nlp.vocab.strings.add(w) for w in words])
    nlp.vocab.vectors.name = "en_brown_clusters"
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return len(words)


def main() -> None:
    """Build the vectors pipeline (default: the 50,000 most probable forms)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=Path("training/corpus/en/vectors"))
    args = parser.parse_args()
    print(f"{build(args.size, args.out)} word forms x {WIDTH} features -> {args.out}")


if __name__ == "__main__":
    main()
