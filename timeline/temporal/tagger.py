"""Phase one: find temporal expressions with the rule table, then resolve them (phase two) into `Timex`.

All rules are compiled once per process into one RE2 alternation searched leftmost-longest, so a
whole text is scanned in a single linear-time pass whatever it holds; only the span a match covers is
then re-matched against the rule(s) that could have produced it, to read its groups, and each distinct
span is read once per process (news repeats "Friday" and "last week" many times).

`find_timexes` gives `timeline.models.Timex` models; `find_timex_records` the same fields as plain tuples,
for `newsline annotate`, which writes them out and never needs the models.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import re2

from timeline.temporal import calendar as cal
from timeline.temporal.lexicon import MACROS, TERM_NOUNS
from timeline.temporal.normalize import TEMPLATE_FUNCTIONS
from timeline.temporal.resolver import DocumentContext, resolve_value, underspecified
from timeline.temporal.rules import RULES, Rule
from timeline.temporal.tense import clause_tense

if TYPE_CHECKING:
    from timeline.models import Timex

_MACRO = re.compile(r"%([A-Z][A-Z_0-9]*)")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_TEMPLATE = re.compile(r"\{(\w+)\(([^)]*)\)\}")
# A number glued to money, percentages or other digits is an amount, not a time.
_AMOUNT_BEFORE = frozenset("$£€#¥")
_AMOUNT_AFTER = re.compile(r"(?:%|\s*percent\b|\s*per\s*cent\b|[0-9]|,[0-9]|\.[0-9])")
# A value naming one day, whole or underspecified (2015-11-16, XXXX-11-16, XXXX-XX-XX, XXXX-WXX-3):
# the values a clock time or part of day is appended to.
_DAY_VALUE = re.compile(r"(?:[0-9]{4}|XXXX)-(?:[0-9]{2}|XX)-(?:[0-9]{2}|XX)|(?:[0-9]{4}|XXXX)-W(?:[0-9]{2}|XX)-[1-7]")


class RuleError(ValueError):
    """A rule in the table that does not compile or whose template is malformed."""


def expand(pattern: str) -> str:
    return _MACRO.sub(lambda m: "(?:" + MACROS[m.group(1)] + ")", pattern)


def _wrap(rule: Rule, pattern: str) -> str:
    flags = "" if rule.case_sensitive else "i"
    # no trailing word boundary after a closing bracket, period or comma ("Monday (Nov 16)", "a.m.", "In May,")
    body = rf"\b(?:{pattern})" if pattern.endswith(("\\)", ".", "\\.", ",")) else rf"\b(?:{pattern})\b"
    return f"(?{flags}:{body})" if flags else body


class _Singles:
    """Each rule's own pattern with its groups, compiled the first time a found span needs it. RE2, like the
    scanner, so that both read a span with the same syntax and character classes (and RE2 compiles a rule
    in a fraction of the time the stdlib engine takes)."""

    def __init__(self, patterns: list[str]):
        self._patterns = patterns
        self._compiled: list["re2._Regexp | None"] = [None] * len(patterns)

    def compile_all(self) -> None:
        """Compile every rule now (for measurements that should not include the one-time cost)."""
        for index in range(len(self._patterns)):
            self[index]

    def __getitem__(self, index: int) -> "re2._Regexp":
        single = self._compiled[index]
        if single is None:
            single = self._compiled[index] = re2.compile(self._patterns[index])
        return single


# What a found span reads as: its rule, value, mod and time-of-day templates filled, and the extent of
# its `t` group (offsets into the span) when the rule marks one; None when it is no timex.
_SpanReading = tuple[Rule, str, "str | None", "str | None", "int | None", "int | None"] | None
_SPAN_MEMO_SIZE = 50_000   # distinct spans remembered; news repeats the same few hundred expressions


@dataclass(frozen=True)
class _Compiled:
    scanner: "re2._Regexp"   # all rules, no groups: RE2 runs it as a DFA over the whole text
    rule_set: "re2.Set"      # all rules as an anchored set: which rules match a found span exactly
    singles: _Singles
    rules: tuple[Rule, ...]
    # span text -> its reading: a reading depends on the span's text alone, so each distinct span is
    # read once per process
    readings: dict[str, _SpanReading]


@functools.lru_cache(maxsize=1)
def compiled() -> _Compiled:
    options = re2.Options()
    options.longest_match = True
    options.max_mem = 256 << 20
    singles = []
    alternatives = []
    for rule in RULES:
        try:
            pattern = expand(rule.pattern)
            singles.append(_wrap(rule, pattern))
            alternatives.append("(" + _wrap(rule, _NAMED_GROUP.sub("(?:", pattern)) + ")")
        except Exception as error:  # re2.error carries no rule name
            raise RuleError(f"rule {rule.name}: {error}") from error
    scanner = re2.compile("|".join("(?:" + a[1:] for a in alternatives), options)
    rule_set = re2.Set.FullMatchSet()
    for alternative in alternatives:
        rule_set.Add(alternative)
    rule_set.Compile()
    return _Compiled(scanner, rule_set, _Singles(singles), tuple(RULES), {})


def _fill(template: str, match) -> str:
    groups = match.groupdict()

    def call(m: re.Match) -> str:
        function = TEMPLATE_FUNCTIONS[m.group(1)]
        arguments = []
        for name in (a.strip() for a in m.group(2).split(",")):
            if name == "0":
                arguments.append(match.group(0))
            elif name in groups:
                arguments.append(groups[name])
            else:
                arguments.append(name)
        return function(*arguments)

    return _TEMPLATE.sub(call, template)


class Candidate(NamedTuple):
    start: int
    end: int
    rule: Rule
    value: str
    mod: str | None
    time: str | None


def _is_amount(text: str, start: int, end: int) -> bool:
    if start > 0 and text[start - 1] in _AMOUNT_BEFORE:
        return True
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in "-/:") and text[start].isdigit():
        return True
    return text[end - 1].isdigit() and _AMOUNT_AFTER.match(text, end) is not None


def _inside_compound(text: str, end: int) -> bool:
    """Whether a hyphen and a word go on from the expression's last letter: "the quarter-finals" is a
    round of a tournament, not a quarter."""
    return end + 1 < len(text) and text[end] == "-" and text[end - 1].isalpha() and text[end + 1].isalpha()


def _read_span(machine: _Compiled, span_text: str) -> _SpanReading:
    """The rule a span found by the scanner belongs to, with its templates filled; None for no timex."""
    matching = machine.rule_set.Match(span_text)
    if not matching:  # a boundary that only holds in context; nothing to read
        return None
    index = min(matching)  # equal-length matches: the earlier rule in the table wins
    rule = machine.rules[index]
    if rule.type == "NONE":
        return None
    single = machine.singles[index].fullmatch(span_text)
    if single is None:  # the rule set and the rule's own pattern disagree on an edge case: skip, not guess
        return None
    try:
        value = _fill(rule.value, single)
        mod = _fill(rule.mod, single) if rule.mod else None
        time = _fill(rule.time, single) if rule.time else None
    except (KeyError, ValueError):  # a word the tables do not normalize: skip rather than guess
        return None
    extent = single.re.groupindex.get("t")  # the rule marks the expression's extent inside its context
    if extent is not None and single.group(extent) is not None:
        return rule, value, mod or None, time, single.start(extent), single.end(extent)
    return rule, value, mod or None, time, None, None


def _spans(scanner: "re2._Regexp", text: str, start: int, end: int):
    """(start, end) of each non-empty scanner match in text[start:end], as offsets into `text`."""
    if text.isascii():  # bytes are characters: scan the bytes and skip re2's offset translation
        for found in scanner.finditer(text.encode("ascii"), start, end):
            a, b = found.span()
            if a != b:
                yield a, b
    else:
        for found in scanner.finditer(text, start, end):
            a, b = found.span()
            if a != b:
                yield a, b


def find_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Phase one: spans with their rule and underspecified value, left to right, not overlapping."""
    machine = compiled()
    readings = machine.readings
    end = len(text) if end is None else end
    found: list[Candidate] = []
    for a, b in _spans(machine.scanner, text, start, end):
        span_text = text[a:b]
        reading = readings.get(span_text, False)
        if reading is False:
            if len(readings) >= _SPAN_MEMO_SIZE:
                readings.clear()
            reading = readings[span_text] = _read_span(machine, span_text)
        if reading is None:
            continue
        rule, value, mod, time, t_start, t_end = reading
        if t_start is not None:
            a, b = a + t_start, a + t_end
        if _is_amount(text, a, b) or _inside_compound(text, b):
            continue
        found.append(Candidate(a, b, rule, value, mod, time))
    return found


