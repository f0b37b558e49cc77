"""Words and symbols that make up figures in German and English news.

Data only: the parser in :mod:`lagebild.extract.quantities` reads these tables.
All keys are lower case; multi-word entries are tuples of lower-cased tokens as
spaCy's German/English tokenizers produce them.

Value conventions (see DESIGN.md, "Conventions" -> quantities):

* A point figure keeps ``value``; an approximator marks it ``approximate``.
* "knapp 500" / "fast 500" / "nearly 500" (just under): value 500, high 500, approximate.
* "gut 500" / "just over 500": value 500, low 500, approximate.
* "mehr als 600.000" / "über" / "mindestens" / "more than" / "at least": value null, low only.
* "bis zu 300.000" / "höchstens" / "weniger als" / "up to" / "less than": value null, high only.
* Ranges ("200 bis 300", "zwischen 200 und 300", "200-300") are value null, low/high,
  approximate (a range is an estimate).
* Vague amounts are value null with a range and approximate: a plural of a power of ten
  P ("hunderte", "thousands") is 2P..10P-1; "mehrere/einige/several/a few" before a scale
  word S is 2S..9S ("mehrere Milliarden" 2e9-9e9); "Dutzende"/"dozens" is 24-99.
"""

from __future__ import annotations

from typing import Literal

Effect = Literal["point", "under", "over", "low", "high", "between"]

# --- number words -------------------------------------------------------------------------

#: German cardinal words below one hundred that compose ("zwei" + "und" + "zwanzig").
DE_UNITS: dict[str, int] = {
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
DE_SMALL: dict[str, int] = {
    **DE_UNITS,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
DE_TENS: dict[str, int] = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

EN_SMALL: dict[str, int] = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
#: English units after a ten and a hyphen ("twenty-one").
EN_UNITS: dict[str, int] = {"one": 1, **{k: v for k, v in EN_SMALL.items() if v < 10}}
EN_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Words for "one" that count only before a scale word ("eine Million", "a dozen").
ONE_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"ein", "eine", "einer", "einem", "einen", "eines", "eins"}),
    "en": frozenset({"a", "one", "an"}),
}

#: Fractional amounts before a scale word ("anderthalb Millionen", "eine halbe Million").
FRACTION_WORDS: dict[str, dict[tuple[str, ...], float]] = {
    "de": {
        ("anderthalb",): 1.5,
        ("eineinhalb",): 1.5,
        ("zweieinhalb",): 2.5,
        ("dreieinhalb",): 3.5,
        ("eine", "halbe"): 0.5,
        ("einer", "halben"): 0.5,
        ("einen", "halben"): 0.5,
        ("ein", "halbes"): 0.5,
    },
    "en": {
        ("half", "a"): 0.5,
        ("one", "and", "a", "half"): 1.5,
    },
}

#: Scale words after a number ("1,5 Millionen", "3bn"); German "Billion" is 10^12.
SCALES: dict[str, dict[str, float]] = {
    "de": {
        "hundert": 1e2,
        "tausend": 1e3,
        "tsd.": 1e3,
        "tsd": 1e3,
        "dutzend": 12,
        "million": 1e6,
        "millionen": 1e6,
        "mio.": 1e6,
        "mio": 1e6,
        "milliarde": 1e9,
        "milliarden": 1e9,
        "mrd.": 1e9,
        "mrd": 1e9,
        "billion": 1e12,
        "billionen": 1e12,
        "bio.": 1e12,
    },
    "en": {
        "hundred": 1e2,
        "thousand": 1e3,
        "dozen": 12,
        "million": 1e6,
        "mn": 1e6,
        "mln": 1e6,
        "billion": 1e9,
        "bn": 1e9,
        "bln": 1e9,
        "trillion": 1e12,
        "tn": 1e12,
        "trn": 1e12,
    },
}

#: Abbreviations that are a scale only when glued to the number ("3bn", "£5m", "20k").
GLUED_SCALES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "mio": 1e6,
    "mrd": 1e9,
}

# --- vague amounts ------------------------------------------------------------------------

