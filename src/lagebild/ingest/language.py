"""Language identification of article text (lingua, offline)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Languages lingua tells apart; lagebild analyses German and English and reports others as such.
CANDIDATES = ("GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN", "DUTCH", "POLISH", "RUSSIAN")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str, default: str = "de") -> str:
    """The ISO 639-1 code of the text's language, or ``default`` when it cannot tell."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        return default
    detected = _detector().detect_language_of(sample)
    if detected is None:
        return default
    return str(detected.iso_code_639_1.name).lower()
