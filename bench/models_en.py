"""English model benchmark: words/s of the shipped English pipeline in one process, against a
bare tokenizer pass and against the blank pipeline with HanTa tags, on the same text.

Text: the raw sentences (``# text =``) of UD English EWT test (about 25,000 words, web
English: blogs, e-mail, answers, reviews, newsgroups) joined into paragraphs of ten
sentences, plus the English gold articles in tests/data. Each pipeline runs once over all
of it with ``nlp.pipe`` after one warm-up document; only the linguistic components run
(no lagebild extractors), so the figures compare the models themselves.

    OMP_NUM_THREADS=1 python bench/models_en.py [--model DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.nlp import hanta  # noqa: F401  (registers lagebild_hanta)
from lagebild.nlp.parsing import shipped_model_path

ROOT = Path(__file__).resolve().parent.parent
EWT_TEST = ROOT.parent / "shared" / "data" / "ud-english" / "en_ewt-ud-test.conllu"
PARAGRAPH = 10


def texts() -> list[str]:
    """The benchmark documents: EWT test paragraphs and the English gold articles."""
    lines = [
        line.split("=", 1)[1].strip()
        for line in EWT_TEST.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text =")
    ]
    docs = [" ".join(lines[i : i + PARAGRAPH]) for i in range(0, len(lines), PARAGRAPH)]
    docs += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data").glob("*-en-*.txt"))
    ]
    return docs


def words_per_second(run: Callable[[list[str]], Iterable[object]], docs: list[str]) -> float:
    """Words (non-space tokens of the bare tokenizer) per second of one pass of ``run``."""
    tokenizer = spacy.blank("en")
    words = sum(sum(not t.is_space for t in tokenizer.make_doc(d)) for d in docs)
    list(run(docs[:1]))
    start = time.perf_counter()
    for _ in run(docs):
        pass
    return words / (time.perf_counter() - start)


def blank_hanta() -> Language:
    """Today's fallback: blank English, sentencizer, HanTa's CLAWS tags and lemmas."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lagebild_hanta")
    return nlp


def main() -> None:
    """Print words/s of tokenizer, shipped model, model + HanTa and blank + HanTa."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=shipped_model_path("en"))
    parser.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    args = parser.parse_args()
    if args.model is None:
        raise SystemExit("no English model shipped; pass --model DIR")
    docs = texts()
    tokenizer = spacy.blank("en")
    model = spacy.load(args.model)
    with_hanta = spacy.load(args.model)
    with_hanta.add_pipe("lagebild_hanta")
    results = {
        "tokenizer": words_per_second(lambda d: tokenizer.tokenizer.pipe(d), docs),
        "model": words_per_second(model.pipe, docs),
        "model+hanta": words_per_second(with_hanta.pipe, docs),
        "blank+hanta": words_per_second(blank_hanta().pipe, docs),
    }
    if args.json:
        print(json.dumps({k: round(v) for k, v in results.items()}))
        return
    for name, rate in results.items():
        print(f"{name:12s} {rate:10,.0f} words/s")
    print(f"model/tokenizer ratio {results['model'] / results['tokenizer']:.3f}")


if __name__ == "__main__":
    main()
