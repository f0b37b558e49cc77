"""Word tables for briefings: verbs of saying by concept in both languages, approximators,
vague amounts, counted things, event nouns for headlines, and the fixed wording of the
templates (which the traceability check treats as the briefing's own words).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A verb of saying: the forms that identify it, and how a briefing writes it.

    de: German preterite (singular, plural) and separable particle ("teilte ... mit");
    en: English simple past. ``preposition``: the preposition its noun-phrase content
    needs ("berichtete von ..."), checked before the verb takes such a content.
    """

    forms: tuple[str, ...]
    de: tuple[str, str]
    en: str
    particle: str = ""
    preposition: str = ""


CUE_VERBS: tuple[CueVerb, ...] = (
    CueVerb(("sagt", "sagte", "sagten", "gesagt", "sagen", "said", "says", "say", "told", "tells"),
            ("sagte", "sagten"), "said"),
    CueVerb(("bestätigt", "bestätigte", "bestätigten", "bestätigen", "confirmed", "confirms"),
            ("bestätigte", "bestätigten"), "confirmed"),
    CueVerb(("betont", "betonte", "betonten", "betonen", "stressed", "stresses", "emphasized"),
            ("betonte", "betonten"), "stressed"),
    CueVerb(("berichtet", "berichtete", "berichteten", "berichten", "reported", "reports"),
            ("berichtete", "berichteten"), "reported"),
    CueVerb(("meldet", "meldete", "meldeten", "gemeldet", "melden"), ("meldete", "meldeten"),
            "reported"),
    CueVerb(("erklärt", "erklärte", "erklärten", "erklären", "stated", "states", "declared"),
            ("erklärte", "erklärten"), "stated"),
    CueVerb(("teilt", "teilte", "teilten", "mitgeteilt", "announced", "announces"),
            ("teilte", "teilten"), "announced", particle="mit"),
    CueVerb(("bestreitet", "bestritt", "bestritten", "bestreiten", "denied", "denies", "deny"),
            ("bestritt", "bestritten"), "denied"),
    CueVerb(("dementiert", "dementierte", "dementierten", "dementieren"),
            ("dementierte", "dementierten"), "denied"),
    CueVerb(("weist", "wies", "wiesen", "zurückgewiesen", "rejected", "rejects", "dismissed",
             "dismisses"), ("wies", "wiesen"), "rejected", particle="zurück"),
    CueVerb(("äußert", "äußerte", "äußerten", "geäußert", "expressed", "expresses"),
            ("äußerte", "äußerten"), "expressed"),
    CueVerb(("spricht", "sprach", "sprachen", "gesprochen", "spoke", "speaks"),
            ("sprach", "sprachen"), "spoke", preposition="von"),
    CueVerb(("geht", "ging", "gingen", "ausgegangen"), ("ging", "gingen"), "assumed",
            particle="aus", preposition="von"),
    CueVerb(("warnt", "warnte", "warnten", "gewarnt", "warned", "warns"), ("warnte", "warnten"),
            "warned"),
    CueVerb(("fordert", "forderte", "forderten", "gefordert", "called", "calls", "demanded"),
            ("forderte", "forderten"), "called"),
    CueVerb(("schreibt", "schrieb", "schrieben", "geschrieben", "wrote", "writes"),
            ("schrieb", "schrieben"), "wrote"),
    CueVerb(("declined to comment", "declined", "declines"), ("lehnte", "lehnten"),
            "declined to comment", particle="einen Kommentar ab"),
    CueVerb(("added", "adds", "fügte", "fügt"), ("fügte", "fügten"), "added", particle="hinzu"),
)  # fmt: skip


def cue_verb(cue: str | None) -> CueVerb | None:
    """The verb of saying a cue names (its longest known form inside the cue text)."""
    if not cue:
        return None
    text = cue.casefold()
    words = text.split()
    best: tuple[int, CueVerb] | None = None
    for verb in CUE_VERBS:
        for form in verb.forms:
            hit = form in words if " " not in form else form in text
            if hit and (best is None or len(form) > best[0]):
                best = (len(form), verb)
    return best[1] if best else None


# Approximators, German <-> English (the words before a figure).
APPROXIMATORS: tuple[tuple[str, str], ...] = (
    ("rund", "about"), ("etwa", "about"), ("ungefähr", "about"), ("circa", "about"),
    ("ca.", "about"), ("mehr als", "more than"), ("über", "over"), ("mindestens", "at least"),
    ("bis zu", "up to"), ("knapp", "almost"), ("fast", "almost"), ("weniger als", "fewer than"),
    ("rund", "around"), ("rund", "approximately"), ("rund", "roughly"), ("fast", "nearly"),
    ("mehr als", "over"), ("höchstens", "at most"), ("weitere", "another"),
)  # fmt: skip

# Vague amounts, German (nominative) <-> English.
VAGUE_AMOUNTS: tuple[tuple[str, str], ...] = (
    ("hunderte", "hundreds"), ("Hunderte", "hundreds"), ("tausende", "thousands"),
    ("Tausende", "thousands"), ("Dutzende", "dozens"), ("dutzende", "dozens"),
    ("Zehntausende", "tens of thousands"), ("zehntausende", "tens of thousands"),
    ("Hunderttausende", "hundreds of thousands"), ("mehrere hundert", "several hundred"),
    ("mehrere tausend", "several thousand"), ("einige hundert", "a few hundred"),
)  # fmt: skip

# Number words after a figure ("1,5 Millionen" / "1.5 million").
MULTIPLIERS: tuple[tuple[str, str], ...] = (
    ("Millionen", "million"), ("Million", "million"), ("Milliarden", "billion"),
    ("Milliarde", "billion"), ("Mio.", "million"), ("Mrd.", "billion"),
)  # fmt: skip

