"""Building the spaCy pipeline: a trained lagebild model where shipped, else blank + HanTa."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.errors import ModelNotFoundError
from lagebild.nlp import hanta, sentences  # noqa: F401  (register the factories)
from lagebild.nlp.extensions import register_extensions

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("de", "en")
SHIPPED_MODELS = {"de": "de_lagebild", "en": "en_lagebild"}
# Languages analysed with HanTa's tags and lemmas by default although a trained pipeline
# ships: the English extractors' rules are tuned to HanTa, and with the English model (alone
# or under HanTa) the English gold figures drop (docs/models-en.md). Its pipeline is used
# when asked for: NlpOptions(model=shipped_model_path("en")).
HANTA_BY_DEFAULT = frozenset({"en"})
EXTRACTORS = (
    "lagebild_entities",
    "lagebild_quantities",
    "lagebild_times",
    "lagebild_attribution",
    "lagebild_modality",
    "lagebild_events",
)


@dataclass(frozen=True, slots=True)
class NlpOptions:
    """How to build a pipeline.

    model: a spaCy pipeline directory to use instead of the shipped one; ``"hanta"`` forces the
        blank pipeline with HanTa tags and lemmas.
    extractors: the lagebild components to add after the linguistic ones.
    """

    model: str | Path | None = None
    extractors: tuple[str, ...] = field(default=EXTRACTORS)


def shipped_model_path(lang: str) -> Path | None:
    """The directory of the trained pipeline shipped for ``lang``, or None if not there."""
    name = SHIPPED_MODELS.get(lang)
    if name is None:
        return None
    path = Path(str(resources.files("lagebild") / "models" / name))
    return path if (path / "config.cfg").exists() else None


def build_nlp(lang: str = "de", options: NlpOptions | None = None) -> Language:
    """The full lagebild pipeline for ``lang``: tokens, sentences, tags, lemmas, then extractors."""
    options = options or NlpOptions()
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; lagebild analyses {SUPPORTED_LANGUAGES}")
    register_extensions()
    nlp = _linguistic_pipeline(lang, options.model)
    _import_extractors()
    for name in options.extractors:
        nlp.add_pipe(name)
    return nlp


def _linguistic_pipeline(lang: str, model: str | Path | None) -> Language:
    if model is not None and str(model) != "hanta":
        path = Path(model)
        if not (path / "config.cfg").exists():
            raise ModelNotFoundError(
                f"no spaCy pipeline at {path} (expected {path / 'config.cfg'})"
            )
        return spacy.load(path)
    shipped = shipped_model_path(lang) if model is None and lang not in HANTA_BY_DEFAULT else None
    if shipped is not None:
        nlp = spacy.load(shipped)
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("lagebild_paragraphs", first=True)
        return nlp
    if model is None and lang not in HANTA_BY_DEFAULT:
        log.info("no trained %s model shipped; using HanTa tags and lemmas", lang)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lagebild_paragraphs")
    nlp.add_pipe("lagebild_hanta")
    return nlp


def _import_extractors() -> None:
    """Import the extractor modules so their factories are registered without entry points."""
    from lagebild.extract import (  # noqa: F401
        attribution,
        entities,
        events,
        modality,
        quantities,
        times,
    )
