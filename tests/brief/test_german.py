"""The German grammar of briefings on a table of cases."""

from __future__ import annotations

import pytest

from lagebild.brief.german import (
    NounPhrase,
    gender_of,
    is_infinitive_clause,
    looks_nominative,
    person_genitive,
    reported_clause,
    state_name,
    subjunctive,
)
from lagebild.brief.writer_de import slot_case

# description (nominative, no article), case -> the phrase with its definite article
NOUN_PHRASES = [
    ("südkoreanischer Geheimdienst", "nom", "der südkoreanische Geheimdienst"),
    ("südkoreanischer Geheimdienst", "acc", "den südkoreanischen Geheimdienst"),
    ("südkoreanischer Geheimdienst", "dat", "dem südkoreanischen Geheimdienst"),
    ("südkoreanischer Geheimdienst", "gen", "des südkoreanischen Geheimdienstes"),
    ("südkoreanische Nachrichtenagentur", "nom", "die südkoreanische Nachrichtenagentur"),
    ("südkoreanische Nachrichtenagentur", "gen", "der südkoreanischen Nachrichtenagentur"),
    ("US-Denkfabrik ISW", "gen", "der US-Denkfabrik ISW"),
    ("US-Denkfabrik ISW", "dat", "der US-Denkfabrik ISW"),
    ("ukrainisches Militär", "nom", "das ukrainische Militär"),
    ("ukrainisches Militär", "gen", "des ukrainischen Militärs"),
    ("russisches Verteidigungsministerium", "gen", "des russischen Verteidigungsministeriums"),
    ("ukrainische Streitkräfte", "nom", "die ukrainischen Streitkräfte"),
    ("ukrainische Streitkräfte", "gen", "der ukrainischen Streitkräfte"),
    ("ukrainische Streitkräfte", "dat", "den ukrainischen Streitkräften"),
    ("Außenministerium in Pjöngjang", "gen", "des Außenministeriums in Pjöngjang"),
    ("westliches Militärbündnis", "gen", "des westlichen Militärbündnisses"),
]


@pytest.mark.parametrize(("description", "case", "expected"), NOUN_PHRASES)
def test_noun_phrases_decline_with_article_adjective_and_noun(
    description: str, case: str, expected: str
) -> None:
    phrase = NounPhrase.parse(description)
    assert phrase is not None
    assert phrase.decline(case) == expected


def test_a_head_noun_of_unknown_gender_gives_no_phrase() -> None:
    assert NounPhrase.parse("Kyrylo Budanow") is None
    assert gender_of("Nachrichtendienst") == "m"
    assert gender_of("Denkfabrik") == "f"


STATES = [
    ("Südkorea", "gen", "Südkoreas"),
    ("Russland", "nom", "Russland"),
    ("Ukraine", "gen", "der Ukraine"),
    ("Ukraine", "acc", "die Ukraine"),
    ("Ukraine", "dat", "der Ukraine"),
    ("Iran", "gen", "des Irans"),
    ("USA", "gen", "der USA"),
    ("Vereinte Nationen", "nom", "die Vereinten Nationen"),
    ("Vereinte Nationen", "gen", "der Vereinten Nationen"),
    ("Europäische Union", "nom", "die Europäische Union"),
    ("Europäische Union", "gen", "der Europäischen Union"),
    ("Vereinigte Staaten", "dat", "den Vereinigten Staaten"),
]


@pytest.mark.parametrize(("name", "case", "expected"), STATES)
def test_states_take_their_article_and_case(name: str, case: str, expected: str) -> None:
    assert state_name(name, case) == expected


def test_genitive_of_persons() -> None:
    assert person_genitive("Kyrylo Budanow") == "Kyrylo Budanows"
    assert person_genitive("Boris Pistorius") == "Boris Pistorius'"


# infinitive, number -> (finite verb, infinitive at the end or None)
SUBJUNCTIVES = [
    ("sein", "sg", ("sei", None)),
    ("sein", "pl", ("seien", None)),
    ("haben", "sg", ("habe", None)),
    ("haben", "pl", ("hätten", None)),  # Konjunktiv I "haben" equals the indicative
    ("werden", "sg", ("werde", None)),
    ("werden", "pl", ("würden", None)),
    ("können", "sg", ("könne", None)),
    ("können", "pl", ("könnten", None)),
    ("kommen", "sg", ("komme", None)),
    ("kommen", "pl", ("kämen", None)),
    ("geben", "sg", ("gebe", None)),
    ("machen", "sg", ("mache", None)),
    ("machen", "pl", ("würden", "machen")),  # regular: Konjunktiv II sounds like the past
    ("ändern", "sg", ("ändere", None)),
]


@pytest.mark.parametrize(("verb", "number", "expected"), SUBJUNCTIVES)
def test_konjunktiv_of_regular_and_irregular_verbs(
    verb: str, number: str, expected: tuple[str, str | None]
) -> None:
    assert subjunctive(verb, number) == expected


CLAUSES = [
    ("Der Truppeneinsatz hat bereits begonnen", "Der Truppeneinsatz habe bereits begonnen"),
    (
        "Nordkoreanische Soldaten sind in Kämpfe gegen die Ukraine verwickelt",
        "Nordkoreanische Soldaten seien in Kämpfe gegen die Ukraine verwickelt",
    ),
    ("Die Zahl wird weiter steigen", "Die Zahl werde weiter steigen"),
    ("Die Truppen können ab November kämpfen", "Die Truppen könnten ab November kämpfen"),
    # the reportative "sollen" keeps its indicative; Konjunktiv already there stays
    ("Es sollen 12.000 Soldaten sein", "Es sollen 12.000 Soldaten sein"),
    ("Ein Teil sei bereits verlegt worden", "Ein Teil sei bereits verlegt worden"),
    # a verb this table does not know stays indicative rather than guessed
    ("Nordkorea liefert Munition", "Nordkorea liefert Munition"),
]


@pytest.mark.parametrize(("clause", "expected"), CLAUSES)
def test_reported_clauses_take_the_konjunktiv(clause: str, expected: str) -> None:
    assert reported_clause(clause) == expected


def test_infinitive_clauses_and_nominative_phrases() -> None:
    assert is_infinitive_clause("Truppen nach Russland geschickt zu haben")
    assert not is_infinitive_clause("Truppen wurden nach Russland geschickt")
    assert reported_clause("Truppen geschickt zu haben") == "Truppen geschickt zu haben"
    assert looks_nominative("Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow")
    assert looks_nominative("die südkoreanische Nachrichtenagentur Yonhap")
    assert not looks_nominative("der militärischen US-Denkfabrik ISW")
    assert not looks_nominative("des südkoreanischen Nachrichtendienstes")


HEADLINE_SLOTS = [
    ("Truppen aus {actor} für {target}", "{actor}", "dat"),
    ("Truppen aus {actor} für {target}", "{target}", "acc"),
    ("Abkommen zwischen {actor} und {target}", "{target}", "dat"),
    ("Treffen: {actor} und {target}", "{target}", "nom"),
    ("Kämpfe: {actor} gegen {target}", "{actor}", "nom"),
    ("Festnahmen: {actor}", "{target}", "nom"),
]


@pytest.mark.parametrize(("template", "slot", "case"), HEADLINE_SLOTS)
def test_headline_names_take_the_case_of_their_preposition(
    template: str, slot: str, case: str
) -> None:
    assert slot_case(template, slot) == case
    assert state_name("Ukraine", case) in {"die Ukraine", "der Ukraine"}
