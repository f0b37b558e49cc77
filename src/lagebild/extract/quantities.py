"""Figures in German and English news: values, bounds, vague amounts, units.

``find_quantities(doc)`` walks the tokens of a spaCy ``Doc`` and returns one
:class:`~lagebild.model.Quantity` per figure, with character offsets into ``doc.text``.
The ``lagebild_quantities`` component stores the same list on ``doc._.quantities``.
Words and their values live in :mod:`lagebild.extract.quantity_lexicon`.

What a figure's ``text`` covers: its approximator or bound word ("rund", "mehr als",
"between"), a currency symbol or code before it ("$", "USD"), the number, its scale word
("Millionen", "Mrd.", "bn") and a percent sign ("40%"); percent, currency and measure
words ("Prozent", "Euro", "Millimeter") are part of the text, a counted noun ("Soldaten")
is not; either gives ``unit``.

``unit`` is an ISO currency code, ``percent``, ``percentage point``, a measure as a lemma
of the article's language ("Kilometer", "metre"), or
the counted noun after the figure as a lemma (adjectives skipped): the token's ``lemma_``
when the pipeline sets one, else ``simplemma``. German nominalized adjectives take the
strong masculine singular ("Tote" -> "Toter", "Verletzte" -> "Verletzter").

Not figures (left out on purpose):

* years: a bare four-digit integer 1900-2100 with no counted noun, or any bare
  four-digit integer after "im Jahr", "seit", "since", "Anfang" ...; year ranges
  ("2022 bis 2024"); numbers next to a month name ("18. Oktober", "May 5", "Mai 2024");
* times of day ("14 Uhr", "3 pm"), and anything glued to ":" or "/" ("10:30", "3:1",
  "9/11", "2023/24");
* German ordinals ("3. Armee", "18. Oktober"); a number with a final period counts only
  at the end of a sentence ("Es starben 300. Die ...");
* numbers with a leading zero ("030"), labels and sections ("Artikel 5", "§ 218",
  "Resolution 2231", "Flight 17", "Platz 3");
* number parts of names and compounds: tokens mixing digits and letters ("G7",
  "Covid-19", "F-16", "2.000-Einwohner-Dorf", "1990er"), a number glued by a hyphen to a
  word ("5-year", "2,500-strong"), and a bare integer right after a capitalized word with
  no counted noun after it ("Boeing 737", "Windows 10");
* number words without a counted noun, scale, currency or percent ("die beiden", "acht"
  in "außer Acht"), and "ein"/"one" alone.

Known limits: fractions ("die Hälfte", "two-thirds") and spelled-out ordinals are not
read; "von 200 bis 300" is read as a range, "from 200 to 300" as two figures (a change).

A range ("200 bis 300", "between 7% and 11%") has ``low``/``high`` and is approximate only
when hedged ("etwa 200 bis 300"): DESIGN's conventions name the approximators and vague
amounts as approximate, not stated bounds.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import get_lang_class

from lagebild.extract import quantity_lexicon as lex
from lagebild.model import Quantity
from lagebild.nlp.extensions import register_extensions

logger = logging.getLogger(__name__)

V = TypeVar("V")

__all__ = ["QuantityExtractor", "find_quantities", "make_quantity_extractor"]

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
_GROUP_HEAD = re.compile(r"^\d{1,3}$")
_GROUP_TAIL = {"de": re.compile(r"^\d{3}(?:,\d+)?$"), "en": re.compile(r"^\d{3}(?:\.\d+)?$")}
_GROUP_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
_SENTENCE_PUNCT = frozenset({".", "!", "?", ":", ";", '"', "„", "“", "”", "(", "–", "—", "«", "»"})
_SENTENCE_END = frozenset({".", "!", "?", ":", "\n", "\n\n"})
_HYPHENS = frozenset({"-", "–", "—"})
_FEW_TABLES = {lang: dict.fromkeys(phrases, True) for lang, phrases in lex.FEW.items()}
_MONEY_OR_PERCENT = frozenset(
    {lex.PERCENT_UNIT, lex.POINT_UNIT, *lex.CURRENCY_SYMBOLS.values()}
    | {code for table in lex.CURRENCY_WORDS.values() for code in table.values()}
)


@dataclass(slots=True)
class _Core:
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


def find_quantities(doc: Doc, language: str | None = None) -> list[Quantity]:
    """Return the figures of ``doc`` in text order, with offsets into ``doc.text``.

    ``language`` ("de" or "en") defaults to the pipeline's language.
    """
    lang = _language(doc, language)
    has_pos = any(t.pos_ for t in doc)
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        match = _match(doc, i, lang, has_pos)
        if match is None:
            i += 1
            continue
        quantity, i = match
        if quantity is not None:
            found.append(quantity)
    _elided_units(doc, found)
    return found


def _elided_units(doc: Doc, found: list[Quantity]) -> None:
    """A figure without a unit takes the unit of the figure before it in its sentence:
    "37 people had died and 74 were missing", "sent 3,000 troops and plans to deploy up
    to 10,000"."""
    if not doc.has_annotation("SENT_START"):
        return
    for before, quantity in itertools.pairwise(found):
        if quantity.unit is not None or before.unit is None:
            continue
        first = doc.char_span(before.start, before.end, alignment_mode="expand")
        second = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if first is not None and second is not None and first.sent == second.sent:
            quantity.unit = before.unit


