"""A spaCy component that tags and lemmatizes with HanTa (German STTS, English CLAWS5).

HanTa ships its models inside its wheel, so this works offline on a blank pipeline.
It sets ``token.tag_`` (STTS for German), ``token.pos_`` (UPOS) and ``token.lemma_``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from HanTa.HanoverTagger import HanoverTagger
from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.gc_pause import paused_gc
from lagebild.nlp.hanta_lexicon import HantaLexicon, load_lexicon
from lagebild.nlp.hanta_viterbi import SentenceTagger
from lagebild.nlp.hanta_words import WordAnalyses
from lagebild.nlp.tags import normalize_hanta_tag, to_upos

log = logging.getLogger(__name__)

HANTA_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
QUOTE_CHARS = frozenset("\"„“”‚‘’»«'")
# HanTa's English model knows contractions and possessives only with a straight apostrophe:
# "it’s" tagged "’s" as a number and "didn’t" "n’t" as a noun; words are looked up with it.
EN_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
# Its quotation marks are straight ones: after a curly closing mark it read "adding" as a
# noun ('praised “the plan,” adding that ...'), after a straight one as the participle.
EN_STRAIGHT_QUOTES = {**dict.fromkeys("„“”»«", '"'), **dict.fromkeys("‚‘’", "'")}
CLAWS_TO_UPOS = {
    "AJ": "ADJ", "AT": "DET", "AV": "ADV", "CJ": "CCONJ", "CR": "NUM", "DP": "PRON",
    "DT": "DET", "EX": "PRON", "IT": "INTJ", "NN": "NOUN", "NP": "PROPN", "OR": "ADJ",
    "PN": "PRON", "PO": "PART", "PR": "ADP", "PU": "PUNCT", "TO": "PART", "UN": "X",
    "VB": "AUX", "VD": "AUX", "VH": "AUX", "VM": "AUX", "VV": "VERB", "XX": "PART", "ZZ": "X",
}  # fmt: skip


# STTS tags whose UPOS depends on UD conventions the tag does not carry, where a trained
# morphologizer run before HanTa chooses better than the fixed mapping (indefinite pronouns
# "viele", "alle": DET or PRON; separable particles: ADP or ADV; attributive "viele": ADJ
# or DET). Chosen on the tune part of GSD dev (+0.5 UPOS), confirmed on GSD test (MODELS.md).
MORPHOLOGIZER_DECIDES: dict[str, frozenset[str]] = {
    "PIS": frozenset({"DET", "PRON"}),
    "PTKVZ": frozenset({"ADP", "ADV"}),
    "ADJA": frozenset({"ADJ", "DET"}),
}


# Word analyses are pure functions of their arguments. Frequent words come precomputed
# from the shipped lexicon (lagebild.nlp.hanta_lexicon, identical results); the rest are
# memoized per loaded tagger, which gave identical output 37 % faster on a first pass over
# 200 news articles. Bounded, so memory stays flat on any corpus: a word not in the lexicon
# costs 1.2 KB in the two caches together (10,000 new words measured), so 200,000 entries
# would let each worker grow by 230 MB on a long stream of fresh names (docs/performance.md,
# "Streaming memory"); 50,000 (58 MB) keep the recent ones.
ANALYSIS_CACHE_SIZE = 50_000


# English capitalizes names only: a capitalized word HanTa does not know may be one. German
# capitalizes every noun, so there the tags stay HanTa's.
NAME_TAGS = {"en": "NP0"}


@lru_cache(maxsize=2)
def _sentence_tagger(lang: str) -> SentenceTagger:
    """The sentence tagger over the loaded HanTa tagger of a language."""
    return SentenceTagger(_load_tagger(lang), ANALYSIS_CACHE_SIZE, name_tag=NAME_TAGS.get(lang))


@lru_cache(maxsize=2)
def _load_tagger(lang: str) -> Any:
    """The HanTa tagger for a language; loading takes about a second, so it is cached."""
    with paused_gc():  # its tables are many objects: 0.20-0.26 -> 0.12-0.16 s CPU
        return _new_tagger(lang)


def _new_tagger(lang: str) -> Any:
    import HanTa

    tagger = _Tagger(HANTA_MODELS[lang])
    model_file = Path(HanTa.__file__).with_name(HANTA_MODELS[lang])
    lexicon = load_lexicon(lang, model_file, tagger.int2tag)
    words = WordAnalyses(tagger)  # HanTa's word analyses, the same results with fewer calls
    tagger.analyze_viterbi = words.viterbi
    tagger.analyze_forward = lru_cache(maxsize=ANALYSIS_CACHE_SIZE)(
        _forward_from(lexicon, words.forward)
    )
    tagger._analyze = lru_cache(maxsize=ANALYSIS_CACHE_SIZE)(
        _analyze_from(lexicon, tagger._analyze)
    )
    return tagger


class _Tagger(HanoverTagger):
    """HanTa's tagger, loaded with a faster computation of which states can lead to each
    final state (HanTa's ``reachable``: the same sets, 0.03 s less per load)."""

    def reachable(self) -> None:
        self.reachability = reachability(self.LP_trans, self.int2tag)


def reachability(trans: dict[Any, Any], int2tag: dict[int, str]) -> dict[int, frozenset[int]]:
    """For each final state (a negative tag number), the states from which a chain of
    transitions leads to it: what HanTa's ``reachable`` computes, by a walk over each
    state's predecessors instead of rescanning all transitions for each state found."""
    predecessors: dict[int, set[int]] = {}
    for (_, c), followers in trans.items():
        for f in followers:
            predecessors.setdefault(f, set()).add(c)
    found: dict[int, frozenset[int]] = {}
    for c in int2tag:
        if c >= 0:
            continue
        states = set(predecessors.get(c, ()))
        todo = list(states)
        while todo:
            for a in predecessors.get(todo.pop(), ()):
                if a not in states:
                    states.add(a)
                    todo.append(a)
        found[c] = frozenset(states)
    return found


def _forward_from(lexicon: HantaLexicon | None, analyze_forward: Any) -> Any:
    if lexicon is None:
        return analyze_forward

    def forward(word: str) -> Any:
        found = lexicon.forward(word)
        return found if found is not None else analyze_forward(word)

    return forward


def _analyze_from(lexicon: HantaLexicon | None, analyze: Any) -> Any:
    if lexicon is None:
        return analyze

    def lemma(word: str, pos: int, taglevel: int = 1) -> Any:
        if taglevel == 1:
            found = lexicon.lemma(word.lower(), pos)
            if found is not None:
                return found.lemma, found.tag
        return analyze(word, pos, taglevel)

    return lemma


class HantaTagger:
    """Assigns tag_, pos_ and lemma_ sentence by sentence (one sentence if none are set)."""

    def __init__(self, lang: str) -> None:
        if lang not in HANTA_MODELS:
            raise ValueError(
                f"HanTa has no model for language {lang!r}; use one of {sorted(HANTA_MODELS)}"
            )
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        tagger = _sentence_tagger(self.lang)
        for sent in _sentences(doc):
            words = [self._word(t.text) for t in sent]
            if not words:
                continue
            try:
                tagged = tagger.tag_sent(words)
            except Exception as exc:  # HanTa raises bare exceptions on odd input
                log.warning("HanTa could not tag %r: %s", " ".join(words)[:80], exc)
                continue
            for token, (_, lemma, raw_tag) in zip(sent, tagged, strict=False):
                tag = self._tag(token.text, raw_tag)
                token.pos_ = self._upos(tag, token)
                token.tag_ = tag
                token.lemma_ = lemma if lemma and token.text not in QUOTE_CHARS else token.text
            if self.lang == "de":
                _neither_nor_participles(sent)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _word(self, text: str) -> str:
        if self.lang != "en":
            return text
        if text in QUOTE_CHARS:
            return EN_STRAIGHT_QUOTES.get(text, text)
        return text.translate(EN_APOSTROPHES)

    def _tag(self, text: str, raw_tag: str) -> str:
        if text in QUOTE_CHARS:
            return "$(" if self.lang == "de" else "PUQ"
        return normalize_hanta_tag(raw_tag) if self.lang == "de" else raw_tag

    def _upos(self, tag: str, token: Token) -> str:
        if self.lang != "de":
            return CLAWS_TO_UPOS.get(tag[:2], "X")
        if token.pos_ in MORPHOLOGIZER_DECIDES.get(tag, ()):
            return token.pos_  # a trained morphologizer ran before and chose within the tag
        upos = to_upos(tag, "de")
        return "PUNCT" if upos == "X" and token.is_punct else upos


def _neither_nor_participles(sent: Any) -> None:
    """'weder bestätigt noch dementiert': the first verb of the pair is a participle like the
    second (HanTa reads a finite 'bestätigt' without the auxiliary beside it)."""
    for i in range(2, len(sent) - 1):
        token = sent[i]
        if token.lower_ != "noch" or sent[i - 2].lower_ != "weder":
            continue
        first = sent[i - 1]
        if first.tag_ == "VVFIN" and sent[i + 1].tag_ == "VVPP":
            first.tag_ = "VVPP"


def _sentences(doc: Doc) -> Iterator[Any]:
    if doc.has_annotation("SENT_START"):
        yield from doc.sents
    else:
        yield doc[:]


@Language.factory(
    "lagebild_hanta",
    assigns=["token.tag", "token.pos", "token.lemma"],
    default_config={},
)
def make_hanta_tagger(nlp: Language, name: str) -> HantaTagger:
    """POS tags and lemmas from HanTa for German or English."""
    return HantaTagger(nlp.lang or "de")
