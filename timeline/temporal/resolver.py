"""Phase two: complete underspecified values from the document's creation time (DCT) and give each
expression its calendar interval.

News policy (documented, tested by the rule examples):
* A weekday, a month, a month-day or a season without a year lies on or before the DCT (the nearest
  such day/month), because news reports what happened; it lies on or after the DCT when its clause
  speaks of the future ("will", "is to", "plans to", "next"; see `tense.clause_tense`); with no tense cue
  a month-day lies on or before the DCT ("since shortly after the Oct. 23 slaying") and a month takes
  the nearest candidate. The tense only chooses among candidates within
  250 days of the DCT (tuned on TimeBank/AQUAINT: farther candidates lose to the nearest one), a month
  in a future clause within 300 days ahead ("will be named ... for a mission in December", in March),
  a month in a past clause within 340 days back (eleven months) ("The company agreed in November", in August).
* A deadline ("until Tuesday") is ahead of the DCT; a weekday in the possessive ("Wednesday's ruling")
  names something that has happened, so it lies before the DCT.
* "last <season>" is that season of the previous year; "last <month>" the nearest such month before the
  DCT's month but one ("last February" said in March is a year back: the month before is "last month").
* "last X" (weekday, weekend) is the nearest X strictly before the DCT, "next X" the nearest strictly after, "this X" the one
  of the current week/year (a weekday: upcoming unless the clause is in the past tense).
* A weekend is Saturday-Sunday, written YYYY-Www-WE (the ISO week of its Saturday).
* A quarter or half without a year is the latest one begun by the DCT ("the fourth quarter" in January
  is the previous year's); in a future clause, when that one ended more than RESULTS_LAG_DAYS before the
  DCT, the next one ("will close by the end of the third quarter", said in June).
* Business news reports on quarters: the quarter reported on is the latest of those the preceding text
  named that had ended by the DCT, within the year before it (a forecast, an old quarter or one named
  in passing is not it); "the latest quarter" is that quarter, else the last completed quarter; "a year
  ago/earlier" is that quarter a year before when one was named just before ("the year-ago period":
  named anywhere before), else the month a year before when the text named one right before ("sales rose
  in December from a year earlier"), else the DCT's year minus one.
* Anaphoric expressions ("that day", "later that year", "the following month", "the next morning",
  "the previous Friday") move from the reference time of the narrative: the last calendar date the text
  mentioned before them (HeidelTime's "latest mentioned date"), else the DCT. A reference coarser than
  the expression leaves the finer part unknown ("that day" after "in 1994" is 1994-XX-XX).
* Without a DCT nothing relative is resolved: values stay underspecified (XXXX-11-16, XXXX-WXX-5,
  XXXX-XX; "a year ago" is XXXX, the year it names being unknown) and get no interval. Absolute dates
  never need the DCT.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.temporal import calendar as cal
from timeline.temporal.lexicon import MONTHS
from timeline.temporal.tense import Tense

_UNDEF = re.compile(r"^UNDEF-(.+)$")
# After a weekday's "'s": a happening that is held on a day fixed beforehand, within a few words.
_SCHEDULED = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?\s+(?:game|match|final|race|election|vote|runoff|referendum|"
                        r"debate|summit|meeting|talks|ceremony|hearing|session|launch|parade|strike|walkout|protest|rally|"
                        r"march|demonstration|conference|concert|festival|deadline|visit|speech)(?:s|es)?\b", re.I)
_ENDED_IN = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s", re.I)
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")

# The forms of an underspecified value's body that `_resolve` completes, as the rule table's templates
# write them (UNDEF-<body>); compiled once, since every expression is tried against them in turn.
_YEAR_MONTH_DAY = re.compile(r"year-(\d\d)-(\d\d)")                     # a month-day of an unnamed year: 'Oct. 23'
_WEEK_OF = re.compile(r"week-of-(.+)")                                  # the ISO week of a date
_WEEKEND_OF = re.compile(r"weekend-of-(.+)")                            # its weekend: 'the weekend of June 24'
_LAST_DATE = re.compile(r"last-date-(\d\d)-(\d\d)")                     # 'last Oct. 23'
_LATEST_MONTH = re.compile(r"latest-month-(\d\d)")                      # the latest such month begun by the DCT
_YEAR_MONTH = re.compile(r"year-(\d\d)")                                # a month of an unnamed year: 'in May'
_YEAR_QUARTER_OR_HALF = re.compile(r"year-(Q[1-4]|H[12])")              # 'the third quarter', 'the first half'
_YEAR_SEASON = re.compile(r"year-(SP|SU|FA|WI)")                        # 'in the spring'
_FROM_REFERENCE = re.compile(r"ref-([a-z]+)([+-]\d+)")                  # 'the next day', 'that year'
_REFERENCE_WEEKDAY = re.compile(r"ref-(last|next)-weekday-([1-7])")     # 'the previous Friday'
_REFERENCE_MONTH_DAY = re.compile(r"ref-monthday-(\d\d)")               # 'on the 9th'
_ANNIVERSARY = re.compile(r"anniversary-(\d+)(?:-(\d\d))?")               # '25 years ago today', 'August 100 years ago'
_RELATIVE_UNIT = re.compile(r"REL-([a-z]+)([+-](?:\d+|X))")             # 'last week', 'two years ago'
_RELATIVE_YEAR_PART = re.compile(r"yearrel([+-]\d+)-(\d\d(?:-\d\d)?|Q[1-4]|H[12])")  # 'March of last year', 'Jan. 1 next year'
_NAMED_MONTH = re.compile(r"(last|next|this)-month-(\d\d)")             # 'last March'
_NAMED_SEASON = re.compile(r"(last|next|this|recent)-season-(SP|SU|FA|WI)")  # 'last summer'
_WEEKDAY = re.compile(r"(?:(last|next|this|recent)-)?weekday-([1-7])")  # 'Friday', 'next Tuesday'
_WEEKEND = re.compile(r"(?:(last|next|this)-)?weekend")                 # 'the weekend', 'last weekend'
_QUARTER_OF_YEAR = re.compile(r"quarter-of-(\d{4})")                    # a quarter of a named year
_HOLIDAY = re.compile(r"(last-)?holiday-(.+)")                          # 'Easter', 'last Thanksgiving'
_FIXED_HOLIDAY = re.compile(r"holiday-(\d\d-\d\d)")                     # a holiday on a fixed day: 'Christmas'
_RELATIVE_UNIT_NAME = re.compile(r"REL-([a-z]+)")                        # the unit of one of those
_HALF_VALUE = re.compile(r"\d{4}-H[12]")                               # a resolved half: "1989-H1"
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")                              # a resolved month: "1989-09"
_THE_YEAR = re.compile(r"the\s+(?:(?:full|fiscal|entire|whole)\s+)*year")  # "for the year", not "this year"


@dataclass
class DocumentContext:
    """What the resolver remembers while reading one document: the last reporting period named."""

    last_quarter: tuple[int, str] | None = None   # (offset, "1989-Q3")
    reference: str | None = None                   # the last calendar date mentioned: the narrative's time
    reference_at: int = 0                          # where the text mentioned it
    references: list[str] = field(default_factory=list)   # every such date, in the order mentioned
    notes: list[str] = field(default_factory=list)
    quarters: list[tuple[int, str]] = field(default_factory=list)  # every quarter the text names: (offset, value)
    last_long_period: int | None = None  # where the text last named a half or the six or nine months reported
    range_start: tuple[int, dt.date] | None = None  # (where the range's end is written, the day its start is on)

    def note_value(self, offset: int, value: str, names_period: bool, narrative: bool = True) -> None:
        """Remember a quarter the text names (not one the resolver inferred, e.g. for "a year ago"), and
        the last date on the calendar as the reference time of what follows, unless it is not the
        narrative's (`narrative` False: the day a report was made, a date naming another event)."""
        if names_period and _QUARTER_VALUE.match(value):
            self.last_quarter = (offset, value)
            self.quarters.append((offset, value))
        if value in ("P6M", "P9M") or _HALF_VALUE.fullmatch(value):
            self.last_long_period = offset
        if narrative and value[:4].isdigit() and cal.interval(value[:10]) is not None:
            self.reference, self.reference_at = value[:10], offset
            self.references.append(value[:10])

    def past_reference(self, dct: dt.date) -> str | None:
        """The last date mentioned that is not after the DCT: where a clause in the past tense is."""
        return next((r for r in reversed(self.references) if cal.interval(r)[0] <= dct), None)

    def recent_quarter(self, offset: int, reach: int, dct: dt.date) -> str | None:
        """The quarter being reported on, when the text named one within `reach` characters before:
        the latest of the quarters it has named that had ended by the DCT, within the year before it.
        A forecast ("losses through the third quarter of 1990"), a look back ("stopped paying in the
        third quarter of 1984") or a comparison ("after a flat second quarter") is not the period reported."""
        last_ended = _shift_quarter(dct.year, _quarter_of(dct), -1)
        oldest = _shift_quarter(dct.year, _quarter_of(dct), -5)
        reported = [(at, q) for at, q in self.quarters if _quarter_key(oldest) <= _quarter_key(q) <= _quarter_key(last_ended)]
        if not reported:  # a fiscal quarter still running by the calendar ("its fourth quarter ended Sept. 30")
            reported = self.quarters
        if reported and offset - reported[-1][0] <= reach:
            return max((q for _, q in reported), key=_quarter_key)
        return None


