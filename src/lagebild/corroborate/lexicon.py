"""Word lists the facts layer matches on: unit classes, topic cues, negation and report words.

Matching is on case-folded word prefixes, German and English side by side. These lists only
fill gaps the extractors leave (claims without an event, figures whose unit is unknown); an
extracted event type always wins over a topic cue.
"""

from __future__ import annotations

# The counted thing (a lemma from either language) -> one class, so figures in different
# languages and wordings compare: "Soldat", "Infanterist", "soldier" are all troops.
UNIT_CLASSES: dict[str, str] = {
    "soldat": "troops",
    "soldier": "troops",
    "infanterist": "troops",
    "truppe": "troops",
    "troop": "troops",
    "kämpfer": "troops",
    "fighter": "troops",
    "mann": "troops",
    "einheit": "troops",
    "mensch": "people",
    "person": "people",
    "people": "people",
    "tote": "people",
    "toter": "people",
    "todesopfer": "people",
    "opfer": "people",
    "victim": "people",
    "body": "people",
    "leiche": "people",
    "dead": "people",
    "death": "people",
    "verletzte": "people",
    "verletzter": "people",
    "verwundeter": "people",
    "injured": "people",
    "wounded": "people",
    "vermisster": "people",
    "bewohner": "people",
    "einwohner": "people",
    "resident": "people",
    "teilnehmer": "people",
    "participant": "people",
    "beschäftigter": "people",
    "mitarbeiter": "people",
    "worker": "people",
    "employee": "people",
    "demonstrant": "people",
    "protester": "people",
    "festnahme": "people",  # "mehr als 300 Festnahmen": people arrested
    "arrest": "people",
    # holders of an office, counted apart from a crowd ("sieben Oppositionspolitiker
    # festgenommen" is not the count of protesters detained)
    "politiker": "officials",
    "politician": "officials",
    "abgeordneter": "officials",
    "lawmaker": "officials",
    "official": "officials",
    "beamter": "officials",
    "hektar": "area",
    "hectare": "area",
    "quadratkilometer": "area",
    "square kilometre": "area",
    "square kilometer": "area",
    "acre": "area",
    "haus": "buildings",
    "house": "buildings",
    "home": "buildings",
    "gebäude": "buildings",
    "building": "buildings",
    "wohnung": "buildings",
    "schiff": "ships",
    "ship": "ships",
    "vessel": "ships",
    "flug": "flights",
    "flight": "flights",
    "sekunde": "duration",
    "second": "duration",
    "minute": "duration",
    "stunde": "duration",
    "hour": "duration",
    "tag": "duration",
    "day": "duration",
    "woche": "duration",
    "week": "duration",
    "monat": "duration",
    "month": "duration",
    "jahr": "duration",
    "year": "duration",
    "percent": "percent",
    "eur": "EUR",
    "usd": "USD",
    "liter": "volume",
    "litre": "volume",
    "kubikmeter": "volume",
    "cubic metre": "volume",
}

# A duration ("seit drei Tagen", "for 48 hours") is never compared with a count.
DURATION_CLASS = "duration"
# What an economic figure counts: a claim typed ECONOMIC_FIGURE (by "rose", "fell") that
# counts anything else of a known class ("the number of people evacuated rose to 600") is
# not about the economy and is typed as if the extractor had found no event.
ECONOMIC_CLASSES: frozenset[str] = frozenset({"EUR", "USD", "percent"})
# The type prefix of a figure series: claims of one source counting one class of thing
# that no event type describes ("HHLA said 14 container ships ...", a week later "30
# container ships ..."); see corroborate.update.
SERIES_TYPE = "FIGURE"
# Words left out of a source's words when claims are grouped by source ("the coastguard",
# "der Küstenwache").
SOURCE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "eines",
     "einer", "einem", "einen"}
)  # fmt: skip

