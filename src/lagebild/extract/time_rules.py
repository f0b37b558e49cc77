"""The rule families of time expressions: numeric and textual dates, months, years,
seasons, quarters, weekdays, relative periods, windows and parts of periods. Each takes
a :class:`~lagebild.extract.time_context.Context` and yields what it finds, resolved."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from lagebild.extract import time_calendar as cal
from lagebild.extract import time_lexicon as lex
from lagebild.extract import time_patterns as pat
from lagebild.extract.time_context import FUTURE, NEUTRAL, PAST, STRONG_FUTURE, Context, Hit

_MONTHS_LOWER = {k.lower(): v for k, v in lex.MONTHS.items()}
_MONTHS_ALL = set(lex.MONTHS) | set(lex.WEEKDAYS) | set(lex.SEASONS)
_NUMBERS_LOWER = {k.lower(): v for k, v in lex.NUMBER_WORDS.items()}
_VAGUE_LOWER = {" ".join(k.lower().split()) for k in lex.VAGUE_COUNT_WORDS}
_SEASONS_DE = {k for k in lex.SEASONS if k[0].isupper()}
_SEASONS_LOWER = {k.lower(): v for k, v in lex.SEASONS.items()}
_UNITS_LOWER = {k.lower(): v for k, v in lex.UNITS.items()}
_CAL_UNITS_LOWER = {k.lower(): v for k, v in lex.CALENDAR_UNITS.items()}
_CAL_WORDS_LOWER = {k.lower(): v for k, v in lex.CALENDAR_WORDS.items()}
_UNIT_SINGULARS = frozenset(k.lower() for k in lex.CALENDAR_UNITS) | {
    "tag",
    "day",
    "jahrzehnt",
    "decade",
}


def _rel_sign(rel: str | None) -> int | None:
    """-1 for "vergangenen"/"last", +1 for "kommenden"/"next", 0 for "diesen"/"this"."""
    if rel is None:
        return None
    if pat.REL_PAST_RE.match(rel):
        return -1
    if pat.REL_FUTURE_RE.match(rel):
        return 1
    return 0


def _count(word: str | None) -> tuple[int, bool]:
    """A count word as a number, and whether it is vague ("ein paar" -> 3, True)."""
    if word is None:
        return 1, False
    key = " ".join(word.lower().split())
    if key.isdigit():
        return int(key), False
    if key in _VAGUE_LOWER:
        return lex.VAGUE_COUNT, True
    return _NUMBERS_LOWER.get(key, 1), False


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- rule families --------------------------------------------------------------------------


def _numeric_dates(ctx: Context) -> Iterator[Hit]:
    """18.10.2024, 18.10.24, am 18.10., 2024-10-18."""
    for m in pat.NUMERIC_DATE.finditer(ctx.text):
        day, month = int(m["d"]), int(m["m"])
        if m["y"] is None:
            if m["prep"] is None or not 1 <= month <= 12:
                continue
            year = ctx.year_for(month, day, ctx.lean(m.start(), m.end()))
        else:
            year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        found = _valid_date(year, month, day) if year is not None else None
        if year is not None and found is None:
            continue
        start = (
            m.start("prep") if m["prep"] and m["prep"].lower().startswith("am") else m.start("d")
        )
        yield ctx.hit(start, m.end(), cal.point(cal.iso_day(found)) if found else None)
    for m in pat.ISO_DATE.finditer(ctx.text):
        found = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if found is not None:
            yield ctx.hit(m.start(), m.end(), cal.point(cal.iso_day(found)))


def _textual_dates(ctx: Context) -> Iterator[Hit]:
    """18. Oktober 2024, am 3. März, October 25, 2024, 25 October, vom 3. bis 5. März."""
    matches = [*pat.DAY_MONTH.finditer(ctx.text), *pat.MONTH_DAY.finditer(ctx.text)]
    for m in matches:
        if m.re is pat.MONTH_DAY and ctx.lang != "en" and m["y"] is None:
            continue  # "im Oktober 25 Menschen" is no date in German
        month, day = _MONTHS_LOWER[m["mon"].lower()], int(m["d"])
        year = int(m["y"]) if m["y"] else ctx.year_for(month, day, ctx.lean(m.start(), m.end()))
        if year is None:
            yield ctx.hit(m.start(), m.end(), None)
        elif found := _valid_date(year, month, day):
            yield ctx.hit(m.start(), m.end(), cal.point(cal.iso_day(found)))
    for m in pat.DAY_RANGE.finditer(ctx.text):
        month, first, last = _MONTHS_LOWER[m["mon"].lower()], int(m["d1"]), int(m["d"])
        year = int(m["y"]) if m["y"] else ctx.year_for(month, last, ctx.lean(m.start(), m.end()))
        if year is None:
            yield ctx.hit(m.start(), m.end(), None)
            continue
        lo, hi = _valid_date(year, month, first), _valid_date(year, month, last)
        if lo and hi and lo < hi:
            yield ctx.hit(m.start(), m.end(), (cal.iso_day(lo), cal.iso_day(hi)))


def _months(ctx: Context) -> Iterator[Hit]:
    """im Juni, Oktober 2024, im Mai vergangenen Jahres, last March."""
    for m in pat.MONTH_NAME.finditer(ctx.text):
        name, month = m["mon"], _MONTHS_LOWER[m["mon"].lower()]
        bare = not (m["prep"] or m["rel"] or m["ys"])
        if bare and name in lex.AMBIGUOUS_MONTHS:
            previous = ctx.previous_words(m.start(), 1)
            if not previous or previous[0] not in lex.AMBIGUOUS_MONTH_OK_BEFORE:
                continue
        year = ctx.year_spec(m["ys"])
        rel = _rel_sign(m["rel"])
        if year is None and ctx.ref is not None:
            ref = ctx.ref
            if rel == -1:
                year = ref.year if month < ref.month else ref.year - 1
            elif rel == 1:
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = ctx.year_for(month, None, ctx.lean(m.start(), m.end()))
        if year is not None and not 1900 <= year <= 2100:
            continue
        value = cal.point(cal.iso_month(year, month)) if year is not None else None
        yield ctx.hit(m.start(), m.end(), value)


def _year_is_count(ctx: Context, start: int, end: int) -> bool:
    """Whether a bare four-digit number reads as a count or label rather than a year."""
    text = ctx.text
    before = text[max(0, start - 20) : start]
    previous = pat.WORD.findall(before)[-1:] or [""]
    tail = before.rstrip().lower()
    if any(tail.endswith(w.lower()) for w in lex.COUNT_MODIFIERS + lex.LABEL_WORDS):
        return True
    following = text[end:].lstrip()
    next_word = pat.WORD.match(following) if text[end : end + 1] in (" ", "\u00a0") else None
    if following[:1] in ("%", "€", "$"):
        return True
    if next_word is None:
        return False
    word = next_word.group(0)
    if word in lex.COUNTED_AFTER_NUMBER:
        return True
    introduced = previous[0] in lex.YEAR_INTRODUCERS or previous[0] in _MONTHS_ALL
    return ctx.lang == "de" and word[:1].isupper() and word not in _MONTHS_ALL and not introduced


def _years(ctx: Context) -> Iterator[Hit]:
    """2024, im Jahr 2023, in 2023, 2023/24, 2019-2021, in den 1990er Jahren."""
    for m in pat.YEAR.finditer(ctx.text):
        year = int(m["y"])
        if not 1900 <= year <= 2100:
            continue
        if m["intro"] is None and _year_is_count(ctx, m.start("y"), m.end()):
            continue
        value: cal.Interval = cal.point(cal.iso_year(year))
        if m["y2"]:
            second = int(m["y2"]) if len(m["y2"]) == 4 else year // 100 * 100 + int(m["y2"])
            if not year < second <= 2100:
                yield ctx.hit(m.start(), m.start("y") + 4, value)
                continue
            value = (cal.iso_year(year), cal.iso_year(second))
        start = m.start() if m["intro"] and m["intro"].strip().lower() != "in" else m.start("y")
        if m["intro"] and m["intro"].strip().lower() == "in":
            start = m.start()
        yield ctx.hit(start, m.end(), value)
    for m in pat.DECADE.finditer(ctx.text):
        if m["full"]:
            first = int(m["full"]) * 10
        else:  # "die 20er Jahre": the latest such decade that has begun by the document date
            first = 2000 + int(m["short"]) * 10
            latest = ctx.ref.year if ctx.ref else 2029
            if first > latest:
                first -= 100
        yield ctx.hit(m.start(), m.end(), (cal.iso_year(first), cal.iso_year(first + 9)))


def _seasons(ctx: Context) -> Iterator[Hit]:
    """im Herbst, im vergangenen Sommer, Sommer 2024, this spring, the summer of 2024."""
    for m in pat.SEASON_NAME.finditer(ctx.text):
        if not (m["prep"] or m["rel"] or m["ys"]):
            continue
        season = m["season"]
        if ctx.lang != "en" and season not in _SEASONS_DE:
            continue  # "in diesem Fall"
        if season.lower() == "fall" and not (m["rel"] or m["ys"] or "the" in (m["prep"] or "")):
            continue
        if (
            season.lower() in ("spring", "fall")
            and (m["prep"] or "").strip() == "the"
            and not m["ys"]
        ):
            continue  # "the spring" of a mattress, "the fall of Kabul"
        first = _SEASONS_LOWER[season.lower()]
        year = ctx.year_spec(m["ys"])
        interval = None
        if year is not None:
            interval = cal.season_interval(year, first, lex.SEASON_MONTHS)
        elif ctx.ref is not None:
            rel = _rel_sign(m["rel"])
            lean = ctx.lean(m.start(), m.end()) if rel is None else NEUTRAL
            interval = _season_instance(ctx.ref, first, rel, lean)
        yield ctx.hit(m.start(), m.end(), interval, approximate=True)


def _season_instance(ref: date, first: int, rel: int | None, lean: int) -> cal.Interval:
    """The season instance a relative or bare season name points to."""
    instances = [
        cal.season_interval(year, first, lex.SEASON_MONTHS)
        for year in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)
    ]
    now = cal.iso_month(ref.year, ref.month)
    if rel == -1:
        return [i for i in instances if (i[1] or "") < now][-1]
    if rel == 1:
        return next(i for i in instances if (i[0] or "") > now)
    current = [i for i in instances if (i[0] or "") <= now <= (i[1] or "")]
    if current:
        return current[0]
    if lean == PAST:
        return [i for i in instances if (i[1] or "") < now][-1]
    if lean == STRONG_FUTURE:
        return next(i for i in instances if (i[0] or "") > now)
    return next(i for i in instances if (i[0] or "").startswith(str(ref.year)))


def _quarters(ctx: Context) -> Iterator[Hit]:
    """im dritten Quartal, Q3 2024, in der ersten Jahreshälfte, the first half of 2024."""
    for m in pat.QUARTER.finditer(ctx.text):
        n = lex.ORDINALS[m["ord"].lower()] if m["ord"] else int(m["n"])
        half = m["kind"].lower() in {w.lower() for w in lex.HALF_WORDS}
        if half and (n > 2 or (m["kind"].lower() == "half" and not m["ys"])):
            continue
        year = ctx.year_spec(m["ys"]) or _quarter_year(ctx, n, half, m.start(), m.end())
        yield ctx.hit(m.start(), m.end(), _quarter_interval(year, n, half))
    for m in pat.QUARTER_CODE.finditer(ctx.text):
        n, half = int(m["n"]), m["kind"] == "H"
        if half and n > 2:
            continue
        year = (int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])) if m["y"] else None
        if year is None:
            year = _quarter_year(ctx, n, half, m.start(), m.end())
        yield ctx.hit(m.start(), m.end(), _quarter_interval(year, n, half))


def _quarter_year(ctx: Context, n: int, half: bool, start: int, end: int) -> int | None:
    """The year of a quarter named without one: like a month's ("grew in the third quarter"
    in a January article is last year's)."""
    return ctx.year_for(_quarter_months(n, half)[0], None, ctx.lean(start, end))


