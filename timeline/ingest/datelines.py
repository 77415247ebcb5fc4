"""Datelines ("ANTALYA, Turkey (AFP) -") and the creation date they give an article.

A dateline opens one of the first paragraphs of a news story. It names the place and often the agency,
and sometimes the date ("WASHINGTON, Nov. 16 (AP) --"). Some papers put the date in the lead sentence
instead: "World leaders on Monday (Nov 16) ...". Either way the month and day come from there; the year,
when the dateline has none, comes from the full date written elsewhere in the article that is nearest to
it (a photo caption's "Nov 15, 2015"), and a weekday, when one is given, must agree with that year.

The rules are tables of (name, pattern, example, expected) that tests/test_ingest_datelines.py runs.
All patterns are RE2 (linear time: article text is untrusted) and compiled once, at import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import re2

from timeline.models import CreationTime, Dateline
from timeline.temporal.tense import clause_tense

# ---------------------------------------------------------------------------------------------- words
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {  # datetime.weekday(): Monday is 0
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?")
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"

# ---------------------------------------------------------------------------------------------- dates
class DateForm(NamedTuple):
    name: str
    pattern: str       # named groups: weekday, month, day, year (month may be digits for ISO)
    example: str
    expected: tuple    # (weekday or None, month, day, year or None)


# How a date is written inside a dateline or a lead sentence.
DATE_FORMS: tuple[DateForm, ...] = (
    DateForm("iso", rf"(?P<year>{_YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])",
             "2015-11-16", (None, 11, 16, 2015)),
    DateForm("month_day_year", rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:st|nd|rd|th)?"
                               rf"(?:,?\s+(?P<year>{_YEAR}))?",
             "Monday, Nov. 16, 2015", (0, 11, 16, 2015)),
    DateForm("day_month_year", rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<day>{_DAY})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})"
                               rf"(?:,?\s+(?P<year>{_YEAR}))?",
             "16 November 2015", (None, 11, 16, 2015)),
    # The lead-sentence form of Singapore/Malaysian papers, "on Monday (Nov 16)", and of some wires, with
    # the year: "said on Monday (March 3, 2025)".
    # The numeric American form of web pages' bylines: month first, the year in two digits or four.
    DateForm("us_numeric", r"(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12][0-9]|3[01])/(?P<year>(?:19|20)?[0-9]{2})",
             "10/27/10", (None, 10, 27, 2010)),
    DateForm("weekday_paren", rf"(?P<weekday>{_WEEKDAY})\s*\((?P<month>{_MONTH})\s+(?P<day>{_DAY})"
                              rf"(?:,?\s+(?P<year>{_YEAR}))?\)",
             "Monday (Nov 16)", (0, 11, 16, None)),
)
_NAMED_GROUP = re2.compile(r"\(\?P<\w+>")


def _without_names(pattern: str) -> str:
    """The pattern with its named groups made plain groups, for combining patterns into one."""
    return _NAMED_GROUP.sub("(?:", pattern)


_DATE_ANY = "(?:" + "|".join(
    # the same alternatives without group names, for embedding in dateline patterns
    _without_names(form.pattern) for form in DATE_FORMS if form.name != "weekday_paren"
) + ")"

# ------------------------------------------------------------------------------------------ datelines
_PLACE = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2})??"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z.&' \-]{0,40})\)"
# The ", Country" part is lazy: in "PARIS, Monday, Nov. 17" the weekday belongs to the date.
# A place in ordinary case, for datelines whose agency in brackets marks them: "Cancun, Mexico, Nov 6 (EFE).-",
# "New Delhi, Nov 6 (PTI)", "Tegucigalpa (Honduras), Dec 3 (AP):".
_TITLED_PLACE = (r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
                 r"(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|\s+\([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\))?")
_MONTH_DAY = rf"{_MONTH}\s+{_DAY}"
_DASH = r"\s*(?:--?|–|—|_)\s"         # '_' is the New York Times wire's dash: "WASHINGTON _"
_SEPARATOR = r"\s*(?:--?|–|—|_|:)\s"


class DatelineForm(NamedTuple):
    name: str
    pattern: str       # named groups: place, date, agency (each optional); lead: the lead's first letter
    example: str
    expected: tuple    # (place, date text, agency)


# What opens a paragraph that is a dateline, most specific first; the first that matches wins.
DATELINE_FORMS: tuple[DatelineForm, ...] = (
    DatelineForm("place_date_agency", rf"(?P<place>{_PLACE}),\s+(?P<date>{_DATE_ANY})\s*{_AGENCY}{_SEPARATOR}",
                 "WASHINGTON, Nov. 16 (AP) -- The president", ("WASHINGTON", "Nov. 16", "AP")),
    DatelineForm("place_date", rf"(?P<place>{_PLACE}),\s+(?P<date>{_DATE_ANY}){_SEPARATOR}",
                 "PARIS, 16 November 2015 - France", ("PARIS", "16 November 2015", None)),
    DatelineForm("date_agency", rf"(?P<date>{_DATE_ANY})\s*{_AGENCY}{_SEPARATOR}",
                 "Nov 16 (Reuters) - Leaders", (None, "Nov 16", "Reuters")),
    # Malaysian and Singapore papers put the day in brackets: "KUALA LUMPUR (Oct 24): TAS Offshore ..."
    DatelineForm("place_paren_date", rf"(?P<place>{_PLACE})\s*\((?P<date>{_DATE_ANY})\){_SEPARATOR}",
                 "KUALA LUMPUR (Oct 24): TAS Offshore", ("KUALA LUMPUR", "Oct 24", None)),
    # Wire copy in ordinary case, the agency after the date and any separator or none (PTI, IANS, EFE's ".-")
    DatelineForm("titled_place_date_agency",
                 rf"(?P<place>{_TITLED_PLACE}),\s+(?P<date>{_DATE_ANY})\s*{_AGENCY}(?:{_SEPARATOR}|\.-)?",
                 "Cancun, Mexico, Nov 6 (EFE).- Poland's Iga Swiatek", ("Cancun, Mexico", "Nov 6", "EFE")),
    # Wire copy whose "(Reuters) -" a page left out: "JAKARTA Jan 27 A preliminary report", the lead in capitals
    DatelineForm("place_date_lead", rf"(?P<place>{_PLACE})\s+(?P<date>{_MONTH_DAY})\s+(?P<lead>[A-Z])",
                 "JAKARTA Jan 27 A preliminary report into", ("JAKARTA", "Jan 27", None)),
    # ... or its date in the agency's brackets: "MOSCOW (UrduPoint News / Sputnik - 28th May, 2023) The death toll"
    DatelineForm("place_agency_date",
                 rf"(?P<place>{_PLACE})\s*\((?P<agency>[A-Za-z][A-Za-z.&' /]{{0,40}}?)\s+[-–]\s+(?P<date>{_DATE_ANY})\)"
                 rf"(?:{_SEPARATOR})?",
                 "MOSCOW (UrduPoint News / Sputnik - 28th May, 2023) The death toll",
                 ("MOSCOW", "28th May, 2023", "UrduPoint News / Sputnik")),
    DatelineForm("place_agency", rf"(?P<place>{_PLACE})\s*{_AGENCY}{_SEPARATOR}",
                 "ANTALYA, Turkey (AFP) - World leaders", ("ANTALYA, Turkey", None, "AFP")),
    # A bare place needs a dash: "NOTE: ..." or "UPDATE:" must not read as a dateline.
    DatelineForm("place", rf"(?P<place>{_PLACE}){_DASH}",
                 "NEW YORK — Stocks fell", ("NEW YORK", None, None)),
    DatelineForm("place_wire", rf"(?P<place>{_PLACE}){_DASH}",
                 "INDEPENDENCE, Mo. _ The North Atlantic", ("INDEPENDENCE, Mo.", None, None)),
)

_DATE_REGEXES = tuple((form, re2.compile(form.pattern)) for form in DATE_FORMS)
_DATELINE_REGEXES = tuple((form, re2.compile(form.pattern)) for form in DATELINE_FORMS)
# All forms at once, without groups: most lines open with no dateline, and one call that says so costs
# what one form's call does (each call through re2's Python binding costs more than the matching).
_ANY_DATELINE = re2.compile("|".join("(?:" + _without_names(form.pattern) + ")" for form in DATELINE_FORMS))
_LEAD_DATE = re2.compile(next(f.pattern for f in DATE_FORMS if f.name == "weekday_paren"))
# A full date with a year anywhere in the article: where a dateline without a year gets one.
_FULL_DATE = re2.compile(
    rf"(?P<y1>{_YEAR})-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12][0-9]|3[01])\b"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})\b"
    rf"|\b(?P<d3>{_DAY})(?:st|nd|rd|th)?\s+(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})\b"
)

# ------------------------------------------------------------------------------- publication lines
# A line of its own that says when the article appeared, as copied from a web page with it: "Published:
# 2024-11-04", "Updated 10:32 AM EST, Mon November 4, 2024", or the date alone on the article's first or
# last line ("Aug. 15, 2024"). The year must be there: a line with "March 3" alone could head any paragraph.
_STAMP_LABEL = (r"(?:(?:First\s+)?[Pp]ublished|(?:(?:and\s+)?[Ll]ast\s+)?[Uu]pdated|[Pp]osted|Date[d]?|PUBLISHED|UPDATED|"
                r"POSTED)")
_CLOCK = (r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s*[AaPp]\.?[Mm]\.?)?"
          r"(?:\s+\(?(?:[A-Z]{2,4}|GMT[+-][0-9]{1,2}|UTC[+-][0-9]{1,2})\)?)?")
_ORDINAL = "(?:st|nd|rd|th)"   # "August 21st, 2011"
_STAMP_DATE = "(?:" + "|".join((
    rf"{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?:[T ]{_CLOCK}(?::[0-5][0-9])?(?:Z|[+-][0-9:]{{2,5}})?)?",
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}{_ORDINAL}?,?\s+{_YEAR}",
    rf"(?:{_WEEKDAY},?\s+)?{_DAY}{_ORDINAL}?\s+{_MONTH},?\s+{_YEAR}",
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:(?:19|20)[0-9]{2}|[0-9]{2})",
)) + ")"
_ORDINAL_SUFFIX = re2.compile(r"([0-9])(?:st|nd|rd|th)\b")
_PUBLICATION_LINE = re2.compile(
    rf"(?:(?P<label>{_STAMP_LABEL})\s*(?:[:|]\s*|on\s+|at\s+)?)?"
    rf"(?:{_CLOCK}\s*[,|]?\s*(?:on\s+)?)?(?P<date>{_STAMP_DATE})(?:\s*[,|/\-–—]?\s*(?:at\s+)?{_CLOCK})?"
    # ... and the age a page's template puts after it: "March 5, 2018 / 6:05 PM / in a day", "/ a year ago"
    rf"(?:\s*/\s*(?:[Uu]pdated\s+)?(?:in\s+)?(?:an?|[0-9]+)\s+(?:minute|hour|day|week|month|year)s?(?:\s+ago)?)?"
    # ... or when it was updated: "Posted at 10:02 PM, May 16, 2016 and last updated 2016-05-16 23:25:30-04"
    rf"(?:,?\s+and\s+(?:last\s+)?updated\s+(?:{_CLOCK}\s*,?\s*)?{_STAMP_DATE}(?:\s*,?\s*(?:at\s+)?{_CLOCK})?)?\s*\.?")
PUBLICATION_LINE_EXAMPLES = (
    ("Published: 2024-11-04", "2024-11-04"),
    ("Updated 10:32 AM EST, Mon November 4, 2024", "2024-11-04"),
    ("Posted on 16 November 2015 at 14:05 GMT", "2015-11-16"),
    ("Aug. 15, 2024", "2024-08-15"),
    ("Published 2015-11-16T09:30:00+01:00", "2015-11-16"),
    ("Posted August 21st, 2011 at 3:35 am (UTC-5)", "2011-08-21"),
    ("Posted on 20 November 2017 - 11:57am", "2017-11-20"),
    ("March 5, 2018 / 6:05 PM / in a day", "2018-03-05"),
    ("October 30, 2017 / 11:26 AM / Updated 2 years ago", "2017-10-30"),
    ("Posted at 10:02 PM, May 16, 2016 and last updated 2016-05-16 23:25:30-04", "2016-05-16"),
    ("and last updated 2018-06-01 10:57:39-04", "2018-06-01"),   # (the second line of the one before)
)
# How many lines at the end of an article are looked at (its first lines are those a dateline may open).
_STAMP_LAST_LINES = 3
_STAMP_MAX_CHARS = 80
# A byline that says when, among the first lines, with the words a page puts around it: "Posted by on Jan 10,
# 2011 in Breaking News, Law | 0 comments", "By: The Associated Press July 27, 2018", "Xinhua, January 7, 2015
# Adjust font size:", "on July 13, 2013 at 10:00 AM, updated ...". Its date must be a full one; what goes before
# it is a label, a byline, a source's name or a lower-case "on".
_BYLINE = re2.compile(
    rf"(?:(?P<label>{_STAMP_LABEL})\b[^\n]{{0,20}}?\s(?:on\s+)?(?P<date1>{_STAMP_DATE})[^\n]{{0,80}}"
    rf"|By:?\s+[A-Z][A-Za-z.&' ]{{1,40}}?\s+(?P<date2>{_STAMP_DATE})\s*"
    rf"|[A-Z][A-Za-z.&']+(?:\s[A-Z][A-Za-z.&']+){{0,3}},\s+(?P<date3>{_STAMP_DATE})(?:\s+[A-Z][^.\n]{{0,40}})?"
    rf"|on\s+(?P<date4>{_STAMP_DATE})\b[^\n]{{0,80}})")
BYLINE_EXAMPLES = (
    ("Posted by on Jan 10, 2011 in Breaking News, Law, Places, Politics, Society | 0 comments", "2011-01-10"),
    ("By: The Associated Press July 27, 2018", "2018-07-27"),
    ("Xinhua, January 7, 2015 Adjust font size:", "2015-01-07"),
    ("on July 13, 2013 at 10:00 AM, updated July 13, 2013 at 10:03 AM", "2013-07-13"),
    ("Posted at 12:05 PM, 10/27/10: Russian Progress supply ship blasts off on space station mission", "2010-10-27"),
)
_BYLINE_MAX_CHARS = 120


@dataclass(frozen=True)
class PublicationLine:
    text: str
    day: dt.date
    char_start: int
    updated: bool     # "Updated ...": the article may first have appeared earlier


def find_publication_line(text: str, start: int = 0) -> PublicationLine | None:
    """The line of text[start:] that only says when the article appeared, among its first lines and its
    last ones; a "Published" line before an "Updated" one. None when there is none."""
    found: list[PublicationLine] = []
    first_lines = _first_lines(text, start)
    for a, b in first_lines + _last_lines(text, start):
        line = text[a:b]
        match = _PUBLICATION_LINE.fullmatch(line) if len(line) <= _STAMP_MAX_CHARS else None   # (not a paragraph)
        if match is not None:
            date_text = match.group("date")
        elif len(line) <= _BYLINE_MAX_CHARS and (a, b) in first_lines:
            match = _BYLINE.fullmatch(line)
            if match is None:
                continue
            date_text = match.group("date1") or match.group("date2") or match.group("date3") or match.group("date4")
        else:
            continue
        date_text = _ORDINAL_SUFFIX.sub(r"\1", date_text)
        date = parse_date(date_text[:10] if date_text[:4].isdigit() else date_text)   # ISO: the date part
        if date is None:
            continue
        try:
            day = dt.date(date.year, date.month, date.day)
        except ValueError:
            continue
        if date.weekday is not None and day.weekday() != date.weekday:
            continue
        label = (match.group("label") or "").lower()
        if _ENTRY_DATE.fullmatch(line) and _is_chronology(text, start):
            continue   # a chronology's entry: "9 August 2007", "1 October 1958" head what happened then
        found.append(PublicationLine(line, day, a, updated="updated" in label))
    return min(found, key=lambda f: f.updated, default=None)


# A line that opens with a date and says no more, or goes on after a colon or dash: a chronology's entry.
_ENTRY_DATE = re2.compile(rf"\s*(?:{_DATE_ANY})\s*(?:[:\-–—].*)?")
_ENTRY_LINE = re2.compile(rf"(?m)^\s*(?:{_DATE_ANY})\s*(?:$|[:\-–—])")
CHRONOLOGY_ENTRIES = 3


def _is_chronology(text: str, start: int = 0) -> bool:
    """Whether text[start:] is a list of dated entries: CHRONOLOGY_ENTRIES lines or more open with a date."""
    count = 0
    for _ in _ENTRY_LINE.finditer(text, start):
        count += 1
        if count >= CHRONOLOGY_ENTRIES:
            return True
    return False


def is_publication_line(line: str) -> bool:
    """Whether a line, as it stands, says only when the article appeared ("Published: 2024-11-04")."""
    return len(line) <= _STAMP_MAX_CHARS and _PUBLICATION_LINE.fullmatch(line.strip()) is not None


def _first_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the first non-blank lines of text[start:] (as many as a dateline may open)."""
    spans: list[tuple[int, int]] = []
    position, limit = start, min(len(text), start + MAX_DATELINE_OFFSET)
    while position < limit and len(spans) < MAX_DATELINE_LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            a = position + len(text[position:end]) - len(text[position:end].lstrip())
            spans.append((a, a + len(text[a:end].rstrip())))
        position = end + 1
    return spans


