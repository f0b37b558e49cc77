"""Cross-validation of the learned attribution tagger on PolNeAR (English), pooled over folds.

Fixed 5 folds over the sorted article names (``spkatt_cv.folds``: shuffled with seed
20230901). For each fold, its articles are held out; the tagger is trained on the first
``--train-fraction`` of the others (in name order) and scored on the held-out ones with
the scorer of ``lagebild eval polnear`` (token P/R/F1 of Source, Cue, Content). The rules
are scored on the same articles from the same analysis (their attributed claims, as
``eval polnear`` takes them), so both rows are side by side; counts are pooled over the
folds run (as ``training/spkatt_cv.py`` pools). Every article is analysed and encoded
once, in name order, and cached in chunks under ``--cache`` (resumable; ``--prepare``
only fills the cache); each fold's scores are kept there too, so a stopped run resumes
at its first unscored fold (delete ``scores-*.pkl`` after changing the code).

    PYTHONPATH=src python training/polnear_cv.py ../shared/data/polnear/train \
        --cache training/output/attribution/polnear               # all 5 folds, pooled
    PYTHONPATH=src python training/polnear_cv.py ../shared/data/polnear/train \
        --cache training/output/attribution/polnear --fold 1 --train-fraction 0.25
    PYTHONPATH=src python training/polnear_cv.py ../shared/data/polnear/train \
        --cache training/output/attribution/polnear --fold 1 --lexicon --role-weight C=2,S=2

``--tuned`` adds the tagger with the encoder's layers 7-10 fine-tuned with its head
(``lagebild.learned.tune``, approach ``encoder-tuned`` of ``training/spkatt_cv.py``),
started from the frozen tagger of the same fold, whose rows it prints beside its own.
It reads layer 6 at every piece from the cache too (``--prepare --tuned`` fills it),
checkpoints every epoch under ``--cache``/tune (the frozen tagger it started from
included), and with ``--tune-minutes M`` stops after the first epoch that ends past M
minutes, scores the model as it is (the rows say which epoch) and exits with status 3:
run it again to resume.

    PYTHONPATH=src python training/polnear_cv.py ../shared/data/polnear/train \
        --cache training/output/attribution/polnear --prepare --tuned
    PYTHONPATH=src python training/polnear_cv.py ../shared/data/polnear/train \
        --cache training/output/attribution/polnear --fold 1 --epochs 6 --bias C=1,S=1 \
        --tuned --tune-minutes 15          # again while it exits 3
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: docs/polnear.md, 7x faster

import argparse
import logging
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear_errors import classify
from spacy.tokens import Doc
from spkatt_cv import folds, per_role

from lagebild.evaluate.polnear import (
    GoldDocument,
    PolnearScores,
    RoleSpan,
    TokenIndex,
    annotation_files,
    format_lines,
    predicted_spans,
    read_ann,
    read_attributions,
    score_document,
)
from lagebild.learned.corpora import polnear_from_doc
from lagebild.learned.encoded import cached_states
from lagebild.learned.head import HeadOptions
from lagebild.learned.tagger import TaggerOptions, train_tagger
from lagebild.model import Analysis, Document
from lagebild.spkatt.features import DocumentView
from lagebild.spkatt.io import Annotation, SpkAttDocument

if TYPE_CHECKING:  # lagebild.learned.tune imports torch: --tuned only
    from lagebild.learned.tune import SentencePieces, TuneOptions

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
        tmp = path.with_suffix(".tmp")  # a run stopped while writing leaves no torn chunk
        with tmp.open("wb") as fh:
            pickle.dump((names, data), fh)
        tmp.replace(path)
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


def pooled(scores: Iterable[PolnearScores]) -> PolnearScores:
    """The counts of several folds added up (F1 from the pooled counts, not a mean)."""
    out = PolnearScores()
    for score in scores:
        out.add(score)
    return out


HEADER = (
    "| tagger | fold | articles | content P/R/F1 | cue P/R/F1 | source P/R/F1 |\n"
    "|---|---|---|---|---|---|"
)


def row(name: str, fold: str, scores: PolnearScores) -> str:
    """One Markdown table row: P/R/F1 of each role."""

    def prf(role: str) -> str:
        r = scores.roles[role]
        return f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}"

    return (
        f"| {name} | {fold} | {scores.documents} | {prf('Content')} | {prf('Cue')} "
        f"| {prf('Source')} |"
    )


def count_classes(
    doc: Doc,
    ann_path: Path,
    predictions: dict[str, list[RoleSpan]],
    classes: dict[str, Counter[str]],
    lost: dict[str, Counter[tuple[str, str]]],
) -> None:
    """Sort the article's gold attributions into the classes of ``polnear_errors`` for
    each prediction, counting them and the tokens each role lost."""
    index = TokenIndex(doc.text)
    attributions = read_attributions(ann_path, doc.text)
    for name, predicted in predictions.items():
        pred = {
            role: set().union(*(index.covered(s) for s in predicted if s.role == role))
            for role in ("Source", "Cue", "Content")
        }
        for attribution in attributions:
            cls, _ = classify(attribution, doc, index, pred)
            classes[name][cls] += 1
            for role in ("Source", "Cue", "Content"):
                toks = set().union(*(index.covered(s) for s in attribution.role(role)))
                lost[name][(cls, role)] += len(toks - pred[role])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument(
        "--fold", type=int, action="append", help="run this fold (repeatable; default: all)"
    )
    parser.add_argument("--train-fraction", type=float, default=1.0)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--layers", default="6,8,10")
    parser.add_argument("--prepare", action="store_true", help="only analyse and encode")
    parser.add_argument(
        "--lexicon", action="store_true", help="the rules' cue lexicon as inputs too"
    )
    parser.add_argument(
        "--role-weight", default="", help="class weights in training per role, e.g. C=2,S=2"
    )
    parser.add_argument(
        "--bias",
        action="append",
        help="also decode with these O biases per role, e.g. C=1,S=0.5 (repeatable)",
    )
    parser.add_argument(
        "--errors", action="store_true", help="error classes of the held-out articles"
    )
    parser.add_argument(
        "--tuned", action="store_true", help="also the tagger with layers 7-10 fine-tuned"
    )
    parser.add_argument("--tune-epochs", type=int, default=3, help="epochs of the tuning")
    parser.add_argument("--tune-lr", type=float, default=3e-5, help="the tuned layers' lr")
    parser.add_argument(
        "--tune-minutes",
        type=float,
        help="stop after the first tuning epoch that ends past MINUTES of the run, score "
        "the model as it is and exit with status 3 (run again to resume)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)

    pairs = sorted(annotation_files(args.gold_dir), key=lambda pair: pair[0].stem)
    articles = analyse(pairs, args.cache)
    started = time.monotonic()
    documents = [d for d, *_ in articles]
    states = cached_states(documents, args.cache / "encoded", "en")
    log.info("encoder states of %d articles in %.0f s", len(states), time.monotonic() - started)
    pieces: list[list[SentencePieces]] = []
    if args.tuned:  # layer 6 at every piece: the tuned layers' inputs
        from lagebild.learned.tune import piece_states

        pieces = piece_states(documents, args.cache / "encoded", "en")
        log.info("piece states of %d articles in %.0f s", len(pieces),
                 time.monotonic() - started)  # fmt: skip
    if args.prepare:
        return 0
    by_name = {t.stem: (t, a) for t, a in pairs}
    index = {document.name: n for n, (document, *_) in enumerate(articles)}
    parts = folds(sorted(by_name))
    options = TaggerOptions(
        layers=tuple(int(n) for n in args.layers.split(",")),
        lexicon="en" if args.lexicon else "",
        head=HeadOptions(
            hidden=args.hidden, epochs=args.epochs, role_weight=per_role(args.role_weight)
        ),
    )
    decodes: dict[str, dict[str, float]] = {"encoder": {}} | {
        f"encoder {b}": per_role(b) for b in args.bias or []
    }
    tuned = {"tuned" + name[len("encoder") :]: name for name in decodes}
    names = ["rules", *decodes, *(tuned if args.tuned else [])]
    tune_options: TuneOptions | None = None
    if args.tuned:
        from lagebild.learned.tune import TuneOptions

        tune_options = TuneOptions(epochs=args.tune_epochs, lr=args.tune_lr)
    until = time.monotonic() + args.tune_minutes * 60 if args.tune_minutes else None
    paused = False
    trained = False  # a fold trained in this run (each run trains at least one)
    rows: dict[str, list[str]] = {name: [] for name in names}
    totals: dict[str, list[PolnearScores]] = {name: [] for name in names}
    classes: dict[str, Counter[str]] = {name: Counter() for name in names}
    lost: dict[str, Counter[tuple[str, str]]] = {name: Counter() for name in names}
    nlp = None
    run = (
        f"{args.train_fraction}-{args.layers}-{args.hidden}-{args.epochs}-"
        + "-".join(args.bias or [])
        + ("-errors" if args.errors else "")
        + ("-lexicon" if args.lexicon else "")
        + (f"-weight{args.role_weight}" if args.role_weight else "")
        + (f"-tuned{args.tune_epochs}-{args.tune_lr}" if args.tuned else "")
    )

    def add_fold(
        fold: int,
        scores: dict[str, PolnearScores],
        fold_classes: dict[str, Counter[str]],
        fold_lost: dict[str, Counter[tuple[str, str]]],
    ) -> None:
        for name in names:
            rows[name].append(row(name, str(fold), scores[name]))
            totals[name].append(scores[name])
            classes[name].update(fold_classes[name])
            lost[name].update(fold_lost[name])
            log.info("fold %d %s: %s", fold, name, " ".join(format_lines(scores[name])))

    for fold in args.fold or range(1, len(parts) + 1):
        done = args.cache / f"scores-{run}-fold{fold}.pkl"
        if done.exists():  # this fold of this run was scored before: pool it as it was
            with done.open("rb") as fh:
                add_fold(fold, *pickle.load(fh))
            continue
        if args.tuned and until is not None and time.monotonic() > until and trained:
            log.info("past --tune-minutes: stopped before fold %d", fold)
            paused = True  # the next run resumes here
            break
        held_out = set(parts[fold - 1])
        rest = [index[n] for n in sorted(by_name) if n not in held_out]
        train = rest[: max(1, round(len(rest) * args.train_fraction))]
        test = [index[n] for n in sorted(held_out)]
        train_docs = [articles[i][0] for i in train]
        train_views = [articles[i][1] for i in train]
        started = time.monotonic()
        fit = partial(train_tagger, train_docs, train_views, [states[i] for i in train], options)

        model = None
        if args.tuned:
            from lagebild.learned.tune import checkpoint_name, frozen_start, tune

            assert tune_options is not None

            checkpoint = args.cache / "tune" / checkpoint_name(train_docs, options, tune_options)
            tagger = frozen_start(fit, checkpoint)
            log.info("fold %d: frozen tagger of %d articles in %.0f s", fold, len(train),
                     time.monotonic() - started)  # fmt: skip
            model = tune(tagger.head, options, train_docs, train_views,
                         [pieces[i] for i in train], tune_options, checkpoint, until)  # fmt: skip
            log.info("fold %d: %d of %d epochs tuned in %.0f s", fold, model.epochs_done,
                     args.tune_epochs, time.monotonic() - started)  # fmt: skip
            if model.epochs_done < args.tune_epochs:
                paused = True
        else:
            tagger = fit()
            log.info("fold %d: trained on %d articles in %.0f s", fold, len(train),
                     time.monotonic() - started)  # fmt: skip
        trained = True
        frozen_head = tagger.head
        tuned_head = model.to_head() if model is not None else None
        scores = {name: PolnearScores() for name in names}
        fold_classes: dict[str, Counter[str]] = {name: Counter() for name in names}
        fold_lost: dict[str, Counter[tuple[str, str]]] = {name: Counter() for name in names}
        for i in test:
            document, view, rule_spans, offsets = articles[i]
            text_path, ann_path = by_name[document.name]
            text = text_path.read_text(encoding="utf-8")
            gold = GoldDocument(document.name, text, read_ann(ann_path, text))
            predictions = {"rules": rule_spans}
            tagger.head = frozen_head
            for name, bias in decodes.items():
                tagger.options = replace(options, role_bias=bias)
                predictions[name] = [
                    span
                    for ann in tagger.annotate(view, document, states[i])
                    for span in spans_of(ann, document, offsets, text)
                ]
            if model is not None and tuned_head is not None:
                from lagebild.learned.tune import tuned_states

                tagger.head = tuned_head
                own = tuned_states(model, pieces[i], states[i])
                for name, frozen_name in tuned.items():
                    tagger.options = replace(options, role_bias=decodes[frozen_name])
                    predictions[name] = [
                        span
                        for ann in tagger.annotate(view, document, own)
                        for span in spans_of(ann, document, offsets, text)
                    ]
            for name, predicted in predictions.items():
                scores[name].add(score_document(gold, predicted))
            if args.errors:
                if nlp is None:
                    from lagebild.pipeline import build_nlp

                    nlp = build_nlp("en")
                count_classes(nlp(text), ann_path, predictions, fold_classes, fold_lost)
        if paused:  # scored as it is; the rows say how far it got, the next run resumes
            assert model is not None
            label = f" (epoch {model.epochs_done} of {args.tune_epochs})"
            for name in names:
                tag = label if name in tuned else ""
                rows[name].append(row(name + tag, str(fold), scores[name]))
            log.info("fold %d tuned%s: %s", fold, label,
                     " ".join(format_lines(scores[next(iter(tuned))])))  # fmt: skip
            break
        with done.open("wb") as fh:
            pickle.dump((scores, fold_classes, fold_lost), fh)
        add_fold(fold, scores, fold_classes, fold_lost)
    print(
        f"train fraction {args.train_fraction}, layers {args.layers}, epochs {args.epochs}"
        + (", lexicon features" if args.lexicon else "")
        + (f", class weights {args.role_weight}" if args.role_weight else "")
    )
    print(HEADER)
    for name in names:
        print("\n".join(rows[name]))
        if totals[name]:
            print(row(name, "pooled", pooled(totals[name])))
    if args.errors:
        print()
        print(
            "| class | "
            + " | ".join(f"{n}: attributions / tokens lost S,C,M" for n in names)
            + " |"
        )
        print("|---|" + "---|" * len(names))
        for cls, _ in (classes["encoder"] + classes["rules"]).most_common():
            cells = [
                f"{classes[n][cls]} / {lost[n][(cls, 'Source')]},{lost[n][(cls, 'Cue')]},"
                f"{lost[n][(cls, 'Content')]}"
                for n in names
            ]
            print(f"| {cls} | " + " | ".join(cells) + " |")
    return 3 if paused else 0


if __name__ == "__main__":
    sys.exit(main())
