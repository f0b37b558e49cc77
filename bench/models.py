"""Speed of lagebild's linguistic pipelines against a bare tokenizer pass, one process.

Texts: the SpkAtt-2023 Wikinews articles (../shared/data/spkatt2023/train), detokenized,
one text per article. Each configuration runs ``nlp.pipe`` over the same texts once
after a warm-up on the first 20; words are the tokens of the bare tokenizer pass.
Configurations (linguistic components only, no extractors):

    tokenizer   the trained pipeline's tokenizer alone
    model       the shipped trained pipeline alone (sentencizer, tagger, morphologizer,
                lemmatizer, parser, NER): ``--model trained --no-hanta``
    model+hanta the trained pipeline with HanTa tags/lemmas on top: ``--model trained``
    hanta       blank pipeline + sentencizer + HanTa, no parse: ``--no-parse``
    default     the German default: HanTa, and the trained parser and NER on the sentences
                the extractors ask for (``lagebild_parse``); without ``--extractors``
                nobody asks, so it runs like ``hanta``

With ``--extractors`` every configuration runs lagebild's extractors too (the whole
analysis but the store), which is where the on-demand parse of the default costs time.

HanTa memoizes word analyses; each configuration starts with a fresh tagger so none
profits from an earlier run's cache (the warm-up fills it a little, as in real use).

    PYTHONPATH=src python bench/models.py [--docs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SPKATT = ROOT.parent / "shared" / "data" / "spkatt2023" / "train"
WARM_UP = 20

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]“])")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")


def texts(limit: int | None) -> list[str]:
    """One detokenized text per SpkAtt article, in file-name order."""
    out = []
    for path in sorted(SPKATT.glob("*.json"))[:limit]:
        data = json.loads(path.read_text(encoding="utf-8"))
        sents = [" ".join(s["Tokens"]) for s in data["Sentences"]]
        text = " ".join(sents)
        out.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text)))
    return out


def words_per_second(nlp: Language, docs: list[str], n_words: int) -> float:
    """Words/s of ``nlp.pipe`` over ``docs`` after a short warm-up, HanTa's caches cold."""
    from lagebild.nlp.hanta import _load_tagger

    _load_tagger.cache_clear()  # a fresh tagger: no word analyses memoized by earlier runs
    list(nlp.pipe(docs[:WARM_UP]))
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=32):
        pass
    return n_words / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    from lagebild.nlp.loading import NlpOptions
    from lagebild.nlp.parsing import shipped_model_path
    from lagebild.pipeline import build_nlp

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=None, help="at most N articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--extractors", action="store_true", help="run the extractors too")
    args = parser.parse_args(argv)
    if shipped_model_path("de") is None:
        print("no shipped German model (src/lagebild/models/de_lagebild)", file=sys.stderr)
        return 2
    docs = texts(args.docs)
    variants = {
        "model": NlpOptions(model="trained", hanta=False),
        "model+hanta": NlpOptions(model="trained", hanta=True),
        "hanta": NlpOptions(model="hanta", parse=False),
        "default": NlpOptions(),
    }
    pipelines = {
        name: build_nlp("de", options if args.extractors else replace(options, extractors=()))
        for name, options in variants.items()
    }
    tokenizer = pipelines["model"].tokenizer
    n_words = sum(len(tokenizer(text)) for text in docs)
    start = time.perf_counter()
    for text in docs:
        tokenizer(text)
    results = {"tokenizer": n_words / (time.perf_counter() - start)}
    for name, nlp in pipelines.items():
        results[name] = words_per_second(nlp, docs, n_words)
    if args.json:
        print(json.dumps({"docs": len(docs), "words": n_words, "words_per_s": results}))
        return 0
    print(f"{len(docs)} articles, {n_words} words, one process")
    for name, wps in results.items():
        print(f"{name:12} {wps:10,.0f} words/s")
    ratio = results["tokenizer"] / results["model"]
    print(f"trained pipeline: {results['model']:,.0f} words/s, tokenizer {ratio:.0f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
