"""timeline.timelinejs.json: the timeline in the TimelineJS3 JSON format, loadable as is.

TimelineJS renders headline, text and group as HTML, so every piece of article text is escaped and
links are made only for http(s) URLs. Dates carry only the precision known (a month-level event has no
day). Day-precise intervals longer than ERA_MIN_DAYS are also shown as eras (shaded spans).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from timeline.export.describe import (
    GRANULARITY_WORDS, LISTED_MENTIONS, Lane, dating_words, documents_by_source, event_date_label,
    event_sources, is_precise, listed_urls, mention_url, more_mentions_note,
)
from timeline.export.escape import clean_display_text, escape_html, http_url, shorten
from timeline.export.pieces import Pieces
from timeline.models import DocumentSummary, Event, Timeline

ERA_MIN_DAYS = 4
SENTENCE_LIMIT = 400
# TimelineJS uses unique_id as an element id and URL fragment: keep it to a safe alphabet.
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9_-]")
_MONTH_LEVEL = frozenset({"month", "season", "quarter", "half"})
_YEAR_LEVEL = frozenset({"year", "decade", "century"})


def _date(day: dt.date, granularity: str) -> dict[str, int]:
    if granularity in _YEAR_LEVEL:
        return {"year": day.year}
    if granularity in _MONTH_LEVEL:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def unique_ids(timeline: Timeline) -> dict[str, str]:
    """Event id -> TimelineJS unique_id: the id in a safe alphabet, made unique if that merged two."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for event in timeline.events:
        base = _UNSAFE_ID_CHARS.sub("-", event.id)
        if not base[:1].isalpha():  # an element id that starts with a letter works in CSS selectors too
            base = "ev-" + base
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        result[event.id] = candidate
    return result


def _event_html(event: Event, documents: dict[str, DocumentSummary]) -> str:
    sources = event_sources(event)
    parts = [
        f"<p><b>{escape_html(event_date_label(event))}</b> ({escape_html(GRANULARITY_WORDS[event.granularity])}), "
        f"confidence {event.confidence:.2f}; "
        f"{len(sources)} source{'s' if len(sources) != 1 else ''}.</p>",
    ]
    words = dating_words(event)
    if words:
        parts.append("<p>Dated by: " + "; ".join(f"“{escape_html(clean_display_text(w))}”" for w in words) + "</p>")
    parts.append("<ul>")
    for mention in event.mentions[:LISTED_MENTIONS]:
        url = http_url(mention_url(mention, documents))
        name = escape_html(clean_display_text(mention.document))
        source = f'<a href="{escape_html(url)}" rel="noopener noreferrer nofollow">{name}</a>' if url else name
        parts.append(f"<li>{source}: “{escape_html(shorten(mention.sentence, SENTENCE_LIMIT))}”</li>")
    parts.append("</ul>")
    if more_mentions_note(event):
        parts.append(f"<p>{escape_html(more_mentions_note(event))}</p>")
    for conflict in event.conflicts:
        parts.append(f"<p><b>Date conflict:</b> {escape_html(clean_display_text(conflict.description))}</p>")
    return "".join(parts)


# compact: a file for TimelineJS to load, not to read (without indentation json writes it in C); one
# encoder for the whole file, as json.dumps with options builds a new one per call (two per event)
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _slide_parts(event: Event, documents: dict[str, DocumentSummary]) -> tuple[str, str, str]:
    """An event's slide as JSON text in two parts, before its group and between its group and its
    unique_id (the lane's label and the id are put in when the file is written), and its era ("" if none)."""
    head = _json({
        "start_date": _date(event.start, event.granularity),
        "end_date": _date(event.end, event.granularity),
        "text": {"headline": escape_html(clean_display_text(event.title)), "text": _event_html(event, documents)},
    })
    middle = ',"display_date":' + _json(escape_html(event_date_label(event))) + ',"unique_id":'
    era = ""
    if is_precise(event) and (event.end - event.start).days + 1 >= ERA_MIN_DAYS:
        era = _json({
            "start_date": _date(event.start, event.granularity),
            "end_date": _date(event.end, event.granularity),
            "text": {"headline": escape_html(shorten(event.title, 80))},
        })
    return head[:-1] + ',"group":', middle, era


def timelinejs_json(timeline: Timeline, title: str, caption: str, lane_of: dict[str, Lane],
                    pieces: Pieces | None = None) -> str:
    """The file's text: {"title", "events" (one slide per event), "eras", "scale"}, put together from the
    slides' JSON as json.dumps writes the whole (tested); "autolink" is off, as article text must not
    turn into links."""
    return "".join(timelinejs_parts(timeline, title, caption, lane_of, pieces))


def timelinejs_parts(timeline: Timeline, title: str, caption: str, lane_of: dict[str, Lane],
                     pieces: Pieces | None = None) -> Iterator[str]:
    """`timelinejs_json` one slide at a time (the file is never whole in memory)."""
    pieces = pieces or Pieces()
    ids = unique_ids(timeline)
    documents = documents_by_source(timeline)
    groups: dict[Lane, str] = {}
    eras = []
    title_slide = _json({"text": {"headline": escape_html(title), "text": f"<p>{escape_html(caption)}</p>"}})
    yield '{"title":' + title_slide + ',"events":['
    for n, event in enumerate(timeline.events):
        head, middle, era = pieces.piece("timelinejs", event, listed_urls(event, documents),
                                         lambda: _slide_parts(event, documents))
        lane = lane_of[event.id]
        group = groups.get(lane)
        if group is None:
            group = groups[lane] = _json(escape_html(clean_display_text(lane.label)))
        # unique ids are of a safe alphabet (unique_ids): their JSON is the id in quotes
        yield f'{"," if n else ""}{head}{group}{middle}"{ids[event.id]}","autolink":false}}'
        if era:
            eras.append(era)
    yield '],"eras":[' + ",".join(eras) + '],"scale":"human"}\n'