def _interval(value: str, mod: str | None, rule: Rule, dct: dt.date | None, tense) -> tuple:
    if value.startswith("P") and rule.type in ("DURATION",):
        if rule.anchor in ("ending_at_dct", "starting_at_dct") and dct is not None and "X" not in value:
            if tense == "future" or rule.anchor == "starting_at_dct":
                finish = cal.subtract_duration(dct, value, +1)
                return (dct, finish, _duration_granularity(value)) if finish else (None, None, None)
            begin = cal.subtract_duration(dct, value, -1)
            return (begin, dct, _duration_granularity(value)) if begin else (None, None, None)
        if rule.anchor == "year_opening" and dct is not None:
            return _year_opening(value, dct)
        return None, None, None
    if value == "PRESENT_REF" and dct is not None:
        return dct, dct, "day"
    span = cal.interval(value[:10] if "T" in value[:11] else value)
    if span is None:
        return None, None, None
    first, last, granularity = span
    if "T" in value[:11]:
        granularity = "time"
    if dct is not None:
        if rule.anchor == "since":
            return first, max(first, dct), granularity
        if mod == "START" and first <= dct <= last and rule.name.startswith("unit_relative"):
            return first, dct, granularity      # "earlier this month": from its start to the DCT
        if mod == "END" and first <= dct <= last and rule.name.startswith("unit_relative"):
            return dct, last, granularity       # "later this month": from the DCT to its end
    return first, last, granularity