def _quarter_months(n: int, half: bool) -> tuple[int, int]:
    """First and last month of the n-th quarter (or half) of a year."""
    months = 6 if half else 3
    first = (n - 1) * months + 1
    return first, first + months - 1


def _quarter_interval(year: int | None, n: int, half: bool) -> cal.Interval | None:
    if year is None:
        return None
    first, last = _quarter_months(n, half)
    return (cal.iso_month(year, first), cal.iso_month(year, last))


def _weekday_date(ctx: Context, weekday: int, rel: int | None, lean: int) -> date | None:
    if ctx.ref is None:
        return None
    if rel == -1:
        return cal.weekday_before(ctx.ref, weekday, strictly=True)
    if rel == 1:
        return cal.weekday_after(ctx.ref, weekday, strictly=True)
    if lean >= FUTURE:
        return cal.weekday_after(ctx.ref, weekday)
    return cal.weekday_before(ctx.ref, weekday)


def _days(ctx: Context) -> Iterator[Hit]:
    """am Montag, vergangenen Freitag, on Tuesday, heute, gestern Abend, tomorrow."""
    for m in pat.WEEKDAY_NAME.finditer(ctx.text):
        weekday = lex.WEEKDAYS[m["wd"]]
        rel = _rel_sign(m["rel"])
        day = _weekday_date(ctx, weekday, rel, ctx.lean(m.start(), m.end()))
        yield ctx.hit(m.start(), m.end(), cal.point(cal.iso_day(day)) if day else None)
    for m in pat.DEICTIC_DAY.finditer(ctx.text):
        word = m["w"]
        if word == "Morgen" and not _sentence_initial(ctx, m.start()):
            continue
        offset = lex.DEICTIC_DAYS[word.lower()]
        yield ctx.hit(m.start(), m.end(), _day_offset(ctx, offset))
    for m in pat.DEICTIC_PHRASE.finditer(ctx.text):
        if m["rel"].lower() == "last" and m["part"].lower() != "night":
            continue
        offset = -1 if m["rel"].lower() == "last" else 0
        yield ctx.hit(m.start(), m.end(), _day_offset(ctx, offset))
    for m in pat.NIGHT.finditer(ctx.text):
        target = m["wd"]
        if target in lex.WEEKDAYS:
            day = _weekday_date(ctx, lex.WEEKDAYS[target], None, ctx.lean(m.start(), m.end()))
        else:
            day = cal.shift(ctx.ref, "day", lex.DEICTIC_DAYS[target.lower()]) if ctx.ref else None
        interval = (cal.iso_day(cal.shift(day, "day", -1)), cal.iso_day(day)) if day else None
        yield ctx.hit(m.start(), m.end(), interval)
    for m in pat.WEEKEND.finditer(ctx.text):
        if not (m["prep"] or m["rel"] or m["the"]):
            continue
        yield ctx.hit(m.start(), m.end(), _weekend(ctx, m))


