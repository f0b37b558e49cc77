"""Words that type an unknown name: titles before persons, words inside organisation names."""

from __future__ import annotations

from importlib import resources

PERSON_TITLES: frozenset[str] = frozenset(
    {
        "Präsident", "Präsidentin", "Ministerpräsident", "Ministerpräsidentin", "Minister",
        "Ministerin", "Kanzler", "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Chef", "Chefin",
        "Sprecher", "Sprecherin", "Direktor", "Direktorin", "Leiter", "Leiterin", "Bürgermeister",
        "Bürgermeisterin", "Abgeordnete", "Abgeordneter", "Vorsitzende", "Vorsitzender", "Experte",
        "Expertin", "Ökonom", "Ökonomin", "Herr", "Frau", "Dr.", "Prof.", "General", "Generalin",
        "Oberst", "Botschafter", "Botschafterin", "Staatssekretär", "Staatssekretärin", "Senator",
        "Senatorin", "Gouverneur", "Gouverneurin", "Polizeisprecher", "Polizeisprecherin",
        "Regierungssprecher", "Regierungssprecherin", "Analyst", "Analystin", "Forscher",
        "Forscherin", "Autor", "Autorin", "Richter", "Richterin", "Anwalt", "Anwältin", "Landrat",
        "Landrätin", "Fraktionschef", "Fraktionschefin", "Parteichef", "Parteichefin",
        "President", "Secretary", "Chancellor", "spokesman", "spokeswoman",
        "spokesperson", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Gen.", "Sen.", "Rep.",
    }
)  # fmt: skip

ORG_WORDS: frozenset[str] = frozenset(
    {
        "AG", "GmbH", "SE", "KG", "e.V.", "Inc.", "Ltd.", "Corp.", "Partei", "Institut",
        "Verband", "Ministerium", "Bundesamt", "Agentur", "Bank", "Universität", "Stiftung",
        "Gewerkschaft", "Konzern", "Gruppe", "Kommission", "Rat", "Behörde", "Amt", "Zeitung",
        "Institute", "University", "Agency", "Party", "Ministry", "Council", "Commission",
        "Group", "Company", "Foundation",
    }
)  # fmt: skip

# State institutions named by a demonym or a country's genitive ("die finnische Polizei",
# "Estlands Regierung"); the canonical name follows English Wikipedia's pattern.
INSTITUTIONS: dict[str, str] = {
    "Regierung": "Government of {}",
    "Polizei": "Police of {}",
    "Armee": "Armed Forces of {}",
    "Streitkräfte": "Armed Forces of {}",
    "Militär": "Armed Forces of {}",
    "Parlament": "Parliament of {}",
    "Außenministerium": "Ministry of Foreign Affairs ({})",
    "Verteidigungsministerium": "Ministry of Defence ({})",
    "Innenministerium": "Ministry of the Interior ({})",
    "Gesundheitsministerium": "Ministry of Health ({})",
    "Sozialministerium": "Ministry of Social Affairs ({})",
    "Finanzministerium": "Ministry of Finance ({})",
    "Justizministerium": "Ministry of Justice ({})",
    "Wirtschaftsministerium": "Ministry of Economy ({})",
}

# Names that are also everyday nouns; matched only inside quotes or after an outlet word.
AMBIGUOUS_NAMES: frozenset[str] = frozenset(
    {"Zeit", "Welt", "Spiegel", "Stern", "Bild", "Presse", "Standard", "Kurier", "Focus", "Post"}
)
OUTLET_WORDS: frozenset[str] = frozenset(
    {"Zeitung", "Wochenzeitung", "Magazin", "Nachrichtenmagazin", "Blatt", "Sender", "„", '"'}
)

# Legal forms that end a company name ("Vellmar Maschinenbau AG").
LEGAL_FORMS: frozenset[str] = frozenset(
    {"AG", "GmbH", "SE", "KG", "KGaA", "e.V.", "Inc.", "Ltd.", "Corp.", "PLC", "plc", "LLC", "SA"}
)


def first_names() -> frozenset[str]:
    """Given names (``data/first_names.txt``): a name before a capitalized word is a person."""
    text = (resources.files("lagebild.extract") / "data" / "first_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line and line[0] != "#")


# Grammatical gender of German organisation nouns by ending, to name an organisation in
# the nominative without its article: "das Norddeutsche Konjunkturinstitut" ->
# "Norddeutsches Konjunkturinstitut", "der Deutsche Gewerkschaftsbund" -> "Deutscher ...".
NOUN_GENDER_BY_ENDING: tuple[tuple[str, str], ...] = (
    *((e, "n") for e in ("institut", "amt", "ministerium", "zentrum", "büro", "komitee",
                         "gericht", "parlament", "kommando", "netzwerk", "forum", "werk")),
    *((e, "m") for e in ("verband", "rat", "dienst", "bund", "kreis", "tag", "hof", "konzern",
                         "verein", "ausschuss", "senat", "fonds")),
    *((e, "f") for e in ("ung", "kammer", "behörde", "agentur", "anstalt", "bank", "partei",
                         "union", "organisation", "gesellschaft", "kommission", "akademie")),
)  # fmt: skip
