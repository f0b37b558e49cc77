"""The figure chart: points where the figures are, log scale for a wide spread."""

from __future__ import annotations

from typing import Any

from lagebild.web.chart import figure_charts


def row(source: str, date: str | None, text: str, **q: Any) -> dict[str, Any]:
    figure = {"value": None, "low": None, "high": None, "unit": "Soldat", "text": text} | q
    return {"source": source, "date": date, "figure": figure}


SEED = [
    row("NIS", "2024-10-18", "12.000", value=12000),
    row("Budanov", "2024-10-18", "rund 11.000", value=11000, unit="Infanterist"),
    row("ISW", "2024-10-18", "hunderten", low=200, high=999),
    row("Kirby", "2024-10-24", "mindestens 3.000", low=3000),
    row("Zelensky", "2024-10-25", "10,000", value=10000, unit="soldier"),
    row("NIS", None, "1.000", value=1000),
]


def test_counts_of_troops_share_one_log_chart() -> None:
    (chart,) = figure_charts(SEED)
    assert chart.log and chart.units == ["Soldat", "Infanterist", "soldier"]
    points = {s.source: s.points for s in chart.series}
    assert sum(len(p) for p in points.values()) == 5  # the undated figure is left out
    nis, budanov, isw = points["NIS"][0], points["Budanov"][0], points["ISW"][0]
    assert nis.y < budanov.y < isw.y  # larger figures higher up (smaller y)
    assert isw.shape == "range" and isw.y_high < isw.y < isw.y_low
    assert points["Kirby"][0].shape == "up"
    assert nis.x < points["Kirby"][0].x < points["Zelensky"][0].x  # later dates to the right
    assert chart.left <= min(p.x for ps in points.values() for p in ps)
    assert max(p.x for ps in points.values() for p in ps) <= chart.right


def test_percentages_and_currencies_are_charted_apart() -> None:
    rows = [
        row("A", "2025-01-01", "3 %", value=3, unit="percent"),
        row("B", "2025-01-02", "4 %", value=4, unit="percent"),
        row("C", "2025-01-02", "2 Mrd. Euro", value=2e9, unit="EUR"),
    ]
    charts = figure_charts(rows)
    assert [c.units for c in charts] == [["percent"], ["EUR"]]
    assert not charts[0].log
    labels = [label for _, label in charts[0].y_ticks]
    assert labels[0] == "0" and len(labels) >= 3


def test_no_dated_figures_no_chart() -> None:
    assert figure_charts([row("A", None, "5", value=5), row("B", "2025-01-01", "viele")]) == []
