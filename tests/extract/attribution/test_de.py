"""The German rules on hand-tagged Docs (STTS tags and lemmas given; no tagger, no parse)."""

from __future__ import annotations

from lagebild.extract.attribution import de
from lagebild.extract.attribution.base import RawClaim
from tests.extract.attribution.tagged import claims, summary, tagged_doc


def test_a_verb_of_saying_with_a_reported_clause() -> None:
    doc = tagged_doc(
        "de",
        ["Der/ART/der Minister/NN sagte/VVFIN/sagen ,/$, die/ART/der Lage/NN sei/VAFIN/sein "
         "ernst/ADJD ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Der Minister", "sagte", "die Lage sei ernst")
    ]


def test_a_frame_with_a_genitive_source() -> None:
    doc = tagged_doc(
        "de",
        ["Nach/APPR/nach Angaben/NN/Angabe der/ART/der Polizei/NN wurden/VAFIN/werden "
         "drei/CARD Menschen/NN/Mensch verletzt/VVPP/verletzen ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("frame", "indirect", "der Polizei", "Nach Angaben", "wurden drei Menschen verletzt")
    ]


def test_zufolge_takes_the_phrase_before_it() -> None:
    doc = tagged_doc(
        "de",
        ["Der/ART/der Polizei/NN zufolge/APPO/zufolge gab/VVFIN/geben es/PPER/es drei/CARD "
         "Tote/NN/Tote ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("frame", "indirect", "Der Polizei", "zufolge", "gab es drei Tote")
    ]


def test_a_quotation_with_its_frame_after_it() -> None:
    doc = tagged_doc(
        "de",
        ["„/$( Die/ART/der Lage/NN ist/VAFIN/sein ernst/ADJD “/$( ,/$, sagte/VVFIN/sagen "
         "der/ART/der Minister/NN ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("quote", "direct", "der Minister", "sagte", "Die Lage ist ernst")
    ]


def test_konjunktiv_carries_the_last_source_on() -> None:
    doc = tagged_doc(
        "de",
        [
            "Der/ART/der Minister/NN sagte/VVFIN/sagen ,/$, die/ART/der Lage/NN sei/VAFIN/sein "
            "ernst/ADJD ./$.",
            "Man/PIS/man habe/VAFIN/haben keine/PIAT/kein Zeit/NN ./$.",
            "Die/ART/der Sonne/NN scheint/VVFIN/scheinen ./$.",
        ],
    )
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Der Minister", "sagte", "die Lage sei ernst"),
        ("free_indirect", "free_indirect", "Der Minister", None, "Man habe keine Zeit"),
        ("unattributed", "unattributed", None, None, "Die Sonne scheint"),
    ]


def test_a_sollen_sentence_carries_the_report_before_it_on() -> None:
    doc = tagged_doc(
        "de",
        [
            "Die/ART/der Ministerin/NN sagte/VVFIN/sagen ,/$, das/ART/der Gesetz/NN sei/VAFIN/sein "
            "fertig/ADJD ./$.",
            "Es/PPER/es soll/VMFIN/sollen im/APPRART/in Mai/NN gelten/VVINF/gelten ./$.",
            "Weil/KOUS/weil es/PPER/es regnen/VVINF/regnen soll/VMFIN/sollen ,/$, "
            "bleiben/VVFIN/bleiben wir/PPER/wir zu/APPR/zu Hause/NN ./$.",
            "Soll/VMFIN/sollen man/PIS/man warten/VVINF/warten ?/$.",
        ],
    )
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Die Ministerin", "sagte", "das Gesetz sei fertig"),
        ("free_indirect.sollen", "free_indirect", "Die Ministerin", None, "Es soll im Mai gelten"),
        # "soll" of a clause before the main clause, and a question, carry nothing on
        ("unattributed", "unattributed", None, None, "Weil es regnen soll , bleiben wir zu Hause"),
        ("unattributed", "unattributed", None, None, "Soll man warten"),
    ]


def test_a_sollen_sentence_after_the_author_s_own_stays_the_author_s() -> None:
    doc = tagged_doc(
        "de",
        [
            "Die/ART/der Sonne/NN scheint/VVFIN/scheinen ./$.",
            "Es/PPER/es soll/VMFIN/sollen morgen/ADV/morgen regnen/VVINF/regnen ./$.",
        ],
    )
    assert [c.rule for c in claims(doc, de.RULES)] == ["unattributed", "unattributed"]


def test_a_name_in_quotation_marks_is_no_quotation() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Aktion/NN „/$( Deutschland/NE hilft/VVFIN/helfen allen/PIAT/all “/$( "
         "sammelt/VVFIN/sammeln Spenden/NN/Spende ./$."],
    )  # fmt: skip
    assert [c.rule for c in claims(doc, de.RULES)] == ["unattributed"]


def test_wie_x_berichtet_frames_the_rest_of_the_sentence() -> None:
    doc = tagged_doc(
        "de",
        ["Drei/CARD Menschen/NN/Mensch starben/VVFIN/sterben ,/$, wie/KOUS/wie die/ART/der "
         "Polizei/NN berichtete/VVFIN/berichten ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "die Polizei", "berichtete", "Drei Menschen starben")
    ]


def test_das_teilte_x_mit_attributes_the_sentence_before() -> None:
    doc = tagged_doc(
        "de",
        [
            "Drei/CARD Menschen/NN/Mensch wurden/VAFIN/werden verletzt/VVPP/verletzen ./$.",
            "Das/PDS/der teilte/VVFIN/teilen die/ART/der Feuerwehr/NN mit/PTKVZ/mit ./$.",
        ],
    )
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "die Feuerwehr", "teilte", "Drei Menschen wurden verletzt")
    ]


