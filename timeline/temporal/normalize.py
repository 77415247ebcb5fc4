"""Template functions of the rule table: turn matched words into pieces of TimeML values.

A value template such as `UNDEF-year-{month(m)}-{day(d)}` calls `month` on the text of group `m`.
Arguments are group names; `0` means the whole match, and a name that is not a group is passed as
the literal word (so `{dur(one, u)}` reads "one" and the unit group).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from timeline.temporal import calendar as cal
from timeline.temporal import lexicon

_SPACES = re.compile(r"\s+")


def _clean(word: str | None) -> str:
    return _SPACES.sub(" ", (word or "").strip().lower().replace("’", "'")).rstrip(".")


def number(word: str | None) -> float | None:
    """'three' -> 3, '18' -> 18, 'twenty-four' -> 24, '5 1/2' and '5-1/2' -> 5.5; vague words -> None."""
    w = _clean(word)
    if not w:
        return None
    if w in lexicon.NUMBERS:
        return lexicon.NUMBERS[w]
    if w in lexicon.COMPOUND_NUMBERS:
        return lexicon.COMPOUND_NUMBERS[w]
    if w.endswith((" 1/2", "-1/2")):
        w, half = w[:-4], 0.5
    else:
        half = 0.0
    try:
        return float(w) + half
    except ValueError:
        return None


def month(word: str | None) -> str:
    w = _clean(word)
    if w.isdigit():
        if not 1 <= int(w) <= 12:
            raise ValueError(f"month {w}")
        return f"{int(w):02d}"
    return f"{lexicon.MONTHS[w if w in lexicon.MONTHS else w[:3]]:02d}"


def day(word: str | None) -> str:
    return f"{int(re.sub(r'[^0-9]', '', word or '')):02d}"


def year(word: str | None) -> str:
    w = _clean(word).lstrip("'")
    if w[:1].isalpha():  # a spoken year
        return yearword(w)
    if len(w) == 2:  # '89 -> 1989, '05 -> 2005: the nearer century for news
        return ("20" if int(w) < 30 else "19") + w
    return w


def yearword(word: str | None) -> str:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'two thousand and one' -> 2001."""
    w = _clean(word).replace(" and ", " ")
    if w.startswith("two thousand"):
        rest = w[len("two thousand"):].strip()
        return str(2000 + (int(number(rest)) if rest else 0))
    rest = w[len("nineteen"):].strip(" -")
    return str(1900 + int(number(rest)))


def calendar_date(year_word: str | None, month_word: str | None, day_word: str | None) -> str:
    """A month with its optional day and year: complete when the year is written, else underspecified
    for the resolver ('March', '30', None -> UNDEF-year-03-30)."""
    head = year(year_word) if year_word else "UNDEF-year"
    return f"{head}-{month(month_word)}" + (f"-{day(day_word)}" if day_word else "")


def date_before_dct(year_word: str | None, month_word: str | None, day_word: str | None) -> str:
    """A day that lies before the DCT ("last Oct. 23", "ended Jan. 31"): complete when the year is written,
    else the latest such day before the DCT (UNDEF-last-date-10-23)."""
    if year_word:
        return calendar_date(year_word, month_word, day_word)
    return f"UNDEF-last-date-{month(month_word)}-{day(day_word)}"


def since_date(year_word: str | None, month_word: str | None, day_word: str | None) -> str:
    """The start of "since June", "since Dec. 3": complete when the year is written, else the latest such
    day (UNDEF-last-date-12-03) or month begun (UNDEF-latest-month-06) before the DCT."""
    if year_word or day_word:
        return date_before_dct(year_word, month_word, day_word)
    return f"UNDEF-latest-month-{month(month_word)}"


def week_of(year_word: str | None, month_word: str | None, day_word: str | None) -> str:
    """The ISO week holding a date ('1999', 'Jan.', '4' -> 1999-W01); without a year, underspecified for
    the resolver (UNDEF-week-of-year-01-04)."""
    if not year_word:
        return f"UNDEF-week-of-year-{month(month_word)}-{day(day_word)}"
    year_, week, _ = dt.date(int(year(year_word)), int(month(month_word)), int(day(day_word))).isocalendar()
    return f"{year_}-W{week:02d}"


def weekend_of(year_word: str | None, month_word: str | None, day_word: str | None) -> str:
    """The weekend of the ISO week holding a date ('2023', 'June', '24' -> 2023-W25-WE); without a year,
    underspecified for the resolver (UNDEF-weekend-of-year-06-24)."""
    if not year_word:
        return f"UNDEF-weekend-of-year-{month(month_word)}-{day(day_word)}"
    return week_of(year_word, month_word, day_word) + "-WE"


def day_of(weekday_word: str | None, month_word: str | None, day_word: str | None, rel_word: str | None = None) -> str:
    """The day a clock time is on, as an underspecified value: a weekday ("last Sunday") or a month-day."""
    if weekday_word:
        return f"{relword(rel_word)}-weekday-{weekday(weekday_word)}" if rel_word else f"weekday-{weekday(weekday_word)}"
    return f"year-{month(month_word)}-{day(day_word)}"


