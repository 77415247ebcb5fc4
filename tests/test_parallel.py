"""Analysis on worker processes: same results as in one process, and no worker outlives a killed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from timeline.parallel import MIN_PARALLEL_ITEMS, map_in_workers, release_workers

ROOT = Path(__file__).resolve().parent.parent


def square(n: int) -> int:
    return n * n


def test_results_keep_the_input_order():
    items = list(range(3 * MIN_PARALLEL_ITEMS))
    assert map_in_workers(square, items, workers=2) == [n * n for n in items]
    assert map_in_workers(square, items[:3], workers=2) == [0, 1, 4]  # small batches stay in process


_HOLD = """
import sys, time
from tests.test_parallel import square
from timeline.parallel import map_in_workers
map_in_workers(square, list(range(200)), workers=2)
print("ready", flush=True)
time.sleep(600)
"""


@pytest.mark.slow
def test_workers_exit_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", _HOLD], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert parent.stdout.readline().strip() == "ready"
        workers = psutil.Process(parent.pid).children()
        assert len(workers) >= 2
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers):
        time.sleep(0.2)
    assert not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers)


_UNGUARDED = """
from tests.test_parallel import square
from timeline.parallel import map_in_workers
print(sum(map_in_workers(square, list(range(200)), workers=2)))
"""


@pytest.mark.slow
def test_a_script_without_a_main_guard_still_gets_its_results(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(_UNGUARDED)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str(sum(n * n for n in range(200)))
    assert "analysing in this process" in done.stderr


_THREADS = """
import threading, psutil
from tests.test_parallel import square
from timeline.parallel import map_in_workers
start = threading.Barrier(8)
def batch():
    start.wait()
    map_in_workers(square, list(range(200)), workers=2)
threads = [threading.Thread(target=batch) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(len([p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]))
"""


def test_batches_on_many_threads_share_one_pool_of_workers():
    """A flow analyses its batches on threads at once: they must share one pool, not start one each."""
    done = subprocess.run([sys.executable, "-c", _THREADS], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) <= 2


def test_released_workers_exit_and_start_again_when_needed():
    items = list(range(3 * MIN_PARALLEL_ITEMS))
    assert map_in_workers(square, items, workers=2) == [n * n for n in items]
    release_workers()
    assert not [p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]
    assert map_in_workers(square, items, workers=2) == [n * n for n in items]


def test_a_run_starts_workers_only_for_enough_new_documents():
    """A rerun that adds a few articles analyses them in its own process (starting workers costs more);
    a large job uses every core; the setting, when given, decides."""
    from timeline import pipeline
    from timeline.parallel import available_cores
    from timeline.settings import Settings

    default = Settings()
    assert pipeline.analysis_workers(default, 0) == 1
    assert pipeline.analysis_workers(default, pipeline.MIN_DOCUMENTS_FOR_WORKERS - 1) == 1
    assert pipeline.analysis_workers(default, pipeline.MIN_DOCUMENTS_FOR_WORKERS) == available_cores()
    assert pipeline.analysis_workers(Settings(analysis_workers=3), 5) == 3
    assert pipeline.analysis_workers(Settings(analysis_workers=1), 10_000) == 1


def test_analysis_with_the_cache_found_beforehand_equals_looking_it_up(tmp_path):
    from timeline import pipeline
    from timeline.settings import Settings

    inputs = Path(__file__).resolve().parent.parent / "inputs"
    settings = Settings(input_dir=inputs, output_dir=tmp_path / "out", state_dir=tmp_path / "state")
    documents = pipeline.read_files(sorted(inputs.glob("*.txt")), settings).documents
    first = pipeline.analyse_batch(documents, settings.state_dir)
    cached = pipeline.cached_analyses(documents, settings.state_dir)
    assert sorted(cached) == list(range(len(documents)))
    given = pipeline.analyse_batch(documents, settings.state_dir, 1, cached)
    looked_up = pipeline.analyse_batch(documents, settings.state_dir)
    assert given.analyses == looked_up.analyses == first.analyses
    assert (given.processed, given.reused) == (0, len(documents))
    fresh = pipeline.analyse_batch(documents, settings.state_dir, 1, cached={})
    assert fresh.analyses == first.analyses and fresh.processed == len(documents)
