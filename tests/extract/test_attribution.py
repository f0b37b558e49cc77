"""Attribution on German news sentences written for these tests (not from the seed)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .claims import claims_of, only_claim


def test_dass_clause_after_separable_verb(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de,
        "Die Polizei teilte am Montag mit, dass bei dem Unfall drei Menschen verletzt wurden.",
    )
    assert (c.form, c.source and c.source.text, c.cue and c.cue.text) == (
        "indirect",
        "Die Polizei",
        "teilte",
    )
    assert c.message_text.startswith("dass bei dem Unfall")
    assert c.message_text.endswith("verletzt wurden")


def test_quote_with_frame_after_it(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "„Wir werden nicht nachgeben“, sagte die Gewerkschaftschefin Anna Berger."
    )
    assert c.form == "direct"
    assert c.message_text == "Wir werden nicht nachgeben"
    assert c.source is not None and "Anna Berger" in c.source.text
    assert c.cue is not None and c.cue.text == "sagte"


def test_quote_split_around_its_frame(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "„Das ist ein guter Tag“, sagte Müller, „aber die Arbeit beginnt erst jetzt.“"
    )
    assert [s.text for s in c.message] == [
        "Das ist ein guter Tag",
        "aber die Arbeit beginnt erst jetzt",
    ]
    assert c.source is not None and c.source.text == "Müller"


def test_quote_after_colon(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Der Trainer sagte: „Wir haben heute verdient verloren.“")
    assert c.form == "direct"
    assert c.source is not None and c.source.text == "Der Trainer"
    assert c.message_text == "Wir haben heute verdient verloren"


@pytest.mark.parametrize(
    ("text", "cue", "source", "message_start"),
    [
        ("Laut Feuerwehr brach das Feuer gegen Mitternacht aus.", "Laut", "Feuerwehr", "brach"),
        (
            "Nach Angaben des Innenministeriums wurden 40 Personen festgenommen.",
            "Nach Angaben",
            "des Innenministeriums",
            "wurden",
        ),
        (
            "Der Regierung zufolge sind die Verhandlungen gescheitert.",
            "zufolge",
            "Der Regierung",
            "sind",
        ),
        (
            "Die Verhandlungen sind gescheitert, wie die Nachrichtenagentur AFP meldet.",
            "meldet",
            "die Nachrichtenagentur AFP",
            "Die Verhandlungen",
        ),
        ("Die Lage sei ernst, sagte der Bürgermeister.", "sagte", "der Bürgermeister", "Die Lage"),
    ],
)
def test_frames_give_indirect_claims(
    nlp_de: Language, text: str, cue: str, source: str, message_start: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.form == "indirect"
    assert c.cue is not None and c.cue.text == cue
    assert c.source is not None and c.source.text == source
    assert c.message_text.startswith(message_start)
    assert cue not in c.message_text.split()


def test_demand_as_reported_speech(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Die Opposition forderte ein Investitionsprogramm für Schulen.")
    assert (c.form, c.modality) == ("reported", "demanded")
    assert c.message_text == "ein Investitionsprogramm für Schulen"


def test_denial_with_separable_verb(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Das Ministerium wies die Vorwürfe am Dienstag entschieden zurück.")
    assert c.modality == "denied"
    assert c.cue is not None and c.cue.text == "wies"
    assert c.source is not None and c.source.text == "Das Ministerium"


def test_relay_chain(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de,
        "Ein Treffen ist geplant, wie die Agentur Reuters unter Berufung auf Diplomaten meldet.",
    )
    assert c.source is not None and c.source.text == "Diplomaten"
    assert c.relayed_by is not None and "Reuters" in c.relayed_by
    assert c.message_text == "Ein Treffen ist geplant"


def test_sentence_without_source_is_the_authors(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Der Fluss trat am frühen Morgen über die Ufer.")
    assert (c.form, c.source, c.cue) == ("unattributed", None, None)
    assert c.message_text == "Der Fluss trat am frühen Morgen über die Ufer"


def test_subjunctive_continues_the_last_source(nlp_de: Language) -> None:
    first, second = claims_of(
        nlp_de, "Die Polizei sagte, der Täter sei geflohen. Er habe eine Waffe bei sich getragen."
    )
    assert first.form == "indirect"
    assert second.form == "free_indirect"
    assert second.source is not None and second.source.text == "Die Polizei"


def test_anaphoric_frame_attributes_the_sentence_before(nlp_de: Language) -> None:
    claims = claims_of(nlp_de, "Bei dem Brand starben zwei Menschen. Das teilte die Feuerwehr mit.")
    assert len(claims) == 1
    assert claims[0].source is not None and claims[0].source.text == "die Feuerwehr"
    assert claims[0].message_text == "Bei dem Brand starben zwei Menschen"


def test_relative_clause_source(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Die Zahlen stammen vom Verband der Reeder, der von einem deutlichen Rückgang der Aufträge"
        " spricht.",
    )
    c = claims[-1]
    assert c.source is not None and c.source.text.endswith("Reeder")
    assert c.message_text == "von einem deutlichen Rückgang der Aufträge"


def test_paragraph_break_ends_a_sentence(nlp_de: Language) -> None:
    claims = claims_of(nlp_de, "Der Zug fiel aus\n\nDie Bahn nannte keinen Grund.")
    assert claims[0].message_text == "Der Zug fiel aus"


def test_reported_clause_after_a_misleading_opener(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "Das Ministerium teilte mit, bis zu 300 Menschen könnten noch verschüttet sein."
    )
    assert (c.form, c.modality) == ("indirect", "possible")
    assert c.message_text.startswith("bis zu 300 Menschen")


def test_a_reason_clause_is_not_what_was_said(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de,
        "Das Rote Kreuz sprach von rund 40 Toten, da mehrere Vermisste lebend geborgen worden seien.",
    )
    assert c.form == "reported"
    assert c.message_text.startswith("von rund 40 Toten")


@pytest.mark.parametrize(
    ("text", "addressee", "message"),
    [
        (
            "Die Regierung forderte die Nachbarländer auf, die Grenzen offen zu halten.",
            "die Nachbarländer",
            "die Grenzen offen zu halten",
        ),
        (
            "Der Verband forderte von der künftigen Regierung eine rasche Senkung der Steuern.",
            "der künftigen Regierung",
            "eine rasche Senkung der Steuern",
        ),
        (
            "Der Minister sagte gegenüber der Zeitung, die Lage sei ernst.",
            "der Zeitung",
            "die Lage sei ernst",
        ),
    ],
)
def test_addressee(nlp_de: Language, text: str, addressee: str, message: str) -> None:
    c = only_claim(nlp_de, text)
    assert c.addressee is not None and c.addressee.text == addressee
    assert c.message_text == message


@pytest.mark.parametrize(
    ("text", "cue", "source", "message"),
    [
        (
            "Die Lage bleibt angespannt, so der Sprecher weiter.",
            "so",
            "der Sprecher",
            "Die Lage bleibt angespannt",
        ),
        (
            "Die Preise wurden von der Opposition als überhöht bezeichnet.",
            "bezeichnet",
            "der Opposition",
            "Die Preise … als überhöht",
        ),
        (
            "In der Mitteilung des Verbandes heißt es, die Mitglieder seien empört.",
            "heißt",
            "der Mitteilung des Verbandes",
            "die Mitglieder seien empört",
        ),
        (
            "Nach ersten Informationen wurde niemand verletzt.",
            "Nach ersten Informationen",
            None,
            "wurde niemand verletzt",
        ),
    ],
)
def test_more_frames(
    nlp_de: Language, text: str, cue: str, source: str | None, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.cue is not None and c.cue.text == cue
    assert (c.source.text if c.source else None) == source
    assert c.message_text == message


def test_no_claim_from_non_speech(nlp_de: Language) -> None:
    for text in (
        "Die Angeklagten wurden zu langen Haftstrafen verurteilt.",
        "Wenn das Unternehmen Insolvenz anmeldet, droht ihm die Auflösung.",
        "Es soll die Piloten vor plötzlichen Böen warnen.",
        # "halten" and "verweisen" speak only with their preposition ("für", "auf")
        "In der linken Hand hielt der Mann eine Tasche mit Unterlagen.",
        "Der Rekord über 400 Meter wurde lange von ihr gehalten.",
        "Im Frühjahr hatte die Regierung zwei Diplomaten des Landes verwiesen.",
    ):
        assert [c.form for c in claims_of(nlp_de, text)] == ["unattributed"], text


def test_a_temporal_phrase_in_first_position_is_no_source(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "Vor drei Wochen kündigten die Stadtwerke in Kassel höhere Gaspreise an."
    )
    assert c.form == "reported"
    assert c.source is not None and c.source.text.startswith("die Stadtwerke")
    assert c.message_text == "höhere Gaspreise"
    # an adjective that is no participle opens a second noun phrase, not an attribute
    c = only_claim(nlp_de, "Vor drei Wochen stellten die Prüfer erhebliche Mängel fest.")
    assert (c.source and c.source.text, c.message_text) == ("die Prüfer", "erhebliche Mängel")


def test_halten_fuer_and_verweisen_auf_are_cues(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Der Verband hält die Pläne für unbezahlbar.")
    assert (c.source and c.source.text, c.cue and c.cue.text) == ("Der Verband", "hält")
    c = only_claim(nlp_de, "Die Ministerin verwies auf die hohen Kosten der Sanierung.")
    assert (c.source and c.source.text, c.cue and c.cue.text) == ("Die Ministerin", "verwies")


def test_a_fronted_object_is_the_message_and_the_subject_after_the_verb_the_source(
    nlp_de: Language,
) -> None:
    c = only_claim(nlp_de, "Den Vorwurf der Untätigkeit wies der Landrat am Dienstag zurück.")
    assert (c.source and c.source.text, c.message_text) == (
        "der Landrat",
        "Den Vorwurf der Untätigkeit",
    )
    assert c.modality == "denied"


def test_subject_with_a_relative_clause_before_the_speech_verb(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de,
        "Der 84-jährige Theologe, der als Kritiker der Kirchenleitung gilt, sagte, die Kirche"
        " müsse sich öffnen.",
    )
    assert c.source is not None and c.source.text == "Der 84-jährige Theologe"
    assert (c.cue and c.cue.text, c.message_text) == ("sagte", "die Kirche müsse sich öffnen")


def test_a_frame_noun_without_a_genitive_has_no_source(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "Bei dem Unfall sind laut den Angaben zwei deutsche Touristen ums Leben gekommen."
    )
    assert c.source is None
    assert "zwei deutsche Touristen" in c.message_text


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # a verb with its first part written apart, verb-final and as a participle
        ("Die Firma hatte bekannt gegeben, dass die Anlage schließt.", "Die Firma", "gegeben"),
        ("Wie die Bank bekannt gab, soll der Chef zurücktreten.", "die Bank", "gab"),
        # a frame noun with a possessive, and a compound frame noun in the dative plural
        ("Nach seinen Angaben enthielt der Koffer eine Bombe.", "seinen", "Nach seinen Angaben"),
        (
            "Neben dem Kandidaten wurden nach Medienberichten weitere Demonstranten festgenommen.",
            "Medienberichten",
            "nach Medienberichten",
        ),
        # a fronted prepositional phrase is no adverbial clause
        (
            "Seit dem 19. Juni ist die Hauptkamera ausgefallen, teilte das Institut mit.",
            "das Institut",
            "teilte",
        ),
        # a source the tagger does not call a noun
        (
            "Wie t-online.de berichtet, ist der Trailer veröffentlicht worden.",
            "t-online.de",
            "berichtet",
        ),
    ],
)
def test_more_frames_and_verbs_of_saying(
    nlp_de: Language, text: str, source: str, cue: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.source and c.source.text, c.cue and c.cue.text) == (source, cue)


def test_a_quoted_name_after_an_article_is_no_quotation(nlp_de: Language) -> None:
    claims = claims_of(nlp_de, "Wie die „Aktion Deutschland hilft“ mitteilte, laufe die Hilfe an.")
    assert all(c.form != "direct" for c in claims)


def test_free_indirect_speech_in_any_verbs_subjunctive(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Der Minister sagte, die Lage sei ernst. Die Armee verfüge über genug Reserven."
        " Die Truppen verändern ihre Stellungen.",
    )
    assert [(c.form, c.source and c.source.text) for c in claims] == [
        ("indirect", "Der Minister"),
        ("free_indirect", "Der Minister"),  # "verfüge": Konjunktiv I of any verb
        ("unattributed", None),  # "verändern": the indicative is the author's again
    ]


def test_reports_wonach_are_a_source_nested_in_the_denial(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Das Außenministerium wies Berichte zurück, wonach Inspektoren Zutritt zu zwei"
        " Anlagen verlangt hätten.",
    )
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("Das Außenministerium", "wies"),
        ("Berichte", "wonach"),
    ]
    outer, inner = claims
    assert inner.message_text == "Inspektoren Zutritt zu zwei Anlagen verlangt hätten"
    assert inner.message_text in outer.message_text  # nested in the denied message


@pytest.mark.parametrize(
    ("text", "cue", "source", "message"),
    [
        (  # a frame inside a relative clause attributes that clause
            "Der Umbau verzögerte sich wegen eines Gutachtens, das nach Angaben der "
            "Stadtverwaltung nicht rechtzeitig fertig wurde.",
            "nach Angaben",
            "der Stadtverwaltung",
            "das … nicht rechtzeitig fertig wurde",
        ),
        (  # in a clause of reason
            "Die Pendler, die lange gewartet hatten, kamen verspätet an, weil nach Angaben "
            "der Bahn ein Signal ausgefallen war.",
            "nach Angaben",
            "der Bahn",
            "weil … ein Signal ausgefallen war",
        ),
        (  # in a main clause after a comma
            "Die Schulen bleiben geschlossen, die Kindergärten werden laut dem Landrat am "
            "Montag wieder geöffnet.",
            "laut",
            "dem Landrat",
            "die Kindergärten werden … am Montag wieder geöffnet",
        ),
        (  # a relative clause on the frame's noun is not what it reports
            "Nach offiziellen Angaben, die sich nicht überprüfen lassen, starben bei dem "
            "Brand drei Menschen.",
            "Nach offiziellen Angaben",
            None,
            "starben bei dem Brand drei Menschen",
        ),
        (  # an adverbial clause before the main clause stays in the message
            "Wenn das Wetter hält, beginnt nach Angaben der Veranstalter das Rennen um zehn Uhr.",
            "nach Angaben",
            "der Veranstalter",
            "Wenn das Wetter hält, beginnt … das Rennen um zehn Uhr",
        ),
        (  # a frame in the clause of a verb that names no clause attributes the clause
            "Der Verband fürchtet laut seinem Sprecher einen Rückgang der Mitgliederzahlen.",
            "laut",
            "seinem Sprecher",
            "Der Verband fürchtet … einen Rückgang der Mitgliederzahlen",
        ),
    ],
)
def test_a_frame_attributes_its_own_clause(
    nlp_de: Language, text: str, cue: str, source: str | None, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.cue is not None and c.cue.text == cue
    assert (c.source.text if c.source else None) == source
    assert c.message_text == message


def test_a_frame_inside_a_reported_clause_stays_in_its_message(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "Der Minister erklärte, die Firma habe seiner Meinung nach zu spät reagiert."
    )
    assert c.cue is not None and c.cue.text == "erklärte"
    assert c.message_text == "die Firma habe seiner Meinung nach zu spät reagiert"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Anna Berger, eine Sprecherin der Stadtwerke teilte mit, dass die Leitung "
            "repariert sei.",
            "Anna Berger, eine Sprecherin der Stadtwerke",
            "dass die Leitung repariert sei",
        ),
        (
            "„Wir sind mit der Reparatur zufrieden“, sagte Anna Berger, die Sprecherin der "
            "Stadtwerke, am Montag.",
            "Anna Berger, die Sprecherin der Stadtwerke",
            "Wir sind mit der Reparatur zufrieden",
        ),
        (
            "Die Leitung sei repariert, sagte Anna Berger, Sprecherin der Stadtwerke.",
            "Anna Berger, Sprecherin der Stadtwerke",
            "Die Leitung sei repariert",
        ),
        (  # the apposition leaves the frame's message
            "Nach Angaben von Anna Berger, der Sprecherin der Stadtwerke, ist die Leitung "
            "repariert.",
            "Anna Berger, der Sprecherin der Stadtwerke",
            "ist die Leitung repariert",
        ),
        (  # a clause after the source is no apposition
            "Der Bürgermeister sagte am Montag, Schulen und Kindergärten blieben geschlossen.",
            "Der Bürgermeister",
            "Schulen und Kindergärten blieben geschlossen",
        ),
    ],
)
def test_a_source_takes_its_apposition(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.source is not None and c.source.text == source
    assert c.message_text == message


def test_konjunktiv_ii_continues_a_report(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Der Verband erklärte, die Ernte sei schlecht ausgefallen. Viele Betriebe würden "
        "deshalb Hilfe beantragen.",
    )
    assert [c.form for c in claims] == ["indirect", "free_indirect"]
    assert claims[1].source is not None and claims[1].source.text == "Der Verband"


def test_konjunktiv_ii_alone_is_the_authors(nlp_de: Language) -> None:
    """Konjunktiv II is also the author's conditional: after an indicative sentence it
    continues no report."""
    claims = claims_of(
        nlp_de,
        "Der Verband erklärte, die Ernte sei schlecht ausgefallen. Die Preise stiegen im "
        "Herbst. Ein Ausgleich würde den Betrieben helfen.",
    )
    assert [c.form for c in claims] == ["indirect", "unattributed", "unattributed"]


def test_konjunktiv_i_continues_a_report_over_an_indicative_sentence(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Die Wahlkommission teilte mit, die Wahl werde verschoben. Sie legte den Termin auf "
        "den Herbst fest. Mögliche Termine seien der 24. September und der 8. Oktober.",
    )
    assert [c.form for c in claims] == ["indirect", "unattributed", "free_indirect"]
    assert claims[2].source is not None and claims[2].source.text == "Die Wahlkommission"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Der Trainer nannte die Absage einen „Vertrauensbruch“.", "Vertrauensbruch"),
        (
            "Die Ministerin bezeichnete den Fund als „unerwartetes Geschenk“.",
            "unerwartetes Geschenk",
        ),
    ],
)
def test_a_quoted_name_is_the_speakers_words(nlp_de: Language, text: str, message: str) -> None:
    c = only_claim(nlp_de, text)
    assert (c.form, c.message_text) == ("direct", message)
    assert c.cue is not None and c.cue.text in {"nannte", "bezeichnete"}


def test_naming_without_quotation_marks_stays_reported(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Der Trainer nannte die Absage einen schweren Fehler.")
    assert c.form == "reported"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (  # the subject of a passive cue is spoken of
            "Der Mann wird beschuldigt, Geld unterschlagen zu haben.",
            None,
            "Geld unterschlagen zu haben",
        ),
        (
            "Die Regierung wurde von der Opposition aufgefordert, den Haushalt vorzulegen.",
            "der Opposition",
            "den Haushalt vorzulegen",
        ),
        ("Weiter hieß es, die Lage sei ernst.", None, "die Lage sei ernst"),  # no one named
    ],
)
def test_no_speaker_from_a_passive_or_impersonal_subject(
    nlp_de: Language, text: str, source: str | None, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.source.text if c.source else None) == source
    assert c.message_text == message


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Die Strompreise würden weiter steigen, so schätzt der Verband der Stadtwerke.",
            "der Verband der Stadtwerke",
            ["Die Strompreise würden weiter steigen"],
        ),
        (
            "Die Zahlen seien geschönt, so schreiben die Gutachter, die der Verband beauftragt hatte.",
            "die Gutachter",
            ["Die Zahlen seien geschönt"],
        ),
        (
            "Die Verhandlungen, so betont auch die Polizeigewerkschaft, seien gescheitert.",
            "die Polizeigewerkschaft",
            ["Die Verhandlungen", "seien gescheitert"],
        ),
    ],
)
def test_so_with_a_verb_of_saying_frames_the_clause(
    nlp_de: Language, text: str, source: str, message: list[str]
) -> None:
    # a paragraph break after the sentence must not hide the frame's end
    c = only_claim(nlp_de, text + "\n\n")
    assert c.form == "indirect"
    assert c.source is not None and c.source.text == source
    assert c.cue is not None and c.cue.text.startswith("so ")
    assert [s.text for s in c.message] == message


def test_so_frame_before_a_paragraph_break(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Die Brücke bleibt gesperrt, so die Sprecherin der Stadt.\n\n")
    assert c.source is not None and c.source.text == "die Sprecherin der Stadt"
    assert c.message_text == "Die Brücke bleibt gesperrt"


def test_so_with_an_object_is_no_frame(nlp_de: Language) -> None:
    claims = claims_of(nlp_de, "Es war ein Fehler, so schätzen die Forscher die Lage heute ein.")
    assert all(c.cue is None or not c.cue.text.startswith("so ") for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Der Innenminister   sagte am Montag, die Lage an der Grenze sei weiterhin angespannt.",
        "Die Lage an der Grenze sei weiterhin angespannt,  sagte der Innenminister am Montag.",
        "Die Leitung werde bis Freitag repariert, so  Anna Berg, die Sprecherin der Werke.",
    ],
)
def test_runs_of_spaces_inside_a_line_change_no_claim(nlp_de: Language, text: str) -> None:
    spaced = only_claim(nlp_de, text)
    plain = only_claim(nlp_de, " ".join(text.split()))
    assert spaced.source is not None and plain.source is not None
    assert " ".join(spaced.source.text.split()) == plain.source.text
    assert spaced.source.text == spaced.source.text.strip()
    assert (spaced.form, spaced.cue and spaced.cue.text) == (
        plain.form,
        plain.cue and plain.cue.text,
    )
    assert " ".join(spaced.message_text.split()) == plain.message_text


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Auf dem Parteitag sagte die Vorsitzende, dass sie „eine offene Partei für alle "
            "Generationen“ aufbauen wolle.",
            "die Vorsitzende",
            "dass sie „eine offene Partei für alle Generationen“ aufbauen wolle",
        ),
        (
            "Der Bürgermeister erklärte, ihm lägen „bis heute keine belastbaren Zahlen vor, "
            "die den Neubau rechtfertigen“.",
            "Der Bürgermeister",
            "ihm lägen „bis heute keine belastbaren Zahlen vor, die den Neubau rechtfertigen",
        ),
        (
            "Wie die Richterin Eva Lang ausführte, habe der Angeklagte „aus reiner Gier und "
            "ohne jede Reue“ gehandelt.",
            "die Richterin Eva Lang",
            "habe der Angeklagte „aus reiner Gier und ohne jede Reue“ gehandelt",
        ),
    ],
)
def test_a_quotation_inside_a_reported_clause_keeps_the_clause_claim(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    # the quotation has no frame of its own; it is the speaker's words inside the clause
    c = only_claim(nlp_de, text)
    assert c.form == "indirect"
    assert c.source is not None and c.source.text == source
    assert " … ".join(s.text for s in c.message) == message


def test_a_framed_quotation_keeps_its_own_claim(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Die Trainerin sagte: „Wir haben heute als Mannschaft verloren.“")
    assert (c.form, c.source and c.source.text) == ("direct", "Die Trainerin")
    assert c.message_text == "Wir haben heute als Mannschaft verloren"


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke bleibt bis Mai gesperrt, teilte der Leiter des Bauamts, Jonas Ekberg, mit.",
        "Die Brücke bleibt bis Mai gesperrt, sagte der Leiter des Bauamts, Jonas Ekberg.",
    ],
)
def test_a_paragraph_break_after_the_sentence_changes_no_claim(nlp_de: Language, text: str) -> None:
    # a rule asking whether only the stop follows must read past the line break too
    plain = only_claim(nlp_de, text)
    broken = only_claim(nlp_de, text + "\n\n")
    assert (broken.form, broken.source and broken.source.text, broken.message_text) == (
        plain.form,
        plain.source and plain.source.text,
        plain.message_text,
    )
    assert plain.form == "indirect"
    assert plain.source is not None and plain.source.text.endswith("Jonas Ekberg")


def test_a_comparing_wie_opens_no_wie_frame(nlp_de: Language) -> None:
    # "Gründe wie die Lage ... genannt": the phrase after "wie" is compared, not a speaker
    claims = claims_of(
        nlp_de,
        "Als Ursachen wurden hohe Kosten und Gründe wie die unsichere Lage am Markt genannt.",
    )
    assert all(c.source is None or "Lage" not in c.source.text for c in claims)


def test_a_wie_clause_after_und_is_still_a_frame(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Die Zahl der Verletzten stieg auf zwölf, und wie die Polizei mitteilte, sind drei "
        "Kinder darunter.",
    )
    assert any(c.source is not None and c.source.text == "die Polizei" for c in claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jan Ott, der Chef der Werft, kündigte einen neuen Frachter an.",
            "Jan Ott, der Chef der Werft",
        ),
        (
            "Die Ministerin, eine Juristin, kritisierte den Entwurf scharf.",
            "Die Ministerin, eine Juristin",
        ),
    ],
)
def test_a_phrase_with_an_oblique_article_after_the_verb_is_no_subject(
    nlp_de: Language, text: str, source: str
) -> None:
    # "einen", "den", "dem" never open a subject: the first position is the speaker
    c = only_claim(nlp_de, text)
    assert c.form == "reported"
    assert c.source is not None and c.source.text == source


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Als „unerwartetes Geschenk“ bezeichnet die Archäologin Eva Lang den Fund.",
            "die Archäologin Eva Lang",
            "unerwartetes Geschenk",
        ),
        (
            "Als „völlig überzogen“ wies der Verband die Forderung zurück.",
            "der Verband",
            "völlig überzogen",
        ),
    ],
)
def test_a_quotation_fronted_with_als_is_a_direct_claim(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.form == "direct"
    assert c.source is not None and c.source.text == source
    assert c.message_text == message


def test_a_relative_clause_on_the_object_is_no_reported_clause(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "Die Ministerin kündigte ein Gesetz an, das im Mai in Kraft treten soll."
    )
    assert c.form == "reported"
    assert c.source is not None and c.source.text == "Die Ministerin"
    assert c.message_text.startswith("ein Gesetz")


def test_an_article_tagged_as_relative_pronoun_still_opens_the_clause(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de, "Der Sprecher erklärte, der in der Nacht ausgebrochene Brand sei gelöscht."
    )
    assert c.form == "indirect"
    assert c.message_text == "der in der Nacht ausgebrochene Brand sei gelöscht"


@pytest.mark.parametrize(
    "second",
    [
        "Die Stadt erhöhte daraufhin die Zahl der Streifen.",
        "Die Polizei führte am Abend weitere Kontrollen durch.",
        "Der Verband äußerte sich dazu nicht.",
    ],
)
def test_the_past_of_a_verb_with_an_umlaut_continues_no_report(
    nlp_de: Language, second: str
) -> None:
    # "erhöhte", "führte", "äußerte" are indicative; only a modal's "könnte" is Konjunktiv II
    claims = claims_of(nlp_de, "Der Sprecher sagte, die Lage sei ruhig. " + second)
    assert [c.form for c in claims] == ["indirect", "unattributed"]


def test_a_modal_konjunktiv_ii_still_continues_a_report(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de, "Der Sprecher sagte, die Lage sei ruhig. Die Sperre könnte bald enden."
    )
    assert [c.form for c in claims] == ["indirect", "free_indirect"]
    assert claims[1].source is not None and claims[1].source.text == "Der Sprecher"


def test_a_speaker_without_a_message_is_the_source_of_the_subjunctive_after_it(
    nlp_de: Language,
) -> None:
    claims = claims_of(
        nlp_de,
        "Die Gewerkschaft sagte, die Löhne seien zu niedrig. Der Minister äußerte sich am "
        "Abend. Man werde den Vorschlag prüfen.",
    )
    last = claims[-1]
    assert last.form == "free_indirect"
    assert last.source is not None and last.source.text == "Der Minister"


def test_a_sentence_without_a_verb_of_saying_passes_the_report_on(nlp_de: Language) -> None:
    # an indicative sentence between them with no speaker: Konjunktiv I goes on as before
    claims = claims_of(
        nlp_de,
        "Die Gewerkschaft sagte, die Löhne seien zu niedrig. Der Minister reiste am Abend "
        "ab. Man werde den Vorschlag prüfen.",
    )
    last = claims[-1]
    assert last.form == "free_indirect"
    assert last.source is not None and last.source.text == "Die Gewerkschaft"


def test_a_clause_joined_with_und_has_its_own_subject(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Die Polizei übergab die Akten und das Gericht seinerseits versprach, den Fall "
        "rasch zu prüfen.",
    )
    said = [c for c in claims if c.cue is not None and c.cue.text == "versprach"]
    assert len(said) == 1
    assert said[0].source is not None and said[0].source.text == "das Gericht"


def test_a_verb_joined_with_und_shares_the_first_subject(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de, "Die Ministerin dankte den Helfern und sagte, die Lage sei unter Kontrolle."
    )
    said = [c for c in claims if c.cue is not None and c.cue.text == "sagte"]
    assert len(said) == 1
    assert said[0].source is not None and said[0].source.text == "Die Ministerin"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Der Sender berichtet in seiner Ausgabe von neuen Funden.",
            "Der Sender",
            "von neuen Funden",
        ),
        (
            "Die Europäische Union hat die Regierung erneut zur Zusammenarbeit aufgefordert.",
            "Die Europäische Union",
            "die Regierung erneut zur Zusammenarbeit",
        ),
    ],
)
def test_reported_content_past_an_adverbial(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    # an adverbial phrase or adverb between the verb and what was said is skipped
    c = only_claim(nlp_de, text)
    assert c.form == "reported"
    assert c.source is not None and c.source.text == source
    assert c.message_text == message


def test_the_cues_own_preposition_is_not_skipped_as_an_adverbial(nlp_de: Language) -> None:
    c = only_claim(
        nlp_de,
        "Auch die Gewerkschaft und ihre Mitglieder haben von der Schließung mehrerer Filialen "
        "in kleinen Orten berichtet.",
    )
    assert c.form == "reported"
    assert c.message_text == "von der Schließung mehrerer Filialen in kleinen Orten"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Die Partei hat sich gestern für ein Tempolimit ausgesprochen.",
            "Die Partei",
            "für ein Tempolimit",
        ),
        (
            "Die Ministerin sprach sich gegen die Anwendung von Gewalt aus.",
            "Die Ministerin",
            "gegen die Anwendung von Gewalt",
        ),
    ],
)
def test_a_position_stated_with_sich_aussprechen(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    # "aussprechen" is its own cue: "von Gewalt" is not what "sprechen von" says
    c = only_claim(nlp_de, text)
    assert c.form == "reported"
    assert c.source is not None and c.source.text == source
    assert c.message_text == message


def test_aussprechen_without_a_reflexive_states_no_position(nlp_de: Language) -> None:
    text = "Die Kandidaten können ihren Wählern Empfehlungen für den zweiten Wahlgang aussprechen."
    assert [c for c in claims_of(nlp_de, text) if c.form != "unattributed"] == []


def test_a_clause_after_a_joined_verb_is_that_verbs(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Der Verband hat sich gegen den Plan ausgesprochen und behauptet, die Kosten seien "
        "zu hoch.",
    )
    said = {c.cue.text: c.message_text for c in claims if c.cue is not None}
    assert said == {"ausgesprochen": "gegen den Plan", "behauptet": "die Kosten seien zu hoch"}


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Die Gewerkschaft wertet die Einigung mit dem Vorstand als Erfolg.",
            "Die Gewerkschaft",
            "die Einigung mit dem Vorstand als Erfolg",
        ),
        (
            "Der Rat stufte das Gesetz als verfassungswidrig ein.",
            "Der Rat",
            "das Gesetz als verfassungswidrig",
        ),
        (
            "Die Gefahr von Bränden wird vom Wetterdienst als sehr hoch eingestuft.",
            "Wetterdienst",
            "Die Gefahr von Bränden … als sehr hoch",
        ),
        (
            "Die Opposition kritisierte den Haushalt als zu teuer.",
            "Die Opposition",
            "den Haushalt als zu teuer",
        ),
        (
            "Der Verband bezeichnete die Novelle als zu spät und unzureichend.",
            "Der Verband",
            "die Novelle als zu spät und unzureichend",
        ),
    ],
)
def test_a_judgement_with_als(nlp_de: Language, text: str, source: str, message: str) -> None:
    # "werten/einstufen als": the judge is the subject or the passive's "von"/"vom" phrase
    c = only_claim(nlp_de, text)
    assert c.form == "reported"
    assert c.source is not None and c.source.text == source
    assert c.message_text == message


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma wertet die Daten der Messstationen aus.",
        "Der Einstieg des Investors sei als Beleg für diese These zu bewerten.",
        "Es ist davon auszugehen, dass die Preise weiter steigen.",
    ],
)
def test_no_judge_no_claim(nlp_de: Language, text: str) -> None:
    # no "als", or "ist ... zu werten" / "ist davon auszugehen": no one named says it
    assert [c for c in claims_of(nlp_de, text) if c.source is not None] == []


def test_a_main_clause_after_und_is_no_reported_clause(nlp_de: Language) -> None:
    claims = claims_of(
        nlp_de,
        "Der Rat stufte das Gesetz als verfassungswidrig ein, und das Hilfswerk rief die "
        "Regierung auf, das Verbot nicht durchzusetzen.",
    )
    said = {c.cue.text: c.message_text for c in claims if c.cue is not None}
    assert said == {
        "stufte": "das Gesetz als verfassungswidrig",
        "rief": "das Verbot nicht durchzusetzen",
    }


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # where an agentless report comes from, in first position or as the text it stands in
        ("Aus Regierungskreisen verlautete, der Plan sei gescheitert.", "Regierungskreisen", "verlautete"),
        ("Aus Brüssel hieß es, die Gespräche gingen weiter.", "Brüssel", "hieß"),
        ("In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt hat.",
         "einem Bericht der Zeitung", "vermutet"),
        ("So wird in einer Mitteilung des Vereins gefordert, dass die Stadt handeln müsse.",
         "einer Mitteilung des Vereins", "gefordert"),
        ("Von Seiten der Delegation war den Gastgebern vorgeworfen worden, das Papier verwässert "
         "zu haben.", "der Delegation", "vorgeworfen"),
        # a place is no origin, nor the one asked, nor the subject of a passive perfect
        ("In Berlin wurde gefordert, dass die Stadt handeln müsse.", None, "gefordert"),
        ("Von den Abgeordneten wurde verlangt, dass sie ihre Einkünfte offenlegen.", None,
         "verlangt"),
        ("Der Minister war beschuldigt worden, Geld genommen zu haben.", None, "beschuldigt"),
    ],
)  # fmt: skip
def test_agentless_reports_name_their_origin(
    nlp_de: Language, text: str, source: str | None, cue: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.source and c.source.text, c.cue and c.cue.text) == (source, cue)


def test_a_passive_agent_is_no_measure_nor_the_cue_s_own_phrase(nlp_de: Language) -> None:
    summaries = [
        (c.source and c.source.text, c.cue and c.cue.text)
        for text in (
            "Der Kläger war vom Landgericht zu einer Strafe von 900 Euro verurteilt worden.",
            "Es wurde eine Ablösesumme von zehn Millionen Euro genannt.",
            "In mehreren Zeitungen war von dem Rücktritt berichtet worden.",
            "Die Forderung wurde von zwei Verbänden begrüßt.",
        )
        for c in claims_of(nlp_de, text)
        if c.form != "unattributed"
    ]
    assert summaries == [
        ("Landgericht", "verurteilt"),
        (None, "genannt"),
        (None, "berichtet"),
        ("zwei Verbänden", "begrüßt"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a paper named by its title in quotation marks
        ("Laut „Morgenpost“ soll der Hafen im Mai öffnen.", "„Morgenpost“",
         "soll der Hafen im Mai öffnen"),
        ("Die Preise sind laut „boerse.de“ stark gefallen.", "„boerse.de“",
         "Die Preise sind … stark gefallen"),
        # a name in the genitive before the frame noun is the source
        ("Nach Merkels Worten ist der Plan gescheitert.", "Merkels", "ist der Plan gescheitert"),
        # a one-word part after the frame stays in the message
        ("Die Zahl der Gäste ist nach Angaben der Messe gestiegen.", "der Messe",
         "Die Zahl der Gäste ist … gestiegen"),
        # a genitive source ends before the next article: no participle phrase runs over it
        ("Thema sollen nach Angaben des Senders die Jahre des Dichters während des Ersten "
         "Weltkrieges sein.", "des Senders",
         "Thema sollen … die Jahre des Dichters während des Ersten Weltkrieges sein"),
    ],
)  # fmt: skip
def test_frame_sources_and_their_clause(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.source and c.source.text, c.message_text) == (source, message)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an institution named with an article keeps its seat
        ("Wie die Telekom in Bonn mitteilte, bleibt das Netz gestört.", "die Telekom in Bonn"),
        ("Am Montag teilte ein Sprecher der BVG in Berlin mit, dass die Strecke frei sei.",
         "ein Sprecher der BVG in Berlin"),
        # a person named without one is only there; a text is no seat
        ("Regierungssprecherin Anna Berg sagte in Berlin, die Lage sei ernst.",
         "Regierungssprecherin Anna Berg"),
        ("Die Lage sei ernst, sagte Ministerin Berg in Berlin.", "Ministerin Berg"),
    ],
)  # fmt: skip
def test_a_place_after_an_institution_is_its_seat(nlp_de: Language, text: str, source: str) -> None:
    c = only_claim(nlp_de, text)
    assert c.source is not None and c.source.text == source


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        # "sehen" is a view with "in" or "als", perception without
        ("Die Verbände sehen darin eine große Gefahr für die Umwelt.", True),
        ("Das Gericht sah es als erwiesen an, dass der Mann allein handelte.", True),
        ("Zwei Zeugen sahen den Täter gegen Mitternacht.", False),
        ("Rund 30.000 Zuschauer sahen das Spiel.", False),
        # the "in" of a view stands before its object, in the verb's own clause
        ("Die Gewerkschaft sieht in dem neuen Tarifvertrag nun einen Erfolg.", True),
        ("In der Reform sieht die Ministerin einen ersten Schritt.", True),
        ("In dem Urteil des obersten Gerichts sieht der Verband eine Bestätigung.", True),
        ("Eine Nachbarin sah einen Mann in einem grauen Lieferwagen.", False),
        ("Die Polizei sah den Fahrer in der Nähe des Bahnhofs.", False),
        ("Mehrere Passanten sahen den Mann, der in ein wartendes Taxi stieg.", False),
    ],
)
def test_sehen_is_a_view_not_a_perception(nlp_de: Language, text: str, claimed: bool) -> None:
    assert bool(claims_of(nlp_de, text)[0].cue) is claimed


def test_a_consequence_with_so_dass_is_not_what_was_said(nlp_de: Language) -> None:
    said = [
        c.message_text
        for text in (
            "Die Gewerkschaft hatte lange gewarnt, so dass niemand überrascht war.",
            "Der Plan wurde von der Opposition heftig kritisiert, so dass die Regierung ihn "
            "zurückzog.",
        )
        for c in claims_of(nlp_de, text)
        if c.cue is not None
    ]
    assert not any(m.startswith("so dass") for m in said), said


@pytest.mark.parametrize(
    ("text", "source", "cue", "message"),
    [
        (
            "Die Stadtwerke wollten den Bericht über die Preise nicht kommentieren.",
            "Die Stadtwerke",
            "nicht kommentieren",
            "den Bericht über die Preise",
        ),
        (
            "Die Reederei hat die Zahl der Passagiere weder bestätigt noch dementiert.",
            "Die Reederei",
            "weder bestätigt noch dementiert",
            "die Zahl der Passagiere",
        ),
        (
            "Meldungen, wonach die Fähre gesunken sei, wurden von der Küstenwache weder "
            "bestätigt noch dementiert.",
            "der Küstenwache",
            "weder bestätigt noch dementiert",
            "Meldungen, wonach die Fähre gesunken sei",
        ),
        (
            "Der Verband bestätigte die Zahl der Ausfälle nicht.",
            "Der Verband",
            "bestätigte",
            "die Zahl der Ausfälle",
        ),
    ],
)
def test_a_refusal_or_non_confirmation_leaves_the_message_open(
    nlp_de: Language, text: str, source: str, cue: str, message: str
) -> None:
    # DESIGN: "weder bestätigt noch dementiert" is unconfirmed; the negation is the cue's
    claims = [c for c in claims_of(nlp_de, text) if c.cue is not None and c.cue.text == cue]
    assert len(claims) == 1, [
        (c.cue and c.cue.text, c.message_text) for c in claims_of(nlp_de, text)
    ]
    claim = claims[0]
    assert (claim.source and claim.source.text, claim.message_text) == (source, message)
    assert (claim.form, claim.modality) == ("reported", "unconfirmed")


def test_a_negated_verb_of_praise_keeps_its_modality(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Die Ministerin hat den Entwurf nicht gelobt.")
    assert (c.cue and c.cue.text, c.message_text) == ("nicht gelobt", "den Entwurf")


@pytest.mark.parametrize(
    ("text", "message", "source"),
    [
        # "das"/"dies" opening a main clause after a main clause stands for it
        (
            "Die Fähre fährt erst ab Juni wieder, das teilte die Reederei am Freitag mit.",
            "Die Fähre fährt erst ab Juni wieder",
            "die Reederei",
        ),
        (
            "Der Markt hat seinen Höhepunkt überschritten – das glaubt zumindest der Verband.",
            "Der Markt hat seinen Höhepunkt überschritten",
            "der Verband",
        ),
        (
            "Die Schule bleibt geschlossen, dies hat das Landratsamt am Abend bestätigt.",
            "Die Schule bleibt geschlossen",
            "das Landratsamt",
        ),
    ],
)
def test_das_after_a_main_clause_reports_that_clause(
    nlp_de: Language, text: str, message: str, source: str
) -> None:
    claim = only_claim(nlp_de, text)
    assert (claim.message_text, claim.source and claim.source.text) == (message, source)


def test_a_relative_das_before_a_cue_reports_nothing_before_it(nlp_de: Language) -> None:
    said = [c.message_text for c in claims_of(nlp_de, "Das Kind, das sagte, es sei müde, schlief.")]
    assert "Das Kind" not in said, said


def test_a_quotation_with_its_own_frame_is_no_second_half_of_the_one_before(
    nlp_de: Language,
) -> None:
    text = (
        "„Die Brücke bleibt bis Mai zu“, sagte die Bürgermeisterin. „Das ist zu lang“, "
        "entgegnete der Ortsvorsteher."
    )
    said = [(c.source and c.source.text, c.message_text) for c in claims_of(nlp_de, text)]
    assert said == [
        ("die Bürgermeisterin", "Die Brücke bleibt bis Mai zu"),
        ("der Ortsvorsteher", "Das ist zu lang"),
    ]
    # without a frame of its own, the quotation after the frame is still the first's
    text = "„Die Brücke bleibt bis Mai zu“, sagte sie. „Vorher geht es nicht.“"
    assert [c.message_text for c in claims_of(nlp_de, text)] == [
        "Die Brücke bleibt bis Mai zu … Vorher geht es nicht"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Die Mieten dürften weiter steigen, warnte die Landesbank in ihrem Quartalsbericht.",
            "die Landesbank",
        ),
        (
            "Die Zahl der Einsätze sinke, schrieb die Feuerwehr in einer Mitteilung.",
            "die Feuerwehr",
        ),
        # a seat stays
        (
            "Die Lage sei ruhig, sagte ein Sprecher der Stadtwerke in Kiel.",
            "ein Sprecher der Stadtwerke in Kiel",
        ),
    ],
)
def test_the_text_a_source_speaks_in_is_no_part_of_it(
    nlp_de: Language, text: str, source: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.source is not None and c.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ingenieure der Gesellschaft für Luft- und Raumfahrt, die das Wrack prüften, gehen "
            "von einem Materialfehler aus.",
            "Ingenieure der Gesellschaft für Luft- und Raumfahrt",
        ),
        (
            "Die Industrie- und Handelskammer teilte mit, die Zahl der Lehrstellen sei gesunken.",
            "Die Industrie- und Handelskammer",
        ),
    ],
)
def test_a_truncated_noun_and_its_conjunction_stay_in_the_phrase(
    nlp_de: Language, text: str, source: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.source is not None and c.source.text == source


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a pronoun only a subject takes follows the verb: the first position is the object
        ("Den Neubau nannte er überflüssig.", "er", "Den Neubau"),
        ("Die Entscheidung begrüßte er ausdrücklich.", "er", "Die Entscheidung"),
        # an apposition runs the first position up to the verb; "die Pläne" may be the object
        (
            "Die größte Oppositionspartei, die Grünen, bezeichnete die Pläne als verfehlt.",
            "Die größte Oppositionspartei, die Grünen",
            "die Pläne als verfehlt",
        ),
    ],
)
def test_the_subject_of_a_reported_verb_by_case(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.source and c.source.text, c.message_text) == (source, message)


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "Die Sprecherin des Vereins, Eva Berg, dankte den Spendern und fügte hinzu, das "
            "Heim werde im Mai eröffnet.",
            "Die Sprecherin des Vereins, Eva Berg",
            "das Heim werde im Mai eröffnet",
        ),
        (
            "Die Feuerwehr löschte den Brand und teilte mit, niemand sei verletzt worden.",
            "Die Feuerwehr",
            "niemand sei verletzt worden",
        ),
    ],
)
def test_a_verb_conjoined_without_a_subject_shares_the_first_clauses(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.source and c.source.text, c.message_text) == (source, message)


def test_a_conjoined_verb_after_a_reported_clause_takes_no_subject_from_it(
    nlp_de: Language,
) -> None:
    text = "Der Trainer sagte, die Mannschaft sei müde, und verlangte, dass sie sich erhole."
    sources = [c.source and c.source.text for c in claims_of(nlp_de, text)]
    assert "die Mannschaft" not in sources, sources


def test_a_participle_tagged_finite_takes_the_auxiliary_of_its_clause(nlp_de: Language) -> None:
    # "betont" is tagged as a finite verb; "hatte" is the clause's finite verb
    c = only_claim(
        nlp_de, "Zuvor hatte das Komitee der Messe betont, dass die Tickets personalisiert seien."
    )
    assert (c.source and c.source.text, c.message_text) == (
        "das Komitee der Messe",
        "dass die Tickets personalisiert seien",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Am Abend äußerte sich der Sprecher des Vereins, die Feier sei gelungen.",
         "der Sprecher des Vereins"),
        ("Zufrieden zeigte sich die Trainerin: „Wir haben gut verteidigt.“", "die Trainerin"),
    ],
)  # fmt: skip
def test_the_subject_after_a_reflexive_speaks_a_clause_or_quotation(
    nlp_de: Language, text: str, source: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.source is not None and c.source.text == source


def test_a_reflexive_stance_without_a_clause_stays_unattributed(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Überraschend sprach sich der Abgeordnete für den Einsatz aus.")
    assert c.form == "unattributed"


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("Nach ersten Hochrechnungen liegt die Partei knapp vorn.", "Nach ersten Hochrechnungen",
         "liegt die Partei knapp vorn"),
        ("Nach bisherigem Erkenntnisstand war der Fahrer allein im Wagen.",
         "Nach bisherigem Erkenntnisstand", "war der Fahrer allein im Wagen"),
        ("Nach der Wettervorhersage wird es am Wochenende kälter.", "Nach der Wettervorhersage",
         "wird es am Wochenende kälter"),
    ],
)  # fmt: skip
def test_nouns_whose_nach_means_according_to_are_frames(
    nlp_de: Language, text: str, cue: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.form, c.cue and c.cue.text, c.message_text) == ("indirect", cue, message)


def test_nach_eigenem_bekunden_names_the_clauses_subject(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Die Trainerin war nach eigenem Bekunden vom Ergebnis überrascht.")
    assert c.source is not None and c.source.text == "Die Trainerin"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("Die Entscheidung sei, so die Sprecherin, endgültig.", "die Sprecherin",
         "Die Entscheidung sei … endgültig"),
        ("Trotzdem, so der Kämmerer, müsse die Stadt sparen.", "der Kämmerer",
         "Trotzdem … müsse die Stadt sparen"),
        ("Die Firma habe zu spät gewarnt – so der Vorwurf –, deshalb müsse sie zahlen.",
         "der Vorwurf", "Die Firma habe zu spät gewarnt … deshalb müsse sie zahlen"),
    ],
)  # fmt: skip
def test_an_inserted_so_frame_attributes_the_clause_around_it(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.cue and c.cue.text, c.source and c.source.text, c.message_text) == (
        "so",
        source,
        message,
    )


def test_so_auch_lists_and_frames_nothing(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Viele Gäste gratulierten, so auch der Bürgermeister, der Siegerin.")
    assert c.form == "unattributed"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("Die Landrätin: „Wir öffnen die Turnhalle für alle.“", "Die Landrätin",
         "Wir öffnen die Turnhalle für alle"),
        ("Ein Sprecher der Bergwacht nach der Rettung: „Die Frau hatte großes Glück.“",
         "Ein Sprecher der Bergwacht", "Die Frau hatte großes Glück"),
    ],
)  # fmt: skip
def test_a_speaker_before_a_colon_without_a_verb_frames_the_quotation(
    nlp_de: Language, text: str, source: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.form, c.cue, c.source and c.source.text, c.message_text) == (
        "direct",
        None,
        source,
        message,
    )


def test_a_clause_before_a_colon_names_no_speaker(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Folgende Punkte wurden vereinbart: „Keine Streiks bis Mai.“")
    assert c.source is None


def test_a_lone_quotation_after_a_sourced_claim_carries_its_source_on(nlp_de: Language) -> None:
    text = (
        "Die Bürgermeisterin kündigte an, das Freibad zu sanieren. „Der Sprungturm ist "
        "einfach zu alt. Er muss weg.“ Der Stadtrat stimmt im Mai ab."
    )
    said = [(c.form, c.source and c.source.text, c.message_text) for c in claims_of(nlp_de, text)]
    assert said[:2] == [
        ("indirect", "Die Bürgermeisterin", "das Freibad zu sanieren"),
        ("direct", "Die Bürgermeisterin", "Der Sprungturm ist einfach zu alt. Er muss weg"),
    ]
    assert said[2][0] == "unattributed"


def test_a_quotation_with_words_after_it_is_no_lone_quotation(nlp_de: Language) -> None:
    text = "Der Trainer lobte das Team. „Großartig“ fanden auch die Fans das Spiel."
    assert all(c.rule != "quote.continued" for c in claims_of(nlp_de, text))


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("Die Feuerwehr sprach von einer „dramatischen Nacht“.", "sprach",
         "dramatischen Nacht"),
        ("Die Ärztin warnte vor einer „trügerischen Ruhe“.", "warnte", "trügerischen Ruhe"),
    ],
)  # fmt: skip
def test_a_quotation_closing_a_reported_content_is_direct(
    nlp_de: Language, text: str, cue: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.form, c.cue and c.cue.text, c.message_text) == ("direct", cue, message)


def test_a_quoted_name_after_a_noun_leaves_the_claim_reported(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Das Amt warnt vor der Pille „Slim Fast“.")
    assert c.form == "reported"


def test_a_few_words_without_a_verb_are_a_quotation_before_their_frame(
    nlp_de: Language,
) -> None:
    c = only_claim(nlp_de, "„Ein verdienter Sieg“, sagte die Trainerin nach dem Spiel.")
    assert (c.form, c.source and c.source.text, c.message_text) == (
        "direct",
        "die Trainerin",
        "Ein verdienter Sieg",
    )


def test_an_adverb_after_the_speaker_before_a_colon(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Die Senatorin wörtlich: „Wir lassen niemanden im Stich.“")
    assert (c.source and c.source.text, c.message_text) == (
        "Die Senatorin",
        "Wir lassen niemanden im Stich",
    )


def test_a_main_clause_with_a_cue_of_its_own_is_no_reported_clause(nlp_de: Language) -> None:
    text = "Das Konzept wird vom Land begrüßt, die Kommunen bezweifeln aber, dass es reicht."
    said = [c.message_text for c in claims_of(nlp_de, text)]
    assert "dass es reicht" in said, said
    assert all("bezweifeln" not in message for message in said), said


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # no object before the comma: the clause after it is what was said
        ("Die Polizei teilte am Abend mit, Anwohner berichten von einem Knall.",
         "Anwohner berichten von einem Knall"),
        # a subjunctive verb of saying is reported
        ("Die Partei lobte den Entwurf, sie glaube an eine Einigung.",
         "sie glaube an eine Einigung"),
    ],
)  # fmt: skip
def test_a_clause_after_the_cue_stays_reported(nlp_de: Language, text: str, message: str) -> None:
    assert message in [c.message_text for c in claims_of(nlp_de, text)]


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("Die Kammer stellte im Urteil klar, dass die Frist abgelaufen sei.", "stellte",
         "dass die Frist abgelaufen sei"),
        ("Die Ministerin machte deutlich, dass sie bleiben werde.", "machte",
         "dass sie bleiben werde"),
    ],
)  # fmt: skip
def test_a_cue_written_apart_with_its_word_before_the_comma(
    nlp_de: Language, text: str, cue: str, message: str
) -> None:
    c = only_claim(nlp_de, text)
    assert (c.cue and c.cue.text, c.message_text) == (cue, message)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Sprecherin erwähnte, dass die Halle im Mai öffne.", "erwähnte"),
        ("Am Morgen vermeldete die Agentur, dass der Pass gesperrt sei.", "vermeldete"),
        ("Die Mieter beschwerten sich, dass die Heizung ausgefallen sei.", "beschwerten"),
    ],
)
def test_more_verbs_of_saying(nlp_de: Language, text: str, cue: str) -> None:
    c = only_claim(nlp_de, text)
    assert (c.form, c.cue and c.cue.text) == ("indirect", cue)


def test_beschweren_without_a_reflexive_says_nothing(nlp_de: Language) -> None:
    assert only_claim(nlp_de, "Der schwere Koffer beschwerte das Boot.").form == "unattributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Bund freier Architekten kritisierte, die Regeln seien zu streng.",
         "Der Bund freier Architekten"),
        ("Der Verband kommunaler Unternehmen bedauerte, dass die Frist verstrichen sei.",
         "Der Verband kommunaler Unternehmen"),
    ],
)  # fmt: skip
def test_a_genitive_without_an_article_stays_in_the_source(
    nlp_de: Language, text: str, source: str
) -> None:
    c = only_claim(nlp_de, text)
    assert c.source is not None and c.source.text == source


def test_names_joined_with_und_stay_in_one_source(nlp_de: Language) -> None:
    c = only_claim(nlp_de, "Nach Angaben der Agenturen Reuters und AFP brannte das Lager.")
    assert c.source is not None and c.source.text == "der Agenturen Reuters und AFP"


def test_a_sollen_sentence_continues_a_report_over_an_indicative_sentence(
    nlp_de: Language,
) -> None:
    text = (
        "Der Landrat kündigte an, die Kreisstraße zu sanieren. Die Arbeiten dauern bis "
        "Oktober. Der Verkehr soll über die Dörfer umgeleitet werden."
    )
    said = [(c.form, c.source and c.source.text, c.message_text) for c in claims_of(nlp_de, text)]
    assert said[-1] == (
        "free_indirect",
        "Der Landrat",
        "Der Verkehr soll über die Dörfer umgeleitet werden",
    )