def weekday(word: str | None) -> str:
    return str(lexicon.WEEKDAYS[_clean(word)])


def season(word: str | None) -> str:
    return lexicon.SEASONS[_clean(word)]


def part(word: str | None) -> str:
    return lexicon.PARTS_OF_DAY[_clean(word)]


def _ordinal_number(word: str | None) -> int:
    w = _clean(word)
    return lexicon.ORDINALS[w] if w in lexicon.ORDINALS else int(re.sub(r"[^0-9]", "", w))


def ordinal(word: str | None) -> str:
    return str(_ordinal_number(word))


def quarter_of_months(first: str | None, last: str | None) -> str:
    """The quarter two months open and close ("July", "September" -> 3); no quarter otherwise."""
    a, b = int(month(first)), int(month(last))
    if a % 3 != 1 or b != a + 2:
        raise ValueError(f"months {a}-{b} are no quarter")
    return str((a + 2) // 3)


def half(word: str | None) -> str:
    return "1" if _clean(word) == "first" else "2"


def period(quarter_word: str | None, half_word: str | None) -> str:
    """A quarter or a half of a year by its ordinal: ('third', None) -> Q3, (None, 'first') -> H1."""
    return f"Q{ordinal(quarter_word)}" if quarter_word else f"H{half(half_word)}"


def century(word: str | None) -> str:
    """'20th' -> 19 (the years 1900-1999); there is no 0th century, so '00th' is not a date."""
    n = _ordinal_number(word)
    if n < 1:
        raise ValueError(f"century {word}")
    return f"{n - 1:02d}"


def decade(word: str | None) -> str:
    w = _clean(word).replace("'", "").rstrip("s")
    if len(w) == 2:  # '80s
        return "19" + w[0]
    if w.endswith("00") and not w.startswith("20"):  # "the 1800s" is a century; "the 2000s" a decade
        return w[:2]
    return w[:3]


def decade_word(word: str | None) -> str:
    """'nineties' -> 199: the decade of the 1900s news speaks of by name."""
    tens = lexicon.NUMBERS[_clean(word).removesuffix("ies") + "y"]
    return f"19{tens // 10}"


def unit(word: str | None) -> str:
    w = _clean(word)
    w = "century" if w.startswith("centur") else w.rstrip("s")
    return lexicon.CALENDAR_UNITS.get(w, w)


_UNIT_SECONDS = {"TS": 1, "TM": 60, "TH": 3600}


def dur(amount: str | None, unit_word: str | None) -> str:
    """A TimeML duration: ('two', 'days') -> P2D, ('2', 'hours') -> PT2H, vague amounts -> PXY, decades
    in years ('two', 'decades') -> P20Y, ('several', 'decades') -> PXY."""
    n = number(amount)
    w = _clean(unit_word)
    w = "century" if w.startswith("centur") else w.rstrip("s")
    letter = lexicon.UNITS[w]
    # news annotation counts decades and centuries in years ("two decades" P20Y, "decades-long" PXY)
    if w == "decade":
        n, letter = (None if n is None else n * 10), "Y"
    elif w == "century" and n is not None:
        n, letter = n * 100, "Y"
    if n is None:
        return "PTX" + letter[1:] if letter.startswith("T") else f"PX{letter}"
    if n != int(n):  # a fraction: the remainder in the next smaller unit (5 1/2 hours -> PT5H30M)
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
        if letter in smaller:
            factor, small = smaller[letter]
            whole, rest = int(n), round((n - int(n)) * factor)
            if whole == 0:
                return dur(str(rest), {"M": "months", "D": "days", "TH": "hours", "TM": "minutes", "TS": "seconds"}[small])
            head = f"{whole}{letter[-1]}"
            tail = f"{rest}{small[-1]}"
            if letter.startswith("T"):
                return f"PT{head}{tail}"
            return f"P{head}T{tail}" if small.startswith("T") else f"P{head}{tail}"
    amount_text = str(int(n))
    if letter == "2W":
        return f"P{int(n) * 2}W"
    if letter.startswith("T"):
        return f"PT{amount_text}{letter[1:]}"
    return f"P{amount_text}{letter}"


def dur_and_half(amount: str | None, unit_word: str | None, *half_words: str | None) -> str:
    """A duration with an optional "and a half" before or after its unit: ('a', 'minute', None, 'and a half')
    -> PT1M30S, ('two', 'years', 'and a half', None) -> P2Y6M."""
    n = number(amount)
    if not any(half_words) or n is None:
        return dur(amount, unit_word)
    return dur(str(n + 0.5), unit_word)


_AHEAD = re.compile(r"(?:from\s+now|hence)$", re.I)


def dur_times(amount: str | None, scale: str | None, unit_word: str | None) -> str:
    """('two', 'thousand', 'years') -> P2000Y: an amount counted in hundreds or thousands."""
    n = number(amount)
    if n is None:
        raise ValueError(f"amount {amount}")
    return dur(str(int(n * {"hundred": 100, "thousand": 1000}[_clean(scale)])), unit_word)


def signed(amount: str | None, expression: str | None = None) -> str:
    """The signed number of units of "two years ago" ('-2') or "two weeks from now" / "five years hence"
    ('+2', '+5'): the expression's last words say which way it counts from the DCT."""
    n = number(amount)
    sign = "+" if _AHEAD.search(_SPACES.sub(" ", (expression or "").strip())) else "-"
    return f"{sign}X" if n is None else f"{sign}{int(n)}"


def years_in_decades(amount: str | None) -> str:
    """The years back of "a decade ago", "two decades ago" ('-10', '-20'): the year then, not the whole decade."""
    n = number(amount)
    return "-X" if n is None else f"-{int(n) * 10}"


def relword(word: str | None) -> str:
    w = _clean(word)
    return {"past": "last", "coming": "next", "previous": "last", "preceding": "last", "following": "next",
            "this past": "recent", "this coming": "next"}.get(w, w)


def reloffset(word: str | None) -> str:
    return {"last": "-1", "past": "-1", "previous": "-1", "preceding": "-1", "prior": "-1", "before": "-1", "next": "+1",
            "coming": "+1", "upcoming": "+1", "following": "+1", "after": "+1", "this": "+0", "current": "+0", "the": "+0",
            "the current": "+0"}[_clean(word)]


def dayoffset(word: str | None) -> str:
    return {"yesterday": "-1", "today": "+0", "tomorrow": "+1", "this": "+0"}[_clean(word)]


def mod(word: str | None) -> str:
    return lexicon.MODS.get(_clean(word), "") if word else ""


def dmod(word: str | None) -> str:
    """Start/middle/end modifiers found anywhere in the text: 'late November' -> END."""
    w = _clean(word)
    if not w:
        return ""
    for key in ("beginning", "start", "early", "earlier", "first part"):
        if key in w:
            return "START"
    for key in ("end", "late", "close", "last part"):
        if key in w:
            return "END"
    if "mid" in w or "middle" in w:
        return "MID"
    return ""


def week_mod(word: str | None) -> str:
    """Which part of a month its Nth week is: 'the first week of April' -> START, 'the last week' -> END."""
    w = _clean(word)
    return "START" if w == "first" else "END" if w in ("last", "final") else "MID"


def adverb(word: str | None) -> str:
    return {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
            "hourly": "PT1H", "quarterly": "P3M"}[_clean(word)]


def clock(hour: str | None, minute: str | None, ampm: str | None) -> str:
    h = int(hour or 0)
    a = {"morning": "am", "afternoon": "pm", "evening": "pm"}.get(_clean(ampm), _clean(ampm).replace(".", ""))
    if a == "pm" and h < 12:
        h += 12
    elif a == "am" and h == 12:
        h = 0
    return f"{h:02d}:{int(minute or 0):02d}"


def noon(word: str | None) -> str:
    return "24:00" if _clean(word) == "midnight" else "12:00"


def clock_or_noon(hour: str | None, minute: str | None, ampm: str | None, named: str | None) -> str:
    return noon(named) if named else clock(hour, minute, ampm)


def holiday(word: str | None) -> str:
    return lexicon.HOLIDAYS[_clean(word).replace("'", "'")]


def holiday_in(word: str | None, year_word: str | None) -> str:
    """The date of a holiday in a year named with it: ("New Year's Eve", "2019") -> 2019-12-31."""
    return cal.holiday_date(holiday(word), int(year(year_word))).isoformat()


def half_mod(word: str | None) -> str:
    """The TimeML mod of a half of a period: the first is its START, the second (or latter) its END."""
    return "START" if _clean(word) == "first" else "END"


def holiday_weekend_in(word: str | None, year_word: str | None) -> str:
    """The weekend of a holiday in a year named with it (before it for a Monday holiday):
    ("Thanksgiving", "2019") -> 2019-W48-WE, ("Memorial Day", "2021") -> 2021-W21-WE."""
    day = cal.holiday_date(holiday(word), int(year(year_word)))
    return cal.weekend_of(day - dt.timedelta(days=1) if day.weekday() == 0 else day)


TEMPLATE_FUNCTIONS: dict[str, Callable[..., str]] = {
    f.__name__: f for f in (month, day, year, calendar_date, date_before_dct, since_date, week_of, weekend_of, day_of, yearword, weekday, season, part, ordinal, quarter_of_months, half, century, decade, decade_word, unit, dur,
                            dur_and_half,
                            dur_times, signed, years_in_decades, period, relword, reloffset, dayoffset, mod, dmod, week_mod, adverb, clock, noon, clock_or_noon, holiday, holiday_in,
                            holiday_weekend_in, half_mod)
}
