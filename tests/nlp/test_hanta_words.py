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


def test_suffix_cascades_shared_between_words_are_hantas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The suffix part of HanTa's estimate is cached by a stretch's last four letters and
    # whether it is longer; stretches that end alike in words of different lengths, short
    # words (estimated at any length) and a cache emptied at every entry give HanTa's own.
    import lagebild.nlp.hanta_words as hanta_words

    plain = HanoverTagger.HanoverTagger(HANTA_MODELS["de"])
    words = ["glumpfung", "umpfung", "mpfung", "pfung", "fung", "ung", "xyq", "quabbelt",
             "bbelt", "belt", "abgequabbelte", "zwurbelnden", "wurbel-zwurbel"]  # fmt: skip
    for size in (hanta_words.SUFFIX_CACHE_SIZE, 1):
        monkeypatch.setattr(hanta_words, "SUFFIX_CACHE_SIZE", size)
        fast = WordAnalyses(plain)
        for word in words:
            own = plain.analyze_forward(word)
            assert fast.forward(word) == own, (size, word)
            tag = own[0][0]
            assert fast.viterbi(word, -tag) == plain.analyze_viterbi(word, -tag), (size, word)
