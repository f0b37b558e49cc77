"""Words that refer back to an organisation named before (German news)."""

from __future__ import annotations

# Generic heads that refer back to the last organisation named ("das Unternehmen").
ORG_ANAPHORS: frozenset[str] = frozenset(
    {
        "Unternehmen", "Konzern", "Firma", "Reederei", "Gesellschaft", "Behörde", "Ministerium",
        "Verband", "Institut", "Bank", "Airline", "Fluggesellschaft", "Hersteller", "Gruppe",
        "Organisation", "Partei", "Regierung", "Agentur", "Amt", "Polizei", "Stadtverwaltung",
        "company", "firm", "agency", "ministry", "department", "government", "authority",
        "bank", "group", "organisation", "organization", "party", "police", "watchdog",
    }
)  # fmt: skip
# Heads among ORG_ANAPHORS that name a kind of body ("die Polizei", "the ministry"): they
# refer back only to an organisation whose name (or the words right beside it) says it is
# one ("Bundespolizei", "Innenministerium", "the Verdi union"), never to whichever
# organisation was named last.
KIND_HEADS: frozenset[str] = frozenset(
    {
        "Behörde", "Ministerium", "Regierung", "Agentur", "Amt", "Polizei", "Stadtverwaltung",
        "Partei", "Gewerkschaft", "Feuerwehr", "Küstenwache",
        "agency", "ministry", "department", "government", "authority", "party", "police",
        "watchdog", "union", "coastguard", "brigade", "service",
    }
)  # fmt: skip
# How far back (characters) a description or document noun may find its organisation.
ANTECEDENT_WINDOW = 400
SPEAKER_SUFFIXES: tuple[str, ...] = ("sprecherin", "sprecher", "chefin", "chef")

# Documents that speak for whoever issued them ("laut der Frühjahrsprognose", "the report
# said"): with no name of their own they refer back to the last organisation named.
# Matched as word endings, so compounds count ("Frühjahrsprognose", "Jahresbericht").
DOCUMENT_NOUNS: tuple[str, ...] = (
    "prognose", "studie", "bericht", "umfrage", "analyse", "erhebung", "mitteilung",
    "statistik", "gutachten", "forecast", "report", "study", "survey", "analysis",
)  # fmt: skip
# Prepositions that make a place inside a source phrase a location, not the speaker
# ("die in Hamburg vorgestellte Prognose", "das Institut in Kiel").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "im", "at"})

# Heads after a place or demonym inside a source phrase that make the phrase the state
# ("die georgische Regierung", "the Russian defence ministry"); any other head ("Georgian
# rights groups", "die georgische Opposition") keeps the phrase as its own source.
# Matched as parts of words, so compounds count ("Innenministerium").
STATE_HEADS: tuple[str, ...] = (
    "regierung", "ministerium", "minister", "armee", "militär", "streitkräfte", "präsident",
    "kanzler", "behörde", "botschaft", "geheimdienst", "polizei", "staat", "führung",
    "government", "ministry", "minister", "army", "military", "forces", "president", "premier",
    "official", "authorities", "embassy", "intelligence", "police", "state", "leadership",
    "kremlin", "navy", "air force", "department",
)  # fmt: skip
