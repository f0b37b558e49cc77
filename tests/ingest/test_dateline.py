"""Datelines at the start of a body: found, dated, and kept out of the claims."""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.ingest.dateline import find_dateline
from lagebild.ingest.text import parse_article
from lagebild.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "date", "body"),
    [
        ("Neustadt, 3. Dezember 2026. Der Stadtrat tagte.", dt.date(2026, 12, 3), "Der"),
        ("BERLIN (dpa) - Die Regierung plant neue Schulden.", None, "Die"),
        ("Frankfurt am Main (dpa) – Die Börse schloss fester.", None, "Die"),
        ("Kiew, 18.10.2024 (AFP) – Die Armee meldet Angriffe.", dt.date(2024, 10, 18), "Die"),
        ("Moskau/Kiew (dpa/AFP) - Beide Seiten melden Verluste.", None, "Beide"),
        ("WASHINGTON, Oct. 25 (Reuters) - The Senate voted.", None, "The"),
        ("WASHINGTON, Oct. 25, 2024 — The Senate voted.", dt.date(2024, 10, 25), "The"),
        ("LONDON — Britain's economy grew.", None, "Britain's"),
    ],
)
def test_datelines_are_found_with_their_date(text: str, date: dt.date | None, body: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.date == date
    assert text[dateline.end :].split()[0] == body


@pytest.mark.parametrize(
    "text",
    [
        "Neustadt. Der Rat tagte am Montag.",
        "Der Minister sagte: Nein, das komme nicht infrage.",
        "Die Regierung - so heißt es - plant Kürzungen.",
        "Merkel (CDU): Wir schaffen das.",
        "Sen. Smith (R-Ohio) - The bill failed.",
        "US-Präsident Biden sagte am Dienstag, er bleibe.",
    ],
)
def test_sentences_that_only_look_like_datelines_are_not(text: str) -> None:
    assert find_dateline(text) is None


def test_the_dateline_dates_an_article_without_a_date_line() -> None:
    document = parse_article("Neuer Hafen\n\nKiel, 2. März 2025. Die Stadt baut einen Hafen.")
    assert document.date == "2025-03-02"
    assert document.text[document.body_start :].startswith("Die Stadt")


def test_a_date_line_above_the_body_wins_over_the_dateline() -> None:
    document = parse_article("1. März 2025\n\nKiel, 2. März 2025. Die Stadt baut einen Hafen.")
    assert document.date == "2025-03-01"


def test_a_dateline_is_no_claim_and_no_part_of_one() -> None:
    analysis = analyze(
        "BERLIN (dpa) - Die Regierung will die Steuern senken. "
        "Das sagte der Finanzminister am Montag.",
        language="de",
    )
    messages = [" ".join(s.text for s in c.message) for c in analysis.claims]
    assert messages, "the sentence after the dateline is a claim"
    assert all("dpa" not in m and "BERLIN" not in m for m in messages)
    assert all(s.start >= 15 for c in analysis.claims for s in c.message)
