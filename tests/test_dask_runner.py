"""The flow on a local Dask cluster (two worker processes) writes the same timeline as the default runner.

Each run is a `newsline run` process with its own embedded Prefect server; `--batch-size 1` makes one task
per document so both workers get work, and every task input and result crosses a process boundary
(pickled Documents, Settings and batches).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

NEWSLINE = [sys.executable, "-m", "timeline.cli"]
ROOT = Path(__file__).resolve().parent.parent
TIMELINE_FILES = ("timeline.json", "timeline.csv", "timeline.ics", "timeline.timelinejs.json", "manifest.json",
                  "timeline.html")


def _run(inputs: Path, out: Path, state: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PREFECT_API_URL", None)  # embedded server per run
    done = subprocess.run([*NEWSLINE, "run", str(inputs), "--out", str(out), "--state-dir", str(state),
                           "--batch-size", "1", "--verbose", *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    return done


def test_dask_runner_gives_the_same_timeline_as_the_default_runner(seed_dir, tmp_path):
    default = _run(seed_dir, tmp_path / "out-default", tmp_path / "state-default")
    dask = _run(seed_dir, tmp_path / "out-dask", tmp_path / "state-dask", "--task-runner", "dask")

    log = dask.stdout + dask.stderr
    assert "prefect.task_runner.dask" in log and "LocalCluster" in log, "the Dask task runner did not start"
    assert "prefect.task_runner.dask" not in default.stdout + default.stderr
    events = 0
    for name in TIMELINE_FILES:
        expected = (tmp_path / "out-default" / name).read_bytes()
        assert (tmp_path / "out-dask" / name).read_bytes() == expected, f"{name} differs under Dask"
        if name == "timeline.json":
            import json

            events = len(json.loads(expected)["events"])
    assert events > 0  # a real timeline was compared, not two empty ones