def _last_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the last non-blank lines of text[start:], the last one first."""
    spans: list[tuple[int, int]] = []
    end = len(text)
    while end > start and len(spans) < _STAMP_LAST_LINES:
        begin = text.rfind("\n", start, end) + 1
        begin = max(begin, start)
        if text[begin:end].strip():
            a = begin + len(text[begin:end]) - len(text[begin:end].lstrip())
            spans.append((a, a + len(text[a:end].rstrip())))
        end = begin - 1
    return spans


def publication_creation_time(line: PublicationLine) -> CreationTime:
    """The DCT a publication line gives (provenance `dateline`: the article's own statement of its date)."""
    evidence = f"publication line {line.text!r} at offset {line.char_start}"
    if line.updated:
        evidence += " (the date it was updated: no line says when it first appeared)"
    return CreationTime(date=line.day, provenance="dateline", evidence=evidence)


# A year written alone ("the 2026 World Cup"): where a weekday-checked lead date gets its year when no full
# date gives one.
_YEAR_ALONE = re2.compile(rf"\b{_YEAR}\b")

# A dateline opens one of the first lines (paragraphs of extracted web text, lines of plain text; blank
# lines not counted) of the body, within its first characters.
MAX_DATELINE_LINES = 8
MAX_DATELINE_OFFSET = 3000
_DATELINE_WINDOW = 200           # longest dateline considered
_LEAD_WINDOW = 400               # how far into the lead sentence a "Monday (Nov 16)" is looked for


@dataclass(frozen=True)
class PartialDate:
    month: int
    day: int
    year: int | None
    weekday: int | None
    text: str
    char_start: int


TWO_DIGIT_YEAR_PIVOT = 69


def parse_date(text: str) -> PartialDate | None:
    """Read a whole date string with the DATE_FORMS table; None when no form fits it entirely."""
    for _form, regex in _DATE_REGEXES:
        match = regex.fullmatch(text)
        if match:
            return _partial(match, 0)
    return None


def _partial(match, offset: int) -> PartialDate | None:
    groups = match.groupdict()
    month_text = groups["month"].rstrip(".").lower()
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
    weekday = groups.get("weekday")
    year = groups.get("year")
    if year and len(year) == 2:   # "10/27/10": 00-68 this century, 69-99 the last (the POSIX pivot, never today's date)
        year = str(2000 + int(year) if int(year) < TWO_DIGIT_YEAR_PIVOT else 1900 + int(year))
    return PartialDate(month=month, day=int(groups["day"]), year=int(year) if year else None,
                       weekday=WEEKDAYS[weekday.rstrip(".").lower()] if weekday else None,
                       text=match.group(), char_start=offset + match.start())


@dataclass(frozen=True)
class DatelineFinding:
    dateline: Dateline
    date: PartialDate | None   # from the dateline itself or the lead sentence


def find_dateline(text: str, start: int = 0) -> DatelineFinding | None:
    """The dateline opening one of the first lines of text[start:], with any date it or its lead gives."""
    limit = min(len(text), start + MAX_DATELINE_OFFSET)
    lines, position = 0, start
    while position < limit and lines < MAX_DATELINE_LINES:
        while position < limit and text[position] in " \t\r\n":
            position += 1
        if position >= limit:
            break
        lines += 1
        found = _dateline_at(text, position)
        if found is not None:
            return found
        newline = text.find("\n", position, limit)
        if newline < 0:
            break
        position = newline + 1
    return None


def _dateline_at(text: str, position: int) -> DatelineFinding | None:
    """The dateline starting exactly at position, if one does."""
    window = text[position:position + _DATELINE_WINDOW]
    if not _ANY_DATELINE.match(window):
        return None
    for form, regex in _DATELINE_REGEXES:
        match = regex.match(window)
        if not match:
            continue
        groups = match.groupdict()
        # (a form that needs the lead to start with a capital matches its first letter, which is no dateline)
        head = window[:match.start(regex.groupindex["lead"]) if groups.get("lead") else match.end()].rstrip()
        dateline = Dateline(text=head, place=groups.get("place"), agency=groups.get("agency"),
                            char_start=position, char_end=position + len(head))
        date = None
        if groups.get("date"):
            date = parse_date(groups["date"])
            if date is not None:
                date = PartialDate(date.month, date.day, date.year, date.weekday, date.text,
                                   position + match.start(regex.groupindex["date"]))
        else:
            lead_start = position + match.end()
            lead = _LEAD_DATE.search(text[lead_start:lead_start + _LEAD_WINDOW])
            if lead:
                date = _partial(lead, lead_start)
        return DatelineFinding(dateline, date)
    return None


def dateline_creation_time(text: str, finding: DatelineFinding) -> tuple[CreationTime | None, str]:
    """The DCT a dateline gives (provenance `dateline`), or None and why not (said in the evidence)."""
    date = finding.date
    head = f"dateline {finding.dateline.text!r}"
    if date is None:
        return None, f"{head} has no date"
    said = f"{head}" + (f" with {date.text!r}" if date.text not in finding.dateline.text else "")
    if date.year is not None:
        try:
            day = dt.date(date.year, date.month, date.day)
        except ValueError:
            return None, f"{said}: not a calendar date"
        if date.weekday is not None and day.weekday() != date.weekday:
            return None, f"{said}: {day.isoformat()} is a {day:%A}, not the weekday given"
        return CreationTime(date=day, provenance="dateline", evidence=f"{said} at offset {date.char_start}"), ""
    best: tuple[int, int, dt.date, str, int] | None = None   # (distance, offset, date, full-date text, offset)
    latest: tuple[dt.date, str, int] | None = None   # the latest full date not said of the future
    for match in _FULL_DATE.finditer(text):
        full = _full_date(match)
        candidate = nearest_day(date, full) if full is not None else None   # "Jan 2" near "Dec 31, 2015" is 2016
        if candidate is None:
            continue
        key = (abs((candidate - full).days), match.start())
        if best is None or key < best[:2]:
            best = (key[0], key[1], candidate, match.group(), match.start())
        if (latest is None or full > latest[0]) and clause_tense(text, match.start(), match.end()) != "future":
            latest = (full, match.group(), match.start())
    after = None if latest is None else \
        _day_on_or_after(date, latest[0] - dt.timedelta(days=REPORTED_AFTER_SLACK_DAYS))
    if after is not None and best is not None and after != best[2]:
        # an article is written after what it reports: a chronology's "Sept 29 (Reuters) - ... Dec. 31, 2019:
        # China alerts ... Jan. 11, 2020: ..." is of 2020, though its first entry is nearer 2019's Sept 29
        best = (abs((after - latest[0]).days), latest[2], after, latest[1], latest[2])
    if best is None and date.weekday is not None:
        found = _only_year_of_weekday(text, date)
        if found is not None:
            day, year_offset = found
            evidence = (f"{said} at offset {date.char_start}; year {day.year} from {str(day.year)!r} at offset "
                        f"{year_offset}, the only year the article names in which {day:%B} {day.day} is a {day:%A}")
            return CreationTime(date=day, provenance="dateline", evidence=evidence), ""
    if best is None:
        why = "no full date in the article gives its year"
        if date.weekday is not None:
            why = "no full date in the article gives a year in which that day is a " + \
                  ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()[date.weekday])
        return None, f"{said} at offset {date.char_start}: {why}"
    _, _, day, full_text, full_offset = best
    reported = _reported_weekday(text, finding)
    if date.weekday is None and reported is not None and (day.weekday() - WEEKDAYS[reported.group(1).lower()]) % 7 > 1:
        # a wire's lead reports what was said on its day or the day before: "May 18 (Reuters) - WestJet said on
        # Thursday" is not of 2021 (a Tuesday), whatever year a file photo's caption gives
        return None, (f"{said} at offset {date.char_start}: year {day.year} from {full_text!r} at offset "
                      f"{full_offset}, but {day.isoformat()} is a {day:%A} and the lead says "
                      f"{reported.group().strip()!r}")
    evidence = (f"{said} at offset {date.char_start}; year {day.year} from {full_text!r} at offset {full_offset}")
    if date.weekday is not None:
        evidence += f"; {day:%A} {day.isoformat()} agrees with the weekday given"
    return CreationTime(date=day, provenance="dateline", evidence=evidence), ""


