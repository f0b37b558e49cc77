"""Words that type an unknown name: titles before persons, words inside organisation names."""

from __future__ import annotations

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
