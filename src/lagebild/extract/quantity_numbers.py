"""Numbers in German and English news: digits with their grouping, number words, fractions,
vague amounts ("Dutzende", "hundreds of") and scale words, read from a spaCy ``Doc``.

:func:`read_number` gives the :class:`Core` of a figure; :mod:`lagebild.extract.quantities`
adds approximators, ranges, units and exclusions. Also the phrase-table lookup both use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from spacy.tokens import Doc
from spacy.util import get_lang_class

from lagebild.extract import quantity_lexicon as lex

V = TypeVar("V")

_NUMBER = {
    "de": re.compile(
        r"^(?P<sign>[-−+]?)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        r"(?P<dot>\.)?(?P<suffix>%|%-punkte?n?|mio|mrd)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?P<sign>[-−+]?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?P<dot>)(?P<suffix>%|k|m|mn|bn|b|tn)?$",
        re.IGNORECASE,
    ),
}
#: German text that writes a decimal point ("1.5 Millionen"): read only before a scale/percent.
_DE_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")
#: Both digit patterns need a digit (``\d``): the pre-test of ``number_starts``.
_DIGIT = re.compile(r"\d")
_GROUP_HEAD = re.compile(r"^\d{1,3}$")
_GROUP_TAIL = {"de": re.compile(r"^\d{3}(?:,\d+)?$"), "en": re.compile(r"^\d{3}(?:\.\d+)?$")}
_GROUP_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
_SENTENCE_PUNCT = frozenset({".", "!", "?", ":", ";", '"', "„", "“", "”", "(", "–", "—", "«", "»"})
_FEW_TABLES = {lang: dict.fromkeys(phrases, True) for lang, phrases in lex.FEW.items()}


@dataclass(slots=True)
class Core:
    """A figure without its approximator: tokens ``i``..``j`` (exclusive), chars start..end."""

    i: int
    j: int
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    scale: float = 1.0
    base: float = 0.0
    bare_int: bool = False
    words: bool = False
    approximate: bool = False
    unit: str | None = None
    final: bool = False


# --- the number itself --------------------------------------------------------------------


def read_number(doc: Doc, k: int, lang: str) -> Core | None:
    """A number, number words or a vague amount starting at token ``k``, with its scale."""
    if k >= len(doc):
        return None
    for reader in (_fraction, _few, _one, _vague, _digits, _number_words):
        core = reader(doc, k, lang)
        if core is not None:
            return core
    return None


def number_starts(doc: Doc, lang: str) -> list[bool]:
    """For each token, whether :func:`read_number` may find a number starting there.

    A necessary condition, one pass over the tokens: each reader needs its first token to
    be a first word of its table (fractions, "few", "one", vague amounts), to hold a digit
    (both digit patterns need one), or to be a number word (German: a cardinal of 2 or
    more; English: a small number or a tens word). Where it is False, ``read_number`` gives
    None; where it is True, it may still.
    """
    first_words = _first_words(lang)
    starts = []
    for token in doc:
        lower = token.lower_
        if lower in first_words or _DIGIT.search(token.text) is not None:
            starts.append(True)
        elif lang == "de":
            value = _german_number(lower)
            starts.append(value is not None and value >= 2)
        else:
            starts.append(lower in lex.EN_SMALL or lower in lex.EN_TENS)
    return starts


@cache
def _first_words(lang: str) -> frozenset[str]:
    """The words a fraction, "few", "one" or vague amount of ``lang`` starts with."""
    tables: tuple[Mapping[tuple[str, ...], object], ...] = (
        lex.FRACTION_WORDS[lang],
        _FEW_TABLES[lang],
        lex.VAGUE[lang],
    )
    firsts = {first for table in tables for first in _shape(table)[1]}
    return frozenset(firsts | lex.ONE_WORDS[lang])


def _fraction(doc: Doc, k: int, lang: str) -> Core | None:
    base, m = phrase(doc, k, lex.FRACTION_WORDS[lang])
    if base is None:
        return None
    scale, j = _scales(doc, k + m, lang)
    if scale == 1:
        return None
    return Core(
        k, j, doc[k].idx, token_end(doc, j), base * scale, scale=scale, base=base, words=True
    )


def _few(doc: Doc, k: int, lang: str) -> Core | None:
    _, m = phrase(doc, k, _FEW_TABLES[lang])
    if not m:
        return None
    scale, j = _scales(doc, k + m, lang)
    if scale == 1:
        return None
    low, high = lex.FEW_RANGE
    return Core(k, j, doc[k].idx, token_end(doc, j), None, low * scale, high * scale, vague=True)


def _one(doc: Doc, k: int, lang: str) -> Core | None:
    if doc[k].lower_ not in lex.ONE_WORDS[lang]:
        return None
    scale, j = _scales(doc, k + 1, lang)
    if scale == 1:
        return None
    dozen = doc[k + 1].lower_ in ("dutzend", "dozen")
    core = Core(k, j, doc[k].idx, token_end(doc, j), scale, scale=scale, base=1.0, words=True)
    core.approximate = dozen
    return core


def _vague(doc: Doc, k: int, lang: str) -> Core | None:
    bounds, m = phrase(doc, k, lex.VAGUE[lang])
    if bounds is None:
        return None
    low, high = bounds
    j = k + m
    scales = lex.VAGUE_SCALES[lang]
    of = 1 if j < len(doc) and doc[j].lower_ in ("of", "von") else 0
    if j + of < len(doc) and doc[j + of].lower_ in scales:
        scale = scales[doc[j + of].lower_]
        low, high, j = low * scale, (high + 1) * scale - 1, j + of + 1
    elif doc[k].lower_ in lex.VAGUE_NEEDS_SCALE:
        return None
    return Core(k, j, doc[k].idx, token_end(doc, j), None, low, high, vague=True)


def _digits(doc: Doc, k: int, lang: str) -> Core | None:
    tok = doc[k]
    match = _NUMBER[lang].match(tok.text)
    end_char = tok.idx + len(tok)
    j = k + 1
    if match is None:
        if lang == "de" and _DE_DOT_DECIMAL.match(tok.text) and _scale_or_percent_at(doc, j, lang):
            value = float(tok.text)
            scale, j = _scales(doc, j, lang)
            return Core(k, j, tok.idx, token_end(doc, j), value * scale, scale=scale, base=value)
        return None
    num, suffix = match["num"], (match["suffix"] or "").lower()
    final = False
    if len(num) > 1 and num[0] == "0" and num[1].isdigit():
        return None  # "030 ...": a phone or an identifier
    if match["dot"]:
        if not _sentence_final(doc, k, lang):
            return None  # "3. Armee", "18. Oktober": an ordinal
        end_char -= 1
        final = True
    if _GROUP_HEAD.match(num) and not suffix and not match["dot"]:
        num, j, end_char = _digit_groups(doc, num, j, end_char, lang)
    value = _parse_digits(num, lang)
    bare = num.isdigit()
    unit = None
    scale = 1.0
    if suffix.startswith("%"):
        unit = lex.POINT_UNIT if "punkt" in suffix else lex.PERCENT_UNIT
        bare, end_char = False, tok.idx + match.start("suffix") + 1
    elif suffix:
        scale, bare = lex.GLUED_SCALES[suffix], False
        if suffix == "m" and "." not in num and "," not in num:
            scale, unit = 1.0, lex.METRE[lang]  # "100m": metres unless a currency says million
    if match["sign"] in ("-", "−"):
        value = -value
    if not suffix:
        glued = _glued_scale(doc, j, lang)
        if glued:
            scale, j, bare = glued, j + 1, False
            abbreviation = doc[j - 1].text
            end_char = doc[j - 1].idx + len(abbreviation.rstrip("."))
            final = abbreviation.endswith(".")  # "£500m." ends the sentence
    more, j2 = _scales(doc, j, lang)
    if more > 1:
        scale, j, bare = scale * more, j2, False
        end_char = token_end(doc, j)
    core = Core(k, j, tok.idx, end_char, value * scale, scale=scale, base=value, bare_int=bare)
    core.unit, core.final = unit, final
    return core


def _digit_groups(doc: Doc, num: str, j: int, end: int, lang: str) -> tuple[str, int, int]:
    """Extend "12" by the groups of "12 000" (split by a space or a non-breaking space)."""
    while j < len(doc):
        gap = j + 1 if doc[j].is_space and doc[j].text in _GROUP_SPACES else j
        between = doc[j - 1].whitespace_ + "".join(doc[t].text_with_ws for t in range(j, gap))
        if gap >= len(doc) or between not in _GROUP_SPACES:
            break
        tail = doc[gap].text
        if not _GROUP_TAIL[lang].match(tail):
            break
        num, j, end = f"{num} {tail}", gap + 1, doc[gap].idx + len(tail)
        if not tail.isdigit():
            break
    return num, j, end


def _number_words(doc: Doc, k: int, lang: str) -> Core | None:
    if lang == "de":
        value = _german_number(doc[k].lower_)
        j = k + 1
    else:
        value, j = _english_number(doc, k)
    if value is None or value < 2:
        return None
    scale, j = _scales(doc, j, lang)
    return Core(
        k, j, doc[k].idx, token_end(doc, j), value * scale, scale=scale, base=value, words=True
    )


def _german_number(word: str) -> float | None:
    """Value of a German cardinal written as one word ("zwölf", "zweihunderteinundzwanzig")."""
    if not word.isalpha():
        return None
    for unit_word, factor in (("tausend", 1000), ("hundert", 100)):
        if unit_word in word:
            head, _, tail = word.partition(unit_word)
            left = _german_number(head) if head else 1.0
            right = _german_number(tail) if tail else 0.0
            if left is None or right is None:
                return None
            return left * factor + right
    if word in lex.DE_SMALL:
        return float(lex.DE_SMALL[word])
    if word in lex.DE_TENS:
        return float(lex.DE_TENS[word])
    head, sep, tail = word.partition("und")
    if sep and head in lex.DE_UNITS and tail in lex.DE_TENS:
        return float(lex.DE_UNITS[head] + lex.DE_TENS[tail])
    return None


def _english_number(doc: Doc, k: int) -> tuple[float | None, int]:
    """Value of English number words from token ``k`` ("twenty-one", "two hundred and five")."""
    j, current, seen = k, 0.0, False
    while j < len(doc):
        word = doc[j].lower_
        if word in lex.EN_SMALL:
            current += lex.EN_SMALL[word]
        elif word in lex.EN_TENS:
            current += lex.EN_TENS[word]
            nxt = doc[j + 1] if j + 2 < len(doc) else None
            if nxt is not None and nxt.text == "-" and not doc[j].whitespace_:
                unit = doc[j + 2].lower_
                if unit in lex.EN_UNITS:
                    current += lex.EN_UNITS[unit]
                    j += 2
        elif word == "hundred" and seen:
            current *= 100
        elif word == "and" and seen and doc[j - 1].lower_ == "hundred" and j + 1 < len(doc):
            if doc[j + 1].lower_ not in lex.EN_SMALL and doc[j + 1].lower_ not in lex.EN_TENS:
                break
        else:
            break
        seen = True
        j += 1
    return (current if seen else None), j


def _parse_digits(num: str, lang: str) -> float:
    num = num.replace(" ", "")
    if lang == "de":
        return float(num.replace(".", "").replace(",", "."))
    if "," in num and "." not in num and not re.search(r",\d{3}(?:,|$)", num):
        return float(num.replace(",", "."))
    return float(num.replace(",", ""))


def _scales(doc: Doc, j: int, lang: str) -> tuple[float, int]:
    """The product of the scale words from token ``j`` ("hundred thousand") and the end."""
    scale = 1.0
    table = lex.SCALES[lang]
    while j < len(doc) and doc[j].lower_ in table:
        scale *= table[doc[j].lower_]
        j += 1
    return scale, j


def _glued_scale(doc: Doc, j: int, lang: str) -> float | None:
    """A scale abbreviation glued to the number before it ("£5m", "3 Mio" not)."""
    if j >= len(doc) or j == 0 or doc[j - 1].whitespace_:
        return None
    word = doc[j].lower_
    if word in lex.SCALES[lang]:
        return None  # read by _scales
    word = word.removesuffix(".") if len(word) <= 3 else word  # "£500m." at a sentence end
    if word == "m" and lang == "en":
        before = doc[j - 2].text if j >= 2 else ""
        decimal = "." in doc[j - 1].text
        return 1e6 if before in lex.CURRENCY_SYMBOLS or decimal else None
    return lex.GLUED_SCALES.get(word) if word != "m" else None


def _scale_or_percent_at(doc: Doc, j: int, lang: str) -> bool:
    if j >= len(doc):
        return False
    word = doc[j].lower_
    return word in lex.SCALES[lang] or doc[j].text in lex.PERCENT_SYMBOLS or word == "prozent"


def _sentence_final(doc: Doc, k: int, lang: str) -> bool:
    """Whether the period glued to token ``k`` ends a sentence rather than marking an ordinal."""
    if k + 1 >= len(doc) or doc[k + 1].is_space or doc[k + 1].text in _SENTENCE_PUNCT:
        return True
    nxt = doc[k + 1]
    return nxt.text[:1].isupper() and nxt.lower_ in stop_words(lang)


# --- helpers ------------------------------------------------------------------------------


def phrase(doc: Doc, k: int, table: Mapping[tuple[str, ...], V]) -> tuple[V | None, int]:
    """The longest entry of ``table`` matching the lower-cased tokens from ``k``."""
    if k >= len(doc):
        return None, 0
    longest, first_words = _shape(table)
    first = doc[k].lower_
    if first not in first_words:
        return None, 0
    best: tuple[V | None, int] = (None, 0)
    for size in range(1, longest + 1):
        if k + size > len(doc):
            break
        key = (first, *(doc[k + m].lower_ for m in range(1, size)))
        if key in table:
            best = (table[key], size)
    return best


# Phrase tables are module constants; their longest key and first words are computed once.
# Every call looked them up anew before, which took a quarter of the whole pipeline's time.
_SHAPES: dict[int, tuple[Mapping[tuple[str, ...], object], int, frozenset[str]]] = {}


def longest_phrase(table: Mapping[tuple[str, ...], object]) -> int:
    """The number of words of the longest entry of a phrase table."""
    return _shape(table)[0]


def _shape(table: Mapping[tuple[str, ...], object]) -> tuple[int, frozenset[str]]:
    """The longest key length and the set of first words of a phrase table."""
    entry = _SHAPES.get(id(table))
    if entry is None or entry[0] is not table:
        longest = max((len(key) for key in table), default=0)
        entry = (table, longest, frozenset(key[0] for key in table if key))
        _SHAPES[id(table)] = entry
    return entry[1], entry[2]


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang``."""
    return frozenset(get_lang_class(lang).Defaults.stop_words)


def token_end(doc: Doc, j: int) -> int:
    """Character end of token ``j - 1``."""
    return doc[j - 1].idx + len(doc[j - 1])
