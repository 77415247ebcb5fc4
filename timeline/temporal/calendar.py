"""Calendar arithmetic on TimeML values: the interval of days a value covers, and moving by units."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import functools
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _calendar.monthrange(year, month + 1)[1]))


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekend_of(saturday: dt.date) -> str:
    return iso_week(saturday) + "-WE"


@functools.lru_cache(maxsize=4096)  # a pure function of the value, asked for each expression twice
def interval(value: str) -> tuple[dt.date, dt.date, str] | None:
    """The inclusive calendar interval and granularity of a TimeML date value; None when not on the calendar."""
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day, "time" if m[4] else "day"
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), month_end(year, month), "month"
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "weekend"
            return monday, monday + dt.timedelta(days=6), "week"
        if m := _PART.match(value):
            year, part = int(m[1]), m[2]
            if part[0] == "Q":
                first = (int(part[1]) - 1) * 3 + 1
                return dt.date(year, first, 1), month_end(year, first + 2), "quarter"
            if part[0] == "H":
                first = 1 if part == "H1" else 7
                return dt.date(year, first, 1), month_end(year, first + 5), "half"
            first, last = _SEASON_MONTHS[part]
            end = month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
            return dt.date(year, first, 1), end, "season"
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        if m := _DECADE.match(value):
            year = int(m[1]) * 10
            return dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "decade"
        if m := _CENTURY.match(value):
            year = int(m[1]) * 100
            return dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31), "century"
    except (ValueError, OverflowError):  # 2015-02-30, week 54, the weekend after 9999-12-31: not on the calendar
        return None
    return None


_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$")


def subtract_duration(day: dt.date, value: str, sign: int = -1) -> dt.date | None:
    """`day` moved back (sign -1) or forward (+1) by a TimeML duration of whole days or more; None otherwise."""
    m = _DURATION.match(value)
    if not m or not any(m.groups()) or value.startswith("PT"):
        return None
    years, months, weeks, days = (int(g) if g else 0 for g in m.groups())
    try:
        moved = add_months(day, sign * (years * 12 + months))
        return moved + dt.timedelta(days=sign * (weeks * 7 + days))
    except (ValueError, OverflowError):
        return None


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _easter(year: int) -> dt.date:
    # Anonymous Gregorian algorithm
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FROM_EASTER_OR_THANKSGIVING = re.compile(r"(easter|thanksgiving)([+-]\d+)?")      # "easter-2": Good Friday
_NTH_WEEKDAY_OF_MONTH = re.compile(r"(first|second|third|fourth|last)-([a-z]{3})-(\d\d)")   # "last-mon-05"


def holiday_date(name: str, year: int) -> dt.date:
    """The day of a holiday (a value of `lexicon.HOLIDAYS`) in `year`."""
    if m := _FROM_EASTER_OR_THANKSGIVING.fullmatch(name):
        day = _easter(year) if m[1] == "easter" else _thanksgiving(year)
        return day + dt.timedelta(days=int(m[2] or 0))
    if m := _NTH_WEEKDAY_OF_MONTH.fullmatch(name):
        weekday, month = _WEEKDAY_ABBREVIATIONS.index(m[2]), int(m[3])
        if m[1] == "last":
            end = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
            return end - dt.timedelta(days=(end.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * _NTH[m[1]])
    if name == "electionday":  # U.S. Election Day: the Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(7 - first.weekday()) % 7 + 1)
    month, day = name.split("-")
    return dt.date(year, int(month), int(day))
