"""Crashes and reruns: a run SIGKILLed mid-way leaves the previous outputs intact, the rerun completes with
the outputs of a clean run byte for byte (run.json aside) and no duplicate events; two runs on the same
inputs, with the per-document cache cold or warm, give byte-identical files.

The runs are the library pipeline (`timeline.pipeline.run`) in a subprocess: the same stages the Prefect
flow runs as tasks, without the ~15 s start of Prefect's embedded server, so the kill lands inside the
analysis or the export rather than inside server start-up.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.pipeline import run
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPARED = ("timeline.json", "timeline.csv", "timeline.html", "timeline.ics", "timeline.timelinejs.json",
            "manifest.json", "timeline.schema.json")
PLACES = ["Antalya", "Vienna", "Paris", "Beirut", "Istanbul", "Geneva", "Brussels", "Ankara"]
WHO = ["World leaders", "Ministers", "Police", "The central bank", "Rescue teams", "Officials", "Putin", "Obama"]
WHAT = ["met to discuss the crisis", "agreed a ceasefire", "announced new sanctions", "held talks",
        "raised interest rates", "arrested two suspects", "signed a trade deal", "opened an inquiry"]
WHEN = ["on Monday", "on Nov 14, 2015", "last week", "on Sunday", "earlier this month", "on Oct 30, 2015",
        "yesterday", "in September"]


def build_batch(folder: Path, count: int, seed: int = 11) -> None:
    """`count` articles of varied generated sentences, each with a dateline giving its creation date."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        day = 1 + n % 28
        lines = [f"{rng.choice(WHO)} {rng.choice(WHAT)} in {rng.choice(PLACES)} {rng.choice(WHEN)}, "
                 f"a spokesman said." for _ in range(rng.randint(3, 8))]
        text = (f"Report {n}\n\n{rng.choice(PLACES).upper()} (AFP) - {' '.join(lines)} "
                f"The statement was issued on Nov {day}, 2015.\n")
        (folder / f"article-{n:05d}.txt").write_text(text, "utf-8")


_RUN = """
import sys
from pathlib import Path
from timeline.pipeline import run
from timeline.settings import Settings
run(Settings(input_dir=Path(sys.argv[1]), output_dir=Path(sys.argv[2]), state_dir=Path(sys.argv[3])))
"""


def run_in_subprocess(inputs: Path, out: Path, state: Path, kill_after: float | None = None) -> int:
    process = subprocess.Popen([sys.executable, "-c", _RUN, str(inputs), str(out), str(state)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = process.communicate(timeout=1200)
        assert process.returncode == 0, err.decode()[-2000:]
        return 0
    time.sleep(kill_after)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return process.returncode


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def compared(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name in COMPARED or name.startswith("texts/")}


def no_duplicate_events(out: Path) -> None:
    timeline = json.loads((out / "timeline.json").read_text("utf-8"))
    ids = [e["id"] for e in timeline["events"]]
    assert len(ids) == len(set(ids))
    mentions = [(m["document"], m["char_start"], m["char_end"]) for e in timeline["events"] for m in e["mentions"]]
    assert len(mentions) == len(set(mentions))


@pytest.mark.slow
def test_killed_runs_leave_outputs_intact_and_rerun_matches_a_clean_run(tmp_path):
    old_inputs, inputs = tmp_path / "old-inputs", tmp_path / "inputs"
    build_batch(old_inputs, 40, seed=3)
    build_batch(inputs, 1000)
    clean = tmp_path / "clean"
    started = time.perf_counter()
    run_in_subprocess(inputs, clean, tmp_path / "clean-state")
    full_run = time.perf_counter() - started
    clean_files = compared(snapshot(clean))
    assert "timeline.json" in clean_files and "manifest.json" in clean_files

    out, state = tmp_path / "out", tmp_path / "state"
    run_in_subprocess(old_inputs, out, state)                     # the previous run's outputs
    previous = snapshot(out)
    # kill points spread over the run: start-up and reading, analysis, assembly and export
    for fraction in (0.15, 0.4, 0.65, 0.85, 0.95):
        code = run_in_subprocess(inputs, out, state, kill_after=fraction * full_run)
        now = snapshot(out)
        leftovers = [name for name in now if name.rsplit("/", 1)[-1].startswith(".")]
        for name in leftovers:        # an interrupted atomic write may leave its hidden temporary file ...
            assert name.endswith(".tmp"), name
            del now[name]
        assert not any(name.endswith(".tmp") for name in now)   # ... never under an output's name
        if code == -signal.SIGKILL:
            for name in COMPARED:     # each output is the previous run's or the new one's, never half of either
                assert now[name] in (previous[name], clean_files[name]), (fraction, name)
        no_duplicate_events(out)
    run_in_subprocess(inputs, out, state)                         # the rerun completes the work
    assert compared(snapshot(out)) == clean_files
    no_duplicate_events(out)


def test_two_runs_are_byte_identical_with_cold_and_warm_cache(tmp_path):
    inputs = tmp_path / "inputs"
    build_batch(inputs, 30)
    (inputs / "broken.json").write_bytes(b'{"text": ')
    outputs = []
    for name, state in (("cold", "state-a"), ("warm", "state-a"), ("other", "state-b")):
        out = tmp_path / name
        summary = run(Settings(input_dir=inputs, output_dir=out, state_dir=tmp_path / state))
        outputs.append((name, summary, compared(snapshot(out))))
    (_, cold, cold_files), (_, warm, warm_files), (_, _, other_files) = outputs
    assert cold.processed == 30 and cold.reused == 0
    assert warm.processed == 0 and warm.reused == 30               # the second run came from the cache
    assert cold_files == warm_files == other_files
    assert set(COMPARED) <= set(cold_files)
