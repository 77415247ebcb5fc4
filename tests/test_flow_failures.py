"""A document whose analysis raises never fails the flow: the others' events are there and the manifest
says why that document has none."""

from __future__ import annotations

import json

import pytest

import timeline.pipeline as pipeline
from timeline.settings import Settings


@pytest.mark.slow  # the session's Prefect test server
def test_failing_analysis_is_reported_in_the_manifest(prefect_server, tmp_path, monkeypatch):
    from flows.build_timeline import run_flow

    real_analyse = pipeline.analyse

    def analyse(document):
        if "explode" in document.text:
            raise ValueError("rule table broke on this text")
        return real_analyse(document)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.md").write_text("---\npublished: 2015-11-16\n---\nLeaders met at the summit in Antalya on Sunday.\n")
    (inputs / "bad.md").write_text("---\npublished: 2015-11-16\n---\nThe talks in Vienna explode on Friday.\n")
    record = run_flow(Settings(input_dir=inputs, output_dir=tmp_path / "out", state_dir=tmp_path / "state",
                               analysis_workers=1))
    manifest = {d["source"]: d for d in json.loads((tmp_path / "out" / "manifest.json").read_text())["documents"]}
    assert manifest["bad.md"]["status"] == "ok"
    assert "analysis failed: ValueError: rule table broke" in manifest["bad.md"]["reason"]
    assert manifest["good.md"]["reason"] == ""
    timeline = json.loads((tmp_path / "out" / "timeline.json").read_text())
    assert {m["document"] for e in timeline["events"] for m in e["mentions"]} == {"good.md"}
    assert record["documents_ok"] == 2
