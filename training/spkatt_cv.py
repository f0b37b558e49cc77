"""Cross-validation of speaker attribution approaches on the SpkAtt-2023 train split.

Fixed 5 folds over the sorted document ids (shuffled with a fixed seed). Every approach
is fitted on the four training folds and scored on the held-out fold; the rule-based
approach needs no fitting, so for it each fold is an evaluation of its test part.
Prints a Markdown table (per fold and pooled) and can keep the predictions.

    PYTHONPATH=src python training/spkatt_cv.py ../shared/data/spkatt2023/train \
        --approach rules --approach rules-raw --pred-dir /tmp/spkatt-pred

The encoder approaches read the analysed documents and encoder states cached under
``--encoded`` (filled where missing). ``--prepare MINUTES`` only fills that cache, chunk by
chunk, and stops after the chunk that passes MINUTES, so the CPU lock can be released
between resumable parts. OpenBLAS runs on one thread unless OPENBLAS_NUM_THREADS says
otherwise (two threads trained the head about seven times slower on a shared two-core
machine, docs/polnear.md).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported

import argparse
import hashlib
import logging
import pickle
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from spacy.language import Language

from lagebild.evaluate.spkatt import SpkAttScores, score_document, summary_line
from lagebild.learned.corpora import analysed
from lagebild.learned.encoded import CHUNK as ENCODED_CHUNK
from lagebild.learned.encoded import Half, cached_states
from lagebild.learned.tagger import AttributionTagger, TaggerOptions, train_tagger
from lagebild.spkatt.convert import ConvertOptions, analyse, annotations_from_doc
from lagebild.spkatt.crf import CrfOptions, CrfTagger, trained_parser
from lagebild.spkatt.features import DocumentView, document_view
from lagebild.spkatt.io import SpkAttDocument, document_paths, read_dir, write_document

log = logging.getLogger("spkatt_cv")
FOLDS = 5
SEED = 20230901


class Approach(Protocol):
    """Something that learns from gold documents (or not) and annotates documents."""

    name: str

    def fit(self, train: list[SpkAttDocument]) -> None: ...

    def predict(self, documents: list[SpkAttDocument]) -> list[SpkAttDocument]: ...


class Views:
    """Each document analysed once (tags, lemmas, the rules' annotations), for every approach."""

    def __init__(self) -> None:
        self._views: dict[str, DocumentView] = {}
        self._nlp: Language | None = None
        self.model: str | None = None  # NlpOptions.model: None for the German default
        self.parse: bool | None = None  # NlpOptions.parse: None for the German default

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from lagebild.nlp.loading import NlpOptions
            from lagebild.pipeline import build_nlp

            self._nlp = build_nlp("de", NlpOptions(model=self.model, parse=self.parse))
        return self._nlp

    def __call__(self, document: SpkAttDocument) -> DocumentView:
        if document.name not in self._views:
            self._views[document.name] = document_view(self.nlp, document, trained_parser())
        return self._views[document.name]

    def put(self, document: SpkAttDocument, view: DocumentView) -> None:
        """Use ``view`` for ``document`` (analysed elsewhere, without dependency features)."""
        self._views[document.name] = view

    def load(self, path: Path) -> None:
        """Views pickled by :meth:`save` (stale once the pipeline or the rules change)."""
        if path.exists():
            with path.open("rb") as fh:
                self._views.update(pickle.load(fh))
            log.info("%d analysed documents from %s", len(self._views), path)

    def save(self, path: Path) -> None:
        with path.open("wb") as fh:
            pickle.dump(self._views, fh)


VIEWS = Views()


@dataclass
class RuleBased:
    """lagebild's attribution component on the task's tokens; nothing to fit."""

    name: str
    options: ConvertOptions

    def fit(self, train: list[SpkAttDocument]) -> None:
        return None

    def predict(self, documents: list[SpkAttDocument]) -> list[SpkAttDocument]:
        out = []
        for document in documents:
            if self.options.conventions:
                anns = VIEWS(document).rules  # the same annotations, analysed once
            else:
                doc, ids = analyse(VIEWS.nlp, document)
                anns = annotations_from_doc(doc, ids, self.options)
            out.append(SpkAttDocument(document.name, document.sentences, anns))
        return out


@dataclass
class Crf:
    """The CRF tagger trained on the training folds (``lagebild.spkatt.crf``)."""

    name: str
    options: CrfOptions

    def __post_init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="spkatt-crf-")
        self.tagger: CrfTagger | None = None

    def fit(self, train: list[SpkAttDocument]) -> None:
        started = time.monotonic()
        views = [VIEWS(d) for d in train]
        self.tagger = CrfTagger.train(views, train, self._dir.name, self.options)
        log.info("%s: trained on %d documents in %.0f s", self.name, len(train),
                 time.monotonic() - started)  # fmt: skip

    def predict(self, documents: list[SpkAttDocument]) -> list[SpkAttDocument]:
        assert self.tagger is not None, "fit first"
        tagger = self.tagger
        return [
            SpkAttDocument(d.name, d.sentences, tagger.annotate(VIEWS(d), d)) for d in documents
        ]