def _quarter_key(value: str) -> tuple[int, int]:
    return int(value[:4]), int(value[-1])


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _shift_quarter(year: int, quarter: int, by: int) -> str:
    index = year * 4 + quarter - 1 + by
    return f"{index // 4}-Q{index % 4 + 1}"


# "a year ago" just after a month the text reports on ("sales rose in December from a year earlier") is
# that month a year before; a month named further back is another clause's.
MONTH_COMPARED_REACH = 120
# A month named in a future clause may lie further ahead than a past one lies back: a plan made in
# March for "a mission in December" (nine months on).
MONTH_FUTURE_REACH = 300
# ... and a month named in a past clause lies up to eleven months back: "The company agreed in November to
# pay", written in August, is last November, not the coming one.
MONTH_PAST_REACH = 340


# Results for a quarter or a half come out within about two months of its end: a forecast about a
# period that ended longer ago than this is about its next occurrence.
RESULTS_LAG_DAYS = 60


def _choose(candidates: list[dt.date], dct: dt.date, tense: Tense, default: str = "nearest",
            reach: int = 250, future_reach: int | None = None) -> dt.date:
    """Pick one of the candidate dates by the news policy: the tense decides among candidates within
    `reach` days of the DCT (`future_reach` days ahead when given); otherwise the nearest."""
    before = [c for c in candidates if c <= dct and (dct - c).days <= reach]
    after = [c for c in candidates if c >= dct and (c - dct).days <= (future_reach or reach)]
    if tense == "future" and after:
        return min(after)
    if tense == "past" and before:
        return max(before)
    if default == "past" and before:
        return max(before)
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct))


