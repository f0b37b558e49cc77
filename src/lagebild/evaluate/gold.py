"""Running the pipeline over gold articles (``NAME.txt`` beside ``NAME.gold.json``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from lagebild.evaluate.scores import CorpusScore
from lagebild.evaluate.seed import score_corpus
from lagebild.pipeline import Analyzer, analyze_file

GOLD_SUFFIX = ".gold.json"


def gold_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(article, gold) pairs from gold files and directories of them, sorted by name."""
    for path in paths:
        candidates = sorted(path.glob(f"*{GOLD_SUFFIX}")) if path.is_dir() else [path]
        for gold in candidates:
            if not gold.name.endswith(GOLD_SUFFIX):
                continue
            article = gold.with_name(gold.name[: -len(GOLD_SUFFIX)] + ".txt")
            if article.exists():
                yield article, gold


def evaluate_gold(paths: Iterable[Path], analyzer: Analyzer | None = None) -> CorpusScore:
    """Analyse each gold article and score the analyses against the gold files."""
    analyzer = analyzer or Analyzer()
    pairs = []
    names = []
    for article, gold_path in gold_files(paths):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        prediction = analyze_file(article, analyzer=analyzer).to_json()
        pairs.append((prediction, gold))
        names.append(article.stem)
    return score_corpus(pairs, names)