STATES: dict[str, list[Half]] = {}  # encoder states by document name (--encoded)


@dataclass
class Learned:
    """The tagger on frozen encoder states (``lagebild.learned``), trained per fold."""

    name: str
    options: TaggerOptions

    def __post_init__(self) -> None:
        self.tagger: AttributionTagger | None = None

    def fit(self, train: list[SpkAttDocument]) -> None:
        if not STATES:
            sys.exit("the encoder approaches need --encoded DIR")
        started = time.monotonic()
        views = [VIEWS(d) for d in train]
        self.tagger = train_tagger(train, views, [STATES[d.name] for d in train], self.options)
        log.info("%s: trained on %d documents in %.0f s", self.name, len(train),
                 time.monotonic() - started)  # fmt: skip

    def predict(self, documents: list[SpkAttDocument]) -> list[SpkAttDocument]:
        assert self.tagger is not None, "fit first"
        tagger = self.tagger
        return [
            SpkAttDocument(d.name, d.sentences, tagger.annotate(VIEWS(d), d, STATES[d.name]))
            for d in documents
        ]


PIECES: dict[str, list] = {}  # layer-6 states at every piece by document name (encoder-tuned)
TUNE: dict[str, object] = {}  # --tune-epochs, --tune-lr, --checkpoint, --tune-minutes
STARTED = time.monotonic()
PAUSED: list[str] = []  # encoder-tuned runs stopped between epochs (--tune-minutes)


@dataclass
class TunedLearned(Learned):
    """The tagger with the encoder's layers 7-10 fine-tuned with its head
    (``training/attribution_tune.py``), started from the frozen tagger of the same fold."""

    def fit(self, train: list[SpkAttDocument]) -> None:
        from attribution_tune import TuneOptions, frozen_start, tune

        checkpoint = TUNE.get("checkpoint")
        state = Path(str(checkpoint)) / _training_set(train) if checkpoint else None

        def frozen() -> AttributionTagger:
            Learned.fit(self, train)
            assert self.tagger is not None
            return self.tagger

        self.tagger = frozen_start(frozen, state)  # the frozen tagger: the start
        started = time.monotonic()
        views = [VIEWS(d) for d in train]
        options = TuneOptions(
            epochs=int(TUNE.get("epochs", 3)),
            lr=float(TUNE.get("lr", 3e-5)),  # type: ignore[arg-type]
        )
        minutes = TUNE.get("minutes")
        model = tune(
            self.tagger.head,
            self.options,
            train,
            views,
            [PIECES[d.name] for d in train],
            options,
            state,
            STARTED + float(minutes) * 60 if minutes else None,  # type: ignore[arg-type]
        )
        self.model = model
        self.paused = model.epochs_done < options.epochs  # run again to resume
        if self.paused:  # the rows say how far it got
            self.name = f"encoder-tuned (epoch {model.epochs_done} of {options.epochs})"
        self.tagger.head = self.model.to_head()
        self._states: dict[str, list[Half]] = {}
        log.info("%s: tuned in %.0f s", self.name, time.monotonic() - started)

    def predict(self, documents: list[SpkAttDocument]) -> list[SpkAttDocument]:
        from attribution_tune import tuned_states

        assert self.tagger is not None, "fit first"
        for d in documents:
            if d.name not in self._states:
                self._states[d.name] = tuned_states(self.model, PIECES[d.name], STATES[d.name])
        tagger = self.tagger
        return [
            SpkAttDocument(d.name, d.sentences, tagger.annotate(VIEWS(d), d, self._states[d.name]))
            for d in documents
        ]


