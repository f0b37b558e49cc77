"""Calendar arithmetic for time expressions: ISO strings at a granularity, shifts, parts.

An interval is a pair of ISO strings (``from``, ``to``) at the granularity the text
names: ``"2024"``, ``"2024-11"`` or ``"2024-10-18"``; ``None`` is an open end.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Interval = tuple[str | None, str | None]


def iso_year(year: int) -> str:
    """``2024`` -> ``"2024"``."""
    return f"{year:04d}"


def iso_month(year: int, month: int) -> str:
    """``(2024, 6)`` -> ``"2024-06"``."""
    return f"{year:04d}-{month:02d}"


def iso_day(day: date) -> str:
    """A date as ``"2024-10-18"``."""
    return day.isoformat()


def point(value: str) -> Interval:
    """An interval that starts and ends with the same ISO value."""
    return (value, value)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after (or before, if negative) the given one."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` units (day, week, month, year, decade); month ends clamp."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = {"month": 1, "year": 12, "decade": 120}[unit] * count
    year, month = add_months(day.year, day.month, months)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def at_granularity(day: date, unit: str) -> str:
    """``day`` written at the granularity fitting a count of ``unit``s."""
    if unit in ("day", "week"):
        return iso_day(day)
    if unit == "month":
        return iso_month(day.year, day.month)
    return iso_year(day.year)


def calendar_period(ref: date, unit: str, offset: int) -> Interval:
    """The calendar year, month or (Monday-Sunday) week ``offset`` units from ``ref``'s."""
    if unit == "year":
        return point(iso_year(ref.year + offset))
    if unit == "month":
        return point(iso_month(*add_months(ref.year, ref.month, offset)))
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    return (iso_day(monday), iso_day(monday + timedelta(days=6)))


def first_day(value: str) -> date:
    """The first day an ISO value of any granularity covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1)
    return date(parts[0], parts[1], parts[2])


def last_day(value: str) -> date:
    """The last day an ISO value of any granularity covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


def part_of(part: str, interval: Interval) -> Interval | None:
    """The early, mid or late third of a period of a week or longer; None if too short.

    A year splits into January-April, May-August, September-December; a month into
    days 1-10, 11-20 and 21 to its end; a week into Mon-Tue, Wed-Thu, Fri-Sun.
    """
    start, end = interval
    if start is None or end is None:
        return None
    lo, hi = first_day(start), last_day(end)
    days = (hi - lo).days + 1
    if days < 7:
        return None
    index = {"early": 0, "mid": 1, "late": 2}[part]
    if days >= 60:
        months = []
        year, month = lo.year, lo.month
        while (year, month) <= (hi.year, hi.month):
            months.append((year, month))
            year, month = add_months(year, month, 1)
        size = len(months) // 3
        chosen = months[index * size : (index + 1) * size if index < 2 else None]
        return (iso_month(*chosen[0]), iso_month(*chosen[-1]))
    size = days // 3
    begin = lo + timedelta(days=index * size)
    finish = hi if index == 2 else begin + timedelta(days=size - 1)
    return (iso_day(begin), iso_day(finish))


def season_interval(year: int, first_month: int, months: int) -> Interval:
    """The season starting in ``first_month`` of ``year`` (winter runs into the next year)."""
    end_year, end_month = add_months(year, first_month, months - 1)
    return (iso_month(year, first_month), iso_month(end_year, end_month))


def weekday_before(ref: date, weekday: int, strictly: bool = False) -> date:
    """The nearest day with this weekday on (or, if ``strictly``, before) ``ref``."""
    back = (ref.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return ref - timedelta(days=back)


def weekday_after(ref: date, weekday: int, strictly: bool = False) -> date:
    """The nearest day with this weekday on (or, if ``strictly``, after) ``ref``."""
    ahead = (weekday - ref.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return ref + timedelta(days=ahead)