# "said on Thursday" in a lead: the day of the report, or the day after it, is the dateline's
_REPORTED_WEEKDAY = re2.compile(rf"\b(?:said|announced|told|reported)\s+(?:on\s+)?({_WEEKDAY})\b")


def _reported_weekday(text: str, finding: DatelineFinding):
    """The weekday the lead sentence after the dateline reports on ("said on Thursday"), if it names one."""
    lead_start = finding.dateline.char_end
    lead = text[lead_start:lead_start + _LEAD_WINDOW]
    end = lead.find(". ")
    return _REPORTED_WEEKDAY.search(lead[:end] if end > 0 else lead)


# A page's stamp may fall a day or two after its dateline (time zones, updates): "August 14, 2016 / 2:34 AM"
# above "RIO DE JANEIRO, Aug 13 (Reuters)". The dateline's day may come this much before the latest date.
REPORTED_AFTER_SLACK_DAYS = 7


def _day_on_or_after(date: PartialDate, earliest: dt.date) -> dt.date | None:
    """The first day with `date`'s month and day (and weekday, if it names one) on or after `earliest`, within
    a year of it; None when there is none."""
    for year in (earliest.year, earliest.year + 1):
        try:
            day = dt.date(year, date.month, date.day)
        except ValueError:
            continue
        if earliest <= day <= earliest + dt.timedelta(days=366) and (
                date.weekday is None or day.weekday() == date.weekday):
            return day
    return None