#: Vague plural amounts -> (low, high). May be followed by a scale word that multiplies
#: them ("Hunderte Millionen", "tens of thousands").
VAGUE: dict[str, dict[tuple[str, ...], tuple[float, float]]] = {
    "de": {
        ("dutzende",): (24, 99),
        ("dutzenden",): (24, 99),
        ("hunderte",): (200, 999),
        ("hunderten",): (200, 999),
        ("tausende",): (2000, 9999),
        ("tausenden",): (2000, 9999),
        ("abertausende",): (2000, 99999),
        ("abertausenden",): (2000, 99999),
        ("zehntausende",): (20000, 99999),
        ("zehntausenden",): (20000, 99999),
        ("zigtausende",): (20000, 99999),
        ("zigtausenden",): (20000, 99999),
        ("hunderttausende",): (200000, 999999),
        ("hunderttausenden",): (200000, 999999),
        ("millionen",): (2e6, 9999999),
        ("milliarden",): (2e9, 9999999999),
    },
    "en": {
        ("dozens",): (24, 99),
        ("tens",): (20, 99),
        ("hundreds",): (200, 999),
        ("thousands",): (2000, 9999),
        ("millions",): (2e6, 9999999),
        ("billions",): (2e9, 9999999999),
    },
}

#: Vague words that are a figure only when a scale follows ("tens" of thousands).
VAGUE_NEEDS_SCALE: frozenset[str] = frozenset({"tens"})

#: Plural scale words that can follow a vague amount ("Hunderte Millionen", "of thousands").
VAGUE_SCALES: dict[str, dict[str, float]] = {
    "de": {"tausend": 1e3, "millionen": 1e6, "milliarden": 1e9, "mio.": 1e6, "mrd.": 1e9},
    "en": {"thousands": 1e3, "millions": 1e6, "billions": 1e9},
}

#: "mehrere/einige/several/a few" + scale word -> 2..9 times the scale.
FEW: dict[str, frozenset[tuple[str, ...]]] = {
    "de": frozenset(
        {("mehrere",), ("einige",), ("wenige",), ("etliche",), ("ein", "paar"), ("einigen",)}
    ),
    "en": frozenset({("several",), ("a", "few"), ("few",), ("some",)}),
}
FEW_RANGE: tuple[float, float] = (2, 9)

# --- approximators and bounds ---------------------------------------------------------------

#: Words before a figure and what they do to it (see module docstring).
APPROXIMATORS: dict[str, dict[tuple[str, ...], Effect]] = {
    "de": {
        ("rund",): "point",
        ("etwa",): "point",
        ("ungefähr",): "point",
        ("circa",): "point",
        ("ca.",): "point",
        ("zirka",): "point",
        ("annähernd",): "point",
        ("schätzungsweise",): "point",
        ("geschätzt",): "point",
        ("geschätzte",): "point",
        ("geschätzten",): "point",
        ("in", "etwa"): "point",
        ("um", "die"): "point",
        ("knapp",): "under",
        ("fast",): "under",
        ("beinahe",): "under",
        ("nahezu",): "under",
        ("knapp", "unter"): "high",
        ("gut",): "over",
        ("knapp", "über"): "low",
        ("mehr", "als"): "low",
        ("weit", "mehr", "als"): "low",
        ("deutlich", "mehr", "als"): "low",
        ("über",): "low",
        ("weit", "über"): "low",
        ("deutlich", "über"): "low",
        ("mindestens",): "low",
        ("wenigstens",): "low",
        ("nicht", "weniger", "als"): "low",
        ("bis", "zu"): "high",
        ("höchstens",): "high",
        ("maximal",): "high",
        ("weniger", "als"): "high",
        ("unter",): "high",
        ("zwischen",): "between",
    },
    "en": {
        ("about",): "point",
        ("around",): "point",
        ("roughly",): "point",
        ("approximately",): "point",
        ("approx.",): "point",
        ("some",): "point",
        ("an", "estimated"): "point",
        ("estimated",): "point",
        ("circa",): "point",
        ("c.",): "point",
        ("nearly",): "under",
        ("almost",): "under",
        ("close", "to"): "under",
        ("just", "under"): "under",
        ("just", "over"): "over",
        ("more", "than"): "low",
        ("well", "over"): "low",
        ("over",): "low",
        ("upwards", "of"): "low",
        ("in", "excess", "of"): "low",
        ("at", "least"): "low",
        ("no", "fewer", "than"): "low",
        ("no", "less", "than"): "low",
        ("up", "to"): "high",
        ("as", "many", "as"): "high",
        ("as", "much", "as"): "high",
        ("at", "most"): "high",
        ("less", "than"): "high",
        ("fewer", "than"): "high",
        ("under",): "high",
        ("between",): "between",
    },
}

#: Words after a figure that turn it into a lower bound ("500 oder mehr", "500 or more").
POST_BOUNDS: dict[str, dict[tuple[str, ...], Effect]] = {
    "de": {("oder", "mehr"): "low", ("und", "mehr"): "low"},
    "en": {("or", "more"): "low", ("and", "more"): "low", ("+",): "low", ("plus",): "low"},
}

