"""lagebild's sentence Viterbi tags and lemmatizes exactly as HanTa's own ``tag_sent``."""

from __future__ import annotations

from pathlib import Path

import pytest
from HanTa import HanoverTagger

from lagebild.nlp.hanta import ANALYSIS_CACHE_SIZE, HANTA_MODELS, _sentence_tagger
from lagebild.nlp.hanta_viterbi import SentenceTagger

EXAMPLE = Path(__file__).parents[2] / "examples" / "nordkorea-truppen-2024-10-18.txt"

GERMAN = [
    "Die Ministerin kündigte am Montag an , das Gesetz noch vor der Sommerpause vorzulegen .",
    "„ Wir werden das prüfen “ , sagte ein Sprecher des Unternehmens in Wolfsburg .",
    "Nach Angaben der Polizei wurden drei Menschen leicht verletzt .",
    "Zwölf Abgeordnete stimmten dagegen , vier enthielten sich .",
    "Der Quirlmeisterverband Nordoberbrackwitz kritisierte die Zuschlagsverfahrensordnung scharf .",
    "Er sei nicht gefragt worden , hieß es aus Regierungskreisen .",
    "Die Inflationsrate lag im Oktober bei 2,4 Prozent .",
    "Xqzv blorpt wenn Grummeldorfs .",
    "Ja",
    "Berlin",
]
ENGLISH = [
    "The minister said on Monday that the bill would be introduced before the recess .",
    "Police said three people were slightly injured .",
    "Glorbnax quindled the frabjous wompers yesterday .",
]


@pytest.fixture(scope="module")
def plain_de() -> object:
    """HanTa as it comes (its own sentence Viterbi, no lexicon, no memo)."""
    return HanoverTagger.HanoverTagger(HANTA_MODELS["de"])


def test_german_sentences_are_tagged_as_by_plain_hanta(plain_de: object) -> None:
    fast = _sentence_tagger("de")
    for sentence in GERMAN:
        words = sentence.split()
        assert fast.tag_sent(words) == plain_de.tag_sent(words), sentence  # type: ignore[attr-defined]


def test_a_real_article_is_tagged_as_by_plain_hanta(plain_de: object) -> None:
    fast = _sentence_tagger("de")
    lines = [ln.split() for ln in EXAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for words in lines[:25]:
        assert fast.tag_sent(words) == plain_de.tag_sent(words), " ".join(words)  # type: ignore[attr-defined]


def test_english_sentences_are_tagged_as_by_plain_hanta() -> None:
    plain = HanoverTagger.HanoverTagger(HANTA_MODELS["en"])
    fast = SentenceTagger(HanoverTagger.HanoverTagger(HANTA_MODELS["en"]), ANALYSIS_CACHE_SIZE)
    for sentence in ENGLISH:
        words = sentence.split()
        assert fast.tag_sent(words) == plain.tag_sent(words), sentence  # type: ignore[attr-defined]


def test_a_model_whose_tables_differ_in_order_falls_back_to_hanta(plain_de: object) -> None:
    tagger = HanoverTagger.HanoverTagger(HANTA_MODELS["de"])
    state, followers = next(iter(tagger.LP_trans_word.items()))
    tagger.LP_trans_word[state] = dict(reversed(list(followers.items())))
    fast = SentenceTagger(tagger, 100)
    words = GERMAN[0].split()
    assert fast.tag_sent(words) == tagger.tag_sent(words)
    assert fast._order is None  # HanTa's own Viterbi tagged it


def test_an_empty_sentence_has_no_tags() -> None:
    assert _sentence_tagger("de").tag_sent([]) == []
