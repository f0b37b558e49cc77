"""Figures as the article's language writes them, with the counted noun as the text has it."""

from __future__ import annotations

from lagebild.cli.figures import format_number, format_quantity
from lagebild.model import Quantity


def q(value: float | None, unit: str | None = None, **kw: object) -> Quantity:
    return Quantity("x", 0, 1, value, unit=unit, **kw)  # type: ignore[arg-type]


def test_numbers_in_german_and_english() -> None:
    assert format_number(11000, "de") == "11.000"
    assert format_number(11000, "en") == "11,000"
    assert format_number(2e9, "de") == "2 Mrd."
    assert format_number(2.5e9, "en") == "2.5 billion"
    assert format_number(1.2e6, "de") == "1,2 Mio."
    assert format_number(1234567, "de") == "1.234.567"
    assert format_number(4.25, "de") == "4,25"


def test_quantities_with_units_and_bounds() -> None:
    troops = q(11000, "Infanterist", approximate=True)
    following = " Infanteristen aus Nordkorea im Osten Russlands"
    assert format_quantity(troops, "de", following) == "≈11.000 Infanteristen"
    assert format_quantity(troops, "de") == "≈11.000 Infanterist"
    assert format_quantity(q(2e9, "EUR"), "de") == "2 Mrd. EUR"
    assert format_quantity(q(2e9, "USD"), "en") == "2 billion USD"
    assert format_quantity(q(2.9, "percent"), "en") == "2.9%"
    assert format_quantity(q(2.9, "percent"), "de") == "2,9 %"
    vague = q(None, "Soldat", low=200, high=999, approximate=True)
    assert format_quantity(vague, "de", " nordkoreanischen Soldaten, die") == "200–999 Soldaten"
    assert format_quantity(q(None, "soldier", low=600000), "en", " soldiers") == "≥600,000 soldiers"
    assert format_quantity(q(None, high=300000), "de") == "≤300.000"
    # a word that only starts like the unit is not taken for it
    assert format_quantity(q(30, "Minute"), "de", " Minigolf") == "30 Minute"