def test_a_quotation_predicated_with_als_is_the_speakers_words() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Opposition/NN bezeichnete/VVFIN/bezeichnen den/ART/der Plan/NN als/APPR/als "
         "ein/ART/ein „/$( Luftschloss/NN “/$( ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "direct", "Die Opposition", "bezeichnete", "Luftschloss")
    ]


def test_a_frame_in_first_position_runs_to_the_finite_verb() -> None:
    """One phrase stands before the finite verb: the frame's source takes the name the
    tags split ('Jonas' read as an adjective) instead of leaving it to the message."""
    doc = tagged_doc(
        "de",
        ["Nach/APPR/nach Angaben/NN/Angabe des/ART/der Bürgermeisters/NN/Bürgermeister "
         "Jonas/ADJA/jonas Ekberg/NN kommen/VVFIN/kommen die/ART/der Arbeiten/NN/Arbeit "
         "voran/PTKVZ/voran ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        (
            "frame",
            "indirect",
            "des Bürgermeisters Jonas Ekberg",
            "Nach Angaben",
            "kommen die Arbeiten voran",
        )
    ]


def test_an_impersonal_es_names_the_text_after_it() -> None:
    doc = tagged_doc(
        "de",
        ["Der/ART/der Damm/NN halte/VVFIN/halten ,/$, hieß/VVFIN/heißen es/PPER/es in/APPR/in "
         "dem/ART/der Gutachten/NN ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "dem Gutachten", "hieß", "Der Damm halte")
    ]


def test_an_opinion_predicate_with_a_clause() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Kammer/NN ist/VAFIN/sein der/ART/der Ansicht/NN ,/$, dass/KOUS/dass "
         "die/ART/der Frist/NN genügt/VVFIN/genügen ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("predicate", "indirect", "Die Kammer", "ist der Ansicht", "dass die Frist genügt")
    ]


def test_a_source_closes_the_marks_it_opened_and_drops_a_trailing_comma() -> None:
    doc = tagged_doc(
        "de",
        ["Der/ART/der Gerichtshof/NN (/$( IGH/NE )/$( ,/$, Peter/NE Clever/NE ,/$, "
         "entschied/VVFIN/entscheiden ./$."],
    )  # fmt: skip
    cut = RawClaim(message=[(9, 10)], form="reported", source=(0, 4))
    comma = RawClaim(message=[(9, 10)], form="reported", source=(6, 9))
    de.balance_sources(doc, [cut, comma])
    assert (
        cut.source is not None
        and doc[cut.source[0] : cut.source[1]].text == "Der Gerichtshof ( IGH )"
    )
    assert (
        comma.source is not None and doc[comma.source[0] : comma.source[1]].text == "Peter Clever"
    )


