"""SpkAtt-2023: task files, lagebild's claims as task annotations, scores, the commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from lagebild.evaluate.spkatt import (
    evaluate_dirs,
    format_lines,
    match_annotations,
    score_document,
)
from lagebild.spkatt.convert import ConvertOptions, analyse, predict_document
from lagebild.spkatt.io import (
    Annotation,
    Sentence,
    SpkAttDocument,
    document_from_json,
    document_to_json,
    read_document,
    write_document,
)
from lagebild.spkatt.predict import predict_dir

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "spkatt2023" / "train"
SMALL = ("84621", "59630", "9098")  # short articles with two or three attributions

needs_spkatt = pytest.mark.skipif(
    not (TRAIN / "59630.json").exists(), reason="SpkAtt-2023 data not beside the checkout"
)


def _train(name: str) -> Path:
    return TRAIN / f"{name}.json"


def _predict(nlp: Language, sentences: list[str]) -> SpkAttDocument:
    """The rules' annotations of a task document of ``sentences`` (tokens split at spaces)."""
    document = SpkAttDocument("t", [Sentence(i, s.split(" ")) for i, s in enumerate(sentences)])
    return predict_document(nlp, document)


def _roles(predicted: SpkAttDocument) -> list[tuple[str, str, str]]:
    """(cue, source, message) of each predicted annotation, as text."""
    return [
        (predicted.text_of(a.cue), predicted.text_of(a.source), predicted.text_of(a.message))
        for a in predicted.annotations
    ]


@needs_spkatt
def test_json_round_trip_is_exact(tmp_path: Path) -> None:
    raw = json.loads(_train("9098").read_text(encoding="utf-8"))
    document = document_from_json(raw)
    assert document_to_json(document) == raw
    write_document(document, tmp_path / "9098.json")
    assert json.loads((tmp_path / "9098.json").read_text(encoding="utf-8")) == raw


@needs_spkatt
def test_gold_ids_name_the_tokens_of_the_article() -> None:
    document = read_document(_train("59630"))
    first = document.top_level()[0]
    assert document.text_of(first.cue) == "Nach"
    assert document.text_of(first.source) == "Angaben der Polizeidirektion Hannover"
    assert document.text_of(first.message).startswith("ist Fussballnationaltorwart Robert Enke")


@needs_spkatt
def test_spacy_doc_keeps_the_task_tokens_and_sentences(nlp_de: Language) -> None:
    document = read_document(_train("9098"))
    doc, ids = analyse(nlp_de, document)
    assert [t.text for t in doc] == [w for s in document.sentences for w in s.tokens]
    assert len(list(doc.sents)) == len(document.sentences)
    assert ids[0] == (0, 0) and ids[-1] == (3, len(document.sentences[3].tokens) - 1)
    assert doc.text.startswith("Laut Eilmeldung des Nachrichtensenders N24 ist im Londoner")


@needs_spkatt
def test_laut_frame_becomes_preposition_cue_and_noun_phrase_source(nlp_de: Language) -> None:
    document = read_document(_train("59630"))
    predicted = predict_document(nlp_de, document)
    first = predicted.annotations[0]
    assert predicted.text_of(first.cue) == "Nach"
    assert predicted.text_of(first.source) == "Angaben der Polizeidirektion Hannover"
    assert first.form == "Indirect" and not first.is_nested
    # the subjunctive sentence after it continues the claim, with the same source
    second = predicted.annotations[1]
    assert second.form == "IndirectFreeIndirect"
    assert predicted.text_of(second.source) == "Angaben der Polizeidirektion Hannover"
    assert predicted.text_of(second.message).endswith("getötet worden .")


@needs_spkatt
def test_raw_spans_keep_lagebild_conventions(nlp_de: Language) -> None:
    document = read_document(_train("59630"))
    predicted = predict_document(nlp_de, document, ConvertOptions(conventions=False))
    assert predicted.text_of(predicted.annotations[0].cue) == "Nach Angaben"
    assert predicted.annotations[1].form == "FreeIndirect"


def test_messages_match_when_half_of_the_longer_is_shared() -> None:
    gold = [Annotation(message=[(0, i) for i in range(10)])]
    half = [Annotation(message=[(0, i) for i in range(5, 15)])]
    less = [Annotation(message=[(0, i) for i in range(6, 16)])]
    assert match_annotations(gold, half) == [(0, 0)]
    assert match_annotations(gold, less) == []


