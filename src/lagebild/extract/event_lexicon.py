"""Event triggers (lemmas or lower-cased word stems) per event type, aligned with PLOVER.

A trigger is a lemma; a ``*`` suffix matches any word starting with it ("truppeneinsatz*"
catches compounds); a ``~`` prefix marks a context word that weighs half as much as a
trigger ("Soldaten" alone is no deployment, "Soldaten ... entsandt" is). ``REQUIRES``
names context words one of which must be in the message for a weak trigger to count
("schicken" counts for DEPLOY_TROOPS only with "Soldat").
"""

from __future__ import annotations

TRIGGERS_DE: dict[str, tuple[str, ...]] = {
    "DEPLOY_TROOPS": (
        "entsenden", "entsandt", "entsendung*", "truppeneinsatz*", "stationieren",
        "stationierung*", "verlegen", "verlegung*", "schicken", "präsenz", "einsatz",
        "ausbilden", "~truppe*", "~soldat*", "~infanterist*", "mobilisieren", "mobilmachung*",
    ),
    "SUPPLY_WEAPONS": (
        "liefern", "lieferung*", "waffenlieferung*", "~munition*", "~waffe*", "~rakete*",
        "kurzstreckenrakete*", "artilleriegeschoss*", "militärhilfe*", "~panzer*",
    ),
    "SIGN_AGREEMENT": (
        "abkommen*", "vertrag*", "vereinbarung*", "unterzeichnen", "unterzeichnet", "einigen",
        "einigung*", "pakt*",
    ),
    "MEET": ("treffen", "gipfel*", "besuch*", "besuchen", "~gespräch*", "verhandlung*"),
    "FIGHT": ("kämpfen", "kampf*", "gefecht*", "~front*", "offensive*"),
    "ATTACK": (
        "angriff*", "angreifen", "anschlag*", "beschießen", "beschuss*", "bombardieren",
        "luftangriff*", "drohnenangriff*", "raketenangriff*", "cyberangriff*", "attacke*",
        # violence against people (PLOVER ASSAULT): "habe Gewalt eingesetzt", "misshandelt"
        "gewalt", "misshandeln", "misshandelt", "misshandlung*", "folter*", "verprügel*",
    ),
    "THREATEN": ("drohen", "drohung*", "androhen", "warnen"),
    "ACCUSE": ("vorwerfen", "vorwurf*", "beschuldigen", "anklage*", "anklagen"),
    "SANCTION": ("sanktion*", "sanktionieren", "embargo*", "strafzoll*", "zoll*", "zölle*"),
    "PROTEST": (
        "protest*", "protestieren", "demonstrieren", "demonstration*", "demonstrant*",
        "kundgebung*", "streik*", "streiken",
    ),
    "ARREST": (
        "festnehmen", "festnahme*", "verhaften", "verhaftung*", "festgenommen", "inhaftieren",
    ),
    "CASUALTIES": (
        "tot", "tote*", "todesopfer*", "töten", "getötet", "sterben", "verletzt", "verletzte*",
        "verschüttet", "verschütten", "verschüttete*",
        "~opfer*", "vermisst", "vermisste*", "leben",
    ),
    "DISASTER": (
        "erdbeben*", "überschwemmung*", "hochwasser*", "flut", "fluten", "sturm", "stürme", "brand",
        "brände", "waldbrand*", "großbrand*", "abrutschen", "evakuieren", "evakuierung*",
        "verlassen", "dammbruch*", "brechen", "obdachlos*",
        "dürre*", "lawine*", "unwetter*", "explosion*", "vulkan*", "tsunami*", "erdrutsch*",
        "hitzewelle*", "wirbelsturm*", "taifun*", "hurrikan*", "unglück*", "einsturz*",
    ),
    "ECONOMIC_FIGURE": (
        "wachstum*", "inflation*", "bruttoinlandsprodukt*", "bip", "umsatz*", "gewinn*",
        "verlust*", "arbeitslosigkeit*", "arbeitslosenquote*", "konjunktur*", "~prognose*",
        "wachsen", "schrumpfen", "teuerung*", "~plus", "rückgang*", "anstieg*", "stellenabbau*",
        "abbauen", "~auftrag*", "~aufträge*", "einbrechen", "~stelle*",
        "~export*", "~import*", "~preis*", "zins*", "defizit*", "~haushalt*",
        "~schulden*", "investition*", "~wirtschaft*", "rezession*",
    ),
    "POLICY": (
        "gesetz*", "gesetzentwurf*", "reform*", "beschließen", "beschluss*", "verordnung*",
        "~regelung*", "verbot*", "verbieten", "einführen", "haushaltsentwurf*", "moratorium*",
        "leitzins*", "~vorhaben", "~plan", "~senkung*", "umwandeln", "~umbau*",
    ),
    "ELECTION": ("wahl*", "wählen", "gewählt", "~stimme*", "wahlkampf*", "~kandidat*", "~umfrage*"),
}  # fmt: skip

