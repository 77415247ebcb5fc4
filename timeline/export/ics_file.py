"""timeline.ics: the timeline as an iCalendar file, one all-day VEVENT per dated event.

DTSTART is the first day, DTEND the day after the last (exclusive, as RFC 5545 requires for all-day
events). UID is `<event id>@newsline`, stable across runs. DTSTAMP must be a UTC date-time; a clock
reading would make every run differ, so it is derived from the data: midnight UTC of the latest
document creation date, else of the latest event end, else the Unix epoch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline.export.describe import (
    GRANULARITY_WORDS, LISTED_MENTIONS, dating_words, event_date_label, event_sources, latest_creation_date,
    more_mentions_note,
)
from timeline.export.escape import clean_display_text, shorten
from timeline.export.pieces import Pieces
from timeline.models import Event, Timeline

PRODID = "-//newsline//timeline export//EN"
UID_DOMAIN = "newsline"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
SENTENCE_LIMIT = 300


def calendar_stamp(timeline: Timeline) -> dt.datetime:
    """The DTSTAMP of every VEVENT: midnight UTC of the newest date in the data (see module docstring)."""
    day = latest_creation_date(timeline)
    if day is None and timeline.events:
        day = max(event.end for event in timeline.events)
    if day is None:
        return EPOCH
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def event_uid(event: Event) -> str:
    return f"{event.id}@{UID_DOMAIN}"


def _description(event: Event) -> str:
    sources = event_sources(event)
    lines = [
        f"When: {event_date_label(event)} ({GRANULARITY_WORDS[event.granularity]})",
        f"Dated by: {'; '.join(clean_display_text(w) for w in dating_words(event)) or 'n/a'}",
        f"Confidence: {event.confidence:.2f}",
        f"Sources ({len(sources)}):",
    ]
    for mention in event.mentions[:LISTED_MENTIONS]:
        lines.append(f"- {clean_display_text(mention.document)}: {shorten(mention.sentence, SENTENCE_LIMIT)}")
    if more_mentions_note(event):
        lines.append(more_mentions_note(event))
    for conflict in event.conflicts:
        lines.append(f"Date conflict: {clean_display_text(conflict.description)}")
    return "\n".join(lines)


# RFC 5545 text values: backslash, semicolon, comma and line breaks are escaped.
LINE_OCTETS = 75  # RFC 5545 3.1: content lines are folded after 75 octets


def _text(value: str) -> str:
    # backslash first, so the escapes added after it are not escaped again; chained str.replace runs in C
    # (str.translate with a mapping looks up every character in Python: a third of the file's time)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n").replace("\r", "")


def _fold(line: str) -> bytes:
    """One content line, folded into physical lines of at most 75 octets, never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return data + b"\r\n"
    parts = []
    limit = LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # step back to the start of a character
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = LINE_OCTETS - 1  # continuation lines begin with one space
    parts.append(data)
    return b"\r\n ".join(parts) + b"\r\n"


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _vevent(event: Event) -> tuple[str, str]:
    """One event's VEVENT, in two parts: before and after its DTSTAMP line (the stamp follows the newest
    article of the run, so it is put in when the file is written and kept out of the stored pieces)."""
    head = [b"BEGIN:VEVENT\r\n", _fold(f"UID:{_text(event_uid(event))}")]
    lines = [_fold(f"DTSTART;VALUE=DATE:{_date(event.start)}"),
             _fold(f"DTEND;VALUE=DATE:{_date(event.end + dt.timedelta(days=1))}"),
             _fold(f"SUMMARY:{_text(clean_display_text(event.title))}"),
             _fold(f"DESCRIPTION:{_text(_description(event))}")]
    if event.places:
        lines.append(_fold(f"LOCATION:{_text(clean_display_text(event.places[0]))}"))
    categories = [clean_display_text(v) for v in event.actors + event.places if clean_display_text(v)]
    if categories:
        lines.append(_fold("CATEGORIES:" + ",".join(_text(c) for c in categories)))
    lines.append(b"TRANSP:TRANSPARENT\r\n")  # news, not a meeting: never block anyone's calendar
    lines.append(b"END:VEVENT\r\n")
    return b"".join(head).decode("utf-8"), b"".join(lines).decode("utf-8")


def timeline_ics(timeline: Timeline, title: str, pieces: Pieces | None = None) -> str:
    """Written line by line (the icalendar package builds an object per property, which costs seconds
    at thousands of events); tests parse the result back with icalendar."""
    return "".join(timeline_ics_parts(timeline, title, pieces))


def timeline_ics_parts(timeline: Timeline, title: str, pieces: Pieces | None = None) -> Iterator[str]:
    """`timeline_ics` a few lines at a time (the file is never whole in memory)."""
    pieces = pieces or Pieces()
    stamp_line = _fold(f"DTSTAMP:{calendar_stamp(timeline).strftime('%Y%m%dT%H%M%SZ')}").decode("utf-8")
    yield b"".join([b"BEGIN:VCALENDAR\r\n", b"VERSION:2.0\r\n", _fold(f"PRODID:{PRODID}"),
                    b"CALSCALE:GREGORIAN\r\n", _fold(f"X-WR-CALNAME:{_text(clean_display_text(title))}")]).decode("utf-8")
    for event in timeline.events:
        head, tail = pieces.piece("ics", event, "", lambda: _vevent(event))
        yield head
        yield stamp_line
        yield tail
    yield "END:VCALENDAR\r\n"