def nearest_day(date: PartialDate, near: dt.date) -> dt.date | None:
    """The day and month of `date` in the year (of the three around `near`) that puts it nearest `near`, on
    its weekday if it names one; None when none of them fits."""
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            day = dt.date(year, date.month, date.day)
        except ValueError:
            continue
        if date.weekday is None or day.weekday() == date.weekday:
            days.append(day)
    return min(days, key=lambda d: (abs((d - near).days), d), default=None)


def _only_year_of_weekday(text: str, date: PartialDate) -> tuple[dt.date, int] | None:
    """The day of a "Tuesday (March 24)" lead in the one year, among the years the article names alone
    ("the 2026 World Cup"), in which that day falls on that weekday; None when no year or several do."""
    days: dict[dt.date, int] = {}
    for match in _YEAR_ALONE.finditer(text):
        try:
            day = dt.date(int(match.group()), date.month, date.day)
        except ValueError:
            continue
        if day.weekday() == date.weekday:
            days.setdefault(day, match.start())
    return next(iter(days.items())) if len(days) == 1 else None


def _full_date(match) -> dt.date | None:
    for suffix in "123":
        year = match.group("y" + suffix)
        if year:
            month_text = match.group("m" + suffix).rstrip(".").lower()
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
            try:
                return dt.date(int(year), month, int(match.group("d" + suffix)))
            except ValueError:
                return None
    return None