_WHOLE_MONTHS = re.compile(r"P(\d+)M")


def _year_opening(value: str, dct: dt.date) -> tuple:
    """The first months (value P9M) of the DCT's year when they are over by the DCT's month, else of the
    year before; none for a year or more, or a part of a month ("the first 1.5 months": P1M15D)."""
    whole = _WHOLE_MONTHS.fullmatch(value)
    months = int(whole.group(1)) if whole else 0
    if not 0 < months < 12:
        return None, None, None
    year = dct.year if months < dct.month else dct.year - 1
    return dt.date(year, 1, 1), dt.date(year, months + 1, 1) - dt.timedelta(days=1), "month"


# "three years later", "two days earlier": a length of time counted from the narrative's time. TimeML
# writes the length (P3Y); the timeline places what happened then on the calendar.
COUNTED_FROM_REFERENCE = re.compile(r"\s+(?P<way>later|afterwards?|earlier)\b(?!\s+than)", re.I)
_SHIFTED_UNIT = re.compile(r"P(?P<n>\d+)(?P<unit>[YMWD])")
_HOURS_OR_MINUTES = re.compile(r"PT(?P<n>\d+)(?P<unit>[HM])")
SAME_DAY_HOURS = 6   # a few hours later is still the day the narrative is at ...
# ... when that day was named just before: further back, "an hour later" mostly counts from a moment the
# text tells without a date ("Details emerged on Sunday. [the Friday shooting] ... An hour later, he died")
SAME_DAY_REACH = 250
# the reference's granularities a length in each unit can be counted from: "18 months later" after a year
# could fall in either of two years
_COUNTS_FROM = {"Y": ("year", "quarter", "month", "week", "day"), "M": ("month", "day"), "W": ("week", "day"), "D": ("day",)}


_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_TERM_AFTER = re.compile(r"\s+(?:(?:prison|jail|suspended|mandatory|minimum|maximum|fixed|exclusive|federal)\s+)?(?:"
                         + "|".join(sorted(TERM_NOUNS)) + r")\b", re.I)
# Words before the day a report was made, which is not the time the narrative is at ("the ministry said on Tuesday").
_REPORTING_WORDS = frozenset(["said", "says", "announced", "reported"])


def _narrative_time(text: str, start: int) -> bool:
    """Whether the time at `start` can be the narrative's: not the day of a report ("said on Tuesday", "told
    reporters Friday"), not a date before a noun after "the" or a possessive ("after winning the June 2 election")."""
    end = start - 1   # the words before it, read back from the space before it (one call per date: kept cheap)
    if end < 1:
        return True
    i = text.rfind(" ", max(0, end - 14), end)
    word = text[i + 1:end]
    if word in ("the", "The") or word.endswith(("'s", "’s")):
        return False
    if word == "on" and i > 0:
        end, i = i, text.rfind(" ", max(0, i - 14), i)
        word = text[i + 1:end]
    if word in _REPORTING_WORDS:
        return False
    if word in ("ended", "ending") and _PERIOD_BEFORE_END.search(text, max(0, i - 12), i + 1):
        return False   # the end of a period reported on ("the quarter ended Aug 31"): the news is later
    return i <= 0 or text[max(0, i - 5):i] != " told"   # "told reporters on Tuesday"


