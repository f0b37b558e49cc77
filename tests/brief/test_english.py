"""English reported speech and tense, and figures across languages, on tables of cases."""

from __future__ import annotations

import pytest

from lagebild.brief.english import backshift, is_present, past_tense
from lagebild.brief.figures import figure_text, numbers_in, unit_text

BACKSHIFTS = [
    ("the troops are in Russia", "the troops were in Russia"),
    ("that the alliance has no evidence", "that the alliance had no evidence"),
    ("North Korea will send more soldiers", "North Korea would send more soldiers"),
    ("they can fight from November", "they could fight from November"),
    ("It is too early, which is clear", "It was too early, which is clear"),
    # already in the past: unchanged
    ("North Korea was preparing to send troops", "North Korea was preparing to send troops"),
]


@pytest.mark.parametrize(("clause", "expected"), BACKSHIFTS)
def test_reported_clause_moves_one_tense_back(clause: str, expected: str) -> None:
    assert backshift(clause) == expected


def test_verbs_of_saying_move_to_the_past() -> None:
    assert is_present("says") and is_present("denies")
    assert not is_present("said") and not is_present("declined to comment")
    assert past_tense("declines to comment") == "declined to comment"
    assert past_tense("says") == "said"


# figure as stored, briefing language, source language -> words in the briefing
FIGURES = [
    ({"text": "rund 11.000", "unit": "Infanterist"}, "en", "de", "about 11,000"),
    ({"text": "about 3,000", "unit": "soldier"}, "de", "en", "rund 3.000"),
    ({"text": "mehr als 10.000", "unit": "Soldat"}, "en", "de", "more than 10,000"),
    ({"text": "at least 18", "unit": "people"}, "de", "en", "mindestens 18"),
    ({"text": "bis zu 1,5 Millionen", "unit": None}, "en", "de", "up to 1.5 million"),
    ({"text": "hunderten", "unit": "Soldat"}, "de", "de", "hunderte"),
    ({"text": "hunderten", "unit": "Soldat"}, "en", "de", "hundreds"),
    ({"text": "tens of thousands", "unit": "people"}, "de", "en", "Zehntausende"),
    ({"text": "rund 11.000", "unit": "Infanterist"}, "de", "de", "rund 11.000"),
]


@pytest.mark.parametrize(("quantity", "language", "source", "expected"), FIGURES)
def test_figures_keep_their_approximation_across_languages(
    quantity: dict[str, str | None], language: str, source: str, expected: str
) -> None:
    assert figure_text(quantity, language, source) == expected


def test_units_and_numbers() -> None:
    assert unit_text({"unit": "Infanterist"}, "de") == "Infanteristen"
    assert unit_text({"unit": "Infanterist"}, "en") == "infantrymen"
    assert unit_text({"unit": "Fass"}, "de") == ""
    assert 11000.0 in numbers_in("rund 11.000 Infanteristen")
    assert 3000.0 in numbers_in("about 3,000 soldiers")
    assert 1.5 in numbers_in("1,5 Millionen")
