"""timeline.csv: one row per event for spreadsheets and scripts.

RFC 4180 quoting by the csv module with "\\n" line endings pinned (the same bytes on every platform).
Multi-valued cells are joined with "; ". Text is written as it was in the articles (a data file).
"""

from __future__ import annotations

import csv
import io

from timeline.export.describe import dating_words, event_sources
from timeline.models import Event, Timeline

COLUMNS = (
    "id", "title", "start", "end", "granularity", "confidence", "sources", "documents",
    "timex", "actors", "places", "conflicts",
)
JOIN = "; "


def _confidence(value: float) -> str:
    # Three decimals are more than the pipeline's confidence means, and keep float noise out.
    return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"


def event_row(event: Event) -> list[str]:
    sources = event_sources(event)
    return [
        event.id,
        event.title,
        event.start.isoformat(),
        event.end.isoformat(),
        event.granularity,
        _confidence(event.confidence),
        JOIN.join(sources),
        str(len(sources)),
        JOIN.join(dating_words(event)),
        JOIN.join(event.actors),
        JOIN.join(event.places),
        JOIN.join(conflict.description for conflict in event.conflicts),
    ]


def timeline_csv(timeline: Timeline) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for event in timeline.events:
        writer.writerow(event_row(event))
    return buffer.getvalue()
