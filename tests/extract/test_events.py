"""Event types, actors and targets of claims in German news sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.model import Claim
from lagebild.pipeline import claims_from_doc


def main_claim(nlp: Language, text: str) -> Claim:
    claims: list[Claim] = claims_from_doc(nlp(text))
    return max(claims, key=lambda c: c.end - c.start)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Frankreich hat weitere 2.000 Soldaten nach Rumänien verlegt.", "DEPLOY_TROOPS"),
        ("Deutschland liefert der Ukraine weitere Panzer und Munition.", "SUPPLY_WEAPONS"),
        ("Bei dem Erdbeben im Osten der Türkei starben mindestens 30 Menschen.", "CASUALTIES"),
        ("Ein Waldbrand hat in Brandenburg 300 Hektar Wald zerstört.", "DISASTER"),
        ("Die Polizei hat in Hamburg drei Verdächtige festgenommen.", "ARREST"),
        ("Tausende Menschen demonstrierten in Leipzig gegen die Reform.", "PROTEST"),
        ("Die Inflation stieg im Mai auf 2,9 Prozent.", "ECONOMIC_FIGURE"),
        ("Die Europäische Union verhängt neue Sanktionen gegen Iran.", "SANCTION"),
        (
            "Beide Staaten haben in Genf ein Abkommen über Gefangenenaustausch unterzeichnet.",
            "SIGN_AGREEMENT",
        ),
    ],
)
def test_event_types(nlp_de: Language, text: str, event_type: str) -> None:
    claim = main_claim(nlp_de, text)
    assert claim.event is not None and claim.event.type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke über die Elbe bleibt bis Freitag gesperrt.",
        "Der Landtag in Potsdam hat am Donnerstag über Kliniken gestritten.",
        "Besonders hart trifft die Flaute den Maschinenbau.",
    ],
)
def test_no_event(nlp_de: Language, text: str) -> None:
    assert main_claim(nlp_de, text).event is None


def test_deployment_actor_and_target(nlp_de: Language) -> None:
    claim = main_claim(nlp_de, "Frankreich hat weitere 2.000 Soldaten nach Rumänien verlegt.")
    assert claim.event is not None
    assert (claim.event.actor, claim.event.target) == ("France", "Romania")


def test_accusation_comes_from_the_cue(nlp_de: Language) -> None:
    claim = main_claim(nlp_de, "Die Opposition warf der Regierung vor, die Schulen kaputtzusparen.")
    assert claim.event is not None and claim.event.type == "ACCUSE"


@pytest.mark.parametrize(
    ("lang", "text", "actor", "target"),
    [
        (
            "en",
            "Officials said they had found Iranian soldiers in southern Syria.",
            "Iran",
            "Syria",
        ),
        (
            "de",
            "Es gebe Hinweise auf iranische Soldaten in Syrien, sagte ein Sprecher.",
            "Iran",
            "Syria",
        ),
    ],
)
def test_one_states_soldiers_in_another_state_are_deployed(
    nlp_de: Language, nlp_en: Language, lang: str, text: str, actor: str, target: str
) -> None:
    claim = main_claim(nlp_en if lang == "en" else nlp_de, text)
    assert claim.event is not None
    assert (claim.event.type, claim.event.actor, claim.event.target) == (
        "DEPLOY_TROOPS",
        actor,
        target,
    )


def test_soldiers_in_their_own_country_are_no_deployment(nlp_en: Language) -> None:
    claim = main_claim(nlp_en, "Officials said they had found Syrian soldiers in southern Syria.")
    assert claim.event is None or claim.event.type != "DEPLOY_TROOPS"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Die Arbeitslosenquote in Österreich stieg im Mai auf 7,1 Prozent.", "Austria"),
        ("Das Institut senkte seine Wachstumsprognose für Frankreich auf 0,8 Prozent.", "France"),
    ],
)
def test_an_economic_figure_belongs_to_its_state_and_has_no_target(
    nlp_de: Language, text: str, actor: str
) -> None:
    claim = main_claim(nlp_de, text)
    assert claim.event is not None and claim.event.type == "ECONOMIC_FIGURE"
    assert (claim.event.actor, claim.event.target) == (actor, None)


def test_a_place_the_knowledge_base_does_not_know_is_no_target(nlp_de: Language) -> None:
    text = (
        "Nach Angaben der Regierung in Madrid kamen 158 Menschen ums Leben, die meisten davon"
        " in der Region Valencia."
    )
    doc = nlp_de(text)
    valencia = next(m for m in doc._.mentions if m.text == "Valencia")
    assert (valencia.label, valencia.entity) == ("GPE", None)  # labelled by the NER
    event = main_claim(nlp_de, text).event
    assert event is not None and event.type == "CASUALTIES"
    assert event.target != "Valencia"  # it would split the death toll from Spain's figures


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ein Anwalt sagte, Häftlinge seien in der Haft misshandelt worden."),
        ("de", "Die Ordner hätten gegen Fans Gewalt angewendet, sagte ein Zeuge."),
        ("en", "A lawyer said several inmates had been beaten by guards."),
    ],
)
def test_violence_against_people_is_an_attack(
    nlp_de: Language, nlp_en: Language, lang: str, text: str
) -> None:
    claim = main_claim(nlp_de if lang == "de" else nlp_en, text)
    assert claim.event is not None and claim.event.type == "ATTACK"
