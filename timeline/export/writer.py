"""write_outputs: every file a run publishes, written atomically into the output folder.

Files: timeline.json, timeline.schema.json, timeline.csv, manifest.json, timeline.timelinejs.json,
timeline.ics, timeline.html (+ plotly.min.js beside it unless embedded) and texts/<name> for extracted
article text. The same inputs give byte-identical files: nothing depends on the clock, randomness or
dictionary accidents.
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath

from timeline.export.atomic import (
    encoded_parts, same_content, sync_folder, write_bytes_atomic, write_chunks_atomic, write_text_atomic,
)
from timeline.export.csv_file import timeline_csv
from timeline.export.describe import assign_lanes, date_label, inputs_digest
from timeline.export.figure import MAX_LANES
from timeline.export.ics_file import timeline_ics_parts
from timeline.export.json_files import manifest_json, timeline_json_chunks, timeline_schema_json
from timeline.export.page import PLOTLY_FILE, plotly_js, timeline_page_chunks
from timeline.export.pieces import Pieces
from timeline.export.timelinejs_file import timelinejs_parts
from timeline.models import Manifest, Timeline
from timeline.settings import Settings

log = logging.getLogger(__name__)

TEXTS_FOLDER = "texts"
_LANE_WORDS = {"story": "story", "actor": "first actor", "place": "first place"}


def run_title(timeline: Timeline) -> str:
    """The page and calendar title: the span the events cover and how many there are."""
    events = timeline.events
    if not events:
        return "News timeline: no dated events"
    first = min(e.start for e in events)
    last = max(e.end for e in events)
    # Over two months, name months only: the first event may be known only to the month.
    span = date_label(first, last, "month" if (last - first).days > 62 else "day")
    return f"News timeline: {len(events)} event{'s' if len(events) != 1 else ''}, {span}"


def run_caption(timeline: Timeline, manifest: Manifest, settings: Settings) -> str:
    """Which inputs produced the output (document count and a digest of their content), never a clock time."""
    n_docs = len(timeline.documents)
    rejected = sum(1 for entry in manifest.documents if entry.status != "ok")
    parts = [
        f"Built by newsline from {n_docs} article{'s' if n_docs != 1 else ''} "
        f"(content digest {inputs_digest(timeline)})"
        + (f", {rejected} input{'s' if rejected != 1 else ''} not read" if rejected else ""),
        f"{len(timeline.events)} dated event{'s' if len(timeline.events) != 1 else ''}",
        f"{len(timeline.undated)} undated mention{'s' if len(timeline.undated) != 1 else ''}",
        f"lanes by {_LANE_WORDS[settings.lanes]}",
    ]
    if settings.focus:
        parts.append(f"focus: {settings.focus}")
    return " · ".join(parts)


def _text_path(out_dir: Path, text_file: str) -> Path | None:
    """Where an extracted text goes: `texts/<name>` (the manifest may give `texts/<name>` or `<name>`).
    Anything else (folders, '..', absolute paths) is refused so an input name cannot escape out_dir."""
    parts = PurePosixPath(text_file.replace("\\", "/")).parts
    if len(parts) == 2 and parts[0] == TEXTS_FOLDER:
        parts = parts[1:]
    if len(parts) != 1 or parts[0] in ("", ".", "..") or parts[0].startswith("."):
        return None
    return out_dir / TEXTS_FOLDER / parts[0]


def _write_texts(out_dir: Path, manifest: Manifest, texts: dict[str, str]) -> list[Path]:
    """Each extracted text as its own file; one already there with the same bytes is left as it is (a
    rerun rewrites only new texts), and the folder is synced once after all renames."""
    written = []
    changed = False
    for entry in manifest.documents:
        if not entry.text_file or entry.text_file not in texts:
            continue
        path = _text_path(out_dir, entry.text_file)
        if path is None:
            log.warning("%s: text file name %r is not a plain file name; extracted text not written",
                        entry.source, entry.text_file)
            continue
        data = texts[entry.text_file].encode("utf-8")
        if not same_content(path, data):
            write_bytes_atomic(path, data, sync_folder=False)
            changed = True
        written.append(path)
    if changed:
        sync_folder(out_dir / TEXTS_FOLDER)
    unknown = sorted(set(texts) - {e.text_file for e in manifest.documents if e.text_file})
    for name in unknown:
        log.warning("extracted text %r belongs to no manifest entry; not written", name)
    return written


def _ship_plotly(path: Path) -> Path:
    """plotly.min.js is 4-5 MB: write it only when missing or from another plotly version."""
    data = plotly_js().encode("utf-8")
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return path
    except FileNotFoundError:
        pass
    return write_bytes_atomic(path, data)


def write_outputs(timeline: Timeline, manifest: Manifest, out_dir: Path, settings: Settings,
                  texts: dict[str, str] | None = None) -> list[Path]:
    """Write every output file of a run into `out_dir` (created if needed); returns the paths written.

    Data files come first and the page last, so a reader never finds a page pointing at missing data.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    title = run_title(timeline)
    caption = run_caption(timeline, manifest, settings)
    lanes, lane_of = assign_lanes(timeline, settings.lanes, MAX_LANES)
    pieces = Pieces(settings.state_dir)   # last run's per-event pieces: a rerun rebuilds only what changed

    def finished(path: Path, *kinds: str) -> Path:
        pieces.finish(*kinds)   # stored for the next run and let go of: one exporter's pieces at a time
        return path

    written = [
        write_chunks_atomic(out_dir / "timeline.json",
                            timeline_json_chunks(timeline, pieces.note_event if pieces.folder else None)),
        write_text_atomic(out_dir / "timeline.schema.json", timeline_schema_json()),
        write_text_atomic(out_dir / "manifest.json", manifest_json(manifest)),
        finished(write_text_atomic(out_dir / "timeline.csv", timeline_csv(timeline, pieces)), "csv"),
        finished(write_chunks_atomic(out_dir / "timeline.timelinejs.json",
                                     encoded_parts(timelinejs_parts(timeline, title, caption, lane_of, pieces))),
                 "timelinejs"),
        finished(write_chunks_atomic(out_dir / "timeline.ics", encoded_parts(timeline_ics_parts(timeline, title, pieces))),
                 "ics"),
    ]
    written += _write_texts(out_dir, manifest, texts or {})
    if not settings.embed_plotly:
        written.append(_ship_plotly(out_dir / PLOTLY_FILE))
    page = timeline_page_chunks(timeline, manifest, title, caption, lanes, lane_of, settings.embed_plotly, pieces)
    written.append(finished(write_chunks_atomic(out_dir / "timeline.html", (part.encode("utf-8") for part in page)),
                            "hover", "details"))
    log.debug("export pieces: %d reused, %d built", pieces.reused, pieces.built)
    return written
