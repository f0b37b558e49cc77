"""Figures in the briefing's language, kept as their source gave them: the approximator
("rund", "about"), the number (only its separators change with the language), a vague
amount ("hunderte" / "hundreds") and the counted thing ("Soldaten" / "soldiers").

Nothing is computed: no rounding, no averaging, no conversion of units.
"""

from __future__ import annotations

import re
from typing import Any

from lagebild.brief.lexicon import (
    APPROXIMATORS,
    MULTIPLIERS,
    NUMBER_WORDS,
    UNITS,
    VAGUE_AMOUNTS,
)

_NUMBER = re.compile(r"\d[\d.,\u202f\u00a0]*\d|\d")


def _swap_separators(number: str, source: str, target: str) -> str:
    """ "11.000" (de) <-> "11,000" (en); "1,5" (de) <-> "1.5" (en)."""
    if source == target:
        return number
    table = str.maketrans({".": ",", ",": "."})
    return number.translate(table)


def _translate_words(text: str, pairs: tuple[tuple[str, str], ...], source: str) -> str | None:
    """The other language's word for a whole phrase of ``pairs`` (longest first)."""
    side, other = (0, 1) if source == "de" else (1, 0)
    for pair in sorted(pairs, key=lambda p: -len(p[side])):
        if text.casefold() == pair[side].casefold():
            return pair[other]
    return None


def base_vague(word: str) -> str:
    """A vague amount in the nominative: "hunderten" -> "hunderte"."""
    for pair in VAGUE_AMOUNTS:
        if word.casefold() == pair[0].casefold() + "n":
            return word[:-1]
    return word


def figure_text(quantity: dict[str, Any], language: str, source_language: str) -> str:
    """The figure's own words (approximator, number, number word) in ``language``."""
    text = " ".join(quantity["text"].split())
    match = _NUMBER.search(text)
    if match is None:
        if language == source_language:
            return base_vague(text)
        whole = _translate_words(base_vague(text), VAGUE_AMOUNTS, source_language)
        if whole is not None:
            return whole
        return _words_in_other_language(text, source_language)
    before = text[: match.start()].strip()
    after = text[match.end() :].strip()
    number = match.group()
    if language == source_language:
        return text
    words = [_translate_words(before, APPROXIMATORS, source_language) or before] if before else []
    words.append(_swap_separators(number, source_language, language))
    if after:
        words.append(_translate_words(after, MULTIPLIERS, source_language) or after)
    return " ".join(w for w in words if w)


def _words_in_other_language(text: str, source: str) -> str:
    """A written-out figure ("mindestens sieben") word group by word group; a group no
    table knows stays as it is."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (2, 1):
            group = " ".join(words[i : i + size])
            translated = None
            for table in (APPROXIMATORS, NUMBER_WORDS, VAGUE_AMOUNTS, MULTIPLIERS):
                translated = translated or _translate_words(group, table, source)
            if translated is not None and len(words[i : i + size]) == size:
                out.append(translated)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def unit_text(quantity: dict[str, Any], language: str) -> str:
    """The counted thing in the plural in ``language``; "" when unknown."""
    unit = (quantity.get("unit") or "").casefold()
    forms = UNITS.get(unit)
    if forms is None:
        return ""
    return forms[0] if language == "de" else forms[1]


def numbers_in(text: str) -> list[float]:
    """The numeric values written in a text, either language's separators ("11.000",
    "3,000", "1,5")."""
    values: list[float] = []
    for match in _NUMBER.finditer(text):
        raw = match.group().replace("\u202f", "").replace("\u00a0", "")
        values.extend(_readings(raw))
    return values


def _readings(raw: str) -> list[float]:
    """Every value a written number can stand for (separators are ambiguous)."""
    out: set[float] = set()
    for thousands, decimal in ((".", ","), (",", ".")):
        candidate = raw.replace(thousands, "").replace(decimal, ".")
        try:
            out.add(float(candidate))
        except ValueError:
            continue
    return sorted(out)