_PERIOD_BEFORE_END = re.compile(r"\b(?:quarter|year|months|weeks|half|period)\s$")


_RECORD_BEFORE = re.compile(r"\b(?:first|only|biggest|largest|highest|lowest|worst|best|strongest|weakest|most|least|"
                            r"record)\b[^.;:]*$", re.I)


def _calendar_value(first: dt.date, granularity: str) -> str:
    """The TimeML value of the calendar unit that starts on `first`: 2019, 2019-03, 2019-03-05."""
    if granularity == "year":
        return str(first.year)
    return f"{first.year}-{first.month:02d}" if granularity == "month" else first.isoformat()


def _from_reference(value: str, following: str, reference: str, distance: int) -> tuple:
    """The interval of a length of time counted from the reference date, `distance` characters before it,
    when words after it say so."""
    way = COUNTED_FROM_REFERENCE.match(following)
    hours = _HOURS_OR_MINUTES.fullmatch(value)
    if way and hours and (hours["unit"] == "M" or int(hours["n"]) <= SAME_DAY_HOURS) and distance <= SAME_DAY_REACH:
        span = cal.interval(reference)   # "minutes later", "two hours earlier": the same day
        return span if span is not None and span[2] == "day" else (None, None, None)
    length = _SHIFTED_UNIT.fullmatch(value)
    span = cal.interval(reference) if way and length else None
    if span is None or span[2] not in _COUNTS_FROM[length["unit"]]:
        return None, None, None
    n = int(length["n"]) * (-1 if way["way"].lower() == "earlier" else 1)
    unit = length["unit"]
    try:   # no finer than the count: "three years later" than a day is a year, not that day three years on
        if unit == "Y":
            year = span[0].year + n
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        if unit == "M":
            month = cal.add_months(span[0].replace(day=1), n)
            return month, cal.add_months(month, 1) - dt.timedelta(days=1), "month"
        days = dt.timedelta(days=n * (7 if unit == "W" else 1))
        return span[0] + days, span[1] + days, span[2]
    except (OverflowError, ValueError):
        return None, None, None


def _duration_granularity(value: str) -> str:
    letter = value[-1]
    return {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}.get(letter, "day")


class TimexRecord(NamedTuple):
    """A temporal expression found and resolved: the fields of `timeline.models.Timex`, as a plain tuple
    for callers that only write them out (`newsline annotate`)."""

    text: str
    char_start: int
    char_end: int
    type: str
    value: str
    mod: str | None
    start: dt.date | None
    end: dt.date | None
    granularity: str | None
    rule: str


def resolve_records(text: str, candidates: list[Candidate], dct: dt.date | None) -> list[TimexRecord]:
    """Phase two: values and intervals for phase one's candidates (see `resolver` for the policy)."""
    context = DocumentContext()
    records: list[TimexRecord] = []
    for start, end, rule, found_value, mod, time in candidates:
        span = text[start:end]
        undefined = found_value.startswith("UNDEF")
        tense = clause_tense(text, start, end) if undefined or rule.anchor != "none" else None
        if undefined:
            value = resolve_value(found_value, dct, tense, start, context, span.lower(),
                                  text[end:end + 40]) if dct else underspecified(found_value)
        else:
            value = found_value
        if time and _DAY_VALUE.fullmatch(value):  # a time of day goes on a day, known or not
            value += time
            if time == "T24:00" and rule.name == "noon" and tense == "past":
                value = value[:-5] + "00:00"   # a midnight gone by opened the day ("cuts that kicked in at midnight")
        # (a comparison point, "from $4 a year earlier", is not where the narrative is)
        context.note_value(start, value, names_period=rule.name.startswith(("quarter", "half")),
                           narrative=value[:4].isdigit() and found_value != "UNDEF-year-ago" and _narrative_time(text, start))
        first, last, granularity = _interval(value, mod, rule, dct, tense) if (dct or not undefined) else (None, None, None)
        if first is not None and rule.anchor == "ending_at_dct" and _TERM_AFTER.match(text, end):
            first = last = granularity = None   # a term to serve or run ("a 60-month sentence", "a 10-year
            # contract"), not a stretch of time up to the DCT like "the four-year civil war"
        if first is None and rule.type == "DURATION" and context.reference and COUNTED_FROM_REFERENCE.match(text, end) \
                and (tense or clause_tense(text, start, end)) != "future":   # not a plan or a hypothesis: "would be seven days later"
            first, last, granularity = _from_reference(value, text[end:end + 24], context.reference,
                                                       start - context.reference_at)
            if first is not None:   # the narrative moves on with it: "Two years later, ... and that year it signed"
                context.note_value(start, _calendar_value(first, granularity), names_period=False)
        elif first is None and rule.type == "DURATION" and dct and _IN_BEFORE.search(text, max(0, start - 4), start) \
                and not _RECORD_BEFORE.search(text, max(0, start - 60), start) \
                and (tense or clause_tense(text, start, end)) == "future":
            # what will happen "in three months" is that long after the DCT (TimeML's value stays P3M); not a
            # record's span ("the first flights in two years will leave")
            first, last, granularity = _from_reference(value, " later", dct.isoformat(), 0)
        records.append(TimexRecord(span, start, end, rule.type, value, mod, first, last, granularity, rule.name))
    # what each expression's neighbours say of it, in this order: which expressions are times at all, then
    # the spans and days that depend on the expressions around them (a clock time on the day it follows last)
    records = _periods_of_reports(text, records)
    records = _periods_of_matches(text, records)
    records = _periods_closed_by_dates(text, records)
    records = _range_days(text, records)
    records = _chronology_years(text, records, dct)
    records = _weekday_ranges(text, records)
    records = _month_lists(text, records)
    records = _months_before_a_year(text, records)
    records = _weekdays_by_holidays(text, records)
    return _clocks_on_their_dates(text, records)