def _language(doc: Doc, language: str | None) -> str:
    lang = (language or doc.lang_ or "en")[:2].lower()
    if lang not in ("de", "en"):
        logger.debug("no quantity lexicon for %r; using English", lang)
        return "en"
    return lang


# --- one figure ---------------------------------------------------------------------------


def _match(doc: Doc, i: int, lang: str, has_pos: bool) -> tuple[Quantity | None, int] | None:
    """The figure starting at token ``i`` (with its approximator) and the token after it.

    An excluded figure (a year range, a date) gives ``(None, end)`` so that its parts are
    not read again one by one.
    """
    n = len(doc)
    effect, k = _phrase(doc, i, lex.APPROXIMATORS[lang])
    k += i
    sign = 1.0
    if k < n and doc[k].lower_ in lex.MINUS_WORDS:
        sign, k = -1.0, k + 1
    currency = None
    if k < n and doc[k].text in lex.CURRENCY_SYMBOLS:
        currency, k = lex.CURRENCY_SYMBOLS[doc[k].text], k + 1
    core = _core(doc, k, lang)
    if core is None:
        return None
    start_tok = i if effect is not None or sign < 0 else (k - 1 if currency else k)
    second = None
    j = core.j
    # "zwischen 7% und 11%": a percent sign may stand on both ends
    pj = j + 1 if j < n and doc[j].text in lex.PERCENT_SYMBOLS else j
    if pj < n and not core.vague:
        joiners = lex.BETWEEN_JOINERS if effect == "between" else lex.RANGE_JOINERS
        if doc[pj].lower_ in joiners[lang]:
            second = _range_end(doc, pj, core, lang, effect)
            if second is None and doc[pj].text in _HYPHENS and _core(doc, pj + 1, lang):
                return None  # "3-1", "2-0": a score or an identifier, not a range
            if second is not None:
                j = second.j
                if pj > core.j and not (j < n and doc[j].text in lex.PERCENT_SYMBOLS):
                    second, j = None, core.j
    if effect == "between" and second is None:
        effect, start_tok = None, k - 1 if currency else k
    end = (second or core).end
    unit = core.unit or (second.unit if second else None) or currency
    if j < n and doc[j].text in lex.PERCENT_SYMBOLS:
        unit, end, j = lex.PERCENT_UNIT, doc[j].idx + len(doc[j]), j + 1
    post, m = _phrase(doc, j, lex.POST_BOUNDS[lang])
    if post is not None and not (doc[j].text == "+" and doc[j - 1].whitespace_):
        end, j = doc[j + m - 1].idx + len(doc[j + m - 1]), j + m
    unit_at = j
    if unit is None and not (second or core).final:
        unit, unit_at = _unit_word(doc, j, lang, core)
        if unit is not None and unit_at > j and doc[j].lower_ not in ("of", "von"):
            # the percent or currency word is part of the amount: "0,3 Prozent", "2 Mrd. Euro"
            end = doc[unit_at - 1].idx + len(doc[unit_at - 1])
    noun = None
    if unit is None and not (second or core).final:
        noun = _counted_noun(doc, unit_at, lang, has_pos, after_of=core.vague or core.scale > 1)
    if _excluded(doc, start_tok, core, second, unit or noun, effect, currency, lang):
        return None, j
    if unit is None and noun is None and second is None:
        counted = _change_target(doc, start_tok, lang)
        if counted:
            noun = counted
        elif counted is None and core.words and core.scale == 1:
            return None
    elif core.words and core.scale == 1 and unit is None and noun is None:
        return None
    quantity = _build(doc, start_tok, end, core, second, effect, post, sign)
    quantity.unit = unit or noun
    return quantity, j


