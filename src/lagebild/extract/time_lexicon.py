"""Words of time expressions in German and English: the data the time rules are built from.

Everything here is plain data (no logic). Keys are written as they appear in text; month
and weekday names are matched case-sensitively with a capital first letter, so English
"may" (the modal verb) and "march" (the verb) are never months. Abbreviations carry their
full stop.
"""

from __future__ import annotations

from lagebild.extract.quantity_lexicon import DE_SMALL, DE_TENS, EN_SMALL, EN_TENS

# --- calendar names --------------------------------------------------------------------

MONTHS: dict[str, int] = {
    # German, incl. Austrian "Jänner"/"Feber" and spellings without umlaut
    "Januar": 1,
    "Jänner": 1,
    "Februar": 2,
    "Feber": 2,
    "März": 3,
    "Maerz": 3,
    "April": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Dezember": 12,
    # English
    "January": 1,
    "February": 2,
    "March": 3,
    "May": 5,
    "June": 6,
    "July": 7,
    "October": 10,
    "December": 12,
    # abbreviations (with their full stop)
    "Jan.": 1,
    "Jän.": 1,
    "Feb.": 2,
    "Mär.": 3,
    "Mrz.": 3,
    "Mar.": 3,
    "Apr.": 4,
    "Jun.": 6,
    "Jul.": 7,
    "Aug.": 8,
    "Sep.": 9,
    "Sept.": 9,
    "Okt.": 10,
    "Oct.": 10,
    "Nov.": 11,
    "Dez.": 12,
    "Dec.": 12,
}

# Month names that are also common first names or words: taken as a month only with a
# preposition before them, or a day or year next to them.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"May", "Mai", "April", "August", "June", "Juni"})
# words before a bare ambiguous month that settle it as a month ("bis Mai", "early May")
AMBIGUOUS_MONTH_OK_BEFORE: frozenset[str] = frozenset(
    {
        "seit",
        "ab",
        "bis",
        "von",
        "vom",
        "zwischen",
        "und",
        "oder",
        "vor",
        "nach",
        "zum",
        "anfang",
        "mitte",
        "ende",
        "since",
        "until",
        "from",
        "by",
        "between",
        "and",
        "or",
        "to",
        "early",
        "mid",
        "late",
        "of",
        "through",
        "before",
        "after",
        "end",
    }
)

# Monday = 0, as datetime.date.weekday()
WEEKDAYS: dict[str, int] = {
    "Montag": 0,
    "Dienstag": 1,
    "Mittwoch": 2,
    "Donnerstag": 3,
    "Freitag": 4,
    "Samstag": 5,
    "Sonnabend": 5,
    "Sonntag": 6,
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

# German compounds "Montagabend", "Freitagnacht"; English "Monday night"
WEEKDAY_SUFFIXES_DE: tuple[str, ...] = (
    "morgen",
    "vormittag",
    "mittag",
    "nachmittag",
    "abend",
    "nacht",
    "früh",
)
DAYPARTS_DE: tuple[str, ...] = (
    "Morgen",
    "Vormittag",
    "Mittag",
    "Nachmittag",
    "Abend",
    "Nacht",
    "früh",
)
DAYPARTS_EN: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

# --- numbers -----------------------------------------------------------------------------

# counts in "vor zwei Wochen", "in three days": the quantity lexicon's number words
NUMBER_WORDS: dict[str, int] = {
    **DE_SMALL,
    **DE_TENS,
    **EN_SMALL,
    **EN_TENS,
    **{word: 1 for word in ("eine", "einem", "einer", "einen", "a", "an", "one")},
}

# "ein paar Wochen", "a few days": an unspecified small count, resolved as VAGUE_COUNT
VAGUE_COUNT_WORDS: tuple[str, ...] = (
    "paar",
    "ein paar",
    "wenigen",
    "einigen",
    "mehreren",
    "vielen",
    "few",
    "a few",
    "several",
    "a couple of",
    "many",
)
VAGUE_COUNT = 3

ORDINALS: dict[str, int] = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "erste": 1,
    "zweite": 2,
    "dritte": 3,
    "vierte": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
}