def _weekday(dct: dt.date, weekday: int, mode: str, tense: Tense) -> dt.date:
    delta = weekday - dct.isoweekday()
    on_or_before = dct + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    on_or_after = dct + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if mode == "last":
        return on_or_before if on_or_before < dct else on_or_before - dt.timedelta(days=7)
    if mode == "next":
        return on_or_after if on_or_after > dct else on_or_after + dt.timedelta(days=7)
    if mode == "this":
        return on_or_before if tense == "past" else on_or_after
    return on_or_after if tense == "future" else on_or_before


def _weekend(dct: dt.date, mode: str, tense: Tense) -> str:
    # the Saturday of the weekend the DCT is in or just after (Sat/Sun DCT: its own weekend)
    last_saturday = dct - dt.timedelta(days=(dct.isoweekday() - 6) % 7)
    next_saturday = last_saturday if dct.isoweekday() == 7 else dct + dt.timedelta(days=(6 - dct.isoweekday()) % 7)
    if mode == "last":
        saturday = last_saturday if dct.isoweekday() < 6 else last_saturday - dt.timedelta(days=7)
    elif mode == "next":
        saturday = next_saturday + dt.timedelta(days=7) if dct.isoweekday() >= 6 else next_saturday
    elif mode == "this":   # (said late in the week it is the weekend to come, even of a warning made in the past)
        saturday = next_saturday if tense != "past" or dct.isoweekday() in (4, 5) else last_saturday
    else:
        saturday = next_saturday if tense == "future" else last_saturday
    return cal.weekend_of(saturday)