def _build(
    doc: Doc,
    start_tok: int,
    end: int,
    core: _Core,
    second: _Core | None,
    effect: str | None,
    post: str | None,
    sign: float,
) -> Quantity:
    """Turn a parsed figure into a Quantity following the value conventions."""
    start = doc[start_tok].idx
    text = _text(doc, start_tok, end)
    if second is not None:  # a range is exact unless hedged ("etwa 200 bis 300")
        approximate = effect not in (None, "between")
        return Quantity(text, start, end, None, core.value, second.value, approximate=approximate)
    if core.vague:
        return Quantity(text, start, end, None, core.low, core.high, approximate=True)
    v = None if core.value is None else sign * core.value
    bound = post or effect
    if bound == "low":
        return Quantity(text, start, end, None, low=v, approximate=True)
    if bound == "high":
        return Quantity(text, start, end, None, high=v, approximate=True)
    if bound == "under":
        return Quantity(text, start, end, v, high=v, approximate=True)
    if bound == "over":
        return Quantity(text, start, end, v, low=v, approximate=True)
    approximate = bound == "point" or core.approximate
    return Quantity(text, start, end, v, approximate=approximate)


def _range_end(doc: Doc, j: int, core: _Core, lang: str, effect: str | None) -> _Core | None:
    """The second figure of "200 bis 300" / "200-300" / "between 200 and 300", if any."""
    k = j + 1
    if k < len(doc) and doc[k].text in lex.CURRENCY_SYMBOLS:
        k += 1
    second = _core(doc, k, lang)
    if second is None or second.vague or core.value is None or second.value is None:
        return None
    if effect is None and core.i > 0 and doc[core.i - 1].lower_ in lex.CHANGE_MARKERS[lang]:
        return None  # "from 200 to 300": a change, two figures
    if second.scale > 1 and core.scale == 1 and core.base < second.base:
        core.value, core.scale = core.base * second.scale, second.scale
    if core.value >= second.value:
        return None
    return second


# --- the number itself --------------------------------------------------------------------


def _core(doc: Doc, k: int, lang: str) -> _Core | None:
    """A number, number words or a vague amount starting at token ``k``, with its scale."""
    if k >= len(doc):
        return None
    for reader in (_fraction, _few, _one, _vague, _digits, _number_words):
        core = reader(doc, k, lang)
        if core is not None:
            return core
    return None


def _fraction(doc: Doc, k: int, lang: str) -> _Core | None:
    base, m = _phrase(doc, k, lex.FRACTION_WORDS[lang])
    if base is None:
        return None
    scale, j = _scales(doc, k + m, lang)
    if scale == 1:
        return None
    return _Core(k, j, doc[k].idx, _end(doc, j), base * scale, scale=scale, base=base, words=True)


