"""The data files, the calendar and the TimelineJS file: content, determinism, atomic writes, focus."""

from __future__ import annotations

import csv
import html as html_module
import datetime as dt
import io
import json
import os
import re
from pathlib import Path

import icalendar
import jsonschema
import pytest

from fixtures_timeline import (
    HOSTILE_TITLE, SRC_A, SRC_B, g20_manifest, g20_timeline, hostile_manifest,
    hostile_timeline, many_events_timeline,
)
from timeline.export import focus_timeline, write_outputs
from timeline.export import atomic, writer
from timeline.export.csv_file import COLUMNS
from timeline.export.ics_file import calendar_stamp
from timeline.export.json_files import timeline_json, timeline_json_chunks
from timeline.models import Manifest, Timeline
from timeline.settings import Settings

pytestmark = pytest.mark.usefixtures("private_cwd")  # Settings() keeps its state in the test's folder

def tags_in(html_text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The start tags an HTML parser finds in a fragment, with their attributes."""
    from html.parser import HTMLParser

    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(html_text)
    return found


ALL_FILES = {"timeline.json", "timeline.schema.json", "manifest.json", "timeline.csv",
             "timeline.timelinejs.json", "timeline.ics", "timeline.html", "plotly.min.js"}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_write_outputs_writes_every_file_and_returns_them(tmp_path: Path) -> None:
    written = write_outputs(g20_timeline(), g20_manifest(), tmp_path / "out", Settings())
    assert {p.name for p in written} == ALL_FILES
    assert all(p.parent == tmp_path / "out" for p in written)
    assert set(_files(tmp_path / "out")) == ALL_FILES  # no temporary files left behind


def test_two_writes_give_identical_bytes(tmp_path: Path) -> None:
    texts = {"texts/evil.txt": "extracted <text>\n"}
    write_outputs(hostile_timeline(), hostile_manifest(), tmp_path / "a", Settings(), texts)
    write_outputs(hostile_timeline(), hostile_manifest(), tmp_path / "b", Settings(), texts)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first == second
    # A rerun into the same folder changes nothing either.
    write_outputs(hostile_timeline(), hostile_manifest(), tmp_path / "a", Settings(), texts)
    assert _files(tmp_path / "a") == first


def test_output_does_not_depend_on_document_order_for_the_digest(tmp_path: Path) -> None:
    timeline = g20_timeline()
    reordered = timeline.model_copy(update={"documents": list(reversed(timeline.documents))})
    assert writer.run_caption(timeline, g20_manifest(), Settings()) == writer.run_caption(reordered, g20_manifest(), Settings())


def test_timeline_json_round_trips_and_follows_its_schema(tmp_path: Path) -> None:
    write_outputs(hostile_timeline(), hostile_manifest(), tmp_path, Settings())
    raw = (tmp_path / "timeline.json").read_text(encoding="utf-8")
    assert Timeline.model_validate_json(raw) == hostile_timeline()
    assert HOSTILE_TITLE in raw  # data files keep article text as it was (ensure_ascii=False, unescaped)
    assert raw.endswith("}\n") and raw.startswith('{\n  "documents"')
    schema = json.loads((tmp_path / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(raw), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"documents": [], "events": [{"id": "x"}], "undated": []}, schema)
    assert Manifest.model_validate_json((tmp_path / "manifest.json").read_bytes()) == hostile_manifest()


def test_csv_has_one_row_per_event_with_joined_sources(tmp_path: Path) -> None:
    write_outputs(hostile_timeline(), hostile_manifest(), tmp_path, Settings())
    data = (tmp_path / "timeline.csv").read_bytes()
    assert b"\r\n" not in data.replace(b'"', b"")  # \n line endings pinned
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    by_id = {row[0]: dict(zip(COLUMNS, row)) for row in rows[1:]}
    assert len(rows) - 1 == len(hostile_timeline().events) == len(by_id)
    paris = by_id["ev-0b3f5d12"]
    assert paris["sources"] == f"{SRC_A}; {SRC_B}" and paris["documents"] == "2"
    assert (paris["start"], paris["end"], paris["granularity"], paris["confidence"]) == ("2015-11-13", "2015-11-13", "day", "0.85")
    assert by_id["ev-91aa6e03"]["timex"] == "since June"
    assert "15 Nov" in by_id["ev-c4e81f27"]["conflicts"]
    assert by_id["ev-<evil>\"'"]["title"] == HOSTILE_TITLE  # kept as it was, quoted per RFC 4180


def test_ics_parses_back_with_one_all_day_event_per_dated_event(tmp_path: Path) -> None:
    timeline = g20_timeline()
    write_outputs(timeline, g20_manifest(), tmp_path, Settings())
    data = (tmp_path / "timeline.ics").read_bytes()
    assert b"\r\n" in data
    calendar = icalendar.Calendar.from_ical(data)
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == len(timeline.events)
    assert [str(v["UID"]) for v in vevents] == [f"{e.id}@newsline" for e in timeline.events]
    for vevent, event in zip(vevents, timeline.events):
        assert vevent.decoded("DTSTART") == event.start
        assert vevent.decoded("DTEND") == event.end + dt.timedelta(days=1)  # exclusive end
        assert vevent.decoded("DTSTAMP") == dt.datetime(2015, 11, 16, tzinfo=dt.timezone.utc)
        assert str(vevent["SUMMARY"]) == event.title
        for source in {m.document for m in event.mentions}:
            assert source in str(vevent["DESCRIPTION"])
    summit = vevents[[e.id for e in timeline.events].index("ev-7c1e2a90")]
    assert summit.decoded("DTSTART") == dt.date(2015, 11, 15) and summit.decoded("DTEND") == dt.date(2015, 11, 17)


def test_ics_stamp_comes_from_the_data_not_the_clock() -> None:
    timeline = g20_timeline()
    assert calendar_stamp(timeline) == dt.datetime(2015, 11, 16, tzinfo=dt.timezone.utc)
    undated_docs = timeline.model_copy(update={"documents": []})
    assert calendar_stamp(undated_docs) == dt.datetime(2015, 11, 16, tzinfo=dt.timezone.utc)  # latest event end
    assert calendar_stamp(Timeline(documents=[], events=[], undated=[])).year == 1970


def test_timelinejs_file_has_the_fields_timelinejs_requires(tmp_path: Path) -> None:
    timeline = hostile_timeline()
    write_outputs(timeline, hostile_manifest(), tmp_path, Settings())
    data = json.loads((tmp_path / "timeline.timelinejs.json").read_text(encoding="utf-8"))
    assert isinstance(data["events"], list) and len(data["events"]) == len(timeline.events)
    assert data["title"]["text"]["headline"]
    ids = [e["unique_id"] for e in data["events"]]
    assert len(set(ids)) == len(ids)
    assert all(uid.replace("-", "").replace("_", "").isalnum() for uid in ids)
    assert "ev-7c1e2a90" in ids[2]  # stable, from Event.id
    for slide in data["events"]:
        for key in ("start_date", "end_date"):
            assert isinstance(slide[key]["year"], int)
            assert set(slide[key]) <= {"year", "month", "day"}
        assert slide["text"]["headline"] and slide["text"]["text"]
        assert slide["group"]
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id["ev-91aa6e03"]["start_date"] == {"year": 2015, "month": 6}  # month-level: no made-up day
    assert by_id["ev-0b3f5d12"]["start_date"] == {"year": 2015, "month": 11, "day": 13}
    for era in data["eras"]:
        assert {"start_date", "end_date", "text"} <= set(era) and era["text"]["headline"]
    evil = by_id[ids[-1]]
    # TimelineJS renders these as HTML: only our own tags, no attributes from the article, no link.
    for html_text in (evil["text"]["headline"], evil["text"]["text"], evil["group"], evil["display_date"]):
        assert {tag for tag, _ in tags_in(html_text)} <= {"p", "b", "ul", "li"}
        assert all(not attrs for _, attrs in tags_in(html_text))
    assert "javascript:" not in evil["text"]["text"]
    assert evil["autolink"] is False
    linked = by_id["ev-c4e81f27"]["text"]["text"]
    assert ("a", [("href", "https://www.example.com/world/g20-antalya-isis"), ("rel", "noopener noreferrer nofollow")]) in tags_in(linked)


def test_texts_are_written_under_texts_and_unsafe_names_refused(tmp_path: Path) -> None:
    manifest = hostile_manifest()
    escaping = manifest.documents[-1].model_copy(update={"source": "bad.html", "text_file": "../../escape.txt"})
    manifest = Manifest(documents=[*manifest.documents, escaping])
    texts = {"texts/evil.txt": "the extracted text\n", "../../escape.txt": "nope", "orphan.txt": "nope"}
    written = write_outputs(hostile_timeline(), manifest, tmp_path / "out", Settings(), texts)
    assert (tmp_path / "out" / "texts" / "evil.txt").read_text(encoding="utf-8") == "the extracted text\n"
    assert tmp_path / "out" / "texts" / "evil.txt" in written
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "out" / "texts" / "orphan.txt").exists()


def test_failed_write_leaves_the_previous_file_intact(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "timeline.json"
    atomic.write_text_atomic(target, "previous\n")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_text_atomic(target, "new content that never lands\n")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]  # temporary file removed


def test_failure_mid_run_keeps_earlier_outputs_whole(tmp_path: Path, monkeypatch) -> None:
    write_outputs(g20_timeline(), g20_manifest(), tmp_path, Settings())
    before = _files(tmp_path)

    def broken_calendar(*args, **kwargs):
        raise RuntimeError("calendar failed")

    monkeypatch.setattr(writer, "timeline_ics_parts", broken_calendar)
    with pytest.raises(RuntimeError):
        write_outputs(hostile_timeline(), hostile_manifest(), tmp_path, Settings())
    after = _files(tmp_path)
    assert after["timeline.ics"] == before["timeline.ics"] and after["timeline.html"] == before["timeline.html"]
    assert after["timeline.json"] != before["timeline.json"]  # written before the failure, whole
    Timeline.model_validate_json(after["timeline.json"])
    assert set(after) == set(before)


@pytest.mark.parametrize("timeline", [g20_timeline(), hostile_timeline(), many_events_timeline(700),
                                      Timeline(documents=[], events=[], undated=[])],
                         ids=["g20", "hostile", "700-events", "empty"])
def test_timeline_json_in_pieces_is_the_same_file(timeline: Timeline) -> None:
    """timeline.json is written a slice of events at a time; the bytes are those of one serialization."""
    assert b"".join(timeline_json_chunks(timeline)) == timeline_json(timeline).encode("utf-8")


@pytest.mark.parametrize("size", [1, 3, 7, 1 << 20])
def test_encoded_parts_are_the_bytes_of_the_whole_text(size: int) -> None:
    """Texts joined and encoded in parts (never whole): multi-byte characters cut nowhere, nothing lost."""
    texts = ["", "ab", "é€𝄞", "x" * 10, "", "»«", "\r\n", "中文"]
    parts = list(atomic.encoded_parts(iter(texts), size))
    assert b"".join(parts) == "".join(texts).encode("utf-8")
    assert all(parts) and (len(parts) > 1 or size > 20)
    assert list(atomic.encoded_parts(iter([]), size)) == []


@pytest.mark.parametrize("timeline", [g20_timeline(), hostile_timeline(), many_events_timeline(700),
                                      Timeline(documents=[], events=[], undated=[])],
                         ids=["g20", "hostile", "700-events", "empty"])
def test_calendar_and_timelinejs_files_written_in_parts_are_the_whole_texts(tmp_path: Path, timeline) -> None:
    from timeline.export.describe import assign_lanes
    from timeline.export.figure import MAX_LANES
    from timeline.export.ics_file import timeline_ics
    from timeline.export.timelinejs_file import timelinejs_json

    manifest = Manifest(documents=[])
    write_outputs(timeline, manifest, tmp_path, Settings(state_dir=tmp_path / "state"))
    title, caption = writer.run_title(timeline), writer.run_caption(timeline, manifest, Settings())
    _, lane_of = assign_lanes(timeline, Settings().lanes, MAX_LANES)
    assert (tmp_path / "timeline.ics").read_bytes() == timeline_ics(timeline, title).encode("utf-8")
    assert (tmp_path / "timeline.timelinejs.json").read_bytes() == \
        timelinejs_json(timeline, title, caption, lane_of).encode("utf-8")
    assert len(json.loads((tmp_path / "timeline.timelinejs.json").read_text())["events"]) == len(timeline.events)


def test_a_failed_write_in_pieces_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "timeline.json"
    atomic.write_text_atomic(target, "previous\n")

    def pieces():
        yield b"{\n"
        raise RuntimeError("serializer failed")

    with pytest.raises(RuntimeError):
        atomic.write_chunks_atomic(target, pieces())
    assert target.read_text() == "previous\n" and [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_written_files_get_the_usual_mode_not_a_private_one(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    path = atomic.write_text_atomic(tmp_path / "x.txt", "x")
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # mkstemp alone would give 0600


def test_control_characters_do_not_break_the_calendar(tmp_path: Path) -> None:
    timeline = g20_timeline()
    odd = timeline.events[0].model_copy(update={"title": "Line one\r\nline\x00 two \u202eevil"})
    timeline = timeline.model_copy(update={"events": [odd, *timeline.events[1:]]})
    write_outputs(timeline, g20_manifest(), tmp_path, Settings())
    vevent = icalendar.Calendar.from_ical((tmp_path / "timeline.ics").read_bytes()).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == "Line one line two evil"
    rows = list(csv.reader(io.StringIO((tmp_path / "timeline.csv").read_bytes().decode("utf-8"), newline="")))
    assert rows[1][1] == odd.title  # the data file keeps the text as it was


def test_embedded_plotly_writes_no_separate_bundle(tmp_path: Path) -> None:
    written = write_outputs(g20_timeline(), g20_manifest(), tmp_path, Settings(embed_plotly=True))
    assert "plotly.min.js" not in {p.name for p in written} and not (tmp_path / "plotly.min.js").exists()
    html = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert 'src="plotly.min.js"' not in html and len(html) > 4_000_000


def test_focus_keeps_events_naming_the_focus() -> None:
    timeline = g20_timeline()
    putin = focus_timeline(timeline, "putin")
    assert [e.id for e in putin.events] == ["ev-2f6b7d58"]  # actor (and sentence) name Putin
    assert putin.documents == timeline.documents
    antalya = focus_timeline(timeline, "  ANTALYA ")
    assert {e.id for e in antalya.events} == {"ev-7c1e2a90", "ev-5d9a0c44", "ev-2f6b7d58", "ev-c4e81f27"}
    assert [e.id for e in focus_timeline(timeline, "Friday").events] == ["ev-0b3f5d12"]  # a mention's sentence
    assert focus_timeline(timeline, "assad").undated == timeline.undated
    assert focus_timeline(timeline, "Nobody at all").events == []
    assert focus_timeline(timeline, "") == timeline


def test_model_json_is_the_standard_json_encoding():
    """timeline.json is written by pydantic's serializer; it must equal the stdlib encoding byte for byte."""
    import json

    from tests.fixtures_timeline import g20_timeline, hostile_timeline
    from timeline.export.json_files import model_json

    for timeline in (g20_timeline(), hostile_timeline()):
        assert model_json(timeline) == json.dumps(timeline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def test_an_event_reported_many_times_lists_its_first_mentions_and_counts_the_rest(tmp_path: Path) -> None:
    """A calendar entry, a TimelineJS slide and the details panel stay short for an event with a huge
    number of mentions; timeline.json keeps them all."""
    from timeline.export.describe import LISTED_MENTIONS

    base = g20_timeline()
    event = base.events[0]
    mentions = [event.mentions[0].model_copy(update={"char_start": i, "char_end": i + 1})
                for i in range(LISTED_MENTIONS + 12)]
    timeline = base.model_copy(update={"events": [event.model_copy(update={"mentions": mentions}), *base.events[1:]]})
    write_outputs(timeline, g20_manifest(), tmp_path, Settings())
    stored = Timeline.model_validate_json((tmp_path / "timeline.json").read_bytes())
    assert len(stored.events[0].mentions) == LISTED_MENTIONS + 12
    calendar = icalendar.Calendar.from_ical((tmp_path / "timeline.ics").read_bytes())
    entry = next(c for c in calendar.walk("VEVENT") if str(c["UID"]).startswith(event.id))
    description = str(entry["DESCRIPTION"])
    assert description.count("\n- ") == LISTED_MENTIONS and "… and 12 more mentions in timeline.json" in description
    slides = json.loads((tmp_path / "timeline.timelinejs.json").read_text(encoding="utf-8"))["events"]
    text = next(s["text"]["text"] for s in slides if html_module.unescape(s["text"]["headline"]) == event.title)
    assert text.count("<li>") == LISTED_MENTIONS and "12 more mentions" in text
    page = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    details = json.loads(re.search(r'id="newsline-events">(.*?)</script>', page, re.S).group(1))
    assert len(details[event.id]["sources"]) == LISTED_MENTIONS and details[event.id]["more"].startswith("… and 12 more")
