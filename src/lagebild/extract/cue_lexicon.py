"""Cue words of attribution: verbs of saying, frames, quote marks (German and English).

Each verb lemma maps to a :class:`CueVerb`: its speech/thought/writing type, the
preposition that introduces its content when it has no clause ("berichten von",
"warnen vor"), and the modality it gives the message ("dementieren" -> denied).
Separable verbs are listed in their infinitive ("mitteilen"); the attribution
component joins "teilte ... mit" to that lemma. Compiled from the SpkAtt-2023
annotation guidelines' examples, the GermEval/Citron verb lists and news usage.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CueVerb:
    """How a verb of saying behaves as a cue."""

    stwr: str = "speech"
    prep: tuple[str, ...] = ()
    modality: str | None = None
    needs_prep: bool = False  # a cue only with its preposition: "hält X für Y", "verwies auf"


_S = CueVerb()
_W = CueVerb(stwr="writing")
_T = CueVerb(stwr="thought")

CUE_VERBS_DE: dict[str, CueVerb] = {
    # saying, explaining, stressing
    "sagen": _S,
    "erklären": _S,
    "betonen": _S,
    "unterstreichen": _S,
    "hervorheben": _S,
    "äußern": CueVerb(prep=("über", "zu")),
    "sprechen": CueVerb(prep=("von", "über")),
    "reden": CueVerb(prep=("von", "über")),
    "ergänzen": _S,
    "hinzufügen": _S,
    "fortfahren": _S,
    "meinen": _S,
    "behaupten": _S,
    "versichern": _S,
    "beteuern": _S,
    "bekräftigen": _S,
    "bestätigen": _S,
    "einräumen": _S,
    "zugeben": _S,
    "eingestehen": _S,
    "antworten": _S,
    "entgegnen": _S,
    "erwidern": _S,
    "kontern": _S,
    "kommentieren": _S,
    "bemerken": _S,
    "anmerken": _S,
    "feststellen": _S,
    "klarstellen": _S,
    "verdeutlichen": _S,
    "andeuten": _S,
    "ausführen": _S,
    "darlegen": _S,
    "zitieren": _S,
    "verkünden": _S,
    "verlauten": _S,
    "bezeichnen": _S,
    "nennen": _S,
    "beschreiben": _S,
    "schildern": _S,
    "rufen": _S,
    "sprechen aus": _S,
    # reporting, announcing, informing
    "berichten": CueVerb(prep=("von", "über")),
    "melden": _S,
    "mitteilen": _S,
    "bekanntgeben": _S,
    "bekanntmachen": _S,
    "ankündigen": CueVerb(modality="expected"),
    "informieren": CueVerb(prep=("über",)),
    "unterrichten": CueVerb(prep=("über",)),
    "verbreiten": _S,
    "veröffentlichen": _W,
    "schreiben": _W,
    "twittern": _W,
    "posten": _W,
    "notieren": _W,
    "festhalten": _W,
    "vermerken": _W,
    # warning, criticising, accusing, praising
    "warnen": CueVerb(prep=("vor",)),
    "mahnen": _S,
    "ermahnen": _S,
    "drohen": CueVerb(prep=("mit",)),
    "kritisieren": _S,
    "bemängeln": _S,
    "beklagen": _S,
    "beanstanden": _S,
    "vorwerfen": _S,
    "beschuldigen": _S,
    "anklagen": _S,
    "verurteilen": _S,
    "loben": _S,
    "begrüßen": _S,
    "würdigen": _S,
    "bedauern": _S,
    "appellieren": CueVerb(prep=("an",), modality="demanded"),
    # demanding
    "fordern": CueVerb(modality="demanded"),
    "verlangen": CueVerb(modality="demanded"),
    "auffordern": CueVerb(modality="demanded"),
    "aufrufen": CueVerb(prep=("zu",), modality="demanded"),
    "drängen": CueVerb(prep=("auf",), modality="demanded"),
    "anmahnen": CueVerb(modality="demanded"),
    "empfehlen": CueVerb(modality="demanded"),
    "vorschlagen": _S,
    "plädieren": CueVerb(prep=("für",), modality="demanded"),
    "bitten": CueVerb(prep=("um",), modality="demanded"),
    # estimating, expecting, believing
    "schätzen": _T,
    "einschätzen": _T,
    "erwarten": CueVerb(stwr="thought", modality="expected"),
    "rechnen": CueVerb(stwr="thought", prep=("mit",), modality="expected"),
    "prognostizieren": CueVerb(modality="expected"),
    "vorhersagen": CueVerb(modality="expected"),
    "voraussagen": CueVerb(modality="expected"),
    "befürchten": CueVerb(stwr="thought", modality="possible"),
    "fürchten": CueVerb(stwr="thought", modality="possible"),
    "vermuten": CueVerb(stwr="thought", modality="possible"),
    "annehmen": _T,
    "glauben": _T,
    "denken": _T,
    "hoffen": CueVerb(stwr="thought", modality="expected"),
    "bezweifeln": CueVerb(stwr="thought", modality="unlikely"),
    "zweifeln": CueVerb(stwr="thought", prep=("an",), modality="unlikely"),
    "ausgehen": CueVerb(stwr="thought", prep=("von",)),
    # denying
    "dementieren": CueVerb(modality="denied"),
    "bestreiten": CueVerb(modality="denied"),
    "zurückweisen": CueVerb(modality="denied"),
    "abstreiten": CueVerb(modality="denied"),
    "leugnen": CueVerb(modality="denied"),
    "verneinen": CueVerb(modality="denied"),
    "widersprechen": CueVerb(modality="denied"),
    "ablehnen": CueVerb(modality="denied"),
    "verteidigen": _S,
    "rechtfertigen": _S,
    # leaving open
    "offenlassen": CueVerb(modality="unconfirmed"),
    # from the SpkAtt-2023 error analysis (docs/spkatt.md): frequent cues of German news
    "angeben": _S,
    "begründen": _S,
    "halten": CueVerb(stwr="thought", prep=("für",), needs_prep=True),
    "hinweisen": CueVerb(prep=("auf",)),
    "verweisen": CueVerb(prep=("auf",), needs_prep=True),
    "beschließen": _W,
    "entscheiden": _S,
    "sehen": CueVerb(stwr="thought", prep=("in",)),
    "hervorgehen": CueVerb(stwr="writing", prep=("aus",)),
    "lauten": _S,
    "versprechen": CueVerb(modality="expected"),
    "zusagen": CueVerb(modality="expected"),
    "fragen": _S,
    "vertreten": CueVerb(stwr="thought"),
    "aussagen": _S,
    "argumentieren": _S,
    "einwenden": _S,
    "präzisieren": _S,
    "mutmaßen": CueVerb(stwr="thought", modality="possible"),
    "spekulieren": CueVerb(stwr="thought", modality="possible"),
    "folgern": CueVerb(stwr="thought"),
    "schlussfolgern": CueVerb(stwr="thought"),
    "bilanzieren": _S,
    "resümieren": _S,
}

# "heißt es", "stand in X": impersonal cues whose source is a text named in a phrase or none.
IMPERSONAL_CUES_DE: frozenset[str] = frozenset({"heißen", "stehen"})

# Konjunktiv I forms that carry reported speech on without a cue (free indirect speech).
SUBJUNCTIVE_I_DE: frozenset[str] = frozenset(
    {
        "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
        # Konjunktiv II stands in for I where I looks like the indicative ("sie hätten")
        "hätte", "hätten", "wäre", "wären", "gäbe", "müsste", "müssten", "dürften",
        "möge", "wisse", "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "brauche",
        "lasse", "halte", "sehe", "plane", "fehle", "drohe", "gelte", "handle", "handele",
    }
)  # fmt: skip

# Frame nouns: "nach Angaben/Erkenntnissen/Informationen von X", "laut Bericht des X".
FRAME_NOUNS_DE: frozenset[str] = frozenset(
    {
        "Angabe",
        "Angaben",
        "Erkenntnis",
        "Erkenntnisse",
        "Information",
        "Informationen",
        "Bericht",
        "Berichte",
        "Einschätzung",
        "Schätzung",
        "Schätzungen",
        "Aussage",
        "Aussagen",
        "Darstellung",
        "Ansicht",
        "Meinung",
        "Auffassung",
        "Wort",
        "Worte",
        "Sicht",
        "Berechnung",
        "Berechnungen",
        "Prognose",
        "Zählung",
        "Daten",
        "Mitteilung",
        "Erklärung",
        "Analyse",
        "Recherche",
        "Recherchen",
        "Überzeugung",
        "Beobachtung",
        "Beobachtungen",
        "Auskunft",
        "Studie",
        "Stellungnahme",
        "Umfrage",
        "Untersuchung",
        "Ermittlungen",
        "Gutachten",
        "Meldung",
        "Meldungen",
        "Pressemitteilung",
        "Vernehmen",
        "Zeugenaussagen",
        "Polizeiangaben",
    }
)

# Addressees: verbs whose accusative object is the one addressed ("forderte die Partner auf"),
# and prepositions that name the addressee of a verb ("forderte von der Regierung").
ADDRESSEE_OBJECT_VERBS_DE: frozenset[str] = frozenset(
    {"auffordern", "warnen", "bitten", "drängen", "ermahnen", "informieren", "unterrichten",
     "aufrufen", "ermutigen"}
)  # fmt: skip
ADDRESSEE_PREPS_DE: dict[str, tuple[str, ...]] = {
    "fordern": ("von",), "verlangen": ("von",), "appellieren": ("an",), "erwarten": ("von",),
}  # fmt: skip
ADDRESSEE_ANY_VERB_PREPS_DE: tuple[str, ...] = ("gegenüber",)

# Frame nouns that name a thought or a text rather than speech (for ``stwr``).
FRAME_STWR_DE: dict[str, str] = {
    "Einschätzung": "thought", "Schätzung": "thought", "Schätzungen": "thought",
    "Ansicht": "thought", "Meinung": "thought", "Auffassung": "thought", "Sicht": "thought",
    "Überzeugung": "thought", "Berechnung": "thought", "Berechnungen": "thought",
    "Prognose": "writing", "Bericht": "writing", "Berichte": "writing", "Mitteilung": "writing",
    "Analyse": "writing", "Studie": "writing", "Daten": "writing",
}  # fmt: skip

# Prepositions that open a frame before a frame noun or directly before the source.
FRAME_PREPS_DE: frozenset[str] = frozenset({"nach", "laut", "gemäß", "zufolge"})

# Report nouns that make "X zufolge" / "Berichten zufolge" reportative without a named source.
ANONYMOUS_SOURCES_DE: frozenset[str] = frozenset(
    {"Bericht", "Berichte", "Medienbericht", "Medienberichte", "Berichten", "Medienberichten"}
)

# "unter Berufung auf X": the claim comes from X, relayed by the clause's subject.
RELAY_MARKERS_DE: tuple[tuple[str, ...], ...] = (
    ("unter", "Berufung", "auf"),
    ("mit", "Verweis", "auf"),
)

# Focus particles that may stand before a subject in the first position ("Auch die Polizei sagte").
FOCUS_PARTICLES_DE: frozenset[str] = frozenset(
    {"auch", "nur", "selbst", "sogar", "ebenfalls", "gerade", "insbesondere", "vor", "allem"}
)

OPENING_QUOTES = "„‚»“\"'«"
CLOSING_FOR = {"„": '“”"', "‚": "‘’'", "»": "«", "«": "»", "“": '”"', '"': '"', "'": "'"}

CUE_VERBS_EN: dict[str, CueVerb] = {
    "say": _S,
    "tell": _S,
    "state": _S,
    "add": _S,
    "explain": _S,
    "stress": _S,
    "emphasize": _S,
    "emphasise": _S,
    "insist": _S,
    "claim": _S,
    "confirm": _S,
    "acknowledge": _S,
    "admit": _S,
    "announce": CueVerb(modality="expected"),
    "report": _S,
    "note": _S,
    "write": _W,
    "tweet": _W,
    "post": _W,
    "warn": CueVerb(prep=("of", "about", "against")),
    "urge": CueVerb(modality="demanded"),
    "demand": CueVerb(modality="demanded"),
    "call": CueVerb(prep=("for",), modality="demanded"),
    "estimate": _T,
    "expect": CueVerb(stwr="thought", modality="expected"),
    "predict": CueVerb(modality="expected"),
    "forecast": CueVerb(modality="expected"),
    "believe": _T,
    "think": _T,
    "fear": CueVerb(stwr="thought", modality="possible"),
    "deny": CueVerb(modality="denied"),
    "reject": CueVerb(modality="denied"),
    "dismiss": CueVerb(modality="denied"),
    "accuse": _S,
    "criticize": _S,
    "criticise": _S,
    "describe": _S,
    "reply": _S,
    "respond": _S,
    "argue": _S,
    "assert": _S,
    "reiterate": _S,
    "suggest": _S,
}
