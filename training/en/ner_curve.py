"""NER learning curve on the English held-out part: F1 against the share of training data.

Trains the NER alone (its own tok2vec, same features as training/en/config.cfg) on 25 %,
50 % and 100 % of the training documents (every fourth, every second, all; fixed order)
for a fixed number of epochs, and scores each model strictly on the held-out part.
Shows how far more annotated sentences would carry the NER (MODELS.md (English)).

    OMP_NUM_THREADS=1 python training/en/ner_curve.py [--epochs 15]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.cli.train import train
from spacy.tokens import DocBin
from spacy.training import Corpus

CORPUS = Path("training/corpus/en")
CONFIG = Path("training/en/config.cfg")
SHARES = {"25%": 4, "50%": 2, "100%": 1}


def subset(every: int) -> Path:
    """Every ``every``-th training document as its own corpus file."""
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(CORPUS / "train.spacy").get_docs(nlp.vocab))
    path = CORPUS / f"train-every{every}.spacy"
    DocBin(docs=docs[::every], store_user_data=False).to_disk(path)
    return path


def main() -> None:
    """Train and score one NER per share; print one line each and a JSON summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=Path("training/output/en-curve"))
    args = parser.parse_args()
    results = {}
    for share, every in SHARES.items():
        output = args.out / share.rstrip("%")
        overrides = {
            "paths.train": str(subset(every)),
            "paths.dev": str(CORPUS / "tune.spacy"),
            "paths.vectors": str(CORPUS / "vectors"),
            "nlp.pipeline": ["tok2vec", "ner"],
            "training.max_epochs": args.epochs,
            "training.score_weights": {"ents_f": 1.0},
        }
        train(CONFIG, output, overrides=overrides)
        nlp = spacy.load(output / "model-best")
        scores = nlp.evaluate(list(Corpus(str(CORPUS / "heldout.spacy"))(nlp)))
        results[share] = {k: round(scores[k], 4) for k in ("ents_p", "ents_r", "ents_f")}
        print(share, results[share], flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
