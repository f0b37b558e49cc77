"""A fact's figures over time by source, laid out for an SVG drawn by the template."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

# colour-blind-safe (Okabe-Ito), dark enough on white
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
    "#8C564B", "#7F7F7F", "#BCBD22", "#6A3D9A", "#B15928",
)  # fmt: skip
WIDTH, HEIGHT = 960, 300
PAD = 36  # between the y axis and the first date
LEFT, RIGHT, TOP, BOTTOM = 80, 24, 16, 44


@dataclass(slots=True)
class Point:
    """One figure: at x, y (its value, or the middle of its range); a range draws from
    y_low to y_high; shape: dot (a value), range, up (at least), down (at most)."""

    x: float
    y: float
    y_low: float
    y_high: float
    shape: str
    label: str


@dataclass(slots=True)
class Series:
    source: str
    color: str
    points: list[Point] = field(default_factory=list)


@dataclass(slots=True)
class Chart:
    units: list[str]
    log: bool
    series: list[Series]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def figure_charts(figures: list[dict[str, Any]]) -> list[Chart]:
    """Charts of ``fact_detail``'s figure rows: counts of things in one (a fact's "Soldat",
    "soldier" and "Infanterist" are the same troops told in two languages), percentages
    and each currency apart. Rows without a date or a number are left out."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in figures:
        q = row["figure"]
        if _date(row.get("date")) and any(q.get(k) is not None for k in ("value", "low", "high")):
            by_kind[_kind(q.get("unit"))].append(row)
    kinds = sorted(by_kind, key=lambda k: (-len(by_kind[k]), k))
    return [_chart(by_kind[k]) for k in kinds]


def _kind(unit: str | None) -> str:
    if unit == "percent" or (unit and len(unit) == 3 and unit.isupper()):
        return unit
    return "count"


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _bounds(q: dict[str, Any]) -> tuple[float, float, str]:
    value, low, high = q.get("value"), q.get("low"), q.get("high")
    if value is not None:
        return float(value), float(value), "dot"
    if low is not None and high is not None:
        return float(low), float(high), "range"
    if low is not None:
        return float(low), float(low), "up"
    return float(high or 0), float(high or 0), "down"


def _chart(rows: list[dict[str, Any]]) -> Chart:
    dates = [_date(r["date"]) for r in rows]
    first, last = min(d for d in dates if d), max(d for d in dates if d)
    span_days = max((last - first).days, 1)
    bounds = [_bounds(r["figure"]) for r in rows]
    lowest = min(b[0] for b in bounds)
    highest = max(b[1] for b in bounds)
    log = lowest > 0 and highest / lowest >= 20
    y_of, y_ticks = _y_scale(lowest, highest, log)
    sources = list(dict.fromkeys(r["source"] for r in rows))
    series = {s: Series(s, PALETTE[i % len(PALETTE)]) for i, s in enumerate(sources)}
    for row, day, (low, high, shape) in zip(rows, dates, bounds, strict=True):
        assert day is not None
        fraction = 0.5 if first == last else (day - first).days / span_days
        jitter = (sources.index(row["source"]) - (len(sources) - 1) / 2) * 6
        x = LEFT + PAD + fraction * (WIDTH - RIGHT - LEFT - 2 * PAD) + jitter
        middle = math.sqrt(low * high) if log and shape == "range" else (low + high) / 2
        series[row["source"]].points.append(
            Point(
                round(x, 1), y_of(middle), y_of(low), y_of(high), shape,
                f"{row['source']}, {day.isoformat()}: {row['figure'].get('text')}"
                f" {row['figure'].get('unit') or ''}".rstrip(),
            )
        )  # fmt: skip
    fractions = (0.5,) if first == last else (0.0, 0.5, 1.0)
    x_ticks = [
        (
            LEFT + PAD + (WIDTH - RIGHT - LEFT - 2 * PAD) * f,
            (first + dt.timedelta(days=round(f * span_days))).isoformat(),
        )
        for f in fractions
    ]
    units = list(dict.fromkeys(r["figure"].get("unit") or "" for r in rows))
    return Chart([u for u in units if u], log, list(series.values()), x_ticks, y_ticks)


def _y_scale(low: float, high: float, log: bool) -> tuple[Any, list[tuple[float, str]]]:
    top, bottom = TOP + 8, HEIGHT - BOTTOM - 8
    if log:
        lo, hi = math.floor(math.log10(low)), math.ceil(math.log10(high))
        hi = max(hi, lo + 1)

        def y_log(v: float) -> float:
            return round(bottom - (math.log10(v) - lo) / (hi - lo) * (bottom - top), 1)

        return y_log, [(y_log(10.0**e), _number(10.0**e)) for e in range(lo, hi + 1)]
    step = _nice_step((high - min(low, 0)) / 4 or 1)
    floor = math.floor(min(low, 0) / step) * step
    ceiling = math.ceil(high / step) * step if high > floor else floor + step

    def y_lin(v: float) -> float:
        return round(bottom - (v - floor) / (ceiling - floor) * (bottom - top), 1)

    ticks = []
    v = floor
    while v <= ceiling + step / 2:
        ticks.append((y_lin(v), _number(v)))
        v += step
    return y_lin, ticks


def _nice_step(raw: float) -> float:
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def _number(v: float) -> str:
    return f"{v:,.0f}".replace(",", " ") if abs(v) >= 1 or v == 0 else f"{v:g}"