#: Words joining two figures into a range; "und"/"and" only after "zwischen"/"between".
RANGE_JOINERS: dict[str, frozenset[str]] = {
    "de": frozenset({"bis", "-", "–", "—"}),
    "en": frozenset({"to", "-", "–", "—"}),
}
BETWEEN_JOINERS: dict[str, frozenset[str]] = {
    "de": frozenset({"und"}),
    "en": frozenset({"and"}),
}
#: A word before the first figure that makes "X to Y" a change, not a range.
CHANGE_MARKERS: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "en": frozenset({"from"}),
}

#: A figure that a count was changed to or put at ("ist auf fünf gestiegen", "put the number
#: at 40"): the preposition before it, and the count nouns ("die Zahl der Toten",
#: "Teilnehmerzahl", "the number of injured") that must come before in the sentence.
CHANGE_TARGET_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"auf"}),
    "en": frozenset({"to", "at"}),
}
COUNT_NOUNS: dict[str, tuple[str, ...]] = {
    "de": ("zahl", "anzahl", "bilanz"),
    "en": ("number", "toll", "total", "count", "tally"),
}
#: How many tokens before the figure the count noun may stand.
COUNT_NOUN_REACH = 14

#: Signs written as words.
MINUS_WORDS: frozenset[str] = frozenset({"minus"})

# --- percent and currency -------------------------------------------------------------------

PERCENT_UNIT = "percent"
POINT_UNIT = "percentage point"

#: Percent symbols (part of the figure's text) and words (the unit, outside the text).
PERCENT_SYMBOLS: frozenset[str] = frozenset({"%", "％"})
PERCENT_WORDS: dict[str, dict[tuple[str, ...], str]] = {
    "de": {
        ("prozent",): PERCENT_UNIT,
        ("prozentpunkte",): POINT_UNIT,
        ("prozentpunkten",): POINT_UNIT,
        ("prozentpunkt",): POINT_UNIT,
    },
    "en": {
        ("percent",): PERCENT_UNIT,
        ("per", "cent"): PERCENT_UNIT,
        ("pct",): PERCENT_UNIT,
        ("percentage", "points"): POINT_UNIT,
        ("percentage", "point"): POINT_UNIT,
        ("points",): POINT_UNIT,
    },
}

#: Currency symbols and codes (case-sensitive), before or after the figure, in its text.
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CHF": "CHF",
    "¥": "JPY",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₽": "RUB",
    "RUB": "RUB",
    "₴": "UAH",
    "UAH": "UAH",
    "₹": "INR",
    "INR": "INR",
    "₩": "KRW",
    "KRW": "KRW",
    "PLN": "PLN",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
}

#: Currency words after the figure (the unit, outside the figure's text).
CURRENCY_WORDS: dict[str, dict[tuple[str, ...], str]] = {
    "de": {
        ("euro",): "EUR",
        ("dollar",): "USD",
        ("us-dollar",): "USD",
        ("pfund",): "GBP",
        ("pfund", "sterling"): "GBP",
        ("franken",): "CHF",
        ("schweizer", "franken"): "CHF",
        ("rubel",): "RUB",
        ("yuan",): "CNY",
        ("renminbi",): "CNY",
        ("yen",): "JPY",
        ("won",): "KRW",
        ("hrywnja",): "UAH",
        ("griwna",): "UAH",
        ("zloty",): "PLN",
        ("złoty",): "PLN",
        ("rupien",): "INR",
        ("lira",): "TRY",
    },
    "en": {
        ("euros",): "EUR",
        ("euro",): "EUR",
        ("dollars",): "USD",
        ("dollar",): "USD",
        ("us", "dollars"): "USD",
        ("pounds",): "GBP",
        ("pounds", "sterling"): "GBP",
        ("sterling",): "GBP",
        ("swiss", "francs"): "CHF",
        ("francs",): "CHF",
        ("roubles",): "RUB",
        ("rubles",): "RUB",
        ("yuan",): "CNY",
        ("renminbi",): "CNY",
        ("yen",): "JPY",
        ("won",): "KRW",
        ("hryvnias",): "UAH",
        ("hryvnia",): "UAH",
        ("zlotys",): "PLN",
        ("zloty",): "PLN",
        ("rupees",): "INR",
        ("lira",): "TRY",
    },
}

# --- units ----------------------------------------------------------------------------------

