"""Compiled patterns of time expressions, built from the words in ``time_lexicon``.

One pattern per rule family; each is assembled from small named fragments so it can be
read. All patterns are case-insensitive except month and weekday names, which must be
capitalized (so English "may" and "march" never match). Prepositions that belong to the
expression ("im Juni", "am Montag", "on Tuesday") are part of the match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lagebild.extract import time_lexicon as lex


def alt(words: Iterable[str], case_sensitive: bool = False) -> str:
    """A non-capturing alternation of ``words``, longest first; spaces match any whitespace."""
    escaped = (
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    body = "|".join(escaped)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def adjective(stems: Iterable[str]) -> str:
    """German adjective stems with any strong/weak ending ("letzt" -> "letzten", "letztes")."""
    return f"(?:{alt(stems)}(?:{alt(lex.ADJ_ENDINGS_DE)}))"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- fragments ----------------------------------------------------------------------------

START = r"(?<!\w)"
END = r"(?!\w)"
MONTH = alt(lex.MONTHS, case_sensitive=True)
WEEKDAY = alt(lex.WEEKDAYS, case_sensitive=True)
WEEKDAY_SUFFIX = alt(lex.WEEKDAY_SUFFIXES_DE, case_sensitive=True)
DAYPART = alt(lex.DAYPARTS_DE + lex.DAYPARTS_EN)
NUMBER = f"(?:\\d{{1,2}}|{alt(lex.VAGUE_COUNT_WORDS)}|{alt(lex.NUMBER_WORDS)})"
UNIT = alt(lex.UNITS)
CALENDAR_UNIT = alt(lex.CALENDAR_UNITS)
# capitalized as in the lexicon ("Herbst", "autumn") or sentence-initial English ("Autumn")
SEASON = alt(
    [*lex.SEASONS, *(w.capitalize() for w in lex.SEASONS_EN if w != "fall")], case_sensitive=True
)
ORDINAL = alt(lex.ORDINALS)

REL_PAST = f"(?:{adjective(lex.REL_PAST_DE)}|{alt(lex.REL_PAST_EN)})"
REL_FUTURE = f"(?:{adjective(lex.REL_FUTURE_DE)}|{alt(lex.REL_FUTURE_EN)})"
REL_THIS = f"(?:{adjective(lex.REL_THIS_DE)}|{alt(lex.REL_THIS_EN)})"
REL = f"(?:{REL_PAST}|{REL_FUTURE}|{REL_THIS})"

# a year named after a month, season or quarter: "2024", "vergangenen Jahres", "of last year"
YEAR_SPEC = (
    r"(?:,?\s+(?:des\s+Jahres\s+|of\s+)?\d{4}(?!\d)"
    rf"|\s+(?:des\s+)?{REL}\s+Jahres"
    r"|\s+des\s+Vorjahres"
    r"|\s+des\s+Jahres"
    rf"|\s+(?:of\s+)?{REL}\s+year"
    r"|\s+of\s+the\s+year)"
)

REL_PAST_RE = re.compile(f"^{REL_PAST}$", re.IGNORECASE)
REL_FUTURE_RE = re.compile(f"^{REL_FUTURE}$", re.IGNORECASE)

# --- absolute dates --------------------------------------------------------------------------

# 18.10.2024, 18.10.24, 18.10. (the last only after a preposition, checked in code)
NUMERIC_DATE = _compile(
    r"(?<![\w.,])(?P<prep>(?:am|vom|zum|bis|seit|ab|dem|den)\s+)?"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2}(?!\d))?(?![\d])"
)
ISO_DATE = _compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")

_WEEKDAY_LEAD = rf"(?:{WEEKDAY},?\s+(?:(?:den|dem|the)\s+)?)"

# 18. Oktober 2024, am 3. März, Freitag, 18. Oktober, 2024, 25 October, the 25th of October
DAY_MONTH = _compile(
    rf"{START}(?:(?:am|on)\s+)?{_WEEKDAY_LEAD}?(?:the\s+)?"
    rf"(?<![\d.,])(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH}){END}"
    r"(?:,?\s+(?P<y>\d{4})(?!\d))?"
)
# October 25, 2024; Oct. 25, 2024; Friday, October 25
MONTH_DAY = _compile(
    rf"{START}(?:on\s+)?{_WEEKDAY_LEAD}?(?P<mon>{MONTH})\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|[.,]\d)(?:,?\s+(?P<y>\d{4})(?!\d))?"
)
# vom 3. bis 5. März 2024, 3.-5. März, 3-5 March
DAY_RANGE = _compile(
    rf"{START}(?:(?:vom|von|from|between)\s+)?(?<![\d.,])(?P<d1>\d{{1,2}})(?:\.|st|nd|rd|th)?"
    r"\s*(?:bis(?:\s+zum)?|to|and|und|-|–)\s*"
    rf"(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH}){END}"
    r"(?:,?\s+(?P<y>\d{4})(?!\d))?"
)

# --- months, years, decades --------------------------------------------------------------------

# im Juni, Oktober 2024, im Mai vergangenen Jahres, last March
MONTH_NAME = _compile(
    rf"{START}(?P<prep>(?:im|in|during|of)\s+)?(?:(?P<rel>{REL})\s+)?"
    rf"(?P<mon>{MONTH}){END}(?P<ys>{YEAR_SPEC})?"
)
# 2024, im Jahr 2023, in 2023, 2023/24, 2019-2021
YEAR = _compile(
    r"(?<![\w.,/])(?<!\d-)(?P<intro>(?:(?:im|dem|das)\s+Jahre?|Jahre?|in\s+the\s+year|the\s+year|in)\s+)?"
    r"(?<![\d.,/])(?<!\d-)(?P<y>\d{4})(?:\s*(?:/|-|–)\s*(?P<y2>\d{4}|\d{2}))?(?!\d|[.,]\d|-\d)"
)
# in den 1990er Jahren, die 90er-Jahre, the 1990s
DECADE = _compile(
    r"(?<!\w)(?:(?:in\s+den|in\s+the|the|den|die)\s+)?"
    r"(?:(?P<full>(?:1[89]|20)\d)0(?:s|-?er(?:-|\s)?Jahre[n]?|-?ern)|(?P<short>\d)0-?er(?:-|\s)?Jahre[n]?)"
    rf"{END}"
)

# --- seasons, quarters, halves ---------------------------------------------------------------

# im Herbst, im vergangenen Sommer, Sommer 2024, this spring, the summer of 2024
SEASON_NAME = _compile(
    rf"{START}(?P<prep>(?:im|in|during|over|throughout)(?:\s+the)?\s+|the\s+)?"
    rf"(?:(?P<rel>{REL})\s+)?(?P<season>{SEASON}){END}(?P<ys>{YEAR_SPEC})?"
)
# im dritten Quartal, im 3. Quartal 2024, in der ersten Jahreshälfte, the third quarter of 2024
QUARTER = _compile(
    rf"{START}(?P<prep>(?:im|in\s+der|in\s+the|in|during\s+the|the)\s+)?"
    rf"(?:(?P<ord>{ORDINAL})|(?P<n>[1-4])\.)\s+"
    rf"(?P<kind>{alt(lex.QUARTER_WORDS + lex.HALF_WORDS)}){END}(?P<ys>{YEAR_SPEC})?"
)
# Q3 2024, Q3/24, H1 2025
QUARTER_CODE = _compile(
    r"(?<!\w)(?-i:(?P<kind>[QH])(?P<n>[1-4]))(?:\s*[/ ]\s*(?P<y>\d{4}|\d{2}))?(?![\w/])"
)

# --- days ------------------------------------------------------------------------------------

# am Montag, Montagabend, am vergangenen Freitag, on Tuesday, last Monday, Monday night
WEEKDAY_NAME = _compile(
    rf"{START}(?:(?:am|an\s+diesem|on)\s+)?(?:(?P<rel>{REL})\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<suffix>{WEEKDAY_SUFFIX})?(?:\s+(?-i:{DAYPART}))?{END}"
)
# heute, gestern Abend, morgen (lowercase), today, yesterday, tomorrow
DEICTIC_DAY = _compile(
    rf"{START}(?P<w>{alt(k for k in lex.DEICTIC_DAYS if k != 'morgen')}|(?-i:morgen|Morgen))"
    rf"(?:\s+(?P<part>(?-i:{DAYPART})))?{END}"
)
# last night, this morning
DEICTIC_PHRASE = _compile(rf"{START}(?P<rel>last|this)\s+(?P<part>{DAYPART}){END}")
# in der Nacht zu Montag, in der Nacht von Samstag auf Sonntag, overnight into Monday
NIGHT = _compile(
    rf"{START}(?:in\s+der\s+Nacht\s+(?:(?:von|vom)\s+{WEEKDAY}\s+)?(?:zum|zu|auf(?:\s+den)?)"
    rf"|(?:overnight|in\s+the\s+night)\s+(?:into|to))\s+(?P<wd>{WEEKDAY}|heute|gestern|morgen)"
    rf"{END}"
)
# am Wochenende, am vergangenen Wochenende, over the weekend, next weekend
WEEKEND = _compile(
    rf"{START}(?P<prep>(?:am|übers|über\s+das|an\s+diesem|on|at|over|during)\s+)?"
    rf"(?P<the>the\s+)?(?:(?P<rel>{REL})\s+)?(?P<w>Wochenende|weekend){END}"
)

# --- periods relative to the document date ---------------------------------------------------

# im vergangenen Jahr, letztes Jahr, nächste Woche, in diesem Monat, last year, next month
CALENDAR_RELATIVE = _compile(
    rf"{START}(?:(?:im|in\s+der|am|in|during|over)\s+)?(?:(?:des|der|the)\s+)?"
    rf"(?P<rel>{REL})\s+(?P<unit>{CALENDAR_UNIT}){END}"
)
# im Vorjahr, heuer
CALENDAR_WORD = _compile(rf"{START}(?:(?:im|in\s+der)\s+)?(?P<w>{alt(lex.CALENDAR_WORDS)}){END}")
# vor zwei Wochen, vor mehr als einem Jahr, two weeks ago
AGO = _compile(
    rf"{START}(?:vor\s+(?P<mod>(?:mehr\s+als|über|knapp|fast|rund|etwa|gut)\s+)?"
    rf"(?P<n>{NUMBER})\s+(?P<unit>{UNIT})"
    rf"|(?P<mod_en>(?:about|some|nearly|almost|more\s+than|over)\s+)?"
    rf"(?P<n_en>{NUMBER})\s+(?P<unit_en>{UNIT})\s+ago){END}"
)
# in zwei Wochen, in three days (a point ahead); binnen/innerhalb von/within (a window ahead)
AHEAD = _compile(
    rf"{START}(?P<prep>in|binnen|innerhalb\s+von|innerhalb|within)\s+(?P<n>{NUMBER})\s+"
    rf"(?P<unit>{UNIT}){END}(?!\s+(?:of|when|that|where|which|in\s+dem|in\s+der)\b)"
)
# in den letzten Monaten, während der vergangenen zwei Wochen, in the past few days,
# in den kommenden Jahren, in the coming weeks, seit Monaten, seit drei Jahren, in recent weeks
WINDOW = _compile(
    rf"{START}(?:"
    rf"(?:(?:in|während|innerhalb|binnen|im\s+Laufe|über|over|during|for|within|throughout)\s+)?"
    rf"(?:den|der|the)\s+(?P<rel>{REL_PAST}|{REL_FUTURE})\s+(?:(?P<n>{NUMBER})\s+)?"
    rf"|(?P<since>seit|since)\s+(?:(?P<n2>{NUMBER}|vielen|langen)\s+)?"
    rf"|(?P<recent>in\s+recent)\s+)"
    rf"(?P<unit>{UNIT}){END}"
)

# --- parts of periods ------------------------------------------------------------------------

PART = alt(lex.PARTS)
# "Ende des Jahres", "Anfang der Woche", "the end of the year", "Mitte des Monats"
PART_OF_CURRENT = _compile(
    rf"{START}(?P<part>{PART})\s+(?:des|der|the)\s+(?P<unit>Jahres|Monats|Woche|year|month|week)"
    rf"{END}"
)
# "Jahresende", "zum Jahresbeginn", "year-end"
PART_COMPOUND = _compile(rf"{START}(?:(?:zum|zu|am|the)\s+)?(?P<w>{alt(lex.PART_COMPOUNDS)}){END}")
# earlier this year, later this month
EARLIER_LATER = _compile(
    rf"{START}(?P<w>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>year|month|week){END}"
)
# a part word right before another expression: "Ende" März, "Mitte" 2025, "mid-"2025
PART_BEFORE = _compile(rf"{START}(?P<part>{PART})(?:\s+|-)(?:(?:des|der|of)\s+)?$")

# --- modifiers and ranges --------------------------------------------------------------------

_FILLERS = rf"(?:{alt(lex.MODIFIER_FILLERS)}\s+)*"
MODIFIER_BEFORE = _compile(
    rf"{START}(?:(?P<since>{alt(lex.SINCE_WORDS)})|(?P<from>{alt(lex.FROM_WORDS)})"
    rf"|(?P<until>{alt(lex.UNTIL_WORDS)}))\s+{_FILLERS}$"
)
RANGE_OPENER_BEFORE = _compile(
    rf"{START}(?:{alt(lex.RANGE_OPENERS + lex.SINCE_WORDS)})\s+(?:(?:dem|den|the)\s+)?$"
)
RANGE_CONNECTOR = _compile(rf"^\s*(?:{alt(lex.RANGE_CONNECTORS)})\s*(?:(?:dem|den|the)\s+)?$")
AND_CONNECTOR = _compile(r"^\s*(?:und|and)\s*$")
BETWEEN_BEFORE = _compile(rf"{START}(?:zwischen|between)\s+(?:(?:dem|den|the)\s+)?$")

# --- context -------------------------------------------------------------------------------------

SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s+[\"„»(]?[A-ZÄÖÜ])|[\n;]")
CLAUSE_END = re.compile(r",|\s[–—-]\s|:|\sthat\s")
RELATIVE_CLAUSE = re.compile(rf"^\s*(?:{alt(lex.RELATIVE_PRONOUNS)}){END}", re.IGNORECASE)
WORD = re.compile(r"[\w'’]+|[%€$§]")


def cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words, case-insensitive."""
    return _compile(rf"{START}{alt(words)}{END}")


FUTURE_CUES = {lang: cue_pattern(words) for lang, words in lex.FUTURE_CUES.items()}
WEAK_FUTURE_CUES = cue_pattern(lex.WEAK_FUTURE_CUES)
PAST_CUES = {lang: cue_pattern(words) for lang, words in lex.PAST_CUES.items()}
PERFECT_INFINITIVE_DE = cue_pattern(lex.PERFECT_INFINITIVES_DE)
ENGLISH_PAST_TENSE = re.compile(r"(?<!\w)[a-z]{3,}ed(?!\w)")
# a clock time after a dateline: "18.10.2024, 14:30 Uhr", "Oct. 25, 2024 10:15 a.m."
TRAILING_CLOCK = _compile(
    r"(?:,|\s)\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|a\.m\.|p\.m\.|am|pm))?"
    r"(?:\s*(?:MESZ|MEZ|CET|CEST|UTC|GMT|ET|EST|EDT))?$"
)
