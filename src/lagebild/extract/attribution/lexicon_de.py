"""Cue words of attribution: verbs of saying, frames, quote marks (German and English).

Each verb lemma maps to a :class:`CueVerb`: its speech/thought/writing type, the
preposition that introduces its content when it has no clause ("berichten von",
"warnen vor"), and the modality it gives the message ("dementieren" -> denied).
Separable verbs are listed in their infinitive ("mitteilen"); the attribution
component joins "teilte ... mit" to that lemma. Compiled from the SpkAtt-2023
annotation guidelines' examples, the GermEval/Citron verb lists and news usage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.extract.attribution.base import CueVerb
from lagebild.extract.chunks import DETERMINER_TAGS, OPENING_QUOTES

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


# Words the rules read besides the cues: anaphora, pronouns, degree words, subordinators.
ANAPHORIC_OBJECTS = frozenset({"das", "dies", "dieses", "dazu"})
NOMINATIVE_PRONOUNS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr", "man"})
LINKING_ADVERBS = frozenset({"demnach"})  # "Demnach erwartet X ...": the last source goes on
DEGREE_WORDS = frozenset(
    {"mindestens", "rund", "etwa", "knapp", "fast", "nahezu", "ungefähr", "circa", "ca.", "gut",
     "über", "mehr", "weniger", "als", "bis", "zu", "höchstens", "maximal", "insgesamt"}
)  # fmt: skip
ADVERBIAL_SUBORDINATORS = frozenset(
    {"da", "weil", "obwohl", "obgleich", "wenn", "als", "nachdem", "während", "sobald", "damit",
     "sodass", "falls", "indem", "bevor", "seit", "seitdem", "solange", "wohingegen", "um"}
)  # fmt: skip
REPORTED_CLAUSE_OPENERS = frozenset(
    {"dass", "daß", "ob", "wie", "wann", "warum", "weshalb", "wieso", "wer", "was", "wo",
     "wohin", "woher", "wonach", "inwiefern", "welche", "welcher", "welches"}
)  # fmt: skip
# Words opening a clause that completes a noun: "Berichte, wonach ...", "die Sorge, dass".
NOUN_COMPLEMENT_OPENERS = frozenset({"wonach", "dass"})


@dataclass(frozen=True)
class GermanLexicon:
    """Every word and tag list the German attribution rules read (STTS tags)."""

    anaphoric_objects: frozenset[str] = ANAPHORIC_OBJECTS
    nominative_pronouns: frozenset[str] = NOMINATIVE_PRONOUNS
    linking_adverbs: frozenset[str] = LINKING_ADVERBS
    degree_words: frozenset[str] = DEGREE_WORDS
    adverbial_subordinators: frozenset[str] = ADVERBIAL_SUBORDINATORS
    reported_clause_openers: frozenset[str] = REPORTED_CLAUSE_OPENERS
    noun_complement_openers: frozenset[str] = NOUN_COMPLEMENT_OPENERS
    cue_verbs: dict[str, CueVerb] = field(default_factory=lambda: CUE_VERBS_DE)
    impersonal_cues: frozenset[str] = IMPERSONAL_CUES_DE
    frame_nouns: frozenset[str] = FRAME_NOUNS_DE
    frame_stwr: dict[str, str] = field(default_factory=lambda: FRAME_STWR_DE)
    addressee_object_verbs: frozenset[str] = ADDRESSEE_OBJECT_VERBS_DE
    addressee_preps: dict[str, tuple[str, ...]] = field(default_factory=lambda: ADDRESSEE_PREPS_DE)
    addressee_any_verb_preps: tuple[str, ...] = ADDRESSEE_ANY_VERB_PREPS_DE
    anonymous_sources: frozenset[str] = ANONYMOUS_SOURCES_DE
    relay_markers: tuple[tuple[str, ...], ...] = RELAY_MARKERS_DE
    focus_particles: frozenset[str] = FOCUS_PARTICLES_DE
    opening_quotes: str = OPENING_QUOTES
    frame_preps: frozenset[str] = FRAME_PREPS_DE
    determiner_tags: frozenset[str] = DETERMINER_TAGS
    bare_source_preps: frozenset[str] = frozenset({"laut", "gemäß"})
    auxiliary_finite_tags: frozenset[str] = frozenset({"VAFIN", "VMFIN"})
    text_location_preps: frozenset[str] = frozenset({"in", "im"})
    impersonal_subjects: frozenset[str] = frozenset({"es", "man", "das", "dies"})
    adverb_tags: frozenset[str] = frozenset({"ADV", "ADJD"})
    finite_search_stops: frozenset[str] = frozenset({";", ":"})
    prep_tags: frozenset[str] = frozenset({"APPR", "APPRART"})
    relative_opener_tags: frozenset[str] = frozenset({"PRELS", "PRELAT"})
    adverbial_tags: frozenset[str] = frozenset({"ADV", "ADJD", "PTKNEG"})
    verb_cluster_tags: frozenset[str] = frozenset(
        {"VVPP", "VAINF", "VAPP", "VMINF", "VVINF", "VAFIN", "PTKVZ"}
    )
    clause_end_marks: frozenset[str] = frozenset({",", ".", ";"})
    clause_stop_marks: frozenset[str] = frozenset({".", "!", "?", ";", ":"})
    content_start_tags: frozenset[str] = frozenset(
        {"ART", "PDAT", "PPOSAT", "PIAT", "ADJA", "NN", "NE", "CARD"}
    )
    anaphoric_tags: frozenset[str] = frozenset({"PDS", "ART"})
    possessive_tags: frozenset[str] = frozenset({"PPOSAT", "PRELAT"})
    possessive_relatives: frozenset[str] = frozenset({"dessen", "deren"})
    name_tags: frozenset[str] = frozenset({"NE", "FM"})
    genitive_modifier_tags: frozenset[str] = frozenset({"ADJA", "PPOSAT", "PIAT", "PDAT"})
    genitive_endings: tuple[str, ...] = ("er", "es")
    postposed_frame_tags: frozenset[str] = frozenset({"ART", "PPOSAT", "ADJA"})
    zufolge_np_tags: frozenset[str] = frozenset({"ART", "PDAT", "ADJA", "PPOSAT"})
    quoted_name_determiner_tags: frozenset[str] = frozenset({"ART", "PDAT", "PPOSAT", "ADJA"})
    clause_marks: frozenset[str] = frozenset({":", ","})
    relative_tags: frozenset[str] = frozenset({"PRELS"})
    addressee_prep_tags: frozenset[str] = frozenset({"APPR", "APPO"})
    addressee_object_start_tags: frozenset[str] = frozenset({"ART", "PDAT", "PPOSAT", "NE"})
    particle_stop_marks: frozenset[str] = frozenset({",", ".", ":", ";", "!", "?"})
    clause_break_marks: frozenset[str] = frozenset({",", ":", ";"})
    subject_prefix_tags: frozenset[str] = frozenset({"KON", "$(", "ADV"})
    antecedent_modifier_tags: frozenset[str] = frozenset({"ADJA", "ART", "PDAT", "PPOSAT", "TRUNC"})
    complement_stop_marks: frozenset[str] = frozenset({".", ";"})
    content_inner_tags: frozenset[str] = frozenset(
        {"APPR", "APPRART", "ART", "ADJA", "PIAT", "PDAT"}
    )
    coordination_tags: frozenset[str] = frozenset({"KON"})
    frame_noun_modifier_tags: frozenset[str] = frozenset({"ADJA", "ART", "PIAT", "PDAT"})
    frame_source_preps: frozenset[str] = frozenset({"von", "vom"})
    not_name_tags: frozenset[str] = frozenset({"ART", "PDAT", "PPOSAT", "APPR", "APPRART", "KON"})
    clause_opening_marks: frozenset[str] = frozenset({",", "(", "–"})
    so_frame_trailing: frozenset[str] = frozenset({"weiter", "zuletzt"})
    frame_prep_tags: frozenset[str] = frozenset({"APPR", "APPO", "ADV"})
    clause_opener_tags: frozenset[str] = frozenset({"PRELS", "KON"})
    anaphoric_phrase_tags: frozenset[str] = frozenset({"ADV", "APPR", "APPRART", "ART", "NN", "NE"})


LEXICON = GermanLexicon()