def _few(doc: Doc, k: int, lang: str) -> _Core | None:
    _, m = _phrase(doc, k, _FEW_TABLES[lang])
    if not m:
        return None
    scale, j = _scales(doc, k + m, lang)
    if scale == 1:
        return None
    low, high = lex.FEW_RANGE
    return _Core(k, j, doc[k].idx, _end(doc, j), None, low * scale, high * scale, vague=True)


def _one(doc: Doc, k: int, lang: str) -> _Core | None:
    if doc[k].lower_ not in lex.ONE_WORDS[lang]:
        return None
    scale, j = _scales(doc, k + 1, lang)
    if scale == 1:
        return None
    dozen = doc[k + 1].lower_ in ("dutzend", "dozen")
    core = _Core(k, j, doc[k].idx, _end(doc, j), scale, scale=scale, base=1.0, words=True)
    core.approximate = dozen
    return core


def _vague(doc: Doc, k: int, lang: str) -> _Core | None:
    bounds, m = _phrase(doc, k, lex.VAGUE[lang])
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
    return _Core(k, j, doc[k].idx, _end(doc, j), None, low, high, vague=True)


def _digits(doc: Doc, k: int, lang: str) -> _Core | None:
    tok = doc[k]
    match = _NUMBER[lang].match(tok.text)
    end_char = tok.idx + len(tok)
    j = k + 1
    if match is None:
        if lang == "de" and _DE_DOT_DECIMAL.match(tok.text) and _scale_or_percent_at(doc, j, lang):
            value = float(tok.text)
            scale, j = _scales(doc, j, lang)
            return _Core(k, j, tok.idx, _end(doc, j), value * scale, scale=scale, base=value)
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
        end_char = _end(doc, j)
    core = _Core(k, j, tok.idx, end_char, value * scale, scale=scale, base=value, bare_int=bare)
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


def _number_words(doc: Doc, k: int, lang: str) -> _Core | None:
    if lang == "de":
        value = _german_number(doc[k].lower_)
        j = k + 1
    else:
        value, j = _english_number(doc, k)
    if value is None or value < 2:
        return None
    scale, j = _scales(doc, j, lang)
    return _Core(k, j, doc[k].idx, _end(doc, j), value * scale, scale=scale, base=value, words=True)


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
    return nxt.text[:1].isupper() and nxt.lower_ in _stop_words(lang)


# --- unit ---------------------------------------------------------------------------------


def _unit_word(doc: Doc, j: int, lang: str, core: _Core) -> tuple[str | None, int]:
    """Percent or currency word (or a measure) after the figure: (unit, token after it)."""
    k = j
    if (core.vague or core.scale > 1) and k < len(doc) and doc[k].lower_ in ("of", "von"):
        k += 1
    for table in (lex.PERCENT_WORDS[lang], lex.CURRENCY_WORDS[lang]):
        unit, m = _phrase(doc, k, table)
        if unit is not None:
            return unit, k + m
    if k < len(doc) and doc[k].text in lex.CURRENCY_SYMBOLS:
        return lex.CURRENCY_SYMBOLS[doc[k].text], k + 1
    if k < len(doc) and doc[k].lower_ in lex.MEASURE_UNITS[lang]:
        return lex.MEASURE_UNITS[lang][doc[k].lower_], k + 1
    if k == j and k < len(doc) and doc[k].text == "m" and not doc[k - 1].whitespace_:
        return lex.METRE[lang], k + 1  # "100m" split by the tokenizer, no currency before it
    return None, j