@needs_spkatt
def test_gold_against_itself_scores_one() -> None:
    document = read_document(_train("9098"))
    scores = score_document(document, document)
    assert scores.roles["Message"].f1 == 1.0
    assert scores.annotations.f1 == 1.0 and scores.form_accuracy == 1.0


@needs_spkatt
def test_predict_and_evaluate_three_documents(nlp_de: Language, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in SMALL:
        shutil.copy(_train(name), gold)
    assert predict_dir(gold, tmp_path / "pred", nlp_de) == 3
    scores = evaluate_dirs(gold, tmp_path / "pred")
    assert scores.documents == 3
    for prf in [*scores.roles.values(), scores.annotations]:
        assert 0.0 <= prf.precision <= 1.0 and 0.0 <= prf.recall <= 1.0
    assert scores.annotations.tp + scores.annotations.fn == 7  # gold top-level annotations
    assert format_lines(scores)[-1].startswith("spkatt message F1=")


@needs_spkatt
def test_commands_predict_and_eval(tmp_path: Path) -> None:
    import typer

    from lagebild.cli.spkatt import eval_spkatt, spkatt_app

    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(_train("59630"), gold)
    app = typer.Typer()  # wired as in lagebild.cli: "spkatt" sub-app, "eval spkatt" command
    eval_app = typer.Typer()
    eval_app.command("spkatt")(eval_spkatt)
    eval_app.command("seed")(lambda: None)
    app.add_typer(spkatt_app, name="spkatt")
    app.add_typer(eval_app, name="eval")
    runner = CliRunner()
    result = runner.invoke(app, ["spkatt", "predict", str(gold), str(tmp_path / "pred")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["eval", "spkatt", str(gold), str(tmp_path / "pred")])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("spkatt message F1=")


def test_a_reported_past_with_sollen_is_free_indirect(nlp_de: Language) -> None:
    sentences = [
        "Drei Männer wurden festgenommen .",
        "Ein vierter Mann soll ihnen geholfen haben .",
        "Er soll bis Freitag aussagen .",  # an obligation as often as a report
    ]
    predicted = _predict(nlp_de, sentences)
    assert [(a.form, predicted.text_of(a.message)) for a in predicted.annotations] == [
        ("FreeIndirect", "Ein vierter Mann soll ihnen geholfen haben .")
    ]
    assert not predicted.annotations[0].cue and not predicted.annotations[0].source


def test_sollen_reports_only_with_a_perfect_infinitive_of_its_own(nlp_de: Language) -> None:
    sentences = [
        "Forscher aus Graz haben einen Motor gebaut , der im All eingesetzt werden soll .",
        "Wann die Messe stattfinden soll , haben die Veranstalter nicht festgelegt .",
        "Der Fahrer soll die Ampel übersehen und ein Auto gerammt haben .",
        "Zwei Zeugen , die den Unfall sahen , sollen geflohen sein .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [(a.form, predicted.text_of(a.message)) for a in predicted.annotations] == [
        ("FreeIndirect", "Der Fahrer soll die Ampel übersehen und ein Auto gerammt haben ."),
        ("FreeIndirect", "Zwei Zeugen , die den Unfall sahen , sollen geflohen sein ."),
    ]


def test_a_sollen_sentence_continuing_a_report_is_free_indirect(nlp_de: Language) -> None:
    sentences = [
        "Die Ministerin sagte am Montag , das Gesetz sei fertig .",
        "Es soll im Mai in Kraft treten .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [
        (a.form, predicted.text_of(a.source), predicted.text_of(a.message))
        for a in predicted.annotations
    ] == [
        ("Indirect", "Die Ministerin", "das Gesetz sei fertig"),
        ("FreeIndirect", "Die Ministerin", "Es soll im Mai in Kraft treten ."),
    ]


def test_a_sollen_sentence_after_a_subjunctive_one_is_an_annotation_of_its_own(
    nlp_de: Language,
) -> None:
    sentences = [
        "Der Bürgermeister sagte , die Brücke werde gesperrt .",
        "Die Arbeiten dauerten bis zum Herbst .",  # indicative: "dauerten" is no subjunctive
        "Der Verkehr werde über die Ringstraße geleitet .",
        "Auch die Buslinien sollen umgeleitet werden .",
        "Die Straßenbahn soll weiter fahren .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [(a.form, predicted.text_of(a.message)) for a in predicted.annotations][1:] == [
        ("IndirectFreeIndirect", "Der Verkehr werde über die Ringstraße geleitet ."),
        (
            "FreeIndirect",
            "Auch die Buslinien sollen umgeleitet werden . Die Straßenbahn soll weiter fahren .",
        ),
    ]


def test_frame_sources_follow_the_task(nlp_de: Language) -> None:
    """The task's source of a frame is its noun phrase: before a postposed "nach", and
    without the clause's subject that "eigenen" points to."""
    sentences = [
        "Seiner Meinung nach hätte die Bahn früher warnen müssen .",
        "Die Feuerwehr hat nach eigenen Angaben die halbe Halle durchsucht .",
    ]
    predicted = _predict(nlp_de, sentences)
    found = [(predicted.text_of(a.cue), predicted.text_of(a.source)) for a in predicted.annotations]
    assert ("nach", "Seiner Meinung") in found
    assert ("nach", "eigenen Angaben") in found


def test_a_frame_source_does_not_take_the_subject_after_the_verb(nlp_de: Language) -> None:
    sentences = [
        "Nach eigenen Angaben verkaufte der Verlag im vergangenen Jahr zwei Millionen Bücher .",
        "Nach Angaben aus Brüssel wurden fünf neue Anträge gestellt .",
    ]
    predicted = _predict(nlp_de, sentences)
    found = [(predicted.text_of(a.cue), predicted.text_of(a.source)) for a in predicted.annotations]
    assert found == [("Nach", "eigenen Angaben"), ("Nach", "Angaben aus Brüssel")]


def test_cues_take_wie_and_their_correlate(nlp_de: Language) -> None:
    """The task's cue is the verbal complex with the 'wie' of its frame and the pronominal
    adverb announcing its clause; brackets and quotation marks do not end the clause."""
    sentences = [
        "Wie die Polizei am Montag mitteilte , wurde niemand verletzt .",
        "Der Verband war bis zuletzt davon ausgegangen , dass die Gespräche weitergehen .",
        "Ebenso plädierte auch der Bürgermeister dafür , die Straße zu sperren .",
        "Die Sprecherin hatte gegenüber der „ Zeitung “ mitgeteilt , dass die Schule schließt .",
        "Der Bürgermeister teilte am Abend ( Ortszeit ) mit , dass die Lage ruhig sei .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [predicted.text_of(a.cue) for a in predicted.annotations] == [
        "Wie mitteilte",
        "war davon ausgegangen",
        "plädierte dafür",
        "hatte mitgeteilt",
        "teilte mit",
    ]


def test_adverbs_after_the_verb_are_no_correlates(nlp_de: Language) -> None:
    """'dazu' announces a clause only before a particle ('rief dazu auf'); 'sagte dazu'
    (about it) and 'daraufhin' are adverbs, outside the task's cue."""
    sentences = [
        "Der Verband rief dazu auf , die Straße zu meiden .",
        "Er sagte dazu am Montag , die Lage sei ernst .",
        "Die Behörde befürchtete daraufhin , dass es regnet .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [predicted.text_of(a.cue) for a in predicted.annotations] == [
        "rief dazu auf",
        "sagte",
        "befürchtete",
    ]


def test_cues_take_the_rest_of_their_verbal_complex(nlp_de: Language) -> None:
    """The task's cue holds the verb's reflexive anywhere in its clause, the word that
    makes the verb ('bekannt' of 'bekanntgeben'), the 'es' of an impersonal or passive
    cue, 'es' with its predicate and a 'mit' phrase naming the words; a particle that
    makes no verb of saying ('sagte ... weiter') stays out."""
    sentences = [
        "Die Gewerkschaft hat sich zuversichtlich geäußert , dass der Streik endet .",
        "Die Stadtwerke gaben am Freitag bekannt , dass die Preise steigen .",
        "Der Verband hat gestern bekannt gegeben , dass er klagen wird .",
        "Im Bericht hatte es geheißen , dass der Damm halte .",
        "Es wird befürchtet , dass der Pegel weiter steigt .",
        "Die Richterin hält es jedoch für möglich , dass der Zeuge lügt .",
        "Der Trainer hatte den Wechsel mit der Begründung abgelehnt , der Spieler sei verletzt .",
        "Die Bürgermeisterin sagte weiter , die Brücke bleibe gesperrt .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [predicted.text_of(a.cue) for a in predicted.annotations] == [
        "hat sich geäußert",
        "gaben bekannt",
        "hat bekannt gegeben",
        "hatte es geheißen",
        "Es wird befürchtet",
        "hält es für möglich",
        "hatte mit der Begründung abgelehnt",
        "sagte",
    ]


def test_a_quotation_predicated_with_als_is_direct(nlp_de: Language) -> None:
    """'bezeichnete den Plan als „Luftschloss“': the quotation is the speaker's words, and
    the task's cue takes the 'als'; an unquoted predicate stays reported speech."""
    sentences = [
        "Die Opposition bezeichnete den Haushalt als einen „ Offenbarungseid “ und verließ den Saal .",
        "Der Entwurf wurde von Fachleuten als „ handwerklich schlecht “ bezeichnet .",
        "Die Ministerin wies den Vorwurf am Montag als „ absurd “ zurück .",
        "Der Bürgermeister bezeichnete den Plan als teuer .",
    ]
    predicted = _predict(nlp_de, sentences)
    found = [
        (
            a.form,
            predicted.text_of(a.cue),
            predicted.text_of(a.source),
            predicted.text_of(a.message),
        )
        for a in predicted.annotations
    ]
    assert found[:3] == [
        ("Direct", "bezeichnete als", "Die Opposition", "„ Offenbarungseid “"),
        ("Direct", "wurde als bezeichnet", "Fachleuten", "„ handwerklich schlecht “"),
        ("Direct", "wies als zurück", "Die Ministerin", "„ absurd “"),
    ]
    assert found[3][0] == "Reported"


def test_a_first_position_source_runs_to_the_finite_verb(nlp_de: Language) -> None:
    """A V2 sentence has one phrase before its finite verb: a frame or subject there runs
    up to the verb, past names and phrases the tags cut ('Nasser Baoum', 'ohne Grenzen'),
    and stays short before a relative clause."""
    sentences = [
        "Nach Angaben des Bürgermeisters Jonas Ekberg der Gemeinde Nordby kommen die Arbeiten gut voran .",
        "Laut einem Bericht der „ Westfälischen Rundschau “ hat der Stadtrat getagt .",
        "Die Hilfsorganisation Ärzte ohne Grenzen teilte mit , dass zwei Kliniken schließen .",
        "Laut einem Bericht , der sich auf Insider beruft , steht der Verkauf bevor .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [
        (predicted.text_of(a.source), predicted.text_of(a.message).split(" ")[0])
        for a in predicted.annotations
    ] == [
        ("Angaben des Bürgermeisters Jonas Ekberg der Gemeinde Nordby", "kommen"),
        ("einem Bericht der „ Westfälischen Rundschau “", "hat"),
        ("Die Hilfsorganisation Ärzte ohne Grenzen", "dass"),
        ("einem Bericht", "steht"),
    ]


def test_impersonal_pronouns_are_no_sources(nlp_de: Language) -> None:
    """'heißt es' names no one, or the text after it; 'man' is no one; 'Demnach' opens a
    report whose task source is the adverb itself."""
    sentences = [
        "Die Brücke sei marode , heißt es .",
        "Die Brücke sei marode , hieß es in dem Gutachten der Stadt .",
        "Man gehe davon aus , dass die Brücke hält .",
        "Demnach ist der Fluss seit Jahren sauber .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [
        (predicted.text_of(a.cue), predicted.text_of(a.source)) for a in predicted.annotations
    ] == [
        ("heißt es", ""),
        ("hieß es", "dem Gutachten der Stadt"),
        ("gehe davon aus", ""),
        ("Demnach", "Demnach"),
    ]


def test_predicates_that_name_an_opinion_or_a_report(nlp_de: Language) -> None:
    """'ist der Meinung, dass', 'wurde bekannt, dass' and 'zeigte sich besorgt, dass' are
    cues though no verb of saying; a mood without a clause says nothing."""
    sentences = [
        "Der Verband ist der Meinung , dass die Reform zu spät kommt .",
        "Im Mai wurde bekannt , dass die Fabrik schließt .",
        "Die Ärztin zeigte sich darüber besorgt , dass die Zahl der Fälle steigt .",
        "Der Trainer zeigte sich zufrieden mit dem Spiel .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert _roles(predicted) == [
        ("ist der Meinung", "Der Verband", "dass die Reform zu spät kommt"),
        ("wurde bekannt", "", "dass die Fabrik schließt"),
        ("zeigte sich darüber besorgt", "Die Ärztin", "dass die Zahl der Fälle steigt"),
    ]


def test_a_particle_after_the_apposition_of_the_source(nlp_de: Language) -> None:
    """'..., teilte der Direktor der Behörde, Jana Wolf, mit.': the separated particle
    closes the sentence after the apposition; in the message it belongs to another verb."""
    sentences = [
        "Die Straße bleibt gesperrt , teilte der Leiter des Bauamts , Jonas Ekberg , mit .",
        "Die Ministerin sagte , sie komme am Montag mit .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert _roles(predicted) == [
        ("teilte mit", "der Leiter des Bauamts , Jonas Ekberg", "Die Straße bleibt gesperrt"),
        ("sagte", "Die Ministerin", "sie komme am Montag mit"),
    ]


def test_a_wie_frame_whose_source_has_an_apposition(nlp_de: Language) -> None:
    """'Wie die Bürgermeisterin, Jana Wolf, erklärte, ...': the commas of the apposition
    do not end the frame."""
    sentences = [
        "Wie die Bürgermeisterin von Nordby , Jana Wolf , erklärte , ist der Damm sicher .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert _roles(predicted) == [
        ("Wie erklärte", "die Bürgermeisterin von Nordby , Jana Wolf", "ist der Damm sicher")
    ]


def test_a_fronted_object_is_no_first_position_source(nlp_de: Language) -> None:
    """The first position runs to the verb as the subject only when no noun phrase after
    the verb can be the subject ('Gerüchte über ... wies ein Sprecher zurück')."""
    sentences = ["Gerüchte über einen Verkauf der Sparte wies ein Sprecher des Konzerns zurück ."]
    predicted = _predict(nlp_de, sentences)
    sources = [predicted.text_of(a.source) for a in predicted.annotations]
    assert not any(s.startswith("Gerüchte") for s in sources)


def test_a_cue_closing_an_adverbial_clause_reports_its_own_clause(nlp_de: Language) -> None:
    """'..., indem er sagte, ...', 'Als sie erklärte, ..., wurde es still': the cue at the
    end of an adverbial clause is top level; its clause ends before the main clause."""
    sentences = [
        "Der Bürgermeister beruhigte die Anwohner , indem er sagte , der Deich halte dem Hochwasser stand .",
        "Als die Trainerin erklärte , sie werde den Verein verlassen , wurde es still im Saal .",
        "Der Stadtrat vertagte die Sitzung , weil der Kämmerer krank war .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert _roles(predicted) == [
        ("sagte", "er", "der Deich halte dem Hochwasser stand"),
        ("erklärte", "die Trainerin", "sie werde den Verein verlassen"),
    ]


def test_a_bare_frame_noun_after_the_verb_does_not_take_the_next_noun(
    nlp_de: Language,
) -> None:
    """'waren laut Ministerium Arbeiten an der Leitung': 'Arbeiten' is the clause's own
    phrase; in first position the phrase runs to the verb ('Laut Stiftung Warentest')."""
    sentences = [
        "Ursache des Ausfalls waren laut Ministerium Bauarbeiten an der Leitung .",
        "Laut Stiftung Warentest sind die neuen Rauchmelder zuverlässig .",
    ]
    predicted = _predict(nlp_de, sentences)
    assert [
        (predicted.text_of(a.cue), predicted.text_of(a.source)) for a in predicted.annotations
    ] == [("laut", "Ministerium"), ("Laut", "Stiftung Warentest")]


def test_a_frame_source_keeps_titles_before_a_name(nlp_de: Language) -> None:
    """'laut Stationsleiterin Professorin Eva Berg': the titles run into the name."""
    sentences = ["Die Station ist laut Stationsleiterin Professorin Eva Berg voll belegt ."]
    predicted = _predict(nlp_de, sentences)
    sources = [predicted.text_of(a.source) for a in predicted.annotations]
    assert sources == ["Stationsleiterin Professorin Eva Berg"]