def _relative(unit: str, amount: str, dct: dt.date) -> str:
    if amount.endswith("X"):
        return "PAST_REF" if amount.startswith("-") else "FUTURE_REF"
    n = int(amount)
    if unit in ("day", "hour", "minute"):
        return (dct + dt.timedelta(days=n if unit == "day" else 0)).isoformat()
    if unit in ("week", "fortnight"):
        return cal.iso_week(dct + dt.timedelta(days=(14 if unit == "fortnight" else 7) * n))
    if unit == "weekend":
        return cal.weekend_of(dct + dt.timedelta(days=7 * n + (6 - dct.isoweekday())))
    if unit == "month":
        return cal.add_months(dct.replace(day=1), n).isoformat()[:7]
    if unit == "quarter":
        return _shift_quarter(dct.year, _quarter_of(dct), n)
    if unit == "year":
        return str(dct.year + n)
    if unit == "decade":
        decade = dct.year // 10 + n
        if not 0 <= decade <= 999:
            raise ValueError(f"decade {decade} is off the calendar")
        return f"{decade:03d}"
    if unit == "century":
        century = dct.year // 100 + n
        if not 0 <= century <= 99:
            raise ValueError(f"century {century} is off the calendar")
        return f"{century:02d}"
    return "XXXX-XX-XX"


def _from_reference(unit: str, n: int, reference: str | None, dct: dt.date) -> str:
    """`n` units after (before, n < 0) the reference time; the DCT when there is none."""
    span = cal.interval(reference) if reference else None
    if span is None:
        return _relative(unit, f"{n:+d}", dct)
    first, _, granularity = span
    fine = {"day": ("day", "time"), "week": ("day", "time", "week", "weekend"), "month": ("day", "time", "month"),
            "year": ("day", "time", "week", "weekend", "month", "quarter", "half", "season", "year")}[unit]
    if granularity in fine:
        return _relative(unit, f"{n:+d}", first)
    if n == 0 and granularity in ("year", "month", "quarter", "half", "season"):
        year, month = first.year, first.month if granularity == "month" else None
        if unit == "day":
            return f"{year}-{month:02d}-XX" if month else f"{year}-XX-XX"
        if unit == "month":
            return f"{year}-XX"
        if unit == "week":
            return f"{year}-WXX"
    return _relative(unit, f"{n:+d}", dct)


