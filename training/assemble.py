"""Join separately trained spaCy pipelines into the one lagebild ships.

    python assemble.py OUT --base UD_MODEL [--ner NER_MODEL] [--exceptions FILE]
                       --name de_lagebild --license "CC BY-SA 4.0" [--sources TEXT]

The base pipeline (tagger, morphologizer, lemmatizer, parser on UD) keeps its shared
tok2vec; the NER pipeline was trained on other sentences with its own tok2vec, which is
copied into the NER component (listeners replaced) so both run side by side. Tokenizer
special cases are read one per line from ``--exceptions`` (``#`` starts a comment).
Language-agnostic: the English recipe calls it with its own models.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.attrs import ORTH


def read_exceptions(path: Path) -> list[str]:
    """Non-comment, non-blank lines of an exceptions file."""
    lines = (line.strip() for line in path.read_text(encoding="utf8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--ner", type=Path)
    parser.add_argument("--exceptions", type=Path)
    parser.add_argument("--name", required=True)
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument("--license", required=True)
    parser.add_argument("--sources", default="")
    args = parser.parse_args(argv)

    nlp = spacy.load(args.base)
    if args.ner is not None:
        ner_nlp = spacy.load(args.ner)
        if "tok2vec" in ner_nlp.pipe_names:
            ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.add_pipe("ner", source=ner_nlp)
    if args.exceptions is not None:
        for text in read_exceptions(args.exceptions):
            nlp.tokenizer.add_special_case(text, [{ORTH: text}])
    lang, _, name = args.name.partition("_")
    nlp.meta.update(
        {
            "lang": lang,
            "name": name,
            "version": args.version,
            "license": args.license,
            "author": "lagebild (trained by training/Makefile)",
            "description": "lagebild's compact pipeline; see MODELS.md",
            "sources": [{"name": s.strip()} for s in args.sources.split(";") if s.strip()],
        }
    )
    nlp.meta.pop("performance", None)
    nlp.to_disk(args.out)
    print(f"{args.out}: {nlp.pipe_names}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