def _sentence_initial(ctx: Context, start: int) -> bool:
    before = ctx.text[:start].rstrip()
    return not before or before[-1] in '.!?:"„»'


def _day_offset(ctx: Context, offset: int) -> cal.Interval | None:
    if ctx.ref is None:
        return None
    return cal.point(cal.iso_day(cal.shift(ctx.ref, "day", offset)))


def _weekend(ctx: Context, m: re.Match[str]) -> cal.Interval | None:
    if ctx.ref is None:
        return None
    rel = _rel_sign(m["rel"])
    ref = ctx.ref
    in_weekend = ref.weekday() >= 5
    if rel == -1:
        saturday = cal.weekday_before(ref, 5, strictly=True)
        if in_weekend:
            saturday = cal.shift(saturday, "day", -7) if ref.weekday() == 6 else saturday
    elif rel == 1:
        saturday = cal.weekday_after(ref, 5, strictly=True)
    else:
        lean = ctx.lean(m.start(), m.end())
        if in_weekend:
            saturday = cal.weekday_before(ref, 5)
        elif lean >= FUTURE:
            saturday = cal.weekday_after(ref, 5)
        else:
            saturday = cal.weekday_before(ref, 5)
    return (cal.iso_day(saturday), cal.iso_day(cal.shift(saturday, "day", 1)))