# --- units ---------------------------------------------------------------------------------

# every inflected form -> day | week | month | year | decade
UNITS: dict[str, str] = {
    "Tag": "day",
    "Tage": "day",
    "Tagen": "day",
    "Woche": "week",
    "Wochen": "week",
    "Monat": "month",
    "Monate": "month",
    "Monaten": "month",
    "Jahr": "year",
    "Jahre": "year",
    "Jahren": "year",
    "Jahrzehnt": "decade",
    "Jahrzehnte": "decade",
    "Jahrzehnten": "decade",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
}

# singular unit words of "letztes Jahr", "im vergangenen Monat", "next week" (incl. genitive)
CALENDAR_UNITS: dict[str, str] = {
    "Jahr": "year",
    "Jahres": "year",
    "Jahrs": "year",
    "Geschäftsjahr": "year",
    "Geschäftsjahres": "year",
    "Haushaltsjahr": "year",
    "Kalenderjahr": "year",
    "Monat": "month",
    "Monats": "month",
    "Woche": "week",
    "year": "year",
    "month": "month",
    "week": "week",
}

# "im Vorjahr", "heuer"
CALENDAR_WORDS: dict[str, tuple[str, int]] = {
    "Vorjahr": ("year", -1),
    "Vorjahres": ("year", -1),
    "Vormonat": ("month", -1),
    "Vormonats": ("month", -1),
    "Vorwoche": ("week", -1),
    "heuer": ("year", 0),
}

# --- relative words (German stems take an adjective ending) ---------------------------------

REL_PAST_DE: tuple[str, ...] = ("vergangen", "letzt", "vorig", "zurückliegend")
REL_FUTURE_DE: tuple[str, ...] = ("kommend", "nächst", "naechst", "folgend")
REL_THIS_DE: tuple[str, ...] = ("dies", "laufend")
ADJ_ENDINGS_DE: tuple[str, ...] = ("e", "en", "er", "es", "em")

REL_PAST_EN: tuple[str, ...] = ("last", "past", "previous")
REL_FUTURE_EN: tuple[str, ...] = ("next", "coming", "upcoming", "following")
REL_THIS_EN: tuple[str, ...] = ("this", "current")

# --- deictic days -----------------------------------------------------------------------------

# offset in days from the document date
DEICTIC_DAYS: dict[str, int] = {
    "heute": 0,
    "gestern": -1,
    "vorgestern": -2,
    "morgen": 1,
    "übermorgen": 2,
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
}

# --- parts of a period ---------------------------------------------------------------------

# early / mid / late third of the period that follows
PARTS: dict[str, str] = {
    "Anfang": "early",
    "Beginn": "early",
    "Mitte": "mid",
    "Ende": "late",
    "Ausgang": "late",
    "early": "early",
    "mid": "mid",
    "late": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
    "the end of": "late",
    "beginning of": "early",
    "start of": "early",
    "middle of": "mid",
    "end of": "late",
}

# compounds naming a part of the current year or month
PART_COMPOUNDS: dict[str, tuple[str, str]] = {
    "Jahresbeginn": ("early", "year"),
    "Jahresanfang": ("early", "year"),
    "Jahresmitte": ("mid", "year"),
    "Jahresende": ("late", "year"),
    "Monatsbeginn": ("early", "month"),
    "Monatsanfang": ("early", "month"),
    "Monatsmitte": ("mid", "month"),
    "Monatsende": ("late", "month"),
    "year-end": ("late", "year"),
    "year end": ("late", "year"),
}

# --- seasons, quarters, halves ---------------------------------------------------------------

# first month and length in months; winter runs into the next year
SEASONS: dict[str, int] = {
    "Frühjahr": 3,
    "Frühling": 3,
    "Sommer": 6,
    "Herbst": 9,
    "Winter": 12,
    "spring": 3,
    "summer": 6,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
}
SEASON_MONTHS = 3
# English season words, matched only in English text ("in diesem Fall" is no autumn)
SEASONS_EN: frozenset[str] = frozenset({"spring", "summer", "autumn", "fall", "winter"})

