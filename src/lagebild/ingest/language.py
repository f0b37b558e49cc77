"""Language identification of article text (lingua, offline).

Lingua's first detection in a process reads its language models: about a tenth of a second
of a cold ``lagebild analyze`` (docs/performance.md). An article whose sample is plainly
German or plainly English (many of the language's own function words, next to none of
the other's) is named without it: :func:`obvious_language`. Everything else (short texts,
mixed ones, other languages) goes to lingua as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Languages lingua tells apart; lagebild analyses German and English and reports others as such.
CANDIDATES = ("GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN", "DUTCH", "POLISH", "RUSSIAN")
# The characters lingua is given.
SAMPLE = 2000


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words frequent in one language and no words of the other (nor frequent ones of the
# other candidates): so not German "in", "die", "an", "so", "will", "war", "also", French "des",
# Italian "sei", nor English "is", "to", "on", "a".
GERMAN_WORDS = _words(
    "der und den von zu mit sich auf für ist im dem nicht ein eine auch werden aus hat"
    " dass daß nach wird bei einer sind noch wie einem über einen zum haben nur oder aber"
    " zur durch wurde wurden ich wir sagte können kann soll sollen seien habe"
    " bereits sowie gegen unter jedoch schon"
)
ENGLISH_WORDS = _words(
    "the and of that was for with are by from have this were which said his they their"
    " been would has but not be it its had who after there what when more can"
    " could should about into than them these those other"
)
# A sample is obvious with at least this many words, this share of them the language's
# own function words, and the other language's at most this share of as many (an English
# name in a German article, "Institute for the Study of War", is no reason to doubt it).
# Checked against lingua on SpkAtt, PolNeAR, UD, GermEval and on German/English mixes, where
# 0.2 named two English-led mixes English that lingua called German, 0.15 none; 0.1 leaves
# a margin.
MIN_WORDS = 40
MIN_SHARE = 0.15
MAX_OTHER = 0.1
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str, default: str = "de") -> str:
    """The ISO 639-1 code of the text's language, or ``default`` when it cannot tell."""
    sample = text[:SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return default
    obvious = obvious_language(sample)
    if obvious is not None:
        return obvious
    detected = _detector().detect_language_of(sample)
    if detected is None:
        return default
    return str(detected.iso_code_639_1.name).lower()


def obvious_language(sample: str) -> str | None:
    """ "de" or "en" when the sample is plainly German or English prose, else None.

    Plain: at least :data:`MIN_WORDS` words, of which at least :data:`MIN_SHARE` are the
    language's own function words, and the other language's at most :data:`MAX_OTHER` of
    as many.
    """
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    german = sum(w in GERMAN_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    for code, own, other in (("de", german, english), ("en", english, german)):
        if own >= MIN_SHARE * len(words) and other <= MAX_OTHER * own:
            return code
    return None
