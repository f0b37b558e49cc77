"""Fine-tuning the encoder's top layers together with the attribution tagger's head (issue 21).

The training itself is :mod:`lagebild.learned.tune` (what ``lagebild train attribution``
runs); this script keeps the names ``training/spkatt_cv.py`` (approach ``encoder-tuned``)
imports and the command line of the earlier sessions:

    python training/attribution_tune.py ../shared/data/spkatt2023/train --corpus spkatt \
        --out models/spkatt-attribution-de --cache training/output/attribution/spkatt-encoded \
        --checkpoint training/output/attribution/ship-ckpt --minutes 1

(exit status 3 when it stopped between epochs: run it again to resume).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported

import argparse
import logging
import sys
import time
from pathlib import Path

from lagebild.learned.tune import (  # noqa: F401 (the names training/spkatt_cv.py imports)
    BELOW,
    TOP,
    WIDTH,
    SentencePieces,
    TunedTagger,
    TuneOptions,
    encode_pieces,
    frozen_start,
    piece_states,
    save_model,
    train_tuned,
    tune,
    tuned_states,
)


def main(argv: list[str] | None = None) -> int:
    from lagebild.learned.training import corpus_options

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--corpus", choices=["spkatt", "polnear"], required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True, help="views, states, pieces")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--checkpoint", type=Path, help="per-epoch checkpoints (resumable)")
    parser.add_argument("--minutes", type=float, help="stop after the epoch that ends past it")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    until = time.monotonic() + args.minutes * 60 if args.minutes else None
    options = TuneOptions(epochs=args.epochs, lr=args.lr)
    done = train_tuned(
        args.corpus,
        args.directory,
        args.out,
        args.cache,
        corpus_options(args.corpus),
        options,
        until=until,
        checkpoint=args.checkpoint,
    )
    return 0 if done is not None else 3


if __name__ == "__main__":
    sys.exit(main())
