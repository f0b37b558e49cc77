"""Sentence ends the sentencizer alone gets wrong: a stop after a number, a quotation
opened after a stop."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.nlp.loading import linguistic_pipeline


@pytest.fixture(scope="module")
def german() -> Language:
    return linguistic_pipeline("de")


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das war im Jahr 2019. Danach kam nichts.",
            ["Das war im Jahr 2019.", "Danach kam nichts."],
        ),
        ("Es kamen rund 300. Die Polizei schwieg.", ["Es kamen rund 300.", "Die Polizei schwieg."]),
        ("Sie starb am 18.10.2024. Er trauert.", ["Sie starb am 18.10.2024.", "Er trauert."]),
        (
            "Der Vertrag gilt seit 2019. „Er bleibt“, sagte sie.",
            ["Der Vertrag gilt seit 2019.", "„Er bleibt“, sagte sie."],
        ),
    ],
)
def test_a_stop_after_a_number_ends_the_sentence(
    german: Language, text: str, expected: list[str]
) -> None:
    assert sentences(german, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zum 150. Jubiläum kam der 2. Bürgermeister am 3. Mai.",
        "Am 3. Oktober feiert das Land die Einheit.",
        "Der 1. FC Köln verlor am 12. Spieltag.",
    ],
)
def test_ordinals_stay_in_their_sentence(german: Language, text: str) -> None:
    assert sentences(german, text) == [text]


def test_the_number_keeps_its_characters(german: Language) -> None:
    doc = german("Das war 2019. Danach nicht.")
    assert [t.text for t in doc][:4] == ["Das", "war", "2019", "."]
    assert doc.text == "Das war 2019. Danach nicht."


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("open_", "close"), [("„", "“"), ('"', '"'), ("»", "«")])
def test_an_opening_quotation_mark_starts_its_sentence(lang: str, open_: str, close: str) -> None:
    nlp = linguistic_pipeline(lang)
    text = f"Er kam spät. {open_}Nie wieder{close}, sagte sie."
    assert sentences(nlp, text) == ["Er kam spät.", f"{open_}Nie wieder{close}, sagte sie."]


def test_a_closing_quotation_mark_stays_with_its_sentence(german: Language) -> None:
    text = "Er sagte: „Nie.“ Dann ging er."
    assert sentences(german, text) == ["Er sagte: „Nie.“", "Dann ging er."]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            'The fans shouted "Go home!" at the referee. He left early.',
            ['The fans shouted "Go home!" at the referee.', "He left early."],
        ),
        (
            "en",
            "“Who pays for this?” asked the mayor. Nobody answered.",
            ["“Who pays for this?” asked the mayor.", "Nobody answered."],
        ),
        ("de", "„Wer zahlt das?“ fragte die Bürgermeisterin.", None),
        # a capital after the closing mark starts the next sentence as before
        ("en", 'He shouted "Stop!" Then he ran.', ['He shouted "Stop!"', "Then he ran."]),
    ],
)
def test_a_stop_inside_a_quotation_ends_the_sentence_only_where_a_new_one_starts(
    lang: str, text: str, expected: list[str] | None
) -> None:
    assert sentences(linguistic_pipeline(lang), text) == (expected or [text])
