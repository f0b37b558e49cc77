"""Cross-validation of the learned attribution tagger on PolNeAR (English), one fold at a time.

Fixed 5 folds over the sorted article names (``spkatt_cv.folds``: shuffled with seed
20230901). For each fold run, the articles of the fold are held out; the tagger is
trained on the first ``--train-fraction`` of the others (in name order) and scored on the
held-out ones with the scorer of ``lagebild eval polnear`` (token P/R/F1 of Source, Cue,
Content). The rules are scored on the same articles from the same analysis (their
attributed claims, as ``eval polnear`` takes them), so both rows are side by side.
Analysed articles and encoder states are cached in chunks under ``--cache`` (resumable).

    PYTHONPATH=src python training/polnear_cv.py ../shared/data/polnear/train \
        --cache training/output/attribution/polnear --fold 1 --train-fraction 0.25
"""

from __future__ import annotations

import argparse
import logging
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spkatt_cv import folds

from lagebild.evaluate.polnear import (
    GoldDocument,
    PolnearScores,
    RoleSpan,
    annotation_files,
    format_lines,
    predicted_spans,
    read_ann,
    score_document,
)
from lagebild.learned.corpora import polnear_from_doc
from lagebild.learned.encoded import cached_states
from lagebild.learned.head import HeadOptions
from lagebild.learned.tagger import TaggerOptions, train_tagger
from lagebild.model import Analysis, Document
from lagebild.spkatt.features import DocumentView
from lagebild.spkatt.io import Annotation, SpkAttDocument

log = logging.getLogger("polnear_cv")
CHUNK = 25

Analysed = tuple[SpkAttDocument, DocumentView, list[RoleSpan], list[tuple[int, int]]]


def analyse(pairs: list[tuple[Path, Path]], cache: Path) -> list[Analysed]:
    """Task document, view, the rules' spans and token offsets of each article (cached)."""
    from lagebild.pipeline import build_nlp, claims_from_doc

    nlp = None
    out: list[Analysed] = []
    cache.mkdir(parents=True, exist_ok=True)
    for a in range(0, len(pairs), CHUNK):
        chunk = pairs[a : a + CHUNK]
        names = [t.stem for t, _ in chunk]
        path = cache / f"articles-{names[0]}-{len(chunk)}.pkl"
        if path.exists():
            with path.open("rb") as fh:
                stored_names, data = pickle.load(fh)
            if stored_names == names:
                out.extend(data)
                continue
        if nlp is None:
            nlp = build_nlp("en")
        data = []
        started = time.monotonic()
        for text_path, ann_path in chunk:
            text = text_path.read_text(encoding="utf-8")
            doc = nlp(text)
            document, view = polnear_from_doc(doc, text_path.stem, ann_path)
            analysis = Analysis(document=Document(text=text), claims=claims_from_doc(doc))
            offsets = [(t.idx, t.idx + len(t.text)) for t in doc]
            data.append((document, view, predicted_spans(analysis), offsets))
        with path.open("wb") as fh:
            pickle.dump((names, data), fh)
        log.info("%s: %d articles analysed in %.0f s", path.name, len(chunk),
                 time.monotonic() - started)  # fmt: skip
        out.extend(data)
    return out


def spans_of(ann: Annotation, document: SpkAttDocument, offsets: list[tuple[int, int]],
             text: str) -> list[RoleSpan]:  # fmt: skip
    """The annotation's Source, Cue and Content as character spans."""
    index = {}
    i = 0
    for s, sentence in enumerate(document.sentences):
        for t in range(len(sentence.tokens)):
            index[(s, t)] = offsets[i]
            i += 1
    out = []
    for role, ids in (("Source", ann.source), ("Cue", ann.cue), ("Content", ann.message)):
        fragments = tuple(index[t] for t in sorted(ids) if t in index)
        if fragments:
            out.append(RoleSpan(role, fragments, " ".join(text[a:b] for a, b in fragments)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--fold", type=int, default=1)
    parser.add_argument("--train-fraction", type=float, default=1.0)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--layers", default="6,8,10")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)

    pairs = annotation_files(args.gold_dir)
    by_name = {t.stem: (t, a) for t, a in pairs}
    test_names = folds(sorted(by_name))[args.fold - 1]
    rest = [n for n in sorted(by_name) if n not in set(test_names)]
    train_names = rest[: max(1, round(len(rest) * args.train_fraction))]
    train = analyse([by_name[n] for n in train_names], args.cache)
    test = analyse([by_name[n] for n in test_names], args.cache)
    started = time.monotonic()
    train_states = cached_states([d for d, *_ in train], args.cache / "train-encoded", "en")
    test_states = cached_states([d for d, *_ in test], args.cache / "test-encoded", "en")
    log.info("encoded in %.0f s", time.monotonic() - started)
    options = TaggerOptions(
        layers=tuple(int(n) for n in args.layers.split(",")),
        head=HeadOptions(hidden=args.hidden, epochs=args.epochs),
    )
    started = time.monotonic()
    tagger = train_tagger([d for d, *_ in train], [v for _, v, *_ in train], train_states, options)
    log.info("trained on %d articles in %.0f s", len(train), time.monotonic() - started)
    rules, learned = PolnearScores(), PolnearScores()
    for (document, view, rule_spans, offsets), states in zip(test, test_states, strict=True):
        text_path, ann_path = by_name[document.name]
        text = text_path.read_text(encoding="utf-8")
        gold = GoldDocument(document.name, text, read_ann(ann_path, text))
        rules.add(score_document(gold, rule_spans))
        predicted = [
            span
            for ann in tagger.annotate(view, document, states)
            for span in spans_of(ann, document, offsets, text)
        ]
        learned.add(score_document(gold, predicted))
    print(f"fold {args.fold}: {len(test)} held-out articles, trained on {len(train)}")
    for name, scores in (("rules", rules), ("encoder", learned)):
        print(f"== {name}")
        print("\n".join(format_lines(scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
