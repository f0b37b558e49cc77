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
    "percent": "percent",
    "eur": "EUR",
    "usd": "USD",
}

# Event type for a claim the event extractor left without one, by word prefixes in its
# message. Checked in this order; the first type with a matching prefix wins. "missing" is
# kept apart from the death toll: a count of missing people is another figure.
TOPIC_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CASUALTIES:missing", ("vermisst", "vermissten", "missing")),
    ("FIGHT", ("kämpf", "gefecht", "combat", "fighting", "fought", "battle")),
    ("CASUALTIES", ("todesopfer", "tote", "ums leben", "death toll", "died", "dead", "bodies",
                    "leichen", "killed", "getötet")),
    ("DEPLOY_TROOPS", ("soldat", "soldier", "truppe", "troops", "infanterist", "entsandt",
                       "entsendung", "verlegt", "stationiert", "deployed", "einheiten")),
)  # fmt: skip

# An extracted event type becomes the "missing" variant when its message counts the missing.
MISSING_CUES: tuple[str, ...] = ("vermisst", "vermissten", "missing")

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