def _relative_periods(ctx: Context) -> Iterator[Hit]:
    """letztes Jahr, nächste Woche, im Vorjahr, vor zwei Wochen, in den letzten Monaten."""
    for m in pat.CALENDAR_RELATIVE.finditer(ctx.text):
        unit = _CAL_UNITS_LOWER[m["unit"].lower()]
        rel = _rel_sign(m["rel"]) or 0
        if ctx.ref is None:
            yield ctx.hit(m.start(), m.end(), None)
        elif m["rel"].lower() == "past":  # "the past year": the twelve months up to now
            since = cal.shift(ctx.ref, unit, -1)
            yield ctx.hit(
                m.start(), m.end(), (cal.at_granularity(since, unit), cal.iso_day(ctx.ref))
            )
        else:
            yield ctx.hit(m.start(), m.end(), cal.calendar_period(ctx.ref, unit, rel))
    for m in pat.CALENDAR_WORD.finditer(ctx.text):
        unit, offset = _CAL_WORDS_LOWER[m["w"].lower()]
        value = cal.calendar_period(ctx.ref, unit, offset) if ctx.ref else None
        yield ctx.hit(m.start(), m.end(), value)
    yield from _ago_and_ahead(ctx)
    yield from _windows(ctx)


def _ago_and_ahead(ctx: Context) -> Iterator[Hit]:
    """vor zwei Wochen, two weeks ago, in drei Tagen, binnen zwei Wochen."""
    for m in pat.AGO.finditer(ctx.text):
        count, vague = _count(m["n"] or m["n_en"])
        unit = _UNITS_LOWER[(m["unit"] or m["unit_en"]).lower()]
        approximate = vague or bool(m["mod"] or m["mod_en"]) or unit != "day"
        value = None
        if ctx.ref is not None:
            then = cal.shift(ctx.ref, unit, -count)
            grain = {"year": "month", "decade": "year"}.get(unit, unit)
            value = cal.point(cal.at_granularity(then, grain))
        yield ctx.hit(m.start(), m.end(), value, approximate)
    for m in pat.AHEAD.finditer(ctx.text):
        count, vague = _count(m["n"])
        unit = _UNITS_LOWER[m["unit"].lower()]
        window = m["prep"].lower() != "in"
        if not window and ctx.lean(m.start(), m.end()) == PAST:
            continue  # "in zwei Wochen wurden ..." is a duration, not a date ahead
        value = None
        if ctx.ref is not None:
            then = cal.shift(ctx.ref, unit, count)
            grain = {"year": "month", "decade": "year"}.get(unit, unit)
            end_value = cal.at_granularity(then, grain)
            value = (cal.iso_day(ctx.ref), end_value) if window else cal.point(end_value)
        yield ctx.hit(m.start(), m.end(), value, vague or unit != "day")


