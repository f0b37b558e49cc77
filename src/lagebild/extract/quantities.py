"""Figures in German and English news: values, bounds, vague amounts, units.

``find_quantities(doc)`` walks the tokens of a spaCy ``Doc`` and returns one
:class:`~lagebild.model.Quantity` per figure, with character offsets into ``doc.text``.
The ``lagebild_quantities`` component stores the same list on ``doc._.quantities``.
Words and their values live in :mod:`lagebild.extract.quantity_lexicon`, the reading of
numbers in :mod:`~lagebild.extract.quantity_numbers`, units and counted nouns in
:mod:`~lagebild.extract.quantity_units`.

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

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.extract import quantity_lexicon as lex
from lagebild.extract.quantity_numbers import (
    Core,
    longest_phrase,
    number_starts,
    phrase,
    read_number,
)
from lagebild.extract.quantity_units import change_target, counted_noun, unit_word
from lagebild.model import Quantity
from lagebild.nlp.extensions import register_extensions

logger = logging.getLogger(__name__)

__all__ = ["QuantityExtractor", "find_quantities", "make_quantity_extractor"]

_SENTENCE_END = frozenset({".", "!", "?", ":", "\n", "\n\n"})
_HYPHENS = frozenset({"-", "–", "—"})
_MONEY_OR_PERCENT = frozenset(
    {lex.PERCENT_UNIT, lex.POINT_UNIT, *lex.CURRENCY_SYMBOLS.values()}
    | {code for table in lex.CURRENCY_WORDS.values() for code in table.values()}
)


def find_quantities(doc: Doc, language: str | None = None) -> list[Quantity]:
    """Return the figures of ``doc`` in text order, with offsets into ``doc.text``.

    ``language`` ("de" or "en") defaults to the pipeline's language.
    """
    lang = _language(doc, language)
    has_pos = any(t.pos_ for t in doc)
    candidates = _candidates(doc, lang)
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        match = _match(doc, i, lang, has_pos) if candidates[i] else None
        if match is None:
            i += 1
            continue
        quantity, i = match
        if quantity is not None:
            found.append(quantity)
    _elided_units(doc, found)
    return found


def _candidates(doc: Doc, lang: str) -> list[bool]:
    """For each token, whether a figure may start there: a number may start within the
    longest approximator plus a minus word and a currency symbol after it (``_match``
    reads nothing else before the number, and finds nothing without one)."""
    starts = number_starts(doc, lang)
    reach = longest_phrase(lex.APPROXIMATORS[lang]) + 2
    candidates = [False] * len(doc)
    for k, start in enumerate(starts):
        if start:
            for i in range(max(0, k - reach), k + 1):
                candidates[i] = True
    return candidates


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
    effect, k = phrase(doc, i, lex.APPROXIMATORS[lang])
    k += i
    sign = 1.0
    if k < n and doc[k].lower_ in lex.MINUS_WORDS:
        sign, k = -1.0, k + 1
    currency = None
    if k < n and doc[k].text in lex.CURRENCY_SYMBOLS:
        currency, k = lex.CURRENCY_SYMBOLS[doc[k].text], k + 1
    core = read_number(doc, k, lang)
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
            if second is None and doc[pj].text in _HYPHENS and read_number(doc, pj + 1, lang):
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
    post, m = phrase(doc, j, lex.POST_BOUNDS[lang])
    if post is not None and not (doc[j].text == "+" and doc[j - 1].whitespace_):
        end, j = doc[j + m - 1].idx + len(doc[j + m - 1]), j + m
    unit_at = j
    if unit is None and not (second or core).final:
        unit, unit_at = unit_word(doc, j, lang, core)
        if unit is not None and unit_at > j and doc[j].lower_ not in ("of", "von"):
            # the percent or currency word is part of the amount: "0,3 Prozent", "2 Mrd. Euro"
            end = doc[unit_at - 1].idx + len(doc[unit_at - 1])
    noun = None
    if unit is None and not (second or core).final:
        noun = counted_noun(doc, unit_at, lang, has_pos, after_of=core.vague or core.scale > 1)
    if _excluded(doc, start_tok, core, second, unit or noun, effect, currency, lang):
        return None, j
    if unit is None and noun is None and second is None:
        counted = change_target(doc, start_tok, lang)
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
    core: Core,
    second: Core | None,
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


def _range_end(doc: Doc, j: int, core: Core, lang: str, effect: str | None) -> Core | None:
    """The second figure of "200 bis 300" / "200-300" / "between 200 and 300", if any."""
    k = j + 1
    if k < len(doc) and doc[k].text in lex.CURRENCY_SYMBOLS:
        k += 1
    second = read_number(doc, k, lang)
    if second is None or second.vague or core.value is None or second.value is None:
        return None
    if effect is None and core.i > 0 and doc[core.i - 1].lower_ in lex.CHANGE_MARKERS[lang]:
        return None  # "from 200 to 300": a change, two figures
    if second.scale > 1 and core.scale == 1 and core.base < second.base:
        core.value, core.scale = core.base * second.scale, second.scale
    if core.value >= second.value:
        return None
    return second


# --- exclusions ---------------------------------------------------------------------------


def _excluded(
    doc: Doc,
    start_tok: int,
    core: Core,
    second: Core | None,
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


def _year_like(doc: Doc, core: Core, prev: Token | None, unit: str | None) -> bool:
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


def _text(doc: Doc, i: int, end: int) -> str:
    """``doc.text`` from token ``i`` to character ``end``, without building the whole text."""
    j = i
    while j < len(doc) and doc[j].idx < end:
        j += 1
    return doc[i:j].text[: end - doc[i].idx]


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
