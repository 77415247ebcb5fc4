"""A `published` value from metadata (front matter, JSON, a feed entry) to the article's calendar date.

The date is the local calendar date as published: "2015-11-16T23:30:00-05:00" is 2015-11-16, not the
17th it is in UTC. The forms are a table (name, pattern, example, expected date) that a test runs.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import NamedTuple

import re2

from timeline.ingest.datelines import parse_date


class PublishedForm(NamedTuple):
    name: str
    pattern: str
    example: str
    expected: dt.date


PUBLISHED_FORMS: tuple[PublishedForm, ...] = (
    # ISO 8601 date or timestamp (any time zone): the date part is the local date as written.
    PublishedForm("iso", r"\s*(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?:[T ][0-9:.,]+(?:Z|[+-][0-9:]+)?)?\s*",
                  "2015-11-16T23:30:00-05:00", dt.date(2015, 11, 16)),
    PublishedForm("iso_basic", r"\s*(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})(?:T[0-9]{4,6}(?:Z|[+-][0-9]{2,4})?)?\s*",
                  "20151116", dt.date(2015, 11, 16)),
    # RFC 822/2822, as in RSS: the day/month/year fields are already local to the stated offset.
    PublishedForm("rfc2822", r"\s*(?:[A-Za-z]{3},\s*)?[0-9]{1,2}\s+[A-Za-z]{3}\s+[0-9]{2,4}\s+[0-9:]+.*",
                  "Mon, 16 Nov 2015 23:30:00 -0500", dt.date(2015, 11, 16)),
    # Written out: "November 16, 2015", "16 Nov 2015", "Monday, Nov. 16, 2015" (the dateline date table).
    PublishedForm("written", r"\s*(?P<text>[A-Za-z0-9., ]+?)\s*",
                  "November 16, 2015", dt.date(2015, 11, 16)),
)
_REGEXES = tuple((form, re2.compile(form.pattern)) for form in PUBLISHED_FORMS)


def parse_published(value: object) -> dt.date | None:
    """The calendar date of a metadata value (str, date, datetime); None when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date()      # an aware datetime keeps its own offset: its date is the local one
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) > 100:
        return None
    for form, regex in _REGEXES:
        match = regex.fullmatch(value)
        if not match:
            continue
        if form.name in ("iso", "iso_basic"):
            try:
                return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            except ValueError:
                return None
        if form.name == "rfc2822":
            fields = email.utils.parsedate_tz(value)
            if fields is None:
                continue
            try:
                return dt.date(fields[0], fields[1], fields[2])
            except ValueError:
                return None
        written = parse_date(match.group("text"))
        if written is not None and written.year is not None:
            try:
                day = dt.date(written.year, written.month, written.day)
            except ValueError:
                return None
            if written.weekday is None or written.weekday == day.weekday():
                return day
    return None