def underspecified(value: str) -> str:
    """The TimeML value of an underspecified form when there is no DCT to resolve it."""
    m = _UNDEF.match(value)
    if not m:
        return value
    body = m[1].removeprefix("last-") if m[1].startswith("last-holiday-") else m[1]
    parts = body.split("-")
    if body == "year-ago":  # a year (or a quarter) back from a DCT there is not: some year
        return "XXXX"
    if parts[0] == "year" or parts[:2] == ["last", "date"]:
        return "XXXX-" + "-".join(parts[-2:] if parts[0] == "last" else parts[1:])
    if parts[0].startswith("yearrel"):
        return "XXXX-" + _RELATIVE_YEAR_PART.fullmatch(body)[2]
    if parts[:2] == ["ref", "monthday"]:
        return "XXXX-XX-" + parts[2]
    if parts[0] == "anniversary":
        return "XXXX-" + parts[2] if len(parts) == 3 else "XXXX-XX-XX"
    if parts[0] == "ref":
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(parts[1], "XXXX-XX-XX")
    if parts[0] == "REL":
        unit = _RELATIVE_UNIT_NAME.match(body)[1]
        return {"day": "XXXX-XX-XX", "hour": "XXXX-XX-XX", "minute": "XXXX-XX-XX", "week": "XXXX-WXX",
                "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
                "decade": "XXX", "century": "XX"}.get(unit, "XXXX-XX-XX")
    if body.startswith("week-of-"):
        return "XXXX-WXX"
    if "weekday" in parts:
        return "XXXX-WXX-" + parts[-1]
    if "weekend" in parts:
        return "XXXX-WXX-WE"
    if "month" in parts:
        return "XXXX-" + parts[-1]
    if "season" in parts:
        return "XXXX-" + parts[-1]
    if parts[0] in ("reporting", "quarter"):
        return "XXXX-QX"
    if parts[0] == "holiday":
        fixed = _FIXED_HOLIDAY.fullmatch(body)  # a fixed day keeps its month and day
        return "XXXX-" + fixed[1] if fixed else "XXXX-XX-XX"
    return "XXXX-XX-XX"


# "from June 12 to July 13", "March 3-5": the words between the two ends of a range
_RANGE_TO = re.compile(r"\s*(?:-|–|to|through|until|till)\s*", re.I)
_RANGE_START = re.compile(r"^UNDEF-(?:year|last-date|latest-month)-\d\d(?:-\d\d)?$")


def resolve_value(value: str, dct: dt.date, tense: Tense, offset: int, context: DocumentContext,
                  original: str = "", following: str = "") -> str:
    """Turn an underspecified value into a TimeML value relative to `dct` (see the module's policy).
    Arithmetic that leaves the calendar (a DCT of 9999-12-31 and "tomorrow", 0001-01-01 and "last
    year") leaves the expression as underspecified as it is with no DCT."""
    if tense == "present":   # a scheduled event ("NATO meets on Thursday"): a day or month ahead
        tense = "future"
    try:
        resolved = _resolve(value, dct, tense, offset, context, original, following)
    except (OverflowError, ValueError):  # datetime's own bounds: years 1 to 9999
        return underspecified(value)
    if not _on_calendar(resolved):
        return underspecified(value)
    # the start of a range of months or days ("from June 12 to ..."): its end, written next, lies on or after it
    to = _RANGE_TO.match(following) if _RANGE_START.match(value) else None
    span = cal.interval(resolved) if to and len(original) else None
    context.range_start = (offset + len(original) + to.end(), span[0]) if span else None
    return resolved


def _range_end(candidates: list[dt.date], offset: int, context: DocumentContext,
               reach: int | None = None) -> dt.date | None:
    """The earliest candidate on or after the start of the range this expression ends, if it ends one
    (within `reach` days of it, when given)."""
    if context.range_start is None or context.range_start[0] != offset:
        return None
    start = context.range_start[1]
    later = [c for c in candidates if c >= start and (reach is None or (c - start).days <= reach)]
    return min(later) if later else None


# A range of days spans half a year at most: "from September 5 to August 29" moves a game a week earlier; it
# is no range of 358 days (a range of months may run a fiscal year: "from July to June").
MAX_DAY_RANGE_DAYS = 183


# The number a resolved value starts with: its year, or a whole decade (199) or century (19).
_LEADING_NUMBER = re.compile(r"^-?[0-9]+")


