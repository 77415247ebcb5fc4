"""timeline.csv: one row per event for spreadsheets and scripts.

RFC 4180 quoting by the csv module with "\\n" line endings pinned (the same bytes on every platform).
Multi-valued cells are joined with "; ". Text is written as it was in the articles (a data file).
"""

from __future__ import annotations

import csv
import io

from timeline.export.describe import dating_words, event_sources
from timeline.export.pieces import Pieces
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


class _LineWriter:
    """One CSV record at a time as text (the csv module writes each record on its own)."""

    def __init__(self):
        self.buffer = io.StringIO(newline="")
        self.writer = csv.writer(self.buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)

    def line(self, row: list[str] | tuple[str, ...]) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(row)
        return self.buffer.getvalue()


def timeline_csv(timeline: Timeline, pieces: Pieces | None = None) -> str:
    pieces = pieces or Pieces()
    writer = _LineWriter()
    lines = [writer.line(COLUMNS)]
    lines += [pieces.piece("csv", event, "", lambda: writer.line(event_row(event))) for event in timeline.events]
    return "".join(lines)
