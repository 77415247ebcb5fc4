"""Per-event export pieces kept between runs: a rerun writes the same bytes as a run without them."""

from __future__ import annotations

import html
import json
import pickle
from pathlib import Path

import pytest

from fixtures_timeline import (
    g20_manifest, g20_timeline, hostile_manifest, hostile_timeline, manifest_for, many_events_timeline,
)
from timeline.export import write_outputs
from timeline.export.csv_file import timeline_csv
from timeline.export.json_files import event_json, timeline_json, timeline_json_chunks
from timeline.export.describe import documents_by_source
from timeline.export.page import _event_detail, _event_details_json
from timeline.export.pieces import FOLDER, Pieces, _read, code_version
from timeline.models import Manifest, Timeline
from timeline.settings import Settings

pytestmark = pytest.mark.usefixtures("private_cwd")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _export(timeline: Timeline, manifest: Manifest, out: Path, state: Path | None) -> dict[str, bytes]:
    write_outputs(timeline, manifest, out, Settings(state_dir=state or out.parent / f"{out.name}-own-state"))
    return _files(out)


KINDS = ("csv", "timelinejs", "ics", "hover", "details")


def _stored(state: Path, kind: str) -> dict:
    return _read(Pieces(state).path(kind))


@pytest.mark.parametrize("make", [g20_timeline, hostile_timeline, lambda: many_events_timeline(300)],
                         ids=["g20", "hostile", "300-events"])
def test_a_rerun_from_stored_pieces_writes_the_same_bytes(tmp_path: Path, make) -> None:
    timeline = make()
    manifest = manifest_for(timeline)
    cold = _export(timeline, manifest, tmp_path / "cold", tmp_path / "state")
    assert all(_stored(tmp_path / "state", kind) for kind in KINDS)
    warm = _export(timeline, manifest, tmp_path / "warm", tmp_path / "state")
    assert warm == cold
    # and both are what an export without any stored piece writes
    assert _export(timeline, manifest, tmp_path / "plain", tmp_path / "empty-state") == cold


def test_stored_pieces_are_reused_and_only_this_runs_are_kept(tmp_path: Path) -> None:
    timeline = many_events_timeline(200)
    write_outputs(timeline, manifest_for(timeline), tmp_path / "a", Settings(state_dir=tmp_path / "state"))
    assert len(_stored(tmp_path / "state", "csv")) == 200
    smaller = timeline.model_copy(update={"events": timeline.events[:50]})
    pieces = Pieces(tmp_path / "state")
    timeline_csv(smaller, pieces)
    assert (pieces.reused, pieces.built) == (50, 0)
    pieces.finish("csv")
    assert len(_stored(tmp_path / "state", "csv")) == 50  # the other 150 events' pieces are gone


def test_a_changed_event_is_rebuilt_not_taken_from_the_store(tmp_path: Path) -> None:
    timeline = g20_timeline()
    manifest = g20_manifest()
    _export(timeline, manifest, tmp_path / "old", tmp_path / "state")
    first = timeline.events[0]
    changed_event = first.model_copy(update={
        "title": first.title + " (updated)",
        "mentions": [first.mentions[0].model_copy(update={"sentence": "A corrected sentence."}), *first.mentions[1:]],
    })
    changed = timeline.model_copy(update={"events": [changed_event, *timeline.events[1:]]})
    warm = _export(changed, manifest, tmp_path / "warm", tmp_path / "state")
    plain = _export(changed, manifest, tmp_path / "plain", None)
    assert warm == plain
    for name in ("timeline.csv", "timeline.ics", "timeline.timelinejs.json", "timeline.html"):
        assert "(updated)" in warm[name].decode("utf-8"), name
    assert "A corrected sentence." in warm["timeline.html"].decode("utf-8")


def test_what_is_not_the_events_own_is_put_in_at_write_time(tmp_path: Path) -> None:
    """A lane's label (here: its story's earliest title), a source's link and the calendar's stamp change
    outside the event; the pieces reused must still show the new ones."""
    timeline = g20_timeline()
    manifest = g20_manifest()
    _export(timeline, manifest, tmp_path / "old", tmp_path / "state")
    documents = [d.model_copy(update={"title": "Renamed story title", "url": "https://example.org/moved",
                                      "dct": d.dct.model_copy(update={"date": d.dct.date.replace(year=2016)})})
                 for d in timeline.documents]
    changed = timeline.model_copy(update={"documents": documents})
    warm = _export(changed, manifest, tmp_path / "warm", tmp_path / "state")
    assert warm == _export(changed, manifest, tmp_path / "plain", None)
    assert "Renamed story title" in warm["timeline.html"].decode("utf-8")
    assert "https://example.org/moved" in warm["timeline.timelinejs.json"].decode("utf-8")
    assert "DTSTAMP:2016" in warm["timeline.ics"].decode("utf-8")


