"""Golden files: every exporter's output for the G20 fixture, compared byte for byte.

When an output changes on purpose, rewrite the golden files with
    NEWSLINE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export_golden.py
and review the diff in git: an unreviewed change in output fails here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fixtures_timeline import g20_manifest, g20_timeline
from timeline.export import write_outputs
from timeline.settings import Settings

pytestmark = pytest.mark.usefixtures("private_cwd")  # Settings() keeps its state in the test's folder

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("NEWSLINE_UPDATE_GOLDEN") == "1"
GOLDEN_FILES = (
    "timeline.json", "timeline.schema.json", "manifest.json", "timeline.csv",
    "timeline.timelinejs.json", "timeline.ics", "timeline.html",
)


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("g20")
    write_outputs(g20_timeline(), g20_manifest(), out, Settings(state_dir=tmp_path_factory.mktemp("g20-state")))
    return out


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_output_matches_golden_file(written: Path, name: str) -> None:
    produced = (written / name).read_bytes()
    golden = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_bytes(produced)
    assert golden.exists(), f"no golden file {golden}; run with NEWSLINE_UPDATE_GOLDEN=1 to create it"
    assert produced == golden.read_bytes(), (
        f"{name} differs from {golden}; if the change is intended, rerun with NEWSLINE_UPDATE_GOLDEN=1 and review")


def test_golden_set_is_complete(written: Path) -> None:
    # Every file the writer produces (except the vendored plotly.js) has a golden copy.
    produced = {p.name for p in written.iterdir() if p.is_file()} - {"plotly.min.js"}
    assert produced == set(GOLDEN_FILES)
