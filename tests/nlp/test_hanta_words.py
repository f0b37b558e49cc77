"""lagebild's word analyses give HanTa's own results, for words of every kind."""

from __future__ import annotations

import pytest
from HanTa import HanoverTagger

from lagebild.nlp.hanta import HANTA_MODELS
from lagebild.nlp.hanta_words import WordAnalyses

# Known words, inflected forms, compounds, made-up words, names, numbers, short words,
# a hyphenated compound, an abbreviation and punctuation.
GERMAN = [
    "regierung", "verhandlungen", "bundestagsabgeordneten", "zuschlagsverfahrensordnung",
    "quirlmeisterverband", "nordoberbrackwitz", "gesagt", "vorzulegen", "ausgezeichnete",
    "schneller", "am", "zu", "es", "x", "2,4", "1989", "corona-krise", "usw.", "„", ",",
    "grummeldorfs", "xqzv", "unbeantwortbar", "entscheidungsträgerinnen", "abgesagt",
]  # fmt: skip
ENGLISH = [
    "government", "negotiations", "said", "glorbnax", "quindled", "frabjous", "it's",
    "unbelievably", "re-elected", "a", "3.5", "wompers",
]  # fmt: skip


@pytest.fixture(scope="module", params=["de", "en"])
def language(request: pytest.FixtureRequest) -> tuple[object, list[str]]:
    lang = request.param
    return HanoverTagger.HanoverTagger(HANTA_MODELS[lang]), GERMAN if lang == "de" else ENGLISH


def test_tag_probabilities_are_hantas(language: tuple[object, list[str]]) -> None:
    tagger, words = language
    fast = WordAnalyses(tagger)
    for word in words:
        own = tagger.analyze_forward(word)  # type: ignore[attr-defined]
        assert fast.forward(word) == own, word


def test_morphemes_for_each_likely_tag_are_hantas(language: tuple[object, list[str]]) -> None:
    tagger, words = language
    fast = WordAnalyses(tagger)
    compared = 0
    for word in words:
        for tag, _ in tagger.analyze_forward(word)[:3]:  # type: ignore[attr-defined]
            own = tagger.analyze_viterbi(word, -tag)  # type: ignore[attr-defined]
            assert fast.viterbi(word, -tag) == own, (word, tag)
            compared += 1
    assert compared >= len(words)


def test_a_strict_tagger_gets_hantas_strict_analyses() -> None:
    plain = HanoverTagger.HanoverTagger(HANTA_MODELS["de"])
    plain.strict = True
    fast = WordAnalyses(plain)
    for word in ["quirlmeisterverband", "regierung", "xqzv"]:
        assert fast.forward(word) == plain.analyze_forward(word), word


def test_suffix_cascades_are_hantas_with_shared_and_own_suffix_tables() -> None:
    # The suffix part of HanTa's estimate is found once for all open classes when their
    # suffix tables list the same suffixes (both shipped models), else class by class:
    # stretches that end alike in words of different lengths and short words (estimated at
    # any length) give HanTa's own analyses either way.
    plain = HanoverTagger.HanoverTagger(HANTA_MODELS["de"])
    words = ["glumpfung", "umpfung", "mpfung", "pfung", "fung", "ung", "xyq", "quabbelt",
             "bbelt", "belt", "abgequabbelte", "zwurbelnden", "wurbel-zwurbel"]  # fmt: skip
    shared = WordAnalyses(plain)
    own = WordAnalyses(plain)
    own._suffix_keys = None  # as for a model whose classes list different suffixes
    assert shared._suffix_keys is not None
    for fast in (shared, own):
        for word in words:
            expected = plain.analyze_forward(word)
            assert fast.forward(word) == expected, word
            tag = expected[0][0]
            assert fast.viterbi(word, -tag) == plain.analyze_viterbi(word, -tag), word
