"""Date lines: the dates articles print above or at the start of their text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

# The date lines articles write most, read without dateparser (whose import and first
# parse take a quarter of a second): ISO, "18.10.2024", "18. Oktober, 2024", "October 25,
# 2024"; also after a weekday ("Dienstag, 9. September 2025"), where dateparser reads the
# whole line in the weekday's language and ignores the weekday (one that does not match
# the date included): German ISO, dotted and day-month dates, English ISO, day-month and
# month-day ones, each with its language's month names. Other lines go to dateparser.
_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "december": 12,
}  # fmt: skip
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DAY_MONTH_DATE = re.compile(r"(\d{1,2})\.?\s+(\w+),?\s+(\d{4})")
_MONTH_DAY_DATE = re.compile(r"(\w+)\s+(\d{1,2}),?\s+(\d{4})")
_GERMAN_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                    "sonntag")  # fmt: skip
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday")  # fmt: skip
_WEEKDAY = re.compile(rf"({'|'.join(_GERMAN_WEEKDAYS + _ENGLISH_WEEKDAYS)}),?\s+(.*)", re.I)
_GERMAN_MONTHS = frozenset(
    ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
     "september", "oktober", "november", "dezember")
)  # fmt: skip
_ENGLISH_MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december")
)  # fmt: skip


def parse_date_line(line: str) -> dt.date | None:
    """The date of a date line ("18. Oktober, 2024", "18.10.2024", "October 25, 2024", ISO)."""
    line = line.strip()
    if len(line) > 40 or not any(ch.isdigit() for ch in line):
        return None
    common = _common_date(line)
    return common if common is not None else dateparser_date(line)


def dateparser_date(line: str) -> dt.date | None:
    """What dateparser makes of a date line (day, month and year required); the fallback of
    :func:`parse_date_line` for forms it does not read itself."""
    import dateparser

    settings: dict[str, object] = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    if re.match(r"^\d{1,2}\.", line):
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(line, languages=["de", "en"], settings=settings)
    return parsed.date() if parsed else None


def _common_date(line: str) -> dt.date | None:
    """The date of a line in one of the commonest forms, else None (also for a form that
    names no real day: dateparser then has its say)."""
    months: Collection[str] = _MONTHS
    dotted = month_day = True
    if m := _WEEKDAY.fullmatch(line):
        line = m[2]
        german = m[1].lower() in _GERMAN_WEEKDAYS
        months = _GERMAN_MONTHS if german else _ENGLISH_MONTHS
        dotted, month_day = german, not german
    ymd: tuple[int, int, int] | None = None
    if m := _ISO_DATE.fullmatch(line):
        ymd = (int(m[1]), int(m[2]), int(m[3]))
    elif dotted and (m := _DOTTED_DATE.fullmatch(line)):
        ymd = (int(m[3]), int(m[2]), int(m[1]))
    elif (m := _DAY_MONTH_DATE.fullmatch(line)) and m[2].lower() in months:
        ymd = (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    elif month_day and (m := _MONTH_DAY_DATE.fullmatch(line)) and m[1].lower() in months:
        ymd = (int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if ymd is None:
        return None
    try:
        return dt.date(*ymd)
    except ValueError:
        return None
