"""timeline.ics: the timeline as an iCalendar file, one all-day VEVENT per dated event.

DTSTART is the first day, DTEND the day after the last (exclusive, as RFC 5545 requires for all-day
events). UID is `<event id>@newsline`, stable across runs. DTSTAMP must be a UTC date-time; a clock
reading would make every run differ, so it is derived from the data: midnight UTC of the latest
document creation date, else of the latest event end, else the Unix epoch.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from timeline.export.describe import (
    GRANULARITY_WORDS, dating_words, event_date_label, event_sources, latest_creation_date,
)
from timeline.export.escape import clean_display_text, shorten
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
    for mention in event.mentions:
        lines.append(f"- {clean_display_text(mention.document)}: {shorten(mention.sentence, SENTENCE_LIMIT)}")
    for conflict in event.conflicts:
        lines.append(f"Date conflict: {clean_display_text(conflict.description)}")
    return "\n".join(lines)


def timeline_ics(timeline: Timeline, title: str) -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", clean_display_text(title))
    stamp = calendar_stamp(timeline)
    for event in timeline.events:
        entry = icalendar.Event()
        entry.add("uid", event_uid(event))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.start)
        entry.add("dtend", event.end + dt.timedelta(days=1))
        entry.add("summary", clean_display_text(event.title))
        entry.add("description", _description(event))
        entry.add("transp", "TRANSPARENT")  # news, not a meeting: never block anyone's calendar
        if event.places:
            entry.add("location", clean_display_text(event.places[0]))
        categories = [clean_display_text(v) for v in event.actors + event.places if clean_display_text(v)]
        if categories:
            entry.add("categories", categories)
        calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")