def _on_calendar(value: str) -> bool:
    """False for a year the arithmetic pushed off the calendar ('0', '-1', '10000-01-01'); decades and
    centuries are bounded where they are computed (`_relative`)."""
    m = _LEADING_NUMBER.match(value)
    if m is None:                                  # PAST_REF, XXXX-11-16, P3Y
        return True
    if not m[0].isdigit():                         # a negative year
        return False
    if m[0] == value and len(value) in (2, 3):     # a century, a decade
        return True
    return len(m[0]) == 4 and int(m[0]) >= 1


def _resolve(value: str, dct: dt.date, tense: Tense, offset: int, context: DocumentContext,
             original: str, following: str) -> str:
    m = _UNDEF.match(value)
    if not m:
        return value
    body = m[1]
    if mm := _YEAR_MONTH_DAY.fullmatch(body):
        month, day = int(mm[1]), int(mm[2])
        candidates = []
        for year in (dct.year - 1, dct.year, dct.year + 1):
            try:
                candidates.append(dt.date(year, month, day))
            except ValueError:
                continue
        if not candidates:
            return f"XXXX-{mm[1]}-{mm[2]}"
        return (_range_end(candidates, offset, context, MAX_DAY_RANGE_DAYS)
                or _choose(candidates, dct, tense, default="past", future_reach=MONTH_FUTURE_REACH)).isoformat()
    if mm := _WEEK_OF.fullmatch(body) or _WEEKEND_OF.fullmatch(body):  # the ISO week of a date (or its
        # weekend), the date resolved first when it has no year
        day = _resolve("UNDEF-" + mm[1], dct, tense, offset, context, original, following)
        span = cal.interval(day)
        weekend = "-WE" if body.startswith("weekend") else ""
        if not span or span[2] != "day":
            return underspecified(value)
        if weekend and mm[1].startswith("holiday-") and span[0].weekday() == 0:
            return cal.iso_week(span[0] - dt.timedelta(days=1)) + weekend   # a Monday holiday's weekend is before it
        return cal.iso_week(span[0]) + weekend
    if mm := _LAST_DATE.fullmatch(body):  # "last Oct. 23": the latest one before the DCT
        month, day = int(mm[1]), int(mm[2])
        for year in range(dct.year, dct.year - 9, -1):  # Feb. 29 may be years back
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate < dct:
                return candidate.isoformat()
        return f"XXXX-{mm[1]}-{mm[2]}"
    if mm := _LATEST_MONTH.fullmatch(body):
        if tense != "future":  # the latest such month begun by the DCT
            month = int(mm[1])
            return f"{dct.year if month <= dct.month else dct.year - 1}-{month:02d}"
        body = f"year-{mm[1]}"
    if mm := _YEAR_MONTH.fullmatch(body):
        month = int(mm[1])
        candidates = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
        chosen = _range_end(candidates, offset, context) or _choose(
            candidates, dct.replace(day=1), tense, reach=MONTH_PAST_REACH if tense == "past" else 250,
            future_reach=MONTH_FUTURE_REACH)  # a month back or ahead
        return chosen.isoformat()[:7]
    if mm := _YEAR_QUARTER_OR_HALF.fullmatch(body):
        # results are reported after a period ends: the latest such period begun by the DCT ("the fourth
        # quarter" in January is last year's). A future clause mostly forecasts the period being reported
        # on, the current one or one just ended (measured on TimeBank); about a period over for longer
        # than results take to come out, it means the next one ("will close by the end of the third
        # quarter", said in June).
        months = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}[mm[1]]
        span = 3 if mm[1].startswith("Q") else 6
        current = dt.date(dct.year, (dct.month - 1) // span * span + 1, 1)
        latest = max(d for d in (dt.date(y, months, 1) for y in (dct.year - 1, dct.year)) if d <= current)
        if tense == "future" and (dct - cal.add_months(latest, span)).days > RESULTS_LAG_DAYS:
            latest = latest.replace(year=latest.year + 1)
        return f"{latest.year}-{mm[1]}"
    if mm := _YEAR_SEASON.fullmatch(body):
        # each candidate season stands for its middle day: "the hottest summer", said in March, is the
        # last one (its middle eight months back), not the coming one (its start is nearer)
        middle = {"SP": (0, 4), "SU": (0, 7), "FA": (0, 10), "WI": (1, 1)}[mm[1]]
        candidates = [dt.date(y + middle[0], middle[1], 15) for y in (dct.year - 1, dct.year, dct.year + 1)]
        return f"{_choose(candidates, dct, tense).year - middle[0]}-{mm[1]}"
    if mm := _ANNIVERSARY.fullmatch(body):   # the DCT's day (or the month named) that many years back
        year = dct.year - int(mm[1])
        if mm[2]:
            return f"{year:04d}-{mm[2]}"
        return (dct.replace(year=year) if (dct.month, dct.day) != (2, 29) else dt.date(year, 2, 28)).isoformat()
    if mm := _REFERENCE_MONTH_DAY.fullmatch(body):   # "on the 9th": that day of the month the narrative is in
        span = cal.interval(context.reference) if context.reference else None
        anchor = span[0] if span and span[2] in ("day", "time", "month") else dct
        if anchor is dct:   # the month of the DCT, or the one before (after) it for a day still to come (past)
            month_start = dct.replace(day=1)
            if tense == "past" and int(mm[1]) > dct.day:
                anchor = cal.add_months(month_start, -1)
            elif tense == "future" and int(mm[1]) < dct.day:
                anchor = cal.add_months(month_start, 1)
        try:
            return dt.date(anchor.year, anchor.month, int(mm[1])).isoformat()
        except ValueError:   # "the 31st" of a month of 30 days
            return underspecified(value)
    if mm := _FROM_REFERENCE.fullmatch(body):
        return _from_reference(mm[1], int(mm[2]), context.reference, dct)
    if body == "ref-day-or-dct":  # a clock time alone: on the day the narrative is at, else the DCT's
        span = cal.interval(context.reference) if context.reference else None
        if span and tense == "past" and span[0] > dct:   # what happened is not on a day to come ("He is due in
            past = context.past_reference(dct)           # court on Monday. The shooting happened after 2 a.m.")
            span = cal.interval(past) if past else None
        return span[0].isoformat() if span and span[2] in ("day", "time") else dct.isoformat()
    if mm := _REFERENCE_WEEKDAY.fullmatch(body):
        span = cal.interval(context.reference) if context.reference else None
        anchor = span[0] if span and span[2] in ("day", "time") else dct
        return _weekday(anchor, int(mm[2]), mm[1], None).isoformat()
    if mm := _RELATIVE_UNIT.fullmatch(body):
        if mm[1] == "week" and mm[2] == "+0" and tense == "future" and dct.isoweekday() == 7:
            return _relative("week", "+1", dct)   # "this week" ahead, written on a Sunday: the week it opens
            # (a Sunday paper's "The Senate votes this week"), not the ISO week that ends that day
        if mm[1] == "year" and mm[2] == "+0" and tense == "past" and dct.month == 1 and _THE_YEAR.fullmatch(original):
            return str(dct.year - 1)   # "for the year, sales dropped 19 percent" in January: the year just ended
        return _relative(mm[1], mm[2], dct)
    if mm := _RELATIVE_YEAR_PART.fullmatch(body):
        return f"{dct.year + int(mm[1])}-{mm[2]}"
    if mm := _NAMED_MONTH.fullmatch(body):
        month = int(mm[2])
        if mm[1] == "last":  # the month before the DCT's would be "last month": "last February" on March 1 is a year back
            year = dct.year if month < dct.month - 1 else dct.year - 1
        elif mm[1] == "next":
            year = dct.year if month > dct.month else dct.year + 1
        else:
            year = dct.year
        return f"{year}-{month:02d}"
    if mm := _NAMED_SEASON.fullmatch(body):
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[mm[2]]
        current = dt.date(dct.year, dct.month, 1)
        if mm[1] == "recent":  # "this past spring": the latest one begun before the DCT
            year = dct.year if dt.date(dct.year, first, 1) <= current else dct.year - 1
        elif mm[1] == "last":  # news usage: last year's season ("last spring" in October is a year and a half back)
            year = dct.year - 1 if not (mm[2] == "WI" and dct.month <= 2) else dct.year - 2
        elif mm[1] == "next":
            year = dct.year if dt.date(dct.year, first, 1) > current else dct.year + 1
        else:
            year = dct.year if not (mm[2] == "WI" and dct.month <= 2) else dct.year - 1
        return f"{year}-{mm[2]}"
    if mm := _WEEKDAY.fullmatch(body):
        mode = "last" if mm[1] == "recent" else mm[1] or ""  # "this past Sunday" is the last one
        if not mode and following[:2] in ("'s", "’s") and not (tense == "future" and _SCHEDULED.match(following)):
            tense = "past"   # "Wednesday's ruling" names what has happened (also in "will appeal Wednesday's
            # ruling"), unless a clause looking ahead names what is scheduled ("would rest players for
            # Sunday's league game")
        return _weekday(dct, int(mm[2]), mode, tense).isoformat()
    if mm := _WEEKEND.fullmatch(body):
        return _weekend(dct, mm[1] or "", tense)
    ended = _ENDED_IN.match(following) if body == "reporting-quarter" else None
    if ended:
        # "the quarter ended July 31": a quarter ending in month M lies mostly in the month before it
        end_month = dt.date(dct.year, MONTHS[ended[1].lower().rstrip(".")[:4] if ended[1].lower().startswith("sept") else ended[1].lower()[:3]], 1)
        candidates = [cal.add_months(end_month.replace(year=y), -1) for y in (dct.year - 1, dct.year)]
        month = max(c for c in candidates if c <= dct) if any(c <= dct for c in candidates) else candidates[0]
        return f"{month.year}-Q{_quarter_of(month)}"
    if body == "reporting-quarter":
        if "latest" in original or "recent" in original:  # the last completed quarter
            return _shift_quarter(dct.year, _quarter_of(dct), -1)
        named = context.recent_quarter(offset, 1500, dct)
        return named or _shift_quarter(dct.year, _quarter_of(dct), -1)
    if mm := _QUARTER_OF_YEAR.fullmatch(body):
        if context.last_long_period is not None and (context.last_quarter is None or context.last_long_period > context.last_quarter[0]):
            return mm[1]  # "In the first nine months, ... in the 1988 period": part of a year, written as the year
        named = context.recent_quarter(offset, 1500, dct) or _shift_quarter(dct.year, _quarter_of(dct), -1)
        return f"{mm[1]}-{named[-2:]}"
    if body == "year-ago":
        # "the year-ago period" names a period: the reported quarter however far back it was named
        named = context.recent_quarter(offset, 1500 if original.endswith(("period", "quarter")) else 400, dct)
        if named:
            qm = _QUARTER_VALUE.match(named)
            return f"{int(qm[1]) - 1}-Q{qm[2]}"
        month = context.reference
        if month and _MONTH_VALUE.fullmatch(month) and offset - context.reference_at <= MONTH_COMPARED_REACH:
            return f"{int(month[:4]) - 1}{month[4:]}"   # the month reported on: "December sales rose from the
            # same month a year earlier", "$214,200 last month from $188,800 a year earlier"
        return str(dct.year - 1)
    if mm := _HOLIDAY.fullmatch(body):
        candidates = [cal.holiday_date(mm[2], y) for y in (dct.year - 1, dct.year, dct.year + 1)]
        if mm[1]:
            return max(c for c in candidates if c < dct).isoformat()
        return _choose(candidates, dct, tense).isoformat()
    return underspecified(value)