# Event types that describe one disaster and its toll: their claims form one family, the
# counts of dead, injured and missing each a fact of their own, other figures (area burned,
# people evacuated, homes damaged) facts by what they count.
DISASTER_TYPES: frozenset[str] = frozenset({"DISASTER", "CASUALTIES"})
# Which toll a casualty claim gives, by word prefixes; checked in this order.
TOLL_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CASUALTIES:missing", ("vermisst", "vermissten", "missing")),
    ("CASUALTIES", ("tote", "toter", "todesopfer", "ums leben", "getötet", "gestorben",
                    "starben", "leiche", "dead", "died", "killed", "death", "bodies")),
    ("CASUALTIES:injured", ("verletz", "verwundet", "injur", "wounded", "hurt")),
)  # fmt: skip

# Event types that describe one event with the counts given about it, and which count a
# claim gives, by word prefixes (first match wins): a protest and the arrests at it are one
# family as a disaster and its toll are.
FAMILIES: tuple[tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (DISASTER_TYPES, TOLL_CUES),
    (
        frozenset({"PROTEST", "ARREST"}),
        (("ARREST", ("festgenommen", "festnahme", "verhaftet", "inhaftiert", "detained",
                     "arrested", "arrests")),),
    ),
)  # fmt: skip

# Event type for a claim the event extractor left without one, by word prefixes in its
# message. Checked in this order; the first type with a matching prefix wins. "missing" is
# kept apart from the death toll: a count of missing people is another figure.
TOPIC_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CASUALTIES:missing", ("vermisst", "vermissten", "missing")),
    ("FIGHT", ("kämpf", "gefecht", "combat", "fighting", "fought", "battle")),
    ("CASUALTIES", ("todesopfer", "tote", "ums leben", "death toll", "died", "dead", "bodies",
                    "leichen", "killed", "getötet")),
    ("CASUALTIES:injured", ("verletzt", "verletzte", "injured", "wounded")),
    ("DISASTER", ("hochwasser", "überschwemm", "flut", "waldbrand", "wildfire", "blaze",
                  "hektar", "hectare", "evakuiert", "evacuated", "in sicherheit gebracht",
                  "beschädigt", "zerstört", "damaged", "destroyed")),
    ("PROTEST", ("kundgebung", "teilnehmer", "demonstrant", "rally", "protester")),
    ("DEPLOY_TROOPS", ("soldat", "soldier", "truppe", "troops", "infanterist", "entsandt",
                       "entsendung", "verlegt", "stationiert", "deployed", "einheiten")),
)  # fmt: skip

# Words by which a denial or a refusal to comment points back at what was reported before
# ("wies die Berichte zurück", "declined to comment on the reports").
REPORT_WORDS: tuple[str, ...] = ("bericht", "report", "meldung", "angaben", "dies", "this")

# A claim within a fact that says the opposite without being a denial by the actor.
NEGATION_CUES: tuple[str, ...] = (
    "keine belege", "keine hinweise", "keine beweise", "no evidence",
    "no sign", "no indication",
)  # fmt: skip

# A claim that leaves the fact open although the extractor read it as asserted or possible.
UNCONFIRMED_CUES: tuple[str, ...] = (
    "nicht bestätigen", "nicht bestätigt werden", "weder bestätigt", "not confirm",
    "not yet confirm", "could not confirm", "declined to comment", "no comment",
)  # fmt: skip

# Function words left out when a denial is compared with the claim it denies.
STOP_WORDS: frozenset[str] = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
        "einen", "und", "oder", "aber", "dass", "wonach", "sei", "seien", "sind", "ist", "war",
        "waren", "wurde", "wurden", "worden", "werde", "werden", "würden", "habe", "haben",
        "hatte", "hatten", "sich", "nicht", "kein", "keine", "auch", "noch", "schon", "nur",
        "von", "vom", "zu", "zum", "zur", "mit", "nach", "bei", "aus", "auf", "für", "über",
        "unter", "vor", "wie", "als", "man", "sie", "er", "es", "ihre", "ihr", "sein", "seine",
        "dies", "diese", "dieser", "erste", "ersten", "the", "and", "but", "that", "this",
        "these", "those", "was", "were", "had", "has", "have", "been", "being", "would", "will",
        "could", "should", "not", "with", "from", "for", "into", "onto", "over", "about",
        "than", "then", "there", "their", "they", "its", "his", "her", "she", "him", "who",
        "which", "what", "when", "any", "some", "all",
    }
)  # fmt: skip