def _change_target(doc: Doc, start_tok: int, lang: str) -> str | None:
    """For a figure a count was changed to or put at ("die Zahl der Toten ist auf fünf
    gestiegen", "put the number of injured at 25", "Teilnehmerzahl ... auf 2.500"): what the
    count counts ("" when the count noun names nothing), else None."""
    if start_tok == 0 or doc[start_tok - 1].lower_ not in lex.CHANGE_TARGET_PREPOSITIONS[lang]:
        return None
    sent_start = doc[start_tok].sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(start_tok - 2, max(sent_start, start_tok - lex.COUNT_NOUN_REACH) - 1, -1):
        word = doc[k].lower_
        stem = next((c for c in lex.COUNT_NOUNS[lang] if word.endswith(c)), None)
        if stem is None:
            continue
        if len(word) > len(stem) + 2:  # "Teilnehmerzahl", "Opferzahl"
            head = doc[k].text[: -len(stem)].rstrip("-s")
            return head[:1].upper() + head[1:] if lang == "de" else head
        if lang == "en" and word == "toll" and k > 0 and doc[k - 1].lower_ in ("death", "casualty"):
            return "dead"  # "the death toll"
        after = k + 1
        if after >= len(doc) or doc[after].lower_ not in ("der", "des", "von", "of"):
            return ""
        after += 1
        if after < len(doc) and doc[after].lower_ == "the":
            after += 1
        if after < start_tok - 1 and doc[after].text[:1].isalpha():
            counted = doc[after]
            # "the number of injured": a participle used as a noun keeps its form
            if lang == "en" and counted.lower_.endswith("ed"):
                return counted.lower_
            return _lemma(counted, lang)
        return ""
    return None


def _counted_noun(doc: Doc, j: int, lang: str, has_pos: bool, after_of: bool) -> str | None:
    """The lemma of the noun a figure counts: the head noun after it, adjectives skipped."""
    n = len(doc)
    if after_of and j < n and doc[j].lower_ in ("of", "von"):
        j += 1
    if has_pos:
        token = _noun_by_pos(doc, j, lang)
    elif lang == "de":
        token = _noun_de(doc, j)
    else:
        token = _noun_en(doc, j)
    return None if token is None else _lemma(token, lang)


def _noun_by_pos(doc: Doc, j: int, lang: str) -> Token | None:
    for k in range(j, min(j + 5, len(doc))):
        tok = doc[k]
        if tok.pos_ in ("ADJ", "ADV") or (tok.pos_ == "PROPN" and _noun_follows(doc, k)):
            continue  # "12,000 North Korean soldiers": the names modify the noun
        if tok.pos_ in ("NOUN", "PROPN"):
            while lang == "en" and _next_pos(doc, k) == "NOUN":
                k += 1
            return doc[k]
        return None
    return None


def _noun_follows(doc: Doc, k: int) -> bool:
    """Whether names and adjectives after token ``k`` lead to a common noun."""
    for m in range(k + 1, min(k + 4, len(doc))):
        if doc[m].pos_ == "NOUN":
            return True
        if doc[m].pos_ not in ("PROPN", "ADJ"):
            return False
    return False


def _next_pos(doc: Doc, k: int) -> str:
    return doc[k + 1].pos_ if k + 1 < len(doc) else ""


def _is_word(tok: Token) -> bool:
    """A word that can be a counted noun; not a truncated compound ("Rechts- und ...")."""
    return tok.text.replace("-", "").isalpha() and not tok.text.endswith("-")


def _noun_de(doc: Doc, j: int) -> Token | None:
    stops = _stop_words("de") | lex.UNIT_STOP_WORDS["de"]
    for k in range(j, min(j + 4, len(doc))):
        tok = doc[k]
        if not _is_word(tok):
            return None
        if tok.text[0].isupper():
            return tok
        if tok.lower_ in stops and tok.lower_ not in lex.UNIT_SKIPPABLE:
            return None
    return None


def _noun_en(doc: Doc, j: int) -> Token | None:
    stops = _stop_words("en") | lex.UNIT_STOP_WORDS["en"]
    run: list[Token] = []
    for k in range(j, min(j + 5, len(doc))):
        tok = doc[k]
        word = tok.lower_
        stop = word in stops and word not in lex.UNIT_SKIPPABLE and not tok.text.isupper()
        if not _is_word(tok) or stop:
            break
        if word.endswith(("ed", "ing")) and word not in lex.EN_IRREGULAR_PLURALS:
            if any(_plural_en(t) for t in run):
                break
            continue
        run.append(tok)
    plurals = [t for t in run if _plural_en(t)]
    if plurals:
        return plurals[-1]
    return run[-1] if len(run) == 1 else None


