"""Entity mentions resolved against the shipped knowledge base."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.model import Mention


def mentions(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    found: list[Mention] = nlp(text)._.mentions
    for m in found:
        assert text[m.start : m.end] == m.text
    return {m.text: (m.label, m.entity) for m in found}


def test_names_demonyms_and_metonyms(nlp_de: Language) -> None:
    got = mentions(
        nlp_de,
        "Der Kreml wies Berichte zurück, wonach französische Diplomaten in Peking mit Vertretern"
        " Pjöngjangs gesprochen hätten.",
    )
    assert got["Kreml"][1] == "Russia"
    assert got["französische"] == ("GPE", "France")
    assert got["Peking"][1] == "China"
    assert got["Pjöngjangs"][1] == "North Korea"


def test_inflected_description_and_nested_demonym(nlp_de: Language) -> None:
    got = mentions(nlp_de, "Nach Angaben des Bundesnachrichtendienstes rüstet Russland auf.")
    assert got["Bundesnachrichtendienstes"][1] == "Federal Intelligence Service"
    assert got["Russland"][1] == "Russia"


def test_state_institutions_from_demonyms(nlp_de: Language) -> None:
    got = mentions(nlp_de, "Die finnische Polizei und Estlands Regierung ermitteln gemeinsam.")
    assert got["finnische Polizei"] == ("ORG", "Police of Finland")
    assert got["Estlands Regierung"] == ("ORG", "Government of Estonia")
    assert got["finnische"][1] == "Finland"


def test_lower_case_acronym_and_everyday_nouns(nlp_de: Language) -> None:
    got = mentions(nlp_de, "Wie die dpa meldet, drängt die Zeit bei den Verhandlungen.")
    assert got["dpa"][1] == "Deutsche Presse-Agentur"
    assert "Zeit" not in got


def test_unknown_company_and_person(nlp_de: Language) -> None:
    got = mentions(
        nlp_de,
        "Die Brenner Stahlbau GmbH hat nach Angaben von Karla Weinreich Insolvenz beantragt.",
    )
    assert got["Brenner Stahlbau GmbH"] == ("ORG", None)
    assert got["Karla Weinreich"][0] == "PER"


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        (
            "Das Ostdeutsche Institut für Altersforschung (OIA) warnte am Montag vor Engpässen."
            " Nach Angaben des OIA fehlen 4.000 Pflegekräfte.",
            "Ostdeutsche Institut für Altersforschung",
            "Ostdeutsches Institut für Altersforschung",
        ),
        (
            "Der Bayerische Imkerverband (BIV) rechnet mit einer schwachen Ernte. Der BIV"
            " fordert Hilfen.",
            "Bayerische Imkerverband",
            "Bayerischer Imkerverband",
        ),
    ],
)
def test_a_name_defined_by_its_acronym(
    nlp_de: Language, text: str, name: str, canonical: str
) -> None:
    mentions = nlp_de(text)._.mentions
    defined = next(m for m in mentions if m.text == name)
    assert (defined.label, defined.entity) == ("ORG", canonical)
    acronyms = [m for m in mentions if m.text.isupper()]
    assert len(acronyms) == 2 and all(m.entity == canonical for m in acronyms)


def test_a_ministry_is_named_by_the_capital_it_sits_in(nlp_de: Language) -> None:
    mentions = nlp_de("Das Außenministerium in Moskau wies die Vorwürfe zurück.")._.mentions
    assert any(
        m.text == "Außenministerium in Moskau"
        and m.entity == "Ministry of Foreign Affairs (Russia)"
        for m in mentions
    )
    # every city has police: the city names where they are, not whose they are
    mentions = nlp_de("Die Polizei in Paris nahm zwei Männer fest.")._.mentions
    assert not any(m.entity == "Police of France" for m in mentions)


def test_the_trained_ner_labels_a_name_the_rules_only_guess(nlp_de: Language) -> None:
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import build_nlp

    text = "Die Proteste in Kassel und Hamburg gingen am Montag weiter."
    blank = mentions(build_nlp("de", NlpOptions(parse=False)), text)
    assert blank["Kassel"] == ("OTH", None)  # a capitalised word: the rules cannot tell
    got = mentions(nlp_de, text)
    assert (got["Kassel"], got["Hamburg"]) == (("GPE", None), ("GPE", None))


def test_an_english_title_is_no_part_of_the_name_and_a_weekday_no_name(
    nlp_en: Language,
) -> None:
    got = mentions(nlp_en, "Attorney General Loretta Lynch spoke on Wednesday in Boston.")
    assert got["Loretta Lynch"][0] == "PER"
    assert "General Loretta Lynch" not in got and "Wednesday" not in got
