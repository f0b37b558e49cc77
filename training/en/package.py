"""Copy the best trained English pipeline into the package, with its model card metadata.

Reads ``<output>/model-best`` and the held-out scores ``<output>/heldout.json``, writes
``src/lagebild/models/en_lagebild`` (name, version, license, sources and held-out
scores in meta.json), replacing what was there.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

META = {
    "name": "lagebild",
    "version": "0.1.0",
    "description": (
        "Compact English CNN pipeline for lagebild: tagger (PTB), morphologizer (UPOS, UD "
        "features), edit-tree lemmatizer, dependency parser (UD), NER (PER, ORG, LOC). "
        "Trained on UD English EWT dev + half of EWT test with Universal NER labels; "
        "see MODELS.md (English)."
    ),
    "license": "CC BY-SA 4.0",
    "author": "lagebild",
    "sources": [
        {
            "name": "UD English EWT (dev, test)",
            "url": "https://universaldependencies.org/treebanks/en_ewt/",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "Universal NER English EWT (dev, test)",
            "url": "https://www.universalner.org/",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "spaCy lookups data: English Brown clusters and word probabilities",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT",
        },
    ],
}


def main() -> None:
    """Copy model-best to the package directory and write its meta.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=Path("training/output/en"))
    parser.add_argument("--dest", type=Path, default=Path("src/lagebild/models/en_lagebild"))
    args = parser.parse_args()
    source = args.output / "model-best"
    if args.dest.exists():
        shutil.rmtree(args.dest)
    shutil.copytree(source, args.dest)
    meta_path = args.dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    scores = args.output / "heldout.json"
    if scores.exists():
        heldout = json.loads(scores.read_text(encoding="utf-8"))
        keys = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
        meta["heldout_scores"] = {k: heldout[k] for k in (*keys, "ents_p", "ents_r", "ents_f")}
        meta["heldout_scores"]["ents_per_type"] = heldout["ents_per_type"]
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in args.dest.rglob("*") if p.is_file())
    print(f"{args.dest}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