# The counted thing (lemma, either language, case-folded) -> (German plural, English plural).
UNITS: dict[str, tuple[str, str]] = {
    "soldat": ("Soldaten", "soldiers"),
    "soldier": ("Soldaten", "soldiers"),
    "infanterist": ("Infanteristen", "infantrymen"),
    "truppe": ("Truppen", "troops"),
    "troop": ("Truppen", "troops"),
    "kämpfer": ("Kämpfer", "fighters"),
    "fighter": ("Kämpfer", "fighters"),
    "mensch": ("Menschen", "people"),
    "person": ("Menschen", "people"),
    "people": ("Menschen", "people"),
    "tote": ("Tote", "dead"),
    "toter": ("Tote", "dead"),
    "todesopfer": ("Todesopfer", "deaths"),
    "opfer": ("Opfer", "victims"),
    "victim": ("Opfer", "victims"),
    "death": ("Tote", "deaths"),
    "vermisste": ("Vermisste", "missing"),
    "percent": ("Prozent", "percent"),
    "eur": ("Euro", "euros"),
    "usd": ("US-Dollar", "US dollars"),
}

# What a fact is about, for the headline: event type -> (German, English) with {actor}
# and {target} filled in with names.
EVENT_HEADLINES: dict[str, tuple[str, str]] = {
    "DEPLOY_TROOPS": ("Truppen aus {actor} für {target}", "{actor} troops for {target}"),
    "FIGHT": ("Kämpfe: {actor} gegen {target}", "Fighting: {actor} against {target}"),
    "SUPPLY_WEAPONS": ("Waffen aus {actor} für {target}", "{actor} arms for {target}"),
    "SIGN_AGREEMENT": ("Abkommen zwischen {actor} und {target}",
                       "Agreement between {actor} and {target}"),
    "CASUALTIES": ("Opferzahlen: {actor}", "Casualties: {actor}"),
    "CASUALTIES:missing": ("Vermisste: {actor}", "Missing: {actor}"),
    "DISASTER": ("Katastrophe: {actor}", "Disaster: {actor}"),
    "ATTACK": ("Angriff: {actor} gegen {target}", "Attack: {actor} against {target}"),
    "MEET": ("Treffen: {actor} und {target}", "Meeting: {actor} and {target}"),
    "THREATEN": ("Drohung: {actor} gegen {target}", "Threat: {actor} against {target}"),
    "ACCUSE": ("Vorwürfe: {actor} gegen {target}", "Accusations: {actor} against {target}"),
    "SANCTION": ("Sanktionen: {actor} gegen {target}", "Sanctions: {actor} against {target}"),
    "PROTEST": ("Proteste: {actor}", "Protests: {actor}"),
    "ARREST": ("Festnahmen: {actor}", "Arrests: {actor}"),
}  # fmt: skip

# A fact's event as a bare noun, for headlines whose actor or target is unknown.
EVENT_NOUNS: dict[str, tuple[str, str]] = {
    "DEPLOY_TROOPS": ("Truppenentsendung", "Troop deployment"),
    "FIGHT": ("Kämpfe", "Fighting"),
    "SUPPLY_WEAPONS": ("Waffenlieferungen", "Arms supplies"),
    "SIGN_AGREEMENT": ("Abkommen", "Agreement"),
    "CASUALTIES": ("Opferzahlen", "Casualties"),
    "CASUALTIES:missing": ("Vermisste", "Missing"),
    "DISASTER": ("Katastrophe", "Disaster"),
    "ATTACK": ("Angriff", "Attack"),
    "MEET": ("Treffen", "Meeting"),
    "THREATEN": ("Drohungen", "Threats"),
    "ACCUSE": ("Vorwürfe", "Accusations"),
    "SANCTION": ("Sanktionen", "Sanctions"),
    "PROTEST": ("Proteste", "Protests"),
    "ARREST": ("Festnahmen", "Arrests"),
    "POLICY": ("Politik", "Policy"),
    "ELECTION": ("Wahl", "Election"),
    "ECONOMIC_FIGURE": ("Wirtschaftsdaten", "Economic figures"),
}

# Number words, German <-> English (figures written out: "mindestens sieben").
NUMBER_WORDS: tuple[tuple[str, str], ...] = (
    ("zwei", "two"), ("drei", "three"), ("vier", "four"), ("fünf", "five"), ("sechs", "six"),
    ("sieben", "seven"), ("acht", "eight"), ("neun", "nine"), ("zehn", "ten"),
    ("elf", "eleven"), ("zwölf", "twelve"), ("zwanzig", "twenty"), ("hundert", "hundred"),
    ("tausend", "thousand"), ("ein Dutzend", "a dozen"),
)  # fmt: skip

GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

# The capitalised words the templates write themselves (the traceability check accepts
# them; every other capitalised word must come from the claims or the knowledge base).
TEMPLATE_WORDS: frozenset[str] = frozenset({
    # German
    "Am", "Vom", "Nach", "Angaben", "In", "Bericht", "Stand", "Original", "Die", "Zahlen",
    "Genannt", "Zahl", "Dementiert", "Dementis", "Widerspruch", "Aus", "Berichten",
    "Lagebild", "Quellen", "Teilen", "Zeit", "Kommentar", "Äußerungen", "Keine",
    "Fakten", "URL", *(pair[0] for pair in EVENT_NOUNS.values()),
    # English
    "On", "According", "From", "The", "A", "Denials", "Briefing", "Sources", "One",
    "German", "English", "German-language", "English-language", "No",
    *(w for pair in EVENT_NOUNS.values() for w in pair[1].split()),
})  # fmt: skip