def test_a_subject_after_the_verb_stops_at_the_verbs_own_preposition() -> None:
    doc = tagged_doc(
        "de",
        ["Gestern/ADV/gestern warnte/VVFIN/warnen der/ART/der Wetterdienst/NN vor/APPR/vor "
         "Glatteis/NN ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "reported", "der Wetterdienst", "warnte", "vor Glatteis")
    ]


def test_a_subject_after_the_verb_does_not_run_into_the_clause_after_its_comma() -> None:
    doc = tagged_doc(
        "de",
        ["Dort/ADV/dort kritisierte/VVFIN/kritisieren Anna/NE Berg/NE von/APPR/von der/ART/der "
         "FDP/NE ,/$, das/ART/der Gesetz/NN komme/VVFIN/kommen zu/APPR/zu spät/ADJD ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Anna Berg von der FDP", "kritisierte", "das Gesetz komme zu spät")
    ]


def test_a_name_after_the_comma_that_opens_a_clause_is_no_apposition() -> None:
    doc = tagged_doc(
        "de",
        ["Gestern/ADV/gestern sagte/VVFIN/sagen der/ART/der Sprecher/NN ,/$, Ott/NE "
         "habe/VAFIN/haben den/ART/der Bericht/NN gelesen/VVPP/lesen ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "der Sprecher", "sagte", "Ott habe den Bericht gelesen")
    ]


def test_the_clause_after_a_subject_with_a_name_apposition_is_the_message() -> None:
    doc = tagged_doc(
        "de",
        ["Am/APPRART/an Montag/NN sagte/VVFIN/sagen der/ART/der Sprecher/NN des/ART/der "
         "Amtes/NN/Amt ,/$, Jan/NE Ott/NE ,/$, die/ART/der Lage/NN sei/VAFIN/sein ernst/ADJD ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "der Sprecher des Amtes , Jan Ott", "sagte", "die Lage sei ernst")
    ]


def test_a_report_before_zufolge_is_the_source() -> None:
    doc = tagged_doc(
        "de",
        ["Medienberichten/NN/Medienbericht zufolge/APPO/zufolge trat/VVFIN/treten der/ART/der "
         "Vorstand/NN zurück/PTKVZ ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("frame", "indirect", "Medienberichten", "zufolge", "trat der Vorstand zurück")
    ]


def test_zufolge_takes_the_noun_whose_genitive_stands_before_it() -> None:
    doc = tagged_doc(
        "de",
        ["Einer/ART/eine Mitteilung/NN des/ART/der Vereins/NN/Verein Deutscher/ADJA/deutsch "
         "Imker/NN zufolge/APPO/zufolge sinkt/VVFIN/sinken die/ART/der Zahl/NN der/ART/der "
         "Bienen/NN/Biene ./$."],
    )  # fmt: skip
    assert [summary(doc, c)[2] for c in claims(doc, de.RULES)] == [
        "Einer Mitteilung des Vereins Deutscher Imker"
    ]


def test_a_so_frame_source_takes_its_apposition() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Brücke/NN sei/VAFIN/sein sicher/ADJD ,/$, so/ADV/so Jana/NE Wolf/NE ,/$, "
         "die/ART/der Leiterin/NN des/ART/der Bauamts/NN/Bauamt ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("frame", "indirect", "Jana Wolf , die Leiterin des Bauamts", "so", "Die Brücke sei sicher")
    ]


def test_a_surname_the_tagger_took_for_a_verb_stays_in_the_source() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Ministerin/NN Karla/NE Wend/VVIMP/wenden wies/VVFIN/weisen den/ART/der "
         "Vorwurf/NN zurück/PTKVZ ./$."],
    )  # fmt: skip
    assert [summary(doc, c)[2] for c in claims(doc, de.RULES)] == ["Die Ministerin Karla Wend"]


def test_coordinated_speakers_after_the_verb_are_one_source() -> None:
    doc = tagged_doc(
        "de",
        ["Am/APPRART/an Freitag/NN erklärten/VVFIN/erklären Polizei/NN und/KON/und "
         "Feuerwehr/NN ,/$, die/ART/der Straße/NN bleibe/VVFIN/bleiben gesperrt/VVPP/sperren ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Polizei und Feuerwehr", "erklärten", "die Straße bleibe gesperrt")
    ]


def test_a_place_or_time_after_a_named_speaker_is_not_the_source() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Brücke/NN sei/VAFIN/sein sicher/ADJD ,/$, sagte/VVFIN/sagen Wolf/NE "
         "in/APPR/in Kassel/NE ./$."],
    )  # fmt: skip
    assert [summary(doc, c)[2] for c in claims(doc, de.RULES)] == ["Wolf"]


