"""Word tables the German grammar reads: articles, adjective endings, head-noun genders,
country articles and the Konjunktiv forms of the verbs reported speech needs.

Cases are ``nom``, ``acc``, ``dat``, ``gen``; genders ``m``, ``f``, ``n``; ``pl`` stands
for the plural in place of a gender.
"""

from __future__ import annotations

# Definite article by (case, gender or "pl").
DEFINITE: dict[tuple[str, str], str] = {
    ("nom", "m"): "der", ("nom", "f"): "die", ("nom", "n"): "das", ("nom", "pl"): "die",
    ("acc", "m"): "den", ("acc", "f"): "die", ("acc", "n"): "das", ("acc", "pl"): "die",
    ("dat", "m"): "dem", ("dat", "f"): "der", ("dat", "n"): "dem", ("dat", "pl"): "den",
    ("gen", "m"): "des", ("gen", "f"): "der", ("gen", "n"): "des", ("gen", "pl"): "der",
}  # fmt: skip

# Adjective ending after a definite article (weak declension).
WEAK_ENDING: dict[tuple[str, str], str] = {
    ("nom", "m"): "e", ("nom", "f"): "e", ("nom", "n"): "e", ("nom", "pl"): "en",
    ("acc", "m"): "en", ("acc", "f"): "e", ("acc", "n"): "e", ("acc", "pl"): "en",
    ("dat", "m"): "en", ("dat", "f"): "en", ("dat", "n"): "en", ("dat", "pl"): "en",
    ("gen", "m"): "en", ("gen", "f"): "en", ("gen", "n"): "en", ("gen", "pl"): "en",
}  # fmt: skip

# Adjective ending without an article (strong declension), nominative singular: how a
# description such as "südkoreanischer Geheimdienst" shows its noun's gender.
STRONG_NOM_ENDING: dict[str, str] = {"m": "er", "f": "e", "n": "es"}

# Gender of a head noun by its ending (longest match wins); checked after HEAD_NOUNS.
GENDER_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("dienst", "m"), ("agentur", "f"), ("ministerium", "n"), ("amt", "n"), ("behörde", "f"),
    ("regierung", "f"), ("fabrik", "f"), ("tank", "m"), ("institut", "n"), ("militär", "n"),
    ("armee", "f"), ("streitkräfte", "pl"), ("kräfte", "pl"), ("rat", "m"), ("bündnis", "n"),
    ("organisation", "f"), ("kommission", "f"), ("union", "f"), ("ung", "f"), ("heit", "f"),
    ("keit", "f"), ("ion", "f"), ("zeitung", "f"), ("sender", "m"), ("magazin", "n"),
    ("präsident", "m"), ("chef", "m"), ("sprecher", "m"), ("sprecherin", "f"), ("minister", "m"),
    ("ministerin", "f"), ("kanzler", "m"), ("kanzlerin", "f"), ("büro", "n"), ("zentrum", "n"),
    ("stab", "m"), ("dienste", "pl"), ("vertretung", "f"), ("mission", "f"), ("polizei", "f"),
    ("gericht", "n"), ("parlament", "n"), ("partei", "f"), ("staatsagentur", "f"),
)  # fmt: skip

# Genitive singular of masculine and neuter head nouns whose form is not noun + "s".
GENITIVE_FORMS: dict[str, str] = {
    "dienst": "dienstes", "präsident": "präsidenten", "stab": "stabes", "rat": "rates",
    "bündnis": "bündnisses", "amt": "amtes", "gericht": "gerichtes",
}  # fmt: skip

# States and regions named with an article in German (nominative article's gender).
COUNTRY_GENDER: dict[str, str] = {
    "Ukraine": "f", "Türkei": "f", "Schweiz": "f", "Slowakei": "f", "Mongolei": "f",
    "Europäische Union": "f", "Iran": "m", "Irak": "m", "Libanon": "m", "Sudan": "m",
    "Jemen": "m", "Kongo": "m", "Tschad": "m", "Niger": "m", "Vatikan": "m",
    "USA": "pl", "Vereinigte Staaten": "pl", "Niederlande": "pl", "Philippinen": "pl",
    "Vereinigte Arabische Emirate": "pl", "Vereinte Nationen": "pl", "Malediven": "pl",
    "Seychellen": "pl", "Bahamas": "pl", "Komoren": "pl",
}  # fmt: skip

# Konjunktiv I, third person (singular, plural), of verbs with an irregular present.
KONJUNKTIV_I: dict[str, tuple[str, str]] = {
    "sein": ("sei", "seien"),
    "haben": ("habe", "haben"),
    "werden": ("werde", "werden"),
    "können": ("könne", "können"),
    "sollen": ("solle", "sollen"),
    "müssen": ("müsse", "müssen"),
    "dürfen": ("dürfe", "dürfen"),
    "wollen": ("wolle", "wollen"),
    "mögen": ("möge", "mögen"),
    "wissen": ("wisse", "wissen"),
}

# Konjunktiv II, third person (singular, plural): used where Konjunktiv I sounds like the
# indicative. Verbs missing here take "würde(n)" + infinitive.
KONJUNKTIV_II: dict[str, tuple[str, str]] = {
    "sein": ("wäre", "wären"),
    "haben": ("hätte", "hätten"),
    "werden": ("würde", "würden"),
    "können": ("könnte", "könnten"),
    "sollen": ("sollte", "sollten"),
    "müssen": ("müsste", "müssten"),
    "dürfen": ("dürfte", "dürften"),
    "wollen": ("wollte", "wollten"),
    "mögen": ("möchte", "möchten"),
    "wissen": ("wüsste", "wüssten"),
    "kommen": ("käme", "kämen"),
    "geben": ("gäbe", "gäben"),
    "gehen": ("ginge", "gingen"),
    "liegen": ("läge", "lägen"),
    "stehen": ("stünde", "stünden"),
}

# Finite indicative forms (third person) of the verbs above and common strong verbs:
# form -> (infinitive, number) where number is "sg" or "pl".
FINITE_FORMS: dict[str, tuple[str, str]] = {
    "ist": ("sein", "sg"), "sind": ("sein", "pl"),
    "hat": ("haben", "sg"), "haben": ("haben", "pl"),
    "wird": ("werden", "sg"), "werden": ("werden", "pl"),
    "kann": ("können", "sg"), "können": ("können", "pl"),
    "soll": ("sollen", "sg"), "sollen": ("sollen", "pl"),
    "muss": ("müssen", "sg"), "müssen": ("müssen", "pl"),
    "darf": ("dürfen", "sg"), "dürfen": ("dürfen", "pl"),
    "will": ("wollen", "sg"), "wollen": ("wollen", "pl"),
    "weiß": ("wissen", "sg"), "wissen": ("wissen", "pl"),
    "kommt": ("kommen", "sg"), "kommen": ("kommen", "pl"),
    "gibt": ("geben", "sg"), "geben": ("geben", "pl"),
    "geht": ("gehen", "sg"), "gehen": ("gehen", "pl"),
    "liegt": ("liegen", "sg"), "liegen": ("liegen", "pl"),
    "steht": ("stehen", "sg"), "stehen": ("stehen", "pl"),
}  # fmt: skip

# Forms that are already subjunctive (Konjunktiv I or II) and stay as they are.
SUBJUNCTIVE_FORMS: frozenset[str] = frozenset(
    form for pair in (*KONJUNKTIV_I.values(), *KONJUNKTIV_II.values()) for form in pair
) - frozenset(f for f, _ in FINITE_FORMS.items())