# "Saturday, April 19 at 3:02 p.m.": a clock time right after a day and "at" is on that day
_AT_BETWEEN = re.compile(r",?\s+at\s+")


def _clocks_on_their_dates(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    for i in range(1, len(records)):
        day, clock = records[i - 1], records[i]
        if clock.type == "TIME" and "T" in clock.value[10:11] and day.granularity == "day" and day.start is not None \
                and clock.start != day.start and _AT_BETWEEN.fullmatch(text, day.char_end, clock.char_start):
            records[i] = clock._replace(value=day.start.isoformat() + clock.value[10:], start=day.start, end=day.start,
                                        granularity="time")
    return records


# "from 10 to 15 July", "between 3 and 5 March": the first day of a range takes the month written after the
# second (a bare number is no expression of its own)
_BARE_FIRST_DAY = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(0?[1-9]|[12][0-9]|3[01])\s*(?:to|and|until|till|[-–])\s*$")


# ... and "April 24 and 25", "March 3 to 5": the second, after a date, takes its month (when what follows it
# is no figure or count: "April 24 and 25 people")
_BARE_LAST_DAY = re.compile(r"\s*(?:and|or|to|through|until|till)\s+(0?[1-9]|[12][0-9]|3[01])"
                            r"(?=\s*[,;:)]|\.(?!\d)|\s*$|\s+(?:in|at|on|when|with|the|for|will|would|were|was|is|are|and)\b)")


def _range_days(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    out: list[TimexRecord] = []
    for record in records:
        bare = []
        if record.granularity == "day" and record.start is not None:
            found = _BARE_FIRST_DAY.search(text, max(0, record.char_start - 24), record.char_start)
            if found is not None and int(found.group(1)) < record.start.day:
                bare.append((found, record.start.replace(day=int(found.group(1)))))
            found = _BARE_LAST_DAY.match(text, record.char_end)
            if found is not None and int(found.group(1)) > record.start.day:
                try:
                    bare.append((found, record.start.replace(day=int(found.group(1)))))
                except ValueError:   # no such day in the month: "Feb. 28 and 30"
                    pass
        for found, day in bare:
            if found.start(1) < record.char_start:
                out.append(record._replace(text=found.group(1), char_start=found.start(1), char_end=found.end(1),
                                           value=day.isoformat() + record.value[10:], start=day, end=day))
        out.append(record)
        for found, day in bare:
            if found.start(1) > record.char_start:
                out.append(record._replace(text=found.group(1), char_start=found.start(1), char_end=found.end(1),
                                           value=day.isoformat() + record.value[10:], start=day, end=day))
    return out


# A chronology: lines that open with a date ("Jan. 13: A Chinese woman ...", "9 APRIL 2003 The Americans ...",
# "2002:"), at least CHRONOLOGY_LINES of them.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[a-zA-Z]*\.?"
_ENTRY_OPENING = re.compile(rf"(?m)^[ \t]*(?:[0-9]{{1,2}}\.[ \t]+|--[ \t]*)?(?:{_MONTH_WORD}[ \t]+[0-9]{{1,2}}\b|"
                            rf"[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_WORD}|(?:19|20)[0-9]{{2}}[ \t]*:)")
CHRONOLOGY_LINES = 3
_YEAR_LINE = re.compile(r"[ \t]*(?:19|20)[0-9]{2}[ \t:]*")


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
_WRITTEN_YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")


def _chronology_years(text: str, records: list[TimexRecord], dct: dt.date | None) -> list[TimexRecord]:
    """In a chronology a day written without its year is in the year of the entries before it, the next
    year when it comes earlier in the calendar: "Jan. 11, 2020: ... Jan. 13: ..." is 2020-01-13, "Nov 20, 1979:
    ... Saudi forces retook mosque Dec 4" is 1979-12-04 (elsewhere such a day is placed near the DCT). Not
    after the DCT: the page's own date above the entries ("October 4, 2022 ... May 23: Watford appoint")
    starts no year."""
    if dct is None or len(_ENTRY_OPENING.findall(text, 0, 20_000)) < CHRONOLOGY_LINES:
        return records
    latest = dct + dt.timedelta(days=7)
    moved: tuple[dt.date, dt.date] | None = None   # the last day given its year here: (as resolved, as moved)
    anchor: dt.date | None = None
    for i, record in enumerate(records):
        if record.start is None:
            continue
        if record.granularity == "day" and _WRITTEN_YEAR.search(record.text):
            anchor, moved = record.start, None
        elif record.rule == "year_alone" and (text.startswith(":", record.char_end) or _YEAR_LINE.fullmatch(
                text, text.rfind("\n", 0, record.char_start) + 1, _line_end(text, record.char_end))):
            anchor = dt.date(int(record.value), 1, 1)   # a heading of the year: "2002: January 29: ...", "2022\n"
        elif record.rule == "date_month_day" and anchor is not None:
            try:
                day = record.start.replace(year=anchor.year)
                if day < anchor:
                    day = day.replace(year=anchor.year + 1)
            except ValueError:   # February 29 of another year
                continue
            if day > latest:
                continue
            records[i] = record._replace(value=day.isoformat() + record.value[10:], start=day, end=day)
            moved = (record.start, day)
            anchor = day
        elif record.rule in _FROM_THE_DAY_BEFORE and moved is not None \
                and abs((record.start - moved[0]).days) <= 7 and record.granularity == "day":
            day = record.start + (moved[1] - moved[0])   # "April 13: ... the day after": counted from the day moved
            records[i] = record._replace(value=day.isoformat() + record.value[10:], start=day, end=day)
    return records


# Days counted from the day named before them: they move with it.
_FROM_THE_DAY_BEFORE = frozenset("day_before_after day_before_after_closing next_day following_unit the_same_unit".split())


def _periods_of_reports(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    """"The period" is the quarter reported on only in an article that reports results: "within that period"
    in one about an election's timetable is no quarter."""
    if not any(r.rule == "quarter_reporting" for r in records) or _RESULTS_WORDS.search(text):
        return records
    return [r for r in records if not (r.rule == "quarter_reporting" and r.text.lower().endswith("period"))]


def _periods_of_matches(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    """In a match report, "the second half" and "the fourth quarter" are parts of the game, not of the year
    ("a penalty in the second-half", "scored 12 points in the fourth quarter"), unless the article also
    reports results (a club's first-half revenue)."""
    if not any(r.rule in _GAME_PERIOD_RULES for r in records) or not _MATCH_WORDS.search(text) or _ACCOUNTS_WORDS.search(text):
        return records
    return [r for r in records if r.rule not in _GAME_PERIOD_RULES]


_GAME_PERIOD_RULES = frozenset({"half", "quarter"})
_ACCOUNTS_WORDS = re.compile(r"\b(?:[Pp]rofits?|[Ee]arnings|[Rr]evenues?|[Ii]ncome|[Ss]ales|[Tt]urnover)\b")
# what only a report of a game says: its breaks, its clock, its scoring
_MATCH_WORDS = re.compile(r"\b(?:[Hh]alf-?time|[Kk]ick-?off|[Ss]toppage time|[Ii]njury time|[Ff]ull-time whistle|scored|"
                          r"[Ee]quali[sz]er|[Tt]ouchdowns?|[0-9]+(?:st|nd|rd|th)[- ]minute|[0-9]{1,3} min|"
                          r"[Ss]emi-?finals?|[Qq]uarter-?finals?|[0-9]{1,2}-[0-9]{1,2} (?:win|defeat|victory|draw))\b")


_RESULTS_WORDS = re.compile(r"\b(?:[Qq]uarter|QUARTER|[Pp]rofits?|[Ee]arnings|[Rr]evenues?|[Ii]ncome|[Ss]ales|[Rr]esults|"
                            r"[Ll]oss(?:es)?|[Gg]ains?)\b")


# "Wednesday through Friday", "Monday to Thursday": the second weekday of a range is not before the first;
# two joined by "and" or "or" are in one week, in either order ("statements made Friday and Thursday")
_WEEKDAY_PAIR = re.compile(r"\s+(?:and|or)\s+")
_WEEKDAY_RANGE = re.compile(r"\s+(?:through|thru|to|until|till)\s+|\s*[-–]\s*")


def _weekday_ranges(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    for i in range(1, len(records)):
        first, last = records[i - 1], records[i]
        if first.rule == "weekday" and last.rule == "weekday" and first.start is not None and last.start is not None \
                and abs((last.start - first.start).days) > 6 and _WEEKDAY_PAIR.fullmatch(text, first.char_end, last.char_start):
            # "Saturday and Sunday will be observed" is one weekend, whichever way each day's clause points:
            # the earlier day moves to the later one's week
            early, late, k = (first, last, i - 1) if first.start < last.start else (last, first, i)
            day = early.start + dt.timedelta(days=7 * ((late.start - early.start).days // 7))
            records[k] = early._replace(value=day.isoformat(), start=day, end=day)
            continue
        if first.rule.startswith("weekday") and last.rule == "weekday" and first.granularity == "day" \
                and first.start is not None and last.start is not None and last.start < first.start \
                and _WEEKDAY_RANGE.fullmatch(text, first.char_end, last.char_start):
            day = last.start + dt.timedelta(days=7 * ((first.start - last.start).days // 7 + 1))
            records[i] = last._replace(value=day.isoformat(), start=day, end=day)
    return records


# "the Monday after Thanksgiving", "the Friday before Christmas": the weekday next to the holiday
_AFTER_OR_BEFORE = re.compile(r"\s+(after|before)\s+(?:the\s+)?")


def _weekdays_by_holidays(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    for i in range(len(records) - 1):
        day, holiday = records[i], records[i + 1]
        if day.rule != "weekday" or holiday.rule != "holiday" or day.start is None or holiday.start is None:
            continue
        between = _AFTER_OR_BEFORE.fullmatch(text, day.char_end, holiday.char_start)
        if between is None:
            continue
        step = 1 if between.group(1) == "after" else -1
        weekday = holiday.start + dt.timedelta(days=step)
        while weekday.weekday() != day.start.weekday():
            weekday += dt.timedelta(days=step)
        records[i] = day._replace(value=weekday.isoformat(), start=weekday, end=weekday)
    return records


# "January, February and March": the months of a list follow each other within a year
_LIST_JOINER = re.compile(r",?\s+(?:and|or)\s+|,\s*")


def _month_lists(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    i = 0
    while i < len(records):
        j = i
        while j + 1 < len(records) and _is_bare_month(records[j + 1]) and _is_bare_month(records[j]) \
                and _LIST_JOINER.fullmatch(text, records[j].char_end, records[j + 1].char_start):
            j += 1
        if j > i and (any(records[k].start >= records[k + 1].start for k in range(i, j))
                      or (records[j].start - records[i].start).days > 366):
            # the months as a run in order around the one that keeps its year; the run that keeps the most
            # of them as they were resolved (the last on a tie)
            runs = [_run_of_months([r.start.month for r in records[i:j + 1]], k - i, records[k].start)
                    for k in range(i, j + 1)]
            kept = [sum(day == r.start for day, r in zip(run, records[i:j + 1])) for run in runs]
            best = max(range(len(runs)), key=lambda n: (kept[n], n))
            for k, first in zip(range(i, j + 1), runs[best]):
                records[k] = records[k]._replace(value=first.strftime("%Y-%m"), start=first,
                                                 end=cal.add_months(first, 1) - dt.timedelta(days=1))
        i = j + 1
    return records


def _months_before_a_year(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    """A month without a year joined to a month with one takes its year (the year before when it comes later
    in the calendar): "between April and July 1994", "from March to June 2009", "December and January 2010"."""
    for i in range(len(records) - 1):
        bare, dated = records[i], records[i + 1]
        if bare.rule in _BARE_MONTH_RULES and bare.granularity == "month" and bare.start is not None \
                and dated.rule == "date_month_year" and dated.start is not None \
                and _MONTH_PAIR_JOINER.fullmatch(text, bare.char_end, dated.char_start):
            year = dated.start.year if bare.start.month <= dated.start.month else dated.start.year - 1
            first = bare.start.replace(year=year)
            records[i] = bare._replace(value=first.strftime("%Y-%m"), start=first,
                                       end=cal.add_months(first, 1) - dt.timedelta(days=1))
    return records


_BARE_MONTH_RULES = frozenset({"month_alone", "month_since", "month_since_past"})
_MONTH_PAIR_JOINER = re.compile(r"\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*")


def _run_of_months(months: list[int], kept: int, day: dt.date) -> list[dt.date]:
    """The first days of `months` in order, month `kept` on `day`'s month, each after the one before it."""
    run = [day.replace(day=1)]
    for month in reversed(months[:kept]):
        year = run[0].year if month < run[0].month else run[0].year - 1
        run.insert(0, dt.date(year, month, 1))
    for month in months[kept + 1:]:
        year = run[-1].year if month > run[-1].month else run[-1].year + 1
        run.append(dt.date(year, month, 1))
    return run


def _is_bare_month(record: TimexRecord) -> bool:
    return record.rule == "month_alone" and record.granularity == "month" and record.start is not None


# "the six months ended June 30", "the nine months ending Sept. 30", "the 12 months to March": a length of
# time that closes on the date after it
_CLOSED_BY = re.compile(r"\s+(?:ended|ending|to|through)\s+(?:on\s+)?", re.I)


def _periods_closed_by_dates(text: str, records: list[TimexRecord]) -> list[TimexRecord]:
    """A duration closed by the date after it covers the calendar days up to that date's end: "the six months
    ended June 30, 2017" is 2017-01-01 .. 2017-06-30 (its TimeML value stays P6M). So does a quarter, which a
    company's fiscal year may place anywhere: "the first financial quarter ended Aug 31, 2017" is
    2017-06-01 .. 2017-08-31 (its value stays 2017-Q1, as it is written)."""
    for i in range(len(records) - 1):
        period, closing = records[i], records[i + 1]
        if closing.end is None or _CLOSED_BY.fullmatch(text, period.char_end, closing.char_start) is None:
            continue
        length = _SHIFTED_UNIT.fullmatch(period.value) if period.type == "DURATION" and period.start is None else None
        if length is not None:
            n, unit, granularity = int(length["n"]), length["unit"], _duration_granularity(period.value)
        elif period.type == "DATE" and _QUARTER_VALUE.fullmatch(period.value):
            n, unit, granularity = 3, "M", "quarter"
        else:
            continue
        try:
            after = closing.end + dt.timedelta(days=1)
            first = (cal.add_months(after, -12 * n) if unit == "Y" else cal.add_months(after, -n) if unit == "M"
                     else after - dt.timedelta(days=n * (7 if unit == "W" else 1)))
        except (OverflowError, ValueError):
            continue
        records[i] = period._replace(start=first, end=closing.end, granularity=granularity)
    return records


_QUARTER_VALUE = re.compile(r"[0-9]{4}-Q[1-4X]")


def resolve_candidates(text: str, candidates: list[Candidate], dct: dt.date | None) -> list[Timex]:
    """Phase two as `Timex` models."""
    from timeline.models import Timex  # not at import: `newsline annotate` never builds the models

    return [Timex(*record) for record in resolve_records(text, candidates, dct)]  # the same fields, in order


def find_timex_records(text: str, dct: dt.date | None, start: int = 0, end: int | None = None) -> list[TimexRecord]:
    """`find_timexes` as plain records."""
    return resolve_records(text, find_candidates(text, start, end), dct)


def find_timexes(text: str, dct: dt.date | None, start: int = 0, end: int | None = None) -> list[Timex]:
    """Every temporal expression in text[start:end] (offsets into `text`), sorted and not overlapping,
    with its TimeML type, value and mod and, when it lies on the calendar, its interval and granularity.
    Relative expressions are resolved against `dct`; with no DCT they stay underspecified."""
    return resolve_candidates(text, find_candidates(text, start, end), dct)