QUARTER_WORDS: tuple[str, ...] = ("Quartal", "Quartals", "quarter")
HALF_WORDS: tuple[str, ...] = ("Halbjahr", "Halbjahres", "Jahreshälfte", "half")

# --- range connectors and modifiers ----------------------------------------------------------

# words before an expression that turn it into an open or closed range
SINCE_WORDS: tuple[str, ...] = ("seit", "since")
FROM_WORDS: tuple[str, ...] = ("ab", "from", "starting", "beginning")
UNTIL_WORDS: tuple[str, ...] = ("bis", "until", "till", "through", "by")
# articles and particles that may stand between a modifier and its expression
MODIFIER_FILLERS: tuple[str, ...] = (
    "dem",
    "den",
    "der",
    "zum",
    "zur",
    "spätestens",
    "frühestens",
    "mindestens",
    "in",
    "the",
    "at least",
    "no later than",
)
RANGE_OPENERS: tuple[str, ...] = ("von", "vom", "zwischen", "from", "between")
RANGE_CONNECTORS: tuple[str, ...] = (
    "bis",
    "bis zum",
    "bis zur",
    "bis in den",
    "und",
    "to",
    "until",
    "through",
    "and",
    "-",
    "–",
)

# Words opening a relative clause: its verbs say nothing about the tense of the main clause.
RELATIVE_PRONOUNS: tuple[str, ...] = (
    "der",
    "die",
    "das",
    "dem",
    "den",
    "deren",
    "dessen",
    "welcher",
    "welche",
    "welches",
    "welchem",
    "welchen",
    "which",
    "who",
    "whose",
    "that",
)

# --- tense cues --------------------------------------------------------------------------------

FUTURE_CUES: dict[str, tuple[str, ...]] = {
    "de": (
        "wird",
        "werden",
        "werde",
        "würde",
        "würden",
        "soll",
        "sollen",
        "solle",
        "sollte",
        "sollten",
        "will",
        "wollen",
        "plant",
        "planen",
        "geplant",
        "kommenden",
        "nächsten",
        "voraussichtlich",
        "bevorstehenden",
        "anstehenden",
    ),
    "en": (
        "will",
        "'ll",
        "shall",
        "would",
        "plans",
        "planned",
        "scheduled",
        "upcoming",
        "expected",
        "is expected to",
        "are expected to",
        "set to",
        "going to",
        "is due to",
        "are due to",
        "is to",
        "are to",
        "next",
        "coming",
    ),
}
# Future cues too weak to move a month or season that has already passed into next year
# ("werden" is also the passive auxiliary; "expected" also says what was expected).
WEAK_FUTURE_CUES: tuple[str, ...] = (
    "werden",
    "werde",
    "würde",
    "würden",
    "kommenden",
    "nächsten",
    "would",
    "expected",
    "next",
    "coming",
    "upcoming",
)
# Perfect infinitives turn "soll ... angegriffen haben" into a report about the past.
PERFECT_INFINITIVES_DE: tuple[str, ...] = ("haben", "worden", "gewesen")
REPORTATIVE_MODALS_DE: tuple[str, ...] = ("soll", "sollen", "solle", "sollte", "sollten")