def _windows(ctx: Context) -> Iterator[Hit]:
    """in den letzten Monaten, seit Wochen, in the past two years, in the coming days."""
    for m in pat.WINDOW.finditer(ctx.text):
        unit = _UNITS_LOWER[m["unit"].lower()]
        plural = m["unit"].lower() not in _UNIT_SINGULARS
        number = m["n"] or m["n2"]
        if number is None and not plural:
            if m["since"] or m["recent"]:
                continue
            count, vague = 1, False
        elif number is None or number.lower() in ("vielen", "langen"):
            count, vague = lex.VAGUE_COUNT, True
        else:
            count, vague = _count(number)
        ahead = m["rel"] is not None and _rel_sign(m["rel"]) == 1
        if ctx.ref is None:
            yield ctx.hit(m.start(), m.end(), None, vague)
            continue
        other = cal.shift(ctx.ref, unit, count if ahead else -count)
        grain = cal.at_granularity(other, unit)
        today = cal.iso_day(ctx.ref)
        yield ctx.hit(m.start(), m.end(), (today, grain) if ahead else (grain, today), vague)


def _parts(ctx: Context) -> Iterator[Hit]:
    """Ende des Jahres, Anfang der Woche, Jahresende, earlier this year."""
    for m in pat.PART_OF_CURRENT.finditer(ctx.text):
        unit = _CAL_UNITS_LOWER.get(m["unit"].lower(), "week")
        part = part_name(m["part"])
        value = cal.part_of(part, cal.calendar_period(ctx.ref, unit, 0)) if ctx.ref else None
        yield ctx.hit(m.start(), m.end(), value, approximate=True)
    for m in pat.PART_COMPOUND.finditer(ctx.text):
        part, unit = lex.PART_COMPOUNDS.get(
            m["w"], lex.PART_COMPOUNDS.get(m["w"].lower(), ("", ""))
        )
        if not part:
            continue
        value = cal.part_of(part, cal.calendar_period(ctx.ref, unit, 0)) if ctx.ref else None
        yield ctx.hit(m.start(), m.end(), value, approximate=True)
    for m in pat.EARLIER_LATER.finditer(ctx.text):
        value = None
        if ctx.ref is not None:
            period = cal.calendar_period(ctx.ref, m["unit"].lower(), 0)
            today = cal.iso_day(ctx.ref)
            value = (period[0], today) if m["w"].lower() == "earlier" else (today, period[1])
        yield ctx.hit(m.start(), m.end(), value, approximate=True)


def part_name(word: str) -> str:
    key = " ".join(word.split())
    return lex.PARTS.get(key) or lex.PARTS.get(key.lower()) or lex.PARTS[key.capitalize()]


RULES: tuple[Callable[[Context], Iterator[Hit]], ...] = (
    _numeric_dates,
    _textual_dates,
    _months,
    _years,
    _seasons,
    _quarters,
    _days,
    _relative_periods,
    _parts,
)