#: Nominalized adjectives: the lemma is the strong masculine singular ("Tote" -> "Toter"),
#: which keeps them apart from the adjective ("tot") and from the plural surface form.
NOMINALIZED: dict[str, str] = {
    stem + ending: stem.capitalize() + "er"
    for stem in (
        "tot",
        "verletzt",
        "schwerverletzt",
        "leichtverletzt",
        "vermisst",
        "verwundet",
        "gefangen",
        "festgenommen",
        "verhaftet",
        "inhaftiert",
        "verschüttet",
        "evakuiert",
        "geflüchtet",
        "vertrieben",
        "obdachlos",
        "arbeitslos",
        "beschäftigt",
        "erwerbstätig",
        "angestellt",
        "angehörig",
        "erwachsen",
        "jugendlich",
        "infiziert",
        "erkrankt",
        "verstorben",
        "getötet",
        "ermordet",
        "deutsch",
        "reisend",
        "studierend",
        "demonstrierend",
        "asylsuchend",
        "schutzsuchend",
        "flüchtend",
        "verdächtig",
        "tatverdächtig",
        "beschuldigt",
        "angeklagt",
        "verurteilt",
        "abgeordnet",
        "beamt",
        "betroffen",
        "überlebend",
        "entführt",
        "verschleppt",
        "freiwillig",
    )
    for ending in ("e", "en")
}

#: English plural counted nouns that do not end in -s.
EN_IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {"people", "children", "men", "women", "police", "personnel", "staff", "cattle", "troops"}
)

#: Lower-cased words after a figure that end the search for its counted noun.
UNIT_STOP_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {
            "ums",
            "zum",
            "zur",
            "beim",
            "vom",
            "im",
            "ins",
            "am",
            "aufs",
            "übers",
            "unterm",
            "pro",
            "je",
        }
    ),
    "en": frozenset({"per", "a", "an", "the", "each"}),
}

#: Lower-case words after a figure that may stand between it and its noun even though
#: spaCy lists them as stop words ("12.000 weitere Soldaten", "300 more troops").
UNIT_SKIPPABLE: frozenset[str] = frozenset(
    {
        "weitere",
        "weiteren",
        "weiterer",
        "andere",
        "anderen",
        "neue",
        "neuen",
        "bereits",
        "zusätzliche",
        "zusätzlichen",
        "more",
        "other",
        "additional",
        "further",
        "new",
        "extra",
    }
)

#: Measurement units after a figure: lower-cased token -> the unit's lemma in the language
#: (DESIGN: the counted thing as a lemma: "150 millimetres" -> millimetre, "12 Meter" -> Meter).
_MEASURE_SYMBOLS: dict[str, tuple[str, str]] = {
    "km": ("Kilometer", "kilometre"),
    "km²": ("Quadratkilometer", "square kilometre"),
    "mm": ("Millimeter", "millimetre"),
    "cm": ("Zentimeter", "centimetre"),
    "kg": ("Kilogramm", "kilogram"),
    "t": ("Tonne", "tonne"),
    "mw": ("MW", "MW"),
    "gw": ("GW", "GW"),
    "twh": ("TWh", "TWh"),
}
MEASURE_UNITS: dict[str, dict[str, str]] = {
    "de": {
        **{symbol: names[0] for symbol, names in _MEASURE_SYMBOLS.items()},
        "kilometer": "Kilometer",
        "kilometern": "Kilometer",
        "quadratkilometer": "Quadratkilometer",
        "quadratkilometern": "Quadratkilometer",
        "meter": "Meter",
        "metern": "Meter",
        "millimeter": "Millimeter",
        "millimetern": "Millimeter",
        "zentimeter": "Zentimeter",
        "zentimetern": "Zentimeter",
        "kilogramm": "Kilogramm",
        "tonne": "Tonne",
        "tonnen": "Tonne",
        # durations: "innerhalb von 30 Minuten"
        "sekunde": "Sekunde",
        "sekunden": "Sekunde",
        "minute": "Minute",
        "minuten": "Minute",
        "stunde": "Stunde",
        "stunden": "Stunde",
    },
    "en": {
        **{symbol: names[1] for symbol, names in _MEASURE_SYMBOLS.items()},
        **{
            f"{size}{ending}": f"{size}metre"
            for size in ("kilo", "milli", "centi", "")
            for ending in ("metre", "metres", "meter", "meters")
        },
        "kilograms": "kilogram",
        "kilogram": "kilogram",
        "tonnes": "tonne",
        "tonne": "tonne",
        "tons": "ton",
        **{
            f"{unit}{plural}": unit for unit in ("second", "minute", "hour") for plural in ("", "s")
        },
    },
}
#: A figure with a glued "m" ("100m") in metres, when no currency makes it millions.
METRE: dict[str, str] = {"de": "Meter", "en": "metre"}