def _plural_en(tok: Token) -> bool:
    word = tok.lower_
    if tok.text.isupper():
        return False
    if word in lex.EN_IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _simplemma(word: str, lang: str) -> str:
    """The lemma ``simplemma`` gives, of the last part of a hyphenated word; imported on
    first use (0.04 s, and the default pipelines set lemmas, so it rarely is)."""
    import simplemma

    if "-" in word.strip("-"):
        head, _, last = word.rpartition("-")
        return f"{head}-{simplemma.lemmatize(last, lang=lang)}"
    return str(simplemma.lemmatize(word, lang=lang))


def _lemma(tok: Token, lang: str) -> str:
    word = tok.text
    if lang == "de" and word.lower() in lex.NOMINALIZED:
        return lex.NOMINALIZED[word.lower()]
    lemma = tok.lemma_ or _simplemma(word, lang)
    if lang == "de" and lemma.lower() in lex.NOMINALIZED:
        return lex.NOMINALIZED[lemma.lower()]
    if lang == "de":
        return lemma[:1].upper() + lemma[1:]
    lemma = lex.EN_PLURAL_LEMMAS.get(lemma.lower(), lemma)
    return lemma if tok.pos_ == "PROPN" or tok.text[:1].isupper() else lemma.lower()


# --- exclusions ---------------------------------------------------------------------------


def _excluded(
    doc: Doc,
    start_tok: int,
    core: _Core,
    second: _Core | None,
    unit: str | None,
    effect: str | None,
    currency: str | None,
    lang: str,
) -> bool:
    """Whether the figure is a year, date, time, label, or a number inside a name."""
    last = second or core
    prev = doc[start_tok - 1] if start_tok > 0 else None
    nxt = doc[last.j] if last.j < len(doc) else None
    # glued to ':' or '/' ("10:30", "9/11", "2023/24")
    if prev is not None and prev.text in (":", "/") and not prev.whitespace_:
        return True
    if nxt is not None and nxt.text in (":", "/") and not doc[last.j - 1].whitespace_:
        return True
    # glued to a word by a hyphen ("5-year", "F-16" split into tokens)
    if nxt is not None and nxt.text in _HYPHENS and not doc[last.j - 1].whitespace_:
        after = doc[last.j + 1] if last.j + 1 < len(doc) else None
        if not nxt.whitespace_ and after is not None and after.text[:1].isalpha():
            return True
    if prev is not None and prev.text in _HYPHENS and not prev.whitespace_ and start_tok > 1:
        before = doc[start_tok - 2]
        if not before.whitespace_ and before.text[-1:].isalnum():
            return True
    if nxt is not None and nxt.lower_ in lex.TIME_WORDS[lang]:
        return True
    after = doc[last.j + 1] if last.j + 1 < len(doc) else None
    if _digit_token(prev) or _digit_token(nxt) or (prev is not None and prev.text == ")"):
        return True  # "+49 30 1234567", "(713) 646-2495": a phone number or codes
    if nxt is not None and nxt.text == ")" and _digit_token(after):
        return True  # "(713) 646"
    if nxt is not None and nxt.lower_ in ("'s", "’s") and not doc[last.j - 1].whitespace_:
        return True  # "the 80's": a decade
    if prev is not None and prev.text in ("'", "’") and not prev.whitespace_:
        return True  # "of '74": a year
    if second is not None and nxt is not None and nxt.text in _HYPHENS and _digit_token(after):
        return True  # "212-428-1181"
    plain = core.bare_int and (second is None or second.bare_int)
    low, high = lex.YEAR_RANGE
    years = second is not None and low <= core.base <= high and low <= second.base <= high
    if plain and years and unit not in _MONEY_OR_PERCENT:
        return True  # "2022-2024", "2014 bis 2022", "between 2014 and 2022"
    if core.vague or effect is not None or currency is not None:
        return False

    months = lex.MONTHS[lang]
    for tok in (prev, nxt):
        if tok is not None and tok.text[:1].isupper() and tok.lower_ in months and plain:
            return True
    if prev is not None and plain and _label(prev, lang):
        return True
    if (
        plain
        and _year_like(doc, core, prev, unit)
        and (second is None or _year_like(doc, second, prev, unit))
    ):
        return True
    if plain and second is None and unit is None and prev is not None:
        first_word = start_tok == 1 or doc[start_tok - 2].text in _SENTENCE_END
        if prev.text[:1].isupper() and prev.is_alpha and not first_word:
            return True  # "Boeing 737", "Windows 10"
    named = prev is not None and prev.text[:1].isupper() and prev.is_alpha
    # "Boeing 737 Max", "Apollo 11 Mission": a capitalized word on both sides (English)
    capital_unit = unit is not None and unit[:1].isupper()
    return plain and second is None and lang == "en" and capital_unit and named


