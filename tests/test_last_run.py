"""A run that finds the same inputs, settings and code as the last complete run keeps its outputs; any
change (an article added, edited or removed, a setting, an output deleted or replaced, the code, a damaged
record) means a full run, and what it writes is what a run from nothing writes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from timeline import last_run, pipeline
from timeline.settings import Settings

ARTICLE = """Leaders meet in Antalya

ANTALYA, Turkey (AFP) - World leaders on Monday (Nov 16) closed a two-day summit, three days after the
attacks in Paris on Friday. They will meet again in Washington in April 2016.
"""
SECOND = ARTICLE.replace("Washington in April", "Berlin in May")
OUTPUTS = ("timeline.json", "timeline.csv", "timeline.ics", "timeline.timelinejs.json", "timeline.html",
           "manifest.json")


@pytest.fixture()
def settled(monkeypatch):
    """Files written by the test count as settled at once (the run otherwise waits two seconds for them)."""
    monkeypatch.setattr(last_run, "_SETTLED_NS", 0)


def _settings(base: Path, **extra) -> Settings:
    return Settings(input_dir=base / "in", output_dir=base / "out", state_dir=base / "state", **extra)


def _project(base: Path) -> Settings:
    (base / "in").mkdir()
    (base / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (base / "in" / "b.txt").write_text(SECOND, encoding="utf-8")
    return _settings(base)


def _stats(settings: Settings) -> dict[str, tuple[int, int]]:
    """Each output's inode and modification time: both change when a file is written again."""
    return {name: (os.stat(settings.output_dir / name).st_ino, os.stat(settings.output_dir / name).st_mtime_ns)
            for name in OUTPUTS}


def _bytes(settings: Settings) -> dict[str, bytes]:
    return {name: (settings.output_dir / name).read_bytes() for name in OUTPUTS}


def test_a_run_with_nothing_changed_keeps_the_outputs(tmp_path, settled):
    settings = _project(tmp_path)
    first = pipeline.run(settings)
    assert not first.kept and first.processed == 2
    written = _stats(settings)

    again = pipeline.run(settings)
    assert again.kept and again.timeline is None
    assert (again.documents_ok, again.events, again.undated) == (first.documents_ok, first.events, first.undated)
    assert again.processed == 0 and again.reused == 2
    assert [p.name for p in again.outputs] == [p.name for p in first.outputs]
    assert set(again.timings) == {"check"}
    assert _stats(settings) == written                      # not one output written again


@pytest.mark.parametrize("change", ["add", "edit", "remove", "setting", "output_deleted", "output_replaced",
                                    "code", "damaged_record", "foreign_record", "record_of_other_shape"])
def test_any_change_means_a_full_run(tmp_path, settled, monkeypatch, change):
    settings = _project(tmp_path)
    pipeline.run(settings)
    inputs = settings.input_dir
    if change == "add":
        (inputs / "c.txt").write_text(ARTICLE.replace("Antalya", "Ankara"), encoding="utf-8")
    elif change == "edit":  # same size, same modification time: the change time still shows it
        path = inputs / "b.txt"
        before = os.stat(path)
        path.write_text(SECOND.replace("May", "Jun"), encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert os.stat(path).st_size == before.st_size
    elif change == "remove":
        (inputs / "b.txt").unlink()
    elif change == "setting":
        settings = _settings(tmp_path, lanes="place")
    elif change == "output_deleted":
        (settings.output_dir / "timeline.html").unlink()
    elif change == "output_replaced":
        path = settings.output_dir / "timeline.csv"
        path.write_bytes(path.read_bytes())
    elif change == "code":
        monkeypatch.setattr(last_run, "code_version", lambda: "another version")
    elif change == "damaged_record":
        (settings.state_dir / last_run.RECORD_FILE).write_text('{"format": 1, "dig', encoding="utf-8")
    elif change == "foreign_record":
        (settings.state_dir / last_run.RECORD_FILE).write_text("[1, 2]\n", encoding="utf-8")
    elif change == "record_of_other_shape":  # the right digest, but not what this code writes
        path = settings.state_dir / last_run.RECORD_FILE
        record = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**record, "extra": "artifacts"}), encoding="utf-8")

    rerun = pipeline.run(settings)
    assert not rerun.kept and rerun.timeline is not None
    fresh = _settings(tmp_path / "fresh", lanes=settings.lanes)
    pipeline.run(fresh.model_copy(update={"input_dir": settings.input_dir}))
    assert _bytes(settings) == _bytes(fresh)

    kept = pipeline.run(settings)                            # and the run after that keeps them again
    assert kept.kept


def test_only_what_shapes_the_outputs_is_compared(tmp_path, settled):
    """More workers or other batch sizes give the same files: such a run keeps the outputs."""
    settings = _project(tmp_path)
    pipeline.run(settings)
    assert pipeline.run(settings.model_copy(update={"analysis_workers": 2, "batch_size": 7})).kept


def test_files_changed_in_the_last_two_seconds_mean_a_full_run(tmp_path):
    """A file written again within the file system's timestamp resolution keeps its stat: a folder that
    has just changed is not compared by stat at all."""
    settings = _project(tmp_path)
    paths, refused = pipeline.discover(settings)
    assert last_run.inputs_digest(settings, paths, refused) is None
    settled_ns = time.time_ns() - 3_000_000_000
    for path in paths:
        os.utime(path, ns=(settled_ns, settled_ns))
    # utime itself sets the change time to now: the folder is settled only two seconds later
    assert last_run.inputs_digest(settings, paths, refused) is None


def test_a_feed_run_is_never_kept(tmp_path, settled):
    settings = _project(tmp_path)
    paths, refused = pipeline.discover(settings)
    assert last_run.inputs_digest(settings, paths, refused) is not None
    with_feed = settings.model_copy(update={"feed": str(tmp_path / "feed.xml")})
    assert last_run.inputs_digest(with_feed, paths, refused) is None


def test_inputs_whose_status_may_change_by_themselves_leave_no_record(tmp_path, settled):
    """A refused input (here a link leaving the folder) may become readable without any file changing."""
    settings = _project(tmp_path)
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    (settings.input_dir / "link.txt").symlink_to(tmp_path / "outside.txt")
    first = pipeline.run(settings)
    assert [e.status for e in first.rejected] == ["refused"]
    assert not (settings.state_dir / last_run.RECORD_FILE).exists()
    assert not pipeline.run(settings).kept


def test_the_record_names_what_was_written(tmp_path, settled):
    settings = _project(tmp_path)
    summary = pipeline.run(settings)
    record = json.loads((settings.state_dir / last_run.RECORD_FILE).read_text(encoding="utf-8"))
    assert [Path(name) for name, _ in record["outputs"]] == [p.resolve() for p in summary.outputs]
    assert record["events"] == summary.events and record["documents_ok"] == 2