PAST_CUES: dict[str, tuple[str, ...]] = {
    "de": (
        "war",
        "waren",
        "wurde",
        "wurden",
        "worden",
        "hatte",
        "hatten",
        "hat",
        "habe",
        "ist",
        "gewesen",
        "vergangenen",
        "letzten",
        "bereits",
        "damals",
        # common verbs in the simple past (verbs of saying date the report, not its content)
        "kam",
        "kamen",
        "begann",
        "begannen",
        "fand",
        "fanden",
        "gab",
        "starb",
        "starben",
    ),
    "en": (
        "was",
        "were",
        "had",
        "did",
        "has",
        "have",
        "ago",
        "last",
        "already",
        # irregular simple past forms (regular ones end in -ed; "said" dates the report only)
        "took",
        "made",
        "came",
        "went",
        "gave",
        "began",
        "fought",
        "met",
        "saw",
        "left",
        "held",
        "brought",
        "found",
        "sent",
        "struck",
        "hit",
        "won",
        "lost",
        "fell",
        "rose",
        "grew",
        "shrank",
        "spent",
        "sold",
        "paid",
        "kept",
        "built",
    ),
}
# English words in -ed that are not verbs in the past tense
EN_ED_NOT_PAST: tuple[str, ...] = (
    "need",
    "indeed",
    "speed",
    "feed",
    "seed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "greed",
    "hundred",
    "kindred",
    "sacred",
    "naked",
    "wicked",
    "united",
    "limited",
    "proposed",
    "intended",
    "anticipated",
)
# Words right before an expression that make it point ahead or back.
FUTURE_PREPOSITIONS: tuple[str, ...] = ("ab", "bis", "until", "till", "by", "starting")
PAST_PREPOSITIONS: tuple[str, ...] = ("seit", "since")

# --- false-positive guards for bare years ------------------------------------------------------

# Words before a number that make it a count, not a year.
COUNT_MODIFIERS: tuple[str, ...] = (
    "rund",
    "etwa",
    "ca.",
    "circa",
    "knapp",
    "fast",
    "beinahe",
    "mehr als",
    "weniger als",
    "über",
    "unter",
    "mindestens",
    "höchstens",
    "bis zu",
    "insgesamt",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "more than",
    "less than",
    "fewer than",
    "over",
    "under",
    "at least",
    "up to",
    "roughly",
    "approximately",
)
# Words before a number that make it a label (a resolution, a flight, a page).
LABEL_WORDS: tuple[str, ...] = (
    "Nr.",
    "No.",
    "Nummer",
    "number",
    "Resolution",
    "resolution",
    "Artikel",
    "Art.",
    "article",
    "Seite",
    "page",
    "Flug",
    "flight",
    "Linie",
    "Zimmer",
    "room",
    "Kapitel",
    "chapter",
    "Paragraf",
    "Paragraph",
    "§",
    "PLZ",
    "Modell",
    "model",
)
# Units and counted things after a number (lemma or plural as in text).
COUNTED_AFTER_NUMBER: tuple[str, ...] = (
    "Soldaten",
    "Menschen",
    "Personen",
    "Tote",
    "Toten",
    "Verletzte",
    "Verletzten",
    "Einwohner",
    "Flüchtlinge",
    "Fälle",
    "Stimmen",
    "Euro",
    "Dollar",
    "Franken",
    "Prozent",
    "Kilometer",
    "Meter",
    "Tonnen",
    "Stück",
    "Mal",
    "Uhr",
    "Panzer",
    "Raketen",
    "Drohnen",
    "Mitarbeiter",
    "Beschäftigte",
    "soldiers",
    "troops",
    "people",
    "persons",
    "dead",
    "deaths",
    "casualties",
    "injured",
    "residents",
    "refugees",
    "cases",
    "votes",
    "euros",
    "dollars",
    "percent",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "tonnes",
    "tons",
    "times",
    "tanks",
    "missiles",
    "drones",
    "employees",
    "workers",
    "%",
    "€",
    "$",
)
# Words right before a year that settle it as a year despite a capitalized word after it.
YEAR_INTRODUCERS: tuple[str, ...] = (
    "im",
    "in",
    "seit",
    "ab",
    "bis",
    "von",
    "vor",
    "nach",
    "zwischen",
    "und",
    "Jahr",
    "Jahre",
    "Jahres",
    "since",
    "from",
    "until",
    "by",
    "between",
    "and",
    "year",
    "the",
    "of",
    "during",
    "Anfang",
    "Mitte",
    "Ende",
    "early",
    "mid",
    "late",
)