@pytest.mark.parametrize("content", [
    b"not a pickle at all",
    pickle.dumps({b"k" * 20: 42}),                          # a value that is not text
    pickle.dumps({"key": "value"}),                        # a key that is not a digest
    pickle.dumps(Path("/etc/passwd")),                     # names a class: never built
    pickle.dumps({b"k" * 20: "fine"}) + b"truncated",     # a good part, then damage
], ids=["garbage", "wrong-value", "wrong-key", "foreign-class", "damaged-tail"])
def test_a_damaged_or_foreign_pieces_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    timeline = hostile_timeline()
    plain = _export(timeline, hostile_manifest(), tmp_path / "plain", None)
    for kind in KINDS:
        path = Pieces(tmp_path / "state").path(kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        assert _stored(tmp_path / "state", kind) == {}
    assert _export(timeline, hostile_manifest(), tmp_path / "out", tmp_path / "state") == plain
    assert all(_stored(tmp_path / "state", kind) for kind in KINDS)   # replaced by this run's pieces


def test_pieces_of_other_code_versions_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / "state" / FOLDER / "0000000000000000-csv.pickle"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(pickle.dumps({}))
    _export(g20_timeline(), g20_manifest(), tmp_path / "out", tmp_path / "state")
    assert not stale.exists() and Pieces(tmp_path / "state").path("csv").is_file()
    assert Pieces(tmp_path / "state").path("csv").name.startswith(code_version())


@pytest.mark.parametrize("make", [g20_timeline, hostile_timeline, lambda: many_events_timeline(600)],
                         ids=["g20", "hostile", "600-events"])
def test_timeline_json_written_event_by_event_is_the_same_file(make) -> None:
    timeline = make()
    seen = []
    chunks = b"".join(timeline_json_chunks(timeline, lambda event, data: seen.append((event.id, data))))
    assert chunks == timeline_json(timeline).encode("utf-8")
    assert [event_id for event_id, _ in seen] == [e.id for e in timeline.events]
    assert all(json.loads(data) == json.loads(e.model_dump_json()) for (_, data), e in zip(seen, timeline.events))
    assert all(data == event_json(e) for (_, data), e in zip(seen, timeline.events))


@pytest.mark.parametrize("make", [g20_timeline, hostile_timeline], ids=["g20", "hostile"])
def test_the_details_json_put_together_from_pieces_is_jsons_own(make) -> None:
    timeline = make()
    documents = documents_by_source(timeline)
    details = {event.id: _event_detail(event, documents) for event in timeline.events}
    expected = json.dumps(details, ensure_ascii=False, separators=(",", ":"))
    assert _event_details_json(timeline, Pieces()) == expected


def test_a_pieces_file_of_many_parts_is_read_whole(tmp_path: Path, monkeypatch) -> None:
    from timeline.export import pieces as pieces_module

    monkeypatch.setattr(pieces_module, "_PIECES_PER_PICKLE", 7)
    timeline = many_events_timeline(100)
    write_outputs(timeline, manifest_for(timeline), tmp_path / "a", Settings(state_dir=tmp_path / "state"))
    assert len(_stored(tmp_path / "state", "csv")) == 100
    pieces = Pieces(tmp_path / "state")
    timeline_csv(timeline, pieces)
    assert (pieces.reused, pieces.built) == (100, 0)


@pytest.mark.parametrize("make", [g20_timeline, hostile_timeline, lambda: many_events_timeline(300)],
                         ids=["g20", "hostile", "300-events"])
def test_the_timelinejs_file_put_together_from_slides_is_jsons_own_encoding(make) -> None:
    from timeline.export.describe import assign_lanes
    from timeline.export.timelinejs_file import timelinejs_json

    timeline = make()
    _, lane_of = assign_lanes(timeline, "story", 15)
    text = timelinejs_json(timeline, "A <title>", "A caption & more", lane_of)
    content = json.loads(text)
    assert text == json.dumps(content, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert list(content) == ["title", "events", "eras", "scale"]
    assert [list(slide) for slide in content["events"]] == [
        ["start_date", "end_date", "text", "group", "display_date", "unique_id", "autolink"]] * len(timeline.events)
    assert [slide["group"] for slide in content["events"]] == [
        html.escape(lane_of[e.id].label) for e in timeline.events]