APPROACHES: dict[str, Callable[[], Approach]] = {
    "encoder": lambda: Learned("encoder", TaggerOptions()),
    "encoder-tuned": lambda: TunedLearned("encoder-tuned", TaggerOptions()),
    "encoder-norules": lambda: Learned("encoder-norules", TaggerOptions(rules=False)),
    "rules": lambda: RuleBased("rules", ConvertOptions(conventions=True)),
    "rules-raw": lambda: RuleBased("rules-raw", ConvertOptions(conventions=False)),
    "crf": lambda: Crf("crf", CrfOptions(rules=True)),
    "crf-norules": lambda: Crf("crf-norules", CrfOptions(rules=False)),
    "crf-doc": lambda: Crf("crf-doc", CrfOptions(rules=True, document=True)),
    "crf-parse": lambda: Crf("crf-parse", CrfOptions(rules=True, parse=True)),
}


def folds(ids: list[str], k: int = FOLDS, seed: int = SEED) -> list[list[str]]:
    """``k`` disjoint folds of the sorted ids, shuffled with ``seed``."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_dir", type=Path)
    parser.add_argument("--approach", action="append", choices=sorted(APPROACHES))
    parser.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    parser.add_argument("--pred-dir", type=Path, help="write each approach's predictions here")
    parser.add_argument(
        "--views-cache",
        type=Path,
        help="pickle of the analysed documents, read if there, written after the run "
        "(delete it after changing the pipeline or the rules)",
    )
    parser.add_argument(
        "--model", help="German pipeline for the rules: 'hanta', 'trained' or a directory"
    )
    parser.add_argument(
        "--no-parse",
        action="store_true",
        help="rules without the trained parser and NER (the parse-free German pipeline)",
    )
    parser.add_argument(
        "--train-fraction",
        type=float,
        default=1.0,
        help="train on the first part of each fold's training documents (learning curve)",
    )
    parser.add_argument("--folds", type=int, default=FOLDS, help="run only the first N folds")
    parser.add_argument(
        "--fold",
        type=int,
        action="append",
        choices=range(1, FOLDS + 1),
        help="run only this fold (1-5; repeatable); the pooled row then pools these",
    )
    parser.add_argument("--c1", type=float, help="CRF L1 regularisation")
    parser.add_argument("--c2", type=float, help="CRF L2 regularisation")
    parser.add_argument("--iterations", type=int, help="CRF L-BFGS iterations")
    parser.add_argument("--threshold", type=float, help="CRF marginal decoding threshold")
    parser.add_argument(
        "--encoded", type=Path, help="cache of the encoder states (computed where missing)"
    )
    parser.add_argument("--layers", help="encoder layers of the encoder approaches, e.g. 6,8,10")
    parser.add_argument("--hidden", type=int, help="hidden units of the encoder head")
    parser.add_argument("--epochs", type=int, help="training epochs of the encoder head")
    parser.add_argument(
        "--o-bias", type=float, nargs="*", help="decode the encoder tagger with these O biases"
    )
    parser.add_argument(
        "--bias",
        action="append",
        help="also decode the encoder tagger with these O biases per role, e.g. C=1,S=1",
    )
    parser.add_argument(
        "--rule-prior",
        action="append",
        help="also decode the encoder tagger with the O score lowered by these amounts per "
        "role where the rules give the token that role, e.g. C=1,S=1",
    )
    parser.add_argument(
        "--lexicon", action="store_true", help="the rules' cue lexicon as encoder inputs too"
    )
    parser.add_argument(
        "--context", action="store_true", help="the previous sentence as encoder inputs too"
    )
    parser.add_argument(
        "--role-weight", default="", help="class weights of the encoder head, e.g. C=2,S=2"
    )
    parser.add_argument(
        "--tune-epochs", type=int, default=3, help="epochs of encoder-tuned's layers and head"
    )
    parser.add_argument(
        "--tune-lr", type=float, default=3e-5, help="learning rate of encoder-tuned's layers"
    )
    parser.add_argument(
        "--checkpoint", type=Path, help="encoder-tuned's per-epoch checkpoints (resumable)"
    )
    parser.add_argument(
        "--tune-minutes",
        type=float,
        help="with --checkpoint: stop encoder-tuned after the first epoch that ends past "
        "MINUTES of the run, score it as it is and exit with status 3 (run again to resume)",
    )
    parser.add_argument(
        "--prepare",
        type=float,
        metavar="MINUTES",
        help="only fill the --encoded cache, stopping after the chunk that passes MINUTES",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.prepare is not None:
        if not args.encoded:
            sys.exit("--prepare needs --encoded DIR")
        pieces = "encoder-tuned" in (args.approach or [])
        done = prepare(args.train_dir, args.encoded, args.prepare * 60, pieces)
        return 0 if done else 3
    tuning = {
        k: v
        for k, v in (
            ("c1", args.c1),
            ("c2", args.c2),
            ("max_iterations", args.iterations),
            ("threshold", args.threshold),
        )
        if v is not None
    }

    documents = {path.stem: doc for path, doc in read_dir(args.train_dir)}
    ids = sorted(documents)
    if args.limit:
        ids = ids[: args.limit]
    parts = folds(ids)
    VIEWS.model = args.model
    VIEWS.parse = False if args.no_parse else None
    if args.views_cache:
        VIEWS.load(args.views_cache)
    if args.encoded:  # analysed views and encoder states, cached in chunks (resumable)
        cached_docs, views = analysed("spkatt", args.train_dir, args.encoded)
        for path, view in zip(document_paths(args.train_dir), views, strict=True):
            VIEWS.put(documents[path.stem], view)
        for doc, states in zip(cached_docs, cached_states(cached_docs, args.encoded), strict=True):
            STATES[doc.name] = states
        if "encoder-tuned" in (args.approach or []):  # layer 6 at every piece, cached too
            from attribution_tune import piece_states

            for doc, pieces in zip(
                cached_docs, piece_states(cached_docs, args.encoded), strict=True
            ):
                PIECES[doc.name] = pieces
    TUNE.update(
        epochs=args.tune_epochs,
        lr=args.tune_lr,
        checkpoint=args.checkpoint,
        minutes=args.tune_minutes,
    )
    rows: list[str] = []
    for name in args.approach or ["rules"]:
        approach = APPROACHES[name]()
        if isinstance(approach, Crf) and tuning:
            approach.options = replace(approach.options, **tuning)
        if isinstance(approach, Learned):
            head = approach.options.head
            if args.hidden is not None:
                head = replace(head, hidden=args.hidden)
            if args.epochs is not None:
                head = replace(head, epochs=args.epochs)
            if args.role_weight:
                head = replace(head, role_weight=per_role(args.role_weight))
            layers = approach.options.layers
            if args.layers:
                layers = tuple(int(n) for n in args.layers.split(",") if n)
            approach.options = replace(approach.options, head=head, layers=layers)
            if args.lexicon:
                approach.options = replace(approach.options, lexicon="de")
            if args.context:
                approach.options = replace(approach.options, context=True)
        pooled = SpkAttScores()
        biased: dict[float, SpkAttScores] = {}
        role_biased: dict[str, SpkAttScores] = {}
        started = time.monotonic()
        for f, test_ids in enumerate(parts[: args.folds], start=1):
            if args.fold and f not in args.fold:
                continue
            if isinstance(approach, TunedLearned) and (PAUSED or _past(TUNE.get("minutes"))):
                PAUSED.append(f"{name}: stopped before fold {f}")  # resumes there
                break
            train = [documents[i] for i in ids if i not in set(test_ids)]
            train = train[: max(1, round(len(train) * args.train_fraction))]
            test = [documents[i] for i in test_ids]
            approach.fit(train)
            if isinstance(approach, TunedLearned) and approach.paused:
                name = approach.name  # "encoder-tuned (epoch 1 of 3)"
                PAUSED.append(name)
            if isinstance(approach, Learned) and args.o_bias and approach.tagger is not None:
                trained = approach.tagger
                for bias in args.o_bias:  # the same head decoded with other O biases
                    trained.options = replace(trained.options, o_bias=bias)
                    scores = SpkAttScores()
                    for gold, pred in zip(test, approach.predict(test), strict=True):
                        scores.add(score_document(gold, pred))
                    biased.setdefault(bias, SpkAttScores()).add(scores)
                    rows.append(_row(f"{name} o_bias={bias}", str(f), scores))
                trained.options = replace(trained.options, o_bias=0.0)
            if isinstance(approach, Learned) and approach.tagger is not None:
                trained = approach.tagger
                plain = trained.options
                variants = [
                    (f"bias {t}", replace(plain, role_bias=per_role(t))) for t in args.bias or []
                ]
                variants += [
                    (f"rule-prior {t}", replace(plain, rule_prior=per_role(t)))
                    for t in args.rule_prior or []
                ]
                for label, options in variants:  # the same head decoded otherwise
                    trained.options = options
                    scores = SpkAttScores()
                    for gold, pred in zip(test, approach.predict(test), strict=True):
                        scores.add(score_document(gold, pred))
                    role_biased.setdefault(label, SpkAttScores()).add(scores)
                    rows.append(_row(f"{name} {label}", str(f), scores))
                trained.options = plain
            fold = SpkAttScores()
            for doc_id, gold, pred in zip(test_ids, test, approach.predict(test), strict=True):
                fold.add(score_document(gold, pred))
                if args.pred_dir:
                    out = args.pred_dir / name
                    out.mkdir(parents=True, exist_ok=True)
                    write_document(pred, out / f"{doc_id}.json")
            pooled.add(fold)
            rows.append(_row(name, str(f), fold))
            log.info("%s fold %d: %s", name, f, summary_line(fold))
        done = "pooled" if not PAUSED else f"pooled ({pooled.documents} docs so far)"
        rows.append(_row(name, done, pooled))
        rows.extend(_row(f"{name} o_bias={b}", "pooled", sc) for b, sc in biased.items())
        rows.extend(_row(f"{name} {b}", "pooled", sc) for b, sc in role_biased.items())
        log.info("%s: %.0f s", name, time.monotonic() - started)
    if args.views_cache:
        VIEWS.save(args.views_cache)
    print(HEADER)
    print("\n".join(rows))
    return 3 if PAUSED else 0


def prepare(train_dir: Path, cache: Path, seconds: float, pieces: bool = False) -> bool:
    """Analyse and encode the documents of ``train_dir`` into ``cache`` a chunk at a time
    until ``seconds`` have passed (``pieces``: layer 6 at every piece too, for
    encoder-tuned); True once every chunk is there."""
    started = time.monotonic()
    total = len(document_paths(train_dir))
    for n in range(ENCODED_CHUNK, total + ENCODED_CHUNK, ENCODED_CHUNK):
        if time.monotonic() - started > seconds:
            log.info("stopped after %.0f s with %d of %d documents cached",
                     time.monotonic() - started, n - ENCODED_CHUNK, total)  # fmt: skip
            return False
        cached_docs, _ = analysed("spkatt", train_dir, cache, limit=min(n, total))
        cached_states(cached_docs, cache)
        if pieces:
            from attribution_tune import piece_states

            piece_states(cached_docs, cache)
    log.info("all %d documents cached in %s", total, cache)
    return True


def _training_set(train: list[SpkAttDocument]) -> str:
    """A checkpoint's name: its training documents' (each fold's own; the first name
    alone is the same for most folds)."""
    names = "\n".join(sorted(d.name for d in train))
    return f"train-{len(train)}-{hashlib.sha1(names.encode()).hexdigest()[:12]}"


def _past(minutes: object) -> bool:
    """Whether the run is past ``minutes`` (--tune-minutes; never when unset)."""
    return bool(minutes) and time.monotonic() > STARTED + float(str(minutes)) * 60


def per_role(text: str) -> dict[str, float]:
    """``C=1,S=0.5`` as {"C": 1.0, "S": 0.5} (role biases, role weights)."""
    return {k.strip(): float(v) for k, v in (part.split("=") for part in text.split(",") if part)}


HEADER = (
    "| approach | fold | docs | message P/R/F1 | cue P/R/F1 | source P/R/F1 | addr F1 "
    "| annotations P/R/F1 | form acc |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


def _row(name: str, fold: str, s: SpkAttScores) -> str:
    def prf(role: str) -> str:
        r = s.roles[role]
        return f"{r.precision:.2f}/{r.recall:.2f}/{r.f1:.2f}"

    a = s.annotations
    return (
        f"| {name} | {fold} | {s.documents} | {prf('Message')} | {prf('Cue')} | {prf('Source')} "
        f"| {s.roles['Addr'].f1:.2f} | {a.precision:.2f}/{a.recall:.2f}/{a.f1:.2f} "
        f"| {s.form_accuracy:.2f} |"
    )


if __name__ == "__main__":
    sys.exit(main())