# Weak triggers count only if one of these stems is in the same message.
REQUIRES: dict[str, tuple[str, ...]] = {
    "schicken": ("soldat", "truppe", "einheit", "infanterist"),
    "präsenz": ("soldat", "truppe", "einheit", "infanterist"),
    "einsatz": ("soldat", "truppe", "einheit", "infanterist"),
    "ausbilden": ("soldat", "truppe", "infanterist", "kämpf"),
    "verlegen": ("soldat", "truppe", "einheit", "infanterist", "panzer"),
    "liefern": ("waffe", "munition", "rakete", "panzer", "geschoss", "drohne", "militär"),
    "leben": ("ums leben",),
    "stimme*": ("wahl", "partei", "prozent"),
    "preis*": ("prozent", "euro", "steig", "sink"),
    "opfer*": ("tot", "verletzt", "unglück", "anschlag"),
    "zins*": ("prozent", "zentralbank", "ezb", "fed"),
    "warnen": ("droh", "angriff", "vergeltung"),
    "treffen": ("mit ", "gipfel", "gespräch", "minister", "präsident", "kanzler", "delegation"),
    "verlassen": ("haus", "häuser", "wohnung", "heim", "dorf", "stadt"),
    "brechen": ("damm", "deich"),
    "abbauen": ("stelle", "arbeitsplätze", "jobs"),
    "plan": ("gesetz", "reform", "klinik", "umbau"),
    "senkung*": ("zins", "steuer", "abgabe", "entgelt", "preis"),
    "front*": ("kämpf", "soldat", "truppe"),
}

# Verbs of saying whose act is itself the event ("warf ihr vor, ..." is an accusation).
CUE_EVENTS: dict[str, str] = {
    "vorwerfen": "ACCUSE", "beschuldigen": "ACCUSE", "anklagen": "ACCUSE",
    "drohen": "THREATEN", "androhen": "THREATEN",
}  # fmt: skip

# Types whose participants are places, not actors (a landslide has no actor).
NO_ACTOR_TYPES: frozenset[str] = frozenset({"DISASTER", "CASUALTIES"})

# Types that outrank others when both fire (the main event of the message).
PRIORITY: tuple[str, ...] = (
    "CASUALTIES", "ATTACK", "DISASTER", "DEPLOY_TROOPS", "SUPPLY_WEAPONS", "SIGN_AGREEMENT",
    "SANCTION", "ARREST", "PROTEST", "FIGHT", "ACCUSE", "THREATEN", "ELECTION", "POLICY",
    "ECONOMIC_FIGURE", "MEET",
)  # fmt: skip

# Prepositions before a place or state that receives the action (target) per event type.
TARGET_PREPS_DE: frozenset[str] = frozenset({"nach", "in", "im", "an", "für", "gegen"})
