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
EXTRACTORS = (
    "lagebild_entities",
    "lagebild_quantities",
    "lagebild_times",
    "lagebild_attribution",
    "lagebild_modality",
    "lagebild_events",
)


# Languages whose trained pipeline gets HanTa's STTS tags and lemmas on top by default: the
# rule-based extractors read tag_ and lemma_, and HanTa's are better than the compact
# model's (see MODELS.md, "Default pipeline").
HANTA_ON_TOP = {"de": True}


@dataclass(frozen=True, slots=True)
class NlpOptions:
    """How to build a pipeline.

    model: a spaCy pipeline directory to use instead of the shipped one; ``"hanta"`` forces the
        blank pipeline with HanTa tags and lemmas.
    hanta: run HanTa after a trained pipeline, overwriting its tags, UPOS and lemmas;
        None takes the language's default (:data:`HANTA_ON_TOP`).
    extractors: the lagebild components to add after the linguistic ones.
    """

    model: str | Path | None = None
    hanta: bool | None = None
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
    nlp = _linguistic_pipeline(lang, options)
    _import_extractors()
    for name in options.extractors:
        nlp.add_pipe(name)
    return nlp


def _linguistic_pipeline(lang: str, options: NlpOptions) -> Language:
    model = options.model
    if model is not None and str(model) != "hanta":
        path = Path(model)
        if not (path / "config.cfg").exists():
            raise ModelNotFoundError(
                f"no spaCy pipeline at {path} (expected {path / 'config.cfg'})"
            )
        return _trained_pipeline(path, lang, options)
    shipped = shipped_model_path(lang) if model is None else None
    if shipped is not None:
        return _trained_pipeline(shipped, lang, options)
    if model is None:
        log.info("no trained %s model shipped; using HanTa tags and lemmas", lang)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lagebild_paragraphs")
    nlp.add_pipe("lagebild_hanta")
    return nlp


def _trained_pipeline(path: Path, lang: str, options: NlpOptions) -> Language:
    """A trained pipeline with paragraph breaks as sentence starts and optionally HanTa on top."""
    nlp = spacy.load(path)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("lagebild_paragraphs", first=True)
    on_top = HANTA_ON_TOP.get(lang, False) if options.hanta is None else options.hanta
    if on_top:
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
