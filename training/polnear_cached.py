"""PolNeAR scores of the English rules from a cached analysis: parse once, re-run the rules.

``lagebild eval polnear`` runs the whole pipeline on every article; while only the
attribution rules change, the linguistic stages and the extractors before attribution
(entities, quantities, times) give the same Doc each time. ``build`` runs them once and
pickles the Docs; ``score`` re-runs attribution, modality and events of the importable
``lagebild`` (a snapshot's ``src`` on ``PYTHONPATH``) on them and scores them with the
functions of ``lagebild eval polnear`` (``predicted_spans``, ``score_document``), so the
figures are those of the command; ``--classes`` adds the error classes of
``training/polnear_errors.py``.

    PYTHONPATH=src python training/polnear_cached.py build ../shared/data/polnear/train \
        --sample 200 --cache training/output/polnear-sample200.pkl
    PYTHONPATH=src python training/polnear_cached.py score ../shared/data/polnear/train \
        --cache training/output/polnear-sample200.pkl [--classes] [--examples N]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from lagebild.evaluate.polnear import (
    GoldDocument,
    PolnearScores,
    annotation_files,
    format_lines,
    predicted_spans,
    read_attributions,
    score_document,
    select,
)
from lagebild.model import Document
from lagebild.nlp.loading import NlpOptions
from lagebild.pipeline import EXTRACTORS, build_analysis, build_nlp

RULE_STAGES = ("lagebild_attribution", "lagebild_modality", "lagebild_events")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "score"))
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--sample", type=int)
    parser.add_argument("--classes", action="store_true")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.command == "build":
        before = tuple(e for e in EXTRACTORS if e not in RULE_STAGES)
        nlp = build_nlp("en", NlpOptions(extractors=before))
        pairs = select(annotation_files(args.gold_dir), args.limit, args.sample)
        docs = [(text.stem, nlp(text.read_text(encoding="utf-8"))) for text, _ in pairs]
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        with args.cache.open("wb") as f:
            pickle.dump(docs, f, protocol=pickle.HIGHEST_PROTOCOL)
        print(f"{len(docs)} articles cached in {time.perf_counter() - started:.0f} s")
        return 0
    with args.cache.open("rb") as f:
        docs = pickle.load(f)
    nlp = build_nlp("en", NlpOptions(extractors=RULE_STAGES))
    stages = [nlp.get_pipe(name) for name in RULE_STAGES]
    anns = {text.stem: ann for text, ann in annotation_files(args.gold_dir)}
    total = PolnearScores()
    table = None
    if args.classes:
        from polnear_errors import ErrorTable

        table = ErrorTable(args.examples)
    for name, doc in docs:
        text = doc.text
        attributions = read_attributions(anns[name], text)
        gold = GoldDocument(name, text, [s for a in attributions for s in a.spans])
        try:
            for stage in stages:
                doc = stage(doc)
            predicted = predicted_spans(build_analysis(Document(text=text, language="en"), doc))
        except Exception:  # counted like eval polnear: the article scores without predictions
            total.crashed.append(name)
            predicted = []
        total.add(score_document(gold, predicted))
        if table is not None:
            table.add(name, text, doc, attributions, predicted)
    if table is not None:
        table.show(args.top)
    print(f"{total.documents} documents in {time.perf_counter() - started:.0f} s")
    for line in format_lines(total):
        print(line)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
