"""The `build-timeline` flow on the session's Prefect test server: outputs, run record, incremental reruns,
bad documents, a failing stage, and cache invalidation when the rules change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = ("000_b98ab229588f79f1.txt", "001_e28e2fbd3423233d.txt")
TIMELINE_FILES = ("timeline.json", "timeline.csv", "timeline.ics", "timeline.timelinejs.json", "manifest.json")

NEW_ARTICLE = """Leaders pledge to share intelligence after the Paris attacks

ANTALYA, Turkey (AFP) - Leaders of the Group of 20 on Tuesday (Nov 17) pledged to share intelligence on
foreign fighters, a day after the summit ended on Nov 16, 2015. Finance ministers will meet again in
Washington next April to review the plan, officials said.
"""
EDITED_PARAGRAPH = "\nOn Wednesday (Nov 18) the leaders flew home and ministers began drafting the plan.\n"


def _settings(base: Path) -> Settings:
    return Settings(input_dir=base / "inputs", output_dir=base / "outputs", state_dir=base / "state")


def _timeline(base: Path) -> dict:
    return json.loads((base / "outputs" / "timeline.json").read_text(encoding="utf-8"))


def _rebuilt_without_cache(base: Path, scratch: Path) -> dict[str, bytes]:
    """The timeline files of the same inputs built from nothing (library pipeline, empty state folder)."""
    from timeline.pipeline import run

    settings = Settings(input_dir=base / "inputs", output_dir=scratch / "outputs", state_dir=scratch / "state")
    run(settings)
    return {name: (scratch / "outputs" / name).read_bytes() for name in TIMELINE_FILES}


def _files(base: Path) -> dict[str, bytes]:
    return {name: (base / "outputs" / name).read_bytes() for name in TIMELINE_FILES}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "inputs").mkdir()
    for name in SEED_FILES:
        shutil.copy(ROOT / "inputs" / name, tmp_path / "inputs" / name)
    return tmp_path


@pytest.mark.slow  # the session's Prefect test server
def test_flow_incremental_runs(prefect_server, project: Path, tmp_path_factory, monkeypatch) -> None:
    from flows.build_timeline import run_flow
    from timeline import last_run

    monkeypatch.setattr(last_run, "_SETTLED_NS", 0)   # the files this test writes count as settled at once
    # A broken input sits among the articles: it is reported, the run still completes.
    (project / "inputs" / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00" * 40)
    settings = _settings(project)

    first = run_flow(settings)
    assert first["documents_ok"] == 2 and first["documents_rejected"] == 1
    assert first["documents_analysed"] == 2 and first["documents_reused_from_cache"] == 0
    assert first["events"] == len(_timeline(project)["events"]) > 0
    assert json.loads((project / "outputs" / "run.json").read_text()) == first
    manifest = json.loads((project / "outputs" / "manifest.json").read_text())
    assert [d["status"] != "ok" for d in manifest["documents"] if d["source"] == "broken.txt"] == [True]
    assert not any((project / "outputs").rglob("analysis"))  # the cache stays in the state folder
    before = _files(project)

    # Same inputs again: the outputs are kept as they are, not written again.
    written = {name: os.stat(project / "outputs" / name).st_ino for name in TIMELINE_FILES}
    kept = run_flow(settings)
    assert kept["outputs_kept"] and kept["documents_analysed"] == 0 and kept["documents_reused_from_cache"] == 2
    assert {name: os.stat(project / "outputs" / name).st_ino for name in TIMELINE_FILES} == written
    assert json.loads((project / "outputs" / "run.json").read_text()) == kept

    # Rebuilt from the caches (no record of the last run): nothing analysed, files byte-identical.
    (project / "state" / last_run.RECORD_FILE).unlink()
    again = run_flow(settings)
    assert not again["outputs_kept"]
    assert again["documents_analysed"] == 0 and again["documents_reused_from_cache"] == 2
    assert _files(project) == before

    # One new article: only it is analysed; the timeline is rebuilt from all three.
    (project / "inputs" / "002_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    added = run_flow(settings)
    assert added["documents_analysed"] == 1 and added["documents_reused_from_cache"] == 2
    sources = {m["document"] for e in _timeline(project)["events"] for m in e["mentions"]}
    assert {"002_new.txt", *SEED_FILES} <= sources
    assert _files(project) == _rebuilt_without_cache(project, tmp_path_factory.mktemp("fresh-added"))

    # An edited article replaces its old events; a deleted one drops them.
    edited = project / "inputs" / SEED_FILES[1]
    old_events = {e["id"] for e in _timeline(project)["events"]
                  if any(m["document"] == SEED_FILES[1] for m in e["mentions"])}
    edited.write_text(edited.read_text(encoding="utf-8") + EDITED_PARAGRAPH, encoding="utf-8")
    (project / "inputs" / SEED_FILES[0]).unlink()
    changed = run_flow(settings)
    assert changed["documents_analysed"] == 1 and changed["documents_reused_from_cache"] == 1
    timeline = _timeline(project)
    assert SEED_FILES[0] not in {d["source"] for d in timeline["documents"]}
    assert SEED_FILES[0] not in {m["document"] for e in timeline["events"] for m in e["mentions"]}
    new_events = {e["id"] for e in timeline["events"] if any(m["document"] == SEED_FILES[1] for m in e["mentions"])}
    assert new_events != old_events
    assert any("Nov 18" in m["sentence"] for e in timeline["events"] for m in e["mentions"])
    assert _files(project) == _rebuilt_without_cache(project, tmp_path_factory.mktemp("fresh-changed"))


def _artifacts(flow_run_id) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return {a.key: a for a in artifacts}


@pytest.mark.slow  # the session's Prefect test server
def test_flow_returns_the_record_and_publishes_artifacts(prefect_server, project: Path, monkeypatch) -> None:
    from flows.build_timeline import build_timeline
    from timeline import last_run

    monkeypatch.setattr(last_run, "_SETTLED_NS", 0)   # the files this test writes count as settled at once

    def run_once():
        state = build_timeline(input_dir=project / "inputs", output_dir=project / "outputs",
                               state_dir=project / "state", base_url="http://127.0.0.1:9999/", return_state=True)
        assert state.is_completed()
        return state.result(), _artifacts(state.state_details.flow_run_id)

    record, by_key = run_once()
    assert record["documents_analysed"] == 2 and record["flow_run_id"] == str(by_key["newsline-summary"].flow_run_id)
    assert set(by_key) == {"newsline-summary", "newsline-events", "newsline-timeline"}
    assert by_key["newsline-timeline"].data == "[Open the timeline](http://127.0.0.1:9999/timeline.html)"
    assert f"Events: **{record['events']}**" in by_key["newsline-summary"].data
    assert not record["outputs_kept"]

    # Nothing changed: the run keeps the outputs and shows the same artifacts, saying so.
    kept, kept_keys = run_once()
    assert kept["outputs_kept"] and kept["events"] == record["events"]
    assert set(kept_keys) == set(by_key)
    assert "No input changed since the last complete run" in kept_keys["newsline-summary"].data
    assert by_key["newsline-summary"].data.split("\n\n", 1)[1] in kept_keys["newsline-summary"].data
    assert kept_keys["newsline-events"].data == by_key["newsline-events"].data
    assert kept_keys["newsline-timeline"].data == by_key["newsline-timeline"].data


@pytest.mark.slow  # the session's Prefect test server
def test_flow_does_not_keep_the_outputs_of_a_library_run(prefect_server, project: Path, monkeypatch) -> None:
    """A run without Prefect leaves no artifacts to show again: the flow after it runs in full."""
    from flows.build_timeline import run_flow
    from timeline import last_run, pipeline

    monkeypatch.setattr(last_run, "_SETTLED_NS", 0)
    settings = _settings(project)
    assert not pipeline.run(settings).kept
    assert pipeline.run(settings).kept
    record = run_flow(settings)
    assert not record["outputs_kept"] and record["documents_reused_from_cache"] == 2
    assert run_flow(settings)["outputs_kept"]


@pytest.mark.slow  # the session's Prefect test server
def test_flow_lets_go_of_the_analyses_before_the_export(prefect_server, project: Path, monkeypatch) -> None:
    """The analyses (every candidate: ~100 MB at 10,000 articles) are freed before the export, where a run
    peaks in memory: Prefect's finished task runs, which keep their inputs and results, must not keep them."""
    import gc

    from flows.build_timeline import build_timeline
    from timeline import pipeline
    from timeline.cache import DocumentAnalysis

    alive_at_export = []
    export = pipeline.export

    def counting_export(*args, **kwargs):
        alive_at_export.append(sum(1 for o in gc.get_objects() if type(o) is DocumentAnalysis))
        return export(*args, **kwargs)

    monkeypatch.setattr(pipeline, "export", counting_export)
    for _ in range(2):   # analysed in two batch tasks, then read back from the cache by one task
        build_timeline(input_dir=project / "inputs", output_dir=project / "outputs", state_dir=project / "state",
                       batch_size=1)
    assert alive_at_export == [0, 0]