def _label(tok: Token, lang: str) -> bool:
    """Whether ``tok`` names a numbered thing ("Artikel", "§", "Warnstufe", "Flight")."""
    word = tok.lower_
    if word in lex.LABEL_WORDS:
        return True
    return lang == "de" and word.endswith(lex.DE_LABEL_SUFFIXES) and tok.text[:1].isupper()


def _digit_token(tok: Token | None) -> bool:
    return tok is not None and tok.text.lstrip("+").isdigit()


def _year_like(doc: Doc, core: _Core, prev: Token | None, unit: str | None) -> bool:
    text = _text(doc, core.i, core.end)
    if not (len(text) == 4 and text.isdigit() and 1000 <= core.base <= 2100):
        return False
    context = prev.lower_ if prev is not None else ""
    if context in lex.YEAR_CONTEXT:
        return True
    after = doc[core.j].lower_ if core.j < len(doc) else ""
    if after.startswith(lex.YEAR_FOLLOWERS):
        return True  # "ein 1980 geborener Banker", "founded 1998"
    low, high = lex.YEAR_RANGE
    return unit is None and (low <= core.base <= high or context in lex.WEAK_YEAR_CONTEXT)


# --- helpers ------------------------------------------------------------------------------


def _phrase(doc: Doc, k: int, table: Mapping[tuple[str, ...], V]) -> tuple[V | None, int]:
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


def _shape(table: Mapping[tuple[str, ...], object]) -> tuple[int, frozenset[str]]:
    """The longest key length and the set of first words of a phrase table."""
    entry = _SHAPES.get(id(table))
    if entry is None or entry[0] is not table:
        longest = max((len(key) for key in table), default=0)
        entry = (table, longest, frozenset(key[0] for key in table if key))
        _SHAPES[id(table)] = entry
    return entry[1], entry[2]


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang``."""
    return frozenset(get_lang_class(lang).Defaults.stop_words)


def _text(doc: Doc, i: int, end: int) -> str:
    """``doc.text`` from token ``i`` to character ``end``, without building the whole text."""
    j = i
    while j < len(doc) and doc[j].idx < end:
        j += 1
    return doc[i:j].text[: end - doc[i].idx]


def _end(doc: Doc, j: int) -> int:
    """Character end of token ``j - 1``."""
    return doc[j - 1].idx + len(doc[j - 1])


# --- spaCy component ----------------------------------------------------------------------


class QuantityExtractor:
    """spaCy component: sets ``doc._.quantities`` to the figures of the document."""

    def __init__(self, nlp: Language, name: str = "lagebild_quantities") -> None:
        self.name = name
        self.language = nlp.lang if nlp.lang in ("de", "en") else None
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = find_quantities(doc, self.language)
        return doc


@Language.factory("lagebild_quantities", default_config={}, assigns=["doc._.quantities"])
def make_quantity_extractor(nlp: Language, name: str) -> QuantityExtractor:
    """Factory of the ``lagebild_quantities`` component."""
    return QuantityExtractor(nlp, name)