def test_a_complement_clause_after_an_apposition_of_the_medium() -> None:
    doc = tagged_doc(
        "de",
        ["Dazu/PROAV/dazu schrieb/VVFIN/schreiben Ott/NE in/APPR/in der/ART/der Rundschau/NN ,/$, "
         "einem/ART/ein Wochenblatt/NN ,/$, die/ART/der Stadt/NN sei/VAFIN/sein "
         "gespalten/VVPP/spalten ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Ott", "schrieb", "die Stadt sei gespalten")
    ]


def test_a_complement_clause_after_a_relative_clause_on_the_medium() -> None:
    doc = tagged_doc(
        "de",
        ["Wolf/NE schrieb/VVFIN/schreiben in/APPR/in einem/ART/ein Brief/NN ,/$, den/PRELS/der "
         "die/ART/der Zeitung/NN veröffentlichte/VVFIN/veröffentlichen ,/$, sie/PPER/sie "
         "trete/VVFIN/treten zurück/PTKVZ ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Wolf", "schrieb", "sie trete zurück")
    ]


def test_a_subject_after_the_cue_is_no_inserted_phrase() -> None:
    doc = tagged_doc(
        "de",
        ["Der/ART/der Minister/NN sagte/VVFIN/sagen ,/$, der/ART/der Plan/NN ,/$, den/PRELS/der "
         "die/ART/der Partei/NN vorlegte/VVFIN/vorlegen ,/$, sei/VAFIN/sein gut/ADJD ./$."],
    )  # fmt: skip
    assert all(summary(doc, c)[4] != "sei gut" for c in claims(doc, de.RULES))


def test_a_plural_cue_tagged_as_infinitive_before_its_clause() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Anwohner/NN hingegen/ADV/hingegen sagen/VVINF/sagen ,/$, der/ART/der "
         "Lärm/NN sei/VAFIN/sein unerträglich/ADJD ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Die Anwohner", "sagen", "der Lärm sei unerträglich")
    ]


def test_das_before_the_verb_stands_for_the_clause_after_the_subject() -> None:
    doc = tagged_doc(
        "de",
        ["Das/PDS/das bestätigte/VVFIN/bestätigen Polizeisprecher/NN Jan/NE Ott/NE ,/$, "
         "die/ART/der Täter/NN seien/VAFIN/sein geflohen/VVPP/fliehen ./$."],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, de.RULES)] == [
        ("verb", "indirect", "Polizeisprecher Jan Ott", "bestätigte", "die Täter seien geflohen")
    ]


def test_a_quoted_name_after_a_genitive_article_stays_in_the_source() -> None:
    doc = tagged_doc(
        "de",
        ["Die/ART/der Lage/NN sei/VAFIN/sein ruhig/ADJD ,/$, berichtete/VVFIN/berichten "
         "die/ART/der Redaktion/NN des/ART/der „/$( Kurier/NN “/$( ./$."],
    )  # fmt: skip
    assert [summary(doc, c)[2] for c in claims(doc, de.RULES)] == ["die Redaktion des „ Kurier “"]
