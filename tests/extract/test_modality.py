"""Modality of messages: hedges in the text and the cue's own modality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.extract.modality import message_modality
from lagebild.pipeline import claims_from_doc


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Bei dem Angriff sollen zwölf Menschen gestorben sein", None, "reportative"),
        ("die Rebellen hätten angeblich Geiseln genommen", None, "reportative"),
        ("dass die Preise im Sommer weiter steigen könnten", None, "possible"),
        ("Die Abstimmung findet möglicherweise erst im April statt", None, "possible"),
        ("der Betrieb werde voraussichtlich im Mai wieder aufgenommen", None, "expected"),
        ("dass es keinerlei Pläne für eine Schließung gebe", None, "denied"),
        ("Der Vorfall wurde weder bestätigt noch dementiert", None, "unconfirmed"),
        ("ein sofortiges Moratorium", "demanded", "demanded"),
        ("die Vorwürfe", "denied", "denied"),
        ("Die Brücke ist seit Montag gesperrt", None, "asserted"),
        ("Die Polizei kann die Straße nicht räumen", None, "asserted"),
        ("The ministry reportedly ordered the evacuation", None, "reportative"),
        ("Prices could rise further", None, "possible"),
    ],
)
def test_modality(text: str, cue: str | None, expected: str) -> None:
    lang = "en" if text.startswith(("The", "Prices")) else "de"
    assert message_modality(text, lang, cue) == expected


def test_a_denial_outranks_a_hedge() -> None:
    assert message_modality("sie könnten angeblich beteiligt sein", "de", "denied") == "denied"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Angaben des Instituts wird der Umsatz im kommenden Jahr um drei Prozent wachsen.",
            "expected",
        ),
        ("Der Minister sagte, er werde im Mai zurücktreten.", "expected"),
        ("Nach Angaben der Polizei wurden zwei Menschen verletzt.", "asserted"),
        ("Laut dem Verband wird Strom im Winter teurer.", "asserted"),
    ],
)
def test_the_german_future_tense_is_expected(nlp_de: Language, text: str, expected: str) -> None:
    claims = [c for c in claims_from_doc(nlp_de(text)) if c.form != "unattributed"]
    assert [c.modality for c in claims] == [expected]