# --- exclusions -----------------------------------------------------------------------------

MONTHS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {
            "januar",
            "jänner",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
            "jan.",
            "feb.",
            "febr.",
            "mär.",
            "apr.",
            "jun.",
            "jul.",
            "aug.",
            "sep.",
            "sept.",
            "okt.",
            "nov.",
            "dez.",
        }
    ),
    "en": frozenset(
        {
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "jan.",
            "feb",
            "feb.",
            "mar.",
            "apr.",
            "jun.",
            "jul.",
            "aug.",
            "sep.",
            "sept.",
            "oct.",
            "nov.",
            "dec.",
        }
    ),
}

#: Words after a number that make it a time of day ("14 Uhr", "3 pm").
TIME_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"uhr", "h", "utc", "mez", "mesz", "ortszeit"}),
    "en": frozenset({"pm", "am", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "local"}),
}

#: Words before a bare four-digit integer that make it a year even before a noun
#: ("im Jahr 2024", "seit 2014 Soldaten ...").
YEAR_CONTEXT: frozenset[str] = frozenset(
    {
        "jahr",
        "jahre",
        "jahres",
        "jahrgang",
        "im",
        "seit",
        "anfang",
        "ende",
        "mitte",
        "frühjahr",
        "sommer",
        "herbst",
        "winter",
        "year",
        "since",
        "until",
        "early",
        "late",
        "mid",
        "spring",
        "summer",
        "autumn",
        "fall",
        "class",
    }
)

#: Words before a bare integer 1000-1899 that make it a year when no noun follows.
WEAK_YEAR_CONTEXT: frozenset[str] = frozenset(
    {"bis", "ab", "von", "vor", "nach", "in", "by", "from", "before", "after", "of", "um"}
)

#: Beginnings of words after a bare four-digit integer that make it a year
#: ("1980 geboren", "1998 gegründet", "born 1980" is caught by the date rules).
YEAR_FOLLOWERS: tuple[str, ...] = (
    "geboren",
    "gegründet",
    "erbaut",
    "errichtet",
    "eröffnet",
    "verstorben",
    "gestorben",
    "born",
    "founded",
    "built",
    "established",
)

#: Bare integers in this range with no counted noun after them are years.
YEAR_RANGE: tuple[int, int] = (1900, 2100)

#: Ends of German compounds before a number that make it a label ("Warnstufe 3",
#: "Pflegegrad 2", "Besoldungsgruppe A 13").
DE_LABEL_SUFFIXES: tuple[str, ...] = (
    "stufe",
    "grad",
    "gruppe",
    "klasse",
    "kategorie",
    "zone",
    "phase",
    "linie",
    "artikel",
    "paragraf",
    "paragraph",
    "kapitel",
    "nummer",
    "straße",
    "strasse",
    "gleis",
    "liga",
)

#: Words before a number that make it a label, a section or part of a name
#: ("Artikel 5", "§ 218", "Resolution 2231", "Flight 17", "Platz 3").
LABEL_WORDS: frozenset[str] = frozenset(
    {
        "§",
        "§§",
        "artikel",
        "art.",
        "paragraf",
        "paragraph",
        "absatz",
        "abs.",
        "ziffer",
        "kapitel",
        "seite",
        "s.",
        "nr.",
        "nr",
        "nummer",
        "no.",
        "no",
        "number",
        "article",
        "section",
        "chapter",
        "page",
        "p.",
        "pp.",
        "resolution",
        "resolutionen",
        "flug",
        "flight",
        "route",
        "linie",
        "gleis",
        "platz",
        "rang",
        "level",
        "stufe",
        "kategorie",
        "category",
        "phase",
        "zone",
        "folge",
        "staffel",
        "episode",
        "season",
        "band",
        "vol.",
        "tel.",
        "telefon",
        "fax",
        "hausnummer",
        "zimmer",
        "room",
        "block",
        "gate",
        "terminal",
        "bundesstraße",
        "autobahn",
        "landstraße",
        "interstate",
        "highway",
        "postfach",
        "kw",
        "week",
    }
)

#: Lemmas of English plurals a tagger may leave as they are ("people" counts persons).
EN_PLURAL_LEMMAS: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "troops": "troop",
}  # fmt: skip
