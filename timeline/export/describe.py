"""Plain-language facts about events shared by every exporter: date labels, sources, lanes, input digest.

Keeping these in one place makes the page, the CSV, the calendar and the TimelineJS file say the same
thing about an event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from timeline.models import DocumentSummary, Event, Mention, Timeline

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

# Granularities at which the date is known to the day: drawn as markers (one day) or bars (several).
PRECISE_GRANULARITIES = frozenset({"time", "day"})
_MONTH_LEVEL = frozenset({"month", "season", "quarter", "half"})
_YEAR_LEVEL = frozenset({"year", "decade", "century"})

# How the page and the calendar say how precisely a date is known.
GRANULARITY_WORDS = {
    "time": "known to the time of day",
    "day": "known to the day",
    "weekend": "known to the weekend",
    "week": "known to the week",
    "month": "known to the month",
    "season": "known to the season",
    "quarter": "known to the quarter",
    "half": "known to the half-year",
    "year": "known to the year",
    "decade": "known to the decade",
    "century": "known to the century",
}


def is_precise(event: Event) -> bool:
    return event.granularity in PRECISE_GRANULARITIES


def is_point(event: Event) -> bool:
    """A single day known to the day: drawn as a marker."""
    return is_precise(event) and event.start == event.end


def _day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _day_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def _month_range(start: dt.date, end: dt.date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{MONTH_NAMES[start.month - 1]} – {MONTH_NAMES[end.month - 1]} {end.year}"
    return f"{MONTH_NAMES[start.month - 1]} {start.year} – {MONTH_NAMES[end.month - 1]} {end.year}"


def date_label(start: dt.date, end: dt.date, granularity: str) -> str:
    """The dates as a reader would say them at the precision they are known: '15 Nov 2015',
    '15–16 Nov 2015', 'November 2015', '2014 – 2015'. Never a made-up exact day for a vague date."""
    if granularity in _YEAR_LEVEL:
        return str(start.year) if start.year == end.year else f"{start.year} – {end.year}"
    if granularity in _MONTH_LEVEL:
        return _month_range(start, end)
    return _day_range(start, end)


def event_date_label(event: Event) -> str:
    return date_label(event.start, event.end, event.granularity)


def dating_words(event: Event) -> list[str]:
    """The words that dated the event, one per distinct wording: the time expression, else the evidence."""
    words: list[str] = []
    for mention in event.mentions:
        text = mention.timex.text if mention.timex else mention.evidence
        text = text.strip()
        if text and text not in words:
            words.append(text)
    return words


# A calendar entry, a TimelineJS slide and the page's details panel list at most this many mentions of an
# event, then say how many more timeline.json holds: an event repeated thousands of times in one huge
# article would otherwise make each of them megabytes long.
LISTED_MENTIONS = 50


def more_mentions_note(event: Event) -> str:
    """'… and N more mentions in timeline.json', or '' when every mention is listed."""
    more = len(event.mentions) - LISTED_MENTIONS
    return f"… and {more} more mention{'s' if more != 1 else ''} in timeline.json" if more > 0 else ""


def event_sources(event: Event) -> list[str]:
    """Distinct source documents that report the event, in mention order."""
    sources: list[str] = []
    for mention in event.mentions:
        if mention.document not in sources:
            sources.append(mention.document)
    return sources


def mention_url(mention: Mention, documents: dict[str, DocumentSummary]) -> str | None:
    """The article's URL: the mention's own, else its document's (not yet checked for scheme)."""
    if mention.url:
        return mention.url
    document = documents.get(mention.document)
    return document.url if document else None


def listed_urls(event: Event, documents: dict[str, DocumentSummary]) -> str:
    """The links of the mentions an event's description lists, one per line: what such a description
    is made from besides the event itself."""
    return "\n".join(mention_url(m, documents) or "" for m in event.mentions[:LISTED_MENTIONS])


def documents_by_source(timeline: Timeline) -> dict[str, DocumentSummary]:
    return {document.source: document for document in timeline.documents}


def inputs_digest(timeline: Timeline) -> str:
    """A short digest of the input documents' content hashes (their ids), independent of input order."""
    joined = "\n".join(sorted(document.id for document in timeline.documents))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def latest_creation_date(timeline: Timeline) -> dt.date | None:
    dates = [d.dct.date for d in timeline.documents if d.dct.date is not None]
    return max(dates) if dates else None


@dataclass(frozen=True)
class Lane:
    key: str | None
    label: str


_NO_LANE = {"story": "No story", "actor": "No actor named", "place": "No place named"}


def lane_key(event: Event, lanes: str) -> str | None:
    if lanes == "actor":
        return event.actors[0] if event.actors else None
    if lanes == "place":
        return event.places[0] if event.places else None
    return event.story


def _story_labels(timeline: Timeline) -> dict[str, str]:
    """A story is labelled with the title (else source) of its earliest article."""
    labels: dict[str, str] = {}
    ordered = sorted(
        (d for d in timeline.documents if d.story),
        key=lambda d: (d.dct.date or dt.date.max, d.source),
    )
    for document in ordered:
        labels.setdefault(document.story, document.title or document.source)
    return labels


OTHER_LANE_KEY = "\x00other"  # cannot collide with a story id, actor or place name


def assign_lanes(timeline: Timeline, lanes: str, max_lanes: int | None = None) -> tuple[list[Lane], dict[str, Lane]]:
    """Lanes in display order (earliest event first, the no-lane lane last) and each event's lane by id.

    With `max_lanes`, the largest lanes are kept and the rest share one 'Other' lane, so a page with
    hundreds of stories stays readable.
    """
    story_labels = _story_labels(timeline) if lanes == "story" else {}
    first_start: dict[str | None, dt.date] = {}
    counts: dict[str | None, int] = {}
    for event in timeline.events:
        key = lane_key(event, lanes)
        counts[key] = counts.get(key, 0) + 1
        if key not in first_start or event.start < first_start[key]:
            first_start[key] = event.start
    merged: set[str | None] = set()
    if max_lanes is not None and len(counts) > max_lanes:
        by_size = sorted(counts, key=lambda k: (-counts[k], first_start[k], k or ""))
        merged = set(by_size[max_lanes - 1:])
        other_start = min(first_start[k] for k in merged)
        for key in merged:
            del first_start[key]
        first_start[OTHER_LANE_KEY] = other_start

    def label(key: str | None) -> str:
        if key == OTHER_LANE_KEY:
            return f"Other ({len(merged)} lanes)"
        if key is None:
            return _NO_LANE[lanes]
        return story_labels.get(key, key)

    order = sorted(first_start, key=lambda k: (k == OTHER_LANE_KEY, k is None, first_start[k], label(k), k or ""))
    lane_list = [Lane(key, label(key)) for key in order]
    by_key = {lane.key: lane for lane in lane_list}

    def lane_of(event: Event) -> Lane:
        key = lane_key(event, lanes)
        return by_key[OTHER_LANE_KEY if key in merged else key]

    return lane_list, {event.id: lane_of(event) for event in timeline.events}
