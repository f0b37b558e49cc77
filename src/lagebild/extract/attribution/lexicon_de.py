"""The German attribution lexicon: verbs of saying, frame nouns, and every word and STTS
tag list the German rules read, in one object (:data:`LEXICON`).

Each verb lemma maps to a :class:`CueVerb`: its speech/thought/writing type, the
preposition that introduces its content when it has no clause ("berichten von",
"warnen vor"), and the modality it gives the message ("dementieren" -> denied).
Separable verbs are listed in their infinitive ("mitteilen"); the attribution
component joins "teilte ... mit" to that lemma. Compiled from the SpkAtt-2023
annotation guidelines' examples, the GermEval/Citron verb lists and news usage.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from lagebild.extract.attribution.base import CueVerb
from lagebild.extract.chunks import DETERMINER_TAGS, OPENING_QUOTES
from lagebild.model import Stwr

_S = CueVerb()
_W = CueVerb(stwr="writing")
_T = CueVerb(stwr="thought")


class GermanLexicon:
    """Every word and tag list the German attribution rules read (STTS tags); one
    attribute a table, read as ``LEXICON.name``."""

    # Words the rules read besides the cues: anaphora, pronouns, degree words, subordinators.
    anaphoric_objects: frozenset[str] = frozenset({"das", "dies", "dieses", "dazu"})
    nominative_pronouns: frozenset[str] = frozenset(
        {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}
    )
    # "Demnach erwartet X ...": the last source goes on
    linking_adverbs: frozenset[str] = frozenset({"demnach"})
    degree_words: frozenset[str] = frozenset(
        {"mindestens", "rund", "etwa", "knapp", "fast", "nahezu", "ungefähr", "circa", "ca.", "gut",
         "über", "mehr", "weniger", "als", "bis", "zu", "höchstens", "maximal", "insgesamt"}
    )  # fmt: skip
    adverbial_subordinators: frozenset[str] = frozenset(
        {"da", "weil", "obwohl", "obgleich", "wenn", "als", "nachdem", "während", "sobald", "damit",
         "sodass", "falls", "indem", "bevor", "seit", "seitdem", "solange", "wohingegen", "um"}
    )  # fmt: skip
    two_word_subordinators: frozenset[tuple[str, str]] = frozenset(
        {("so", "dass"), ("so", "daß"), ("ohne", "dass"), ("anstatt", "dass"), ("statt", "dass")}
    )
    reported_clause_openers: frozenset[str] = frozenset(
        {"dass", "daß", "ob", "wie", "wann", "warum", "weshalb", "wieso", "wer", "was", "wo",
         "wohin", "woher", "wonach", "inwiefern", "welche", "welcher", "welches"}
    )  # fmt: skip
    # Words opening a clause that completes a noun: "Berichte, wonach ...", "die Sorge, dass".
    noun_complement_openers: frozenset[str] = frozenset({"wonach", "dass"})
    # fmt: off
    cue_verbs: Mapping[str, CueVerb] = MappingProxyType(
        {
            # saying, explaining, stressing
            **dict.fromkeys(
                (
                    "sagen", "erklären", "betonen", "unterstreichen", "hervorheben", "ergänzen",
                    "hinzufügen", "fortfahren", "meinen", "behaupten", "versichern", "beteuern",
                    "bekräftigen", "bestätigen", "einräumen", "zugeben", "eingestehen",
                    "antworten", "entgegnen", "erwidern", "kontern", "kommentieren", "bemerken",
                    "anmerken", "feststellen", "klarstellen", "klarmachen", "deutlichmachen",
                    "verdeutlichen", "andeuten",
                    "ausführen", "darlegen", "zitieren", "verkünden", "verlauten", "bezeichnen",
                    "nennen", "beschreiben", "schildern", "rufen", "erwähnen"
                ),
                _S,
            ),
            "äußern": CueVerb(prep=("über", "zu")),
            "sprechen": CueVerb(prep=("von", "über")),
            # "sprach sich für/gegen X aus", "sprach sich dafür aus, ...": a stated position;
            # "sprach sein Beileid aus" says nothing more
            "aussprechen": CueVerb(prep=("für", "gegen", "dafür", "dagegen"), needs_prep=True),
            "reden": CueVerb(prep=("von", "über")),
            # reporting, announcing, informing
            "berichten": CueVerb(prep=("von", "über")),
            **dict.fromkeys(
                (
                    "melden", "vermelden", "mitteilen", "bekanntgeben", "bekanntmachen",
                    "verbreiten"
                ),
                _S,
            ),
            "ankündigen": CueVerb(modality="expected"),
            "informieren": CueVerb(prep=("über",)),
            "unterrichten": CueVerb(prep=("über",)),
            **dict.fromkeys(
                (
                    "veröffentlichen", "schreiben", "twittern", "posten", "notieren", "festhalten",
                    "vermerken"
                ),
                _W,
            ),
            # warning, criticising, accusing, praising
            "warnen": CueVerb(prep=("vor",)),
            **dict.fromkeys(
                (
                    "mahnen", "ermahnen", "kritisieren", "bemängeln", "beklagen", "beanstanden",
                    "vorwerfen", "beschuldigen", "anklagen", "verurteilen", "loben", "begrüßen",
                    "würdigen", "bedauern"
                ),
                _S,
            ),
            "drohen": CueVerb(prep=("mit",)),
            # "beschwerte sich über X", "beschweren sich, dass ..." (reflexive only)
            "beschweren": CueVerb(prep=("über",)),
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
            **dict.fromkeys(
                (
                    "schätzen", "einschätzen", "annehmen", "glauben", "denken"
                ),
                _T,
            ),
            "erwarten": CueVerb(stwr="thought", modality="expected"),
            "rechnen": CueVerb(stwr="thought", prep=("mit",), modality="expected"),
            "prognostizieren": CueVerb(modality="expected"),
            "vorhersagen": CueVerb(modality="expected"),
            "voraussagen": CueVerb(modality="expected"),
            "befürchten": CueVerb(stwr="thought", modality="possible"),
            "fürchten": CueVerb(stwr="thought", modality="possible"),
            "vermuten": CueVerb(stwr="thought", modality="possible"),
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
            **dict.fromkeys(
                (
                    "verteidigen", "rechtfertigen"
                ),
                _S,
            ),
            # leaving open
            "offenlassen": CueVerb(modality="unconfirmed"),
            # from the SpkAtt-2023 error analysis (docs/spkatt.md): frequent cues of German news
            **dict.fromkeys(
                (
                    "angeben", "begründen", "entscheiden", "lauten", "fragen", "aussagen",
                    "argumentieren", "einwenden", "präzisieren", "bilanzieren", "resümieren"
                ),
                _S,
            ),
            "halten": CueVerb(stwr="thought", prep=("für",), needs_prep=True),
            # a judgement with "als": "wertet die Einigung als Erfolg", "wurde von X als
            # Terrororganisation eingestuft"; "wertet die Daten aus", "Stimmen werden gewertet" not
            **dict.fromkeys(("werten", "einstufen", "bewerten"),
                            CueVerb(stwr="thought", prep=("als",), needs_prep=True)),
            "hinweisen": CueVerb(prep=("auf",)),
            "verweisen": CueVerb(prep=("auf",), needs_prep=True),
            "beschließen": _W,
            # a view only with "in" or "als" ("sieht darin eine Gefahr", "sieht es als erwiesen
            # an"); "Zeugen sahen einen Mann", "sah Gelb" are perception, no claim
            "sehen": CueVerb(stwr="thought", prep=("in", "darin", "als"), needs_prep=True),
            "hervorgehen": CueVerb(stwr="writing", prep=("aus",)),
            "versprechen": CueVerb(modality="expected"),
            "zusagen": CueVerb(modality="expected"),
            "vertreten": CueVerb(stwr="thought"),
            "mutmaßen": CueVerb(stwr="thought", modality="possible"),
            "spekulieren": CueVerb(stwr="thought", modality="possible"),
            "folgern": CueVerb(stwr="thought"),
            "schlussfolgern": CueVerb(stwr="thought"),
            # giving a figure: a cue only with a figure ("bezifferte die Fläche auf 4.100
            # Hektar", "kam auf 5.200 Hektar", "korrigierte die Zahl auf sieben", "zählt 23
            # Verletzte"); "kam auf die Idee", "zählt zu den Besten" say nothing
            "beziffern": CueVerb(prep=("auf", "mit"), needs_figure=True),
            "korrigieren": CueVerb(prep=("auf",), needs_figure=True),
            "kommen": CueVerb(prep=("auf",), needs_figure=True),
            "zählen": CueVerb(needs_figure=True),
        }
    )
    # fmt: on
    # "heißt es", "stand in X": impersonal cues whose source is a text named in a phrase or none.
    impersonal_cues: frozenset[str] = frozenset({"heißen", "stehen"})
    # Frame nouns: "nach Angaben/Erkenntnissen/Informationen von X", "laut Bericht des X".
    frame_nouns: frozenset[str] = frozenset(
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
            # nouns whose "nach"/"laut" only means "according to" ("nach ersten
            # Hochrechnungen", "nach bisherigem Erkenntnisstand", "nach eigenem Bekunden")
            "Hochrechnung",
            "Hochrechnungen",
            "Vorhersage",
            "Vorhersagen",
            "Planungen",
            "Erkenntnisstand",
            "Kenntnisstand",
            "Endergebnis",
            "Bekunden",
            "Schilderung",
            "Schilderungen",
            "Vermutung",
            "Vermutungen",
            "Quellenlage",
        }
    )
    # Frame nouns that name a thought or a text rather than speech (for ``stwr``).
    frame_stwr: Mapping[str, Stwr] = MappingProxyType(
        {
            "Einschätzung": "thought",
            "Schätzung": "thought",
            "Schätzungen": "thought",
            "Ansicht": "thought",
            "Meinung": "thought",
            "Auffassung": "thought",
            "Sicht": "thought",
            "Überzeugung": "thought",
            "Berechnung": "thought",
            "Berechnungen": "thought",
            "Vermutung": "thought",
            "Vermutungen": "thought",
            "Hochrechnung": "writing",
            "Hochrechnungen": "writing",
            "Vorhersage": "writing",
            "Vorhersagen": "writing",
            "Prognose": "writing",
            "Bericht": "writing",
            "Berichte": "writing",
            "Mitteilung": "writing",
            "Analyse": "writing",
            "Studie": "writing",
            "Daten": "writing",
        }
    )
    # Addressees: verbs whose accusative object is the one addressed ("forderte die Partner auf"),
    # and prepositions that name the addressee of a verb ("forderte von der Regierung").
    addressee_object_verbs: frozenset[str] = frozenset(
        {"auffordern", "warnen", "bitten", "drängen", "ermahnen", "informieren", "unterrichten",
         "aufrufen", "ermutigen"}
    )  # fmt: skip
    addressee_preps: Mapping[str, tuple[str, ...]] = MappingProxyType(
        {
            "fordern": ("von",),
            "verlangen": ("von",),
            "appellieren": ("an",),
            "erwarten": ("von",),
        }
    )
    addressee_any_verb_preps: tuple[str, ...] = ("gegenüber",)
    # "unter Berufung auf X": the claim comes from X, relayed by the clause's subject.
    relay_markers: tuple[tuple[str, ...], ...] = (
        ("unter", "Berufung", "auf"),
        ("mit", "Verweis", "auf"),
    )
    # Focus particles that may stand before a subject in first position ("Auch die Polizei sagte").
    focus_particles: frozenset[str] = frozenset(
        {"auch", "nur", "selbst", "sogar", "ebenfalls", "gerade", "insbesondere", "vor", "allem"}
    )
    opening_quotes: str = OPENING_QUOTES
    # Prepositions that open a frame before a frame noun or directly before the source.
    frame_preps: frozenset[str] = frozenset({"nach", "laut", "gemäß", "zufolge"})
    # "nach eigenen Angaben": the frame's source is the clause's subject.
    reflexive_frame_words: frozenset[str] = frozenset({"eigenen", "eigener", "eigenem"})
    determiner_tags: frozenset[str] = DETERMINER_TAGS
    # Syntax the rules test: one list of STTS tags, punctuation or function words per test.
    bare_source_preps: frozenset[str] = frozenset({"laut", "gemäß"})
    auxiliary_finite_tags: frozenset[str] = frozenset({"VAFIN", "VMFIN"})
    # a participle the tagger read as finite ("hatte X betont,"): its auxiliary, its ending
    auxiliary_tag: str = "VAFIN"
    reflexive_tag: str = "PRF"
    participle_endings: tuple[str, ...] = ("t",)
    # words that open a clause of their own: a verb after them is not the clause's before
    clause_boundary_tags: frozenset[str] = frozenset(
        {"KON", "KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV"}
    )
    text_location_preps: frozenset[str] = frozenset({"in", "im"})
    impersonal_subjects: frozenset[str] = frozenset({"es", "man", "das", "dies"})
    adverb_tags: frozenset[str] = frozenset({"ADV", "ADJD"})
    finite_search_stops: frozenset[str] = frozenset({";", ":"})
    prep_tags: frozenset[str] = frozenset({"APPR", "APPRART"})
    figure_tags: frozenset[str] = frozenset({"CARD"})
    relative_opener_tags: frozenset[str] = frozenset({"PRELS", "PRELAT"})
    adverbial_tags: frozenset[str] = frozenset({"ADV", "ADJD", "PTKNEG"})
    # Refusals and non-confirmations: a negated cue of these leaves its message open
    # ("wollte den Bericht nicht kommentieren", "hat die Zahl nicht bestätigt", "wurde
    # weder bestätigt noch dementiert"), as DESIGN's "unconfirmed".
    negation_tags: frozenset[str] = frozenset({"PTKNEG"})
    neither_nor: tuple[str, str] = ("weder", "noch")
    unconfirmed_when_negated: frozenset[str] = frozenset(
        {"bestätigen", "kommentieren", "äußern", "dementieren", "bestreiten", "sagen",
         "mitteilen", "angeben", "nennen", "erklären", "verraten"}
    )  # fmt: skip
    verb_cluster_tags: frozenset[str] = frozenset(
        {"VVPP", "VAINF", "VAPP", "VMINF", "VVINF", "VAFIN", "PTKVZ"}
    )
    clause_end_marks: frozenset[str] = frozenset({",", ".", ";"})
    # phrases a cue's complement clause may follow (", einem Boulevardblatt, die Lage sei")
    inserted_phrases: int = 2
    closing_marks: frozenset[str] = frozenset({")", "“", "”", "«", "»", '"', "''"})
    clause_stop_marks: frozenset[str] = frozenset({".", "!", "?", ";", ":"})
    content_start_tags: frozenset[str] = frozenset(
        {"ART", "PDAT", "PPOSAT", "PIAT", "ADJA", "NN", "NE", "CARD"}
    )
    anaphoric_tags: frozenset[str] = frozenset({"PDS", "ART"})
    possessive_tags: frozenset[str] = frozenset({"PPOSAT", "PRELAT"})
    possessive_relatives: frozenset[str] = frozenset({"dessen", "deren"})
    name_tags: frozenset[str] = frozenset({"NE", "FM"})
    # a source opens with none of these: ", während die X", "und der Verband"
    source_opening_tags: frozenset[str] = frozenset({"KON", "KOUS", "KOKOM"})
    source_opening_marks: frozenset[str] = frozenset({*OPENING_QUOTES, "''", "``", "("})
    # place or time after a name in a source: "Seibert in Berlin", "Ott am Montag"
    adverbial_preps_after_name: frozenset[str] = frozenset({"in", "im", "bei", "beim", "am"})
    # "die Regierung in Lomé", "das Nobelkomitee im norwegischen Oslo": a seat, not an adverbial
    seat_preps: frozenset[str] = frozenset({"in", "im"})
    seat_modifier_tags: frozenset[str] = frozenset({"ADJA", "ART"})
    genitive_modifier_tags: frozenset[str] = frozenset({"ADJA", "PPOSAT", "PIAT", "PDAT"})
    genitive_endings: tuple[str, ...] = ("er", "es")
    postposed_frame_tags: frozenset[str] = frozenset({"ART", "PPOSAT", "ADJA"})
    zufolge_np_tags: frozenset[str] = frozenset({"ART", "PDAT", "ADJA", "PPOSAT"})
    quoted_name_determiner_tags: frozenset[str] = frozenset({"ART", "PDAT", "PPOSAT", "ADJA"})
    clause_marks: frozenset[str] = frozenset({":", ","})
    relative_tags: frozenset[str] = frozenset({"PRELS"})
    modal_finite_tag: str = "VMFIN"
    # conjunctions joining two main clauses ("X übergab die Akten und Y versprach, ...")
    clause_conjunctions: frozenset[str] = frozenset({"und", "aber", "doch", "sowie", "oder"})
    addressee_prep_tags: frozenset[str] = frozenset({"APPR", "APPO"})
    addressee_object_start_tags: frozenset[str] = frozenset({"ART", "PDAT", "PPOSAT", "NE"})
    particle_stop_marks: frozenset[str] = frozenset({",", ".", ":", ";", "!", "?"})
    clause_break_marks: frozenset[str] = frozenset({",", ":", ";"})
    # the marks after a main clause that "das"/"dies" and a cue report ("Die Brücke bleibt
    # gesperrt, das teilte die Stadt mit", "... – das meint zumindest der Verband")
    anaphoric_clause_marks: frozenset[str] = frozenset({",", "–", "-"})
    # a view's preposition whose phrase stands before the view's object ("sieht in dem Plan
    # eine Gefahr"); after the object it names a place ("sahen einen Mann in einem Auto")
    object_before_preps: frozenset[str] = frozenset({"in"})
    subject_prefix_tags: frozenset[str] = frozenset({"KON", "$(", "ADV"})
    antecedent_modifier_tags: frozenset[str] = frozenset({"ADJA", "ART", "PDAT", "PPOSAT", "TRUNC"})
    complement_stop_marks: frozenset[str] = frozenset({".", ";"})
    content_inner_tags: frozenset[str] = frozenset(
        {"APPR", "APPRART", "ART", "ADJA", "PIAT", "PDAT"}
    )
    coordination_tags: frozenset[str] = frozenset({"KON"})
    frame_noun_modifier_tags: frozenset[str] = frozenset({"ADJA", "ART", "PIAT", "PDAT"})
    frame_source_preps: frozenset[str] = frozenset({"von", "vom", "aus"})
    not_name_tags: frozenset[str] = frozenset({"ART", "PDAT", "PPOSAT", "APPR", "APPRART", "KON"})
    clause_opening_marks: frozenset[str] = frozenset({",", "(", "–"})
    # what a comparing "wie" follows ("Einflüsse wie die Lage", "so groß wie"): no clause
    compared_tags: frozenset[str] = frozenset({"NN", "NE", "ADJA", "ADJD", "PIS", "PDS"})
    so_frame_trailing: frozenset[str] = frozenset({"weiter", "zuletzt"})
    # the dashes that set off an inserted frame ("... – so der Verband – ...")
    insertion_marks: frozenset[str] = frozenset({"–", "-", "—"})
    frame_prep_tags: frozenset[str] = frozenset({"APPR", "APPO", "ADV"})
    clause_opener_tags: frozenset[str] = frozenset({"PRELS", "KON"})
    anaphoric_phrase_tags: frozenset[str] = frozenset({"ADV", "APPR", "APPRART", "ART", "NN", "NE"})
    umlauts: frozenset[str] = frozenset("äöü")
    # how far a first-position phrase may run to the finite verb ("Nach Angaben X ... hat")
    vorfeld_reach: int = 16
    # marks a source closes when it opened them: "(IGH)", "„Die Zeit“"
    paired_marks: tuple[tuple[str, str], ...] = (("(", ")"), ("„»", "“»«"))
    # predicates that name an opinion or a report: "ist der Meinung, dass", "wurde bekannt,
    # dass", and reflexive verbs with an adjective of attitude ("zeigte sich besorgt, dass")
    opinion_nouns: frozenset[str] = frozenset({"Meinung", "Ansicht", "Auffassung", "Überzeugung"})
    known_predicate: str = "bekannt"
    predicative_tags: frozenset[str] = frozenset({"ADJD", "VVPP"})
    # the agent of a passive cue: "von der Polizei", "vom Wetterdienst"
    passive_agent_preps: frozenset[str] = frozenset({"von", "vom"})
    passive_participle: str = "worden"  # "war ... vorgeworfen worden": a passive cue
    # where a report without a speaker comes from, in first position: "Aus Paris hieß es",
    # "Aus EU-Kreisen verlautete", "Bei der Agentur hieß es", "Von den Behörden wird
    # angenommen", "Seitens der Regierung wurde erklärt" (the phrase after the preposition)
    origin_preps: frozenset[str] = frozenset({"aus", "bei", "beim", "von", "vom", "seitens"})
    # "von Seiten der Regierung": the word after the preposition that is no part of the origin
    origin_fillers: frozenset[str] = frozenset({"seiten"})
    # texts a report without a speaker stands in: "In einem Bericht der Zeitung wurde vermutet"
    # (besides the frame nouns and their compounds: "Abschlussbericht")
    text_nouns: frozenset[str] = frozenset(
        {"Ankündigung", "Schreiben", "Brief", "Dokument", "Papier", "Urteil", "Beschluss",
         "Resolution", "Interview", "Artikel", "Kommentar", "Entwurf", "Antwort", "Begründung",
         "Bekanntmachung", "Verlautbarung", "Text", "Protokoll", "Memorandum"}
    )  # fmt: skip
    # cues only with a reflexive in their clause ("sprach sich für X aus")
    reflexive_only_cues: frozenset[str] = frozenset({"aussprechen", "beschweren"})
    # full verbs: one between a cue and a comma claims the clause after it
    full_verb_tags: frozenset[str] = frozenset({"VVFIN", "VVPP", "VVINF", "VVIZU", "VVIMP"})
    reflexive_predicate_cues: Mapping[str, CueVerb] = MappingProxyType({"zeigen": _S})
    # pronouns that never name a speaker ("heißt es", "wie man sagt")
    impersonal_pronouns: frozenset[str] = frozenset({"es", "man"})
    # prepositions naming the text or speaker of "heißt es [in dem Bericht / vom Sprecher]"
    text_source_preps: frozenset[str] = frozenset({"in", "im", "bei", "beim", "von", "vom", "auf"})
    nonfinite_verb_tags: frozenset[str] = frozenset(
        {"VVPP", "VVINF", "VVIZU", "VAPP", "VAINF", "VMPP", "VMINF"}
    )
    # verbs that name their object: a quoted predicate is the speaker's own words
    naming_verbs: frozenset[str] = frozenset({"nennen", "bezeichnen", "titulieren"})
    predicate_opening_quotes: frozenset[str] = frozenset({"„", "‚", "»", '"'})
    closing_quotes: frozenset[str] = frozenset({"“", "‘", "«", '"', "”"})
    quoted_title_reach: int = 7  # "laut „Neue Zürcher Zeitung“": a title of a few words
    # how many sentences after its last sourced claim a Konjunktiv I sentence continues it
    report_reach: int = 3
    # the finite "sollen" of a sentence that carries on the report just before it ("Das Gesetz
    # soll im Mai in Kraft treten."): the plan or the hearsay is still the speaker's
    reportative_modals: frozenset[str] = frozenset({"soll", "sollen"})
    first_person: frozenset[str] = frozenset({"ich", "wir"})
    # pronouns only a subject takes: after the finite verb they are the subject, and the
    # first position is the object ("Die Tat bezeichnete er als sinnlos")
    nominative_only_pronouns: frozenset[str] = frozenset({"er", "ich", "wir", "du"})
    # articles of a phrase that may be the object as well as the subject ("die", "das",
    # "eine"): after the verb such a phrase leaves the first position the subject
    object_possible_articles: frozenset[str] = frozenset({"die", "das", "eine"})
    # an apposition after a source: ", [der|ein|ihr|stellvertretender] Sprecher der X"
    apposition_start_tags: frozenset[str] = frozenset(
        {"ART", "PRELS", "PIAT", "PPOSAT", "ADJA", "NN"}
    )
    apposition_stop_marks: frozenset[str] = frozenset({",", ".", ":", ";", "!", "?", "–"})
    apposition_after_article_tags: frozenset[str] = frozenset({"ADJA", "NN", "NE", "ADV"})
    apposition_breaking_tags: frozenset[str] = frozenset(
        {"KOUS", "PWAV", "PWS", "PPER", "PTKZU", "PRF"}
    )


LEXICON = GermanLexicon()