@pytest.mark.slow  # the session's Prefect test server
def test_missing_input_folder_fails_the_run_with_what_to_do(prefect_server, tmp_path: Path) -> None:
    from flows.build_timeline import build_timeline

    state = build_timeline(input_dir=tmp_path / "nowhere", output_dir=tmp_path / "outputs",
                           state_dir=tmp_path / "state", return_state=True)
    assert state.is_failed()
    assert "input folder" in state.message and "nowhere" in state.message
    assert "create it" in state.message


@pytest.mark.slow  # the session's Prefect test server
def test_unwritable_output_fails_the_run_naming_the_stage(prefect_server, project: Path) -> None:
    from flows.build_timeline import build_timeline, export_timeline

    (project / "outputs").write_text("a file where the output folder should be")
    # The export task retries with back-off (1, 2, 4 s); this test only needs the final failure.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export_timeline, "retries", 0)
        state = build_timeline(input_dir=project / "inputs", output_dir=project / "outputs",
                               state_dir=project / "state", return_state=True)
    assert state.is_failed()
    assert "writing the outputs failed" in state.message and "writable" in state.message
    assert (project / "outputs").read_text() == "a file where the output folder should be"


def test_io_tasks_retry_with_backoff() -> None:
    from flows.build_timeline import (analyse_documents, discover_inputs, export_timeline, fetch_page,
                                      read_files)

    for io_task in (discover_inputs, read_files, fetch_page, export_timeline):
        assert io_task.retries == 3, io_task.name
        delays = io_task.retry_delay_seconds
        assert len(delays) == 3 and delays == sorted(delays) and delays[0] < delays[-1], io_task.name
    assert fetch_page.retry_condition_fn is not None  # only transient fetch failures are retried
    assert analyse_documents.retries == 0  # pure computation: a retry would fail the same way


def test_changed_rules_invalidate_the_cache(tmp_path: Path) -> None:
    """A copy of the library whose rule module gets one more line has a different rules version."""
    shutil.copytree(ROOT / "timeline", tmp_path / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    probe = "import timeline.cache as c; print(c.__file__); print(c.rules_version())"
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}

    def version() -> str:
        out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True,
                             text=True, check=True).stdout.split()
        assert Path(out[0]).is_relative_to(tmp_path)  # the copy was imported, not the project
        return out[1]

    original = version()
    rules = tmp_path / "timeline" / "temporal" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    assert version() != original
    assert version() == version()  # and it is stable between processes
