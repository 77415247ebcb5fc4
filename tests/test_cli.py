"""`newsline` exit codes and messages: 0 when the run completed (rejections summarized on stderr), non-zero
with one line saying why when it could not run, and never a Python traceback for a user error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.cli import EXIT_USAGE, main

ROOT = Path(__file__).resolve().parent.parent


def _one_line_error(capsys, argv: list[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == EXIT_USAGE != 0, (argv, code)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err                       # one line, no usage block, no traceback
    assert lines[0].startswith("newsline: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture()
def folders(tmp_path, seed_dir):
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder\n")
    return seed_dir, tmp_path, a_file


@pytest.mark.parametrize("argv, words", [
    (["run", "{tmp}/missing", "--out", "{tmp}/out"], "input folder '{tmp}/missing' does not exist"),
    (["run", "{file}", "--out", "{tmp}/out"], "is not a folder"),
    (["run", "{seeds}", "--out", "{file}/out"], "output folder '{file}/out' is not writable"),
    (["run", "{seeds}", "--out", "{file}"], "output folder '{file}' is not writable"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--state-dir", "{file}/state"], "state folder '{file}/state' is not writable"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--anchor-date", "2015-13-01"], "'2015-13-01' is not a date of the form YYYY-MM-DD"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--anchor-date", "yesterday"], "'yesterday' is not a date"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--batch-size", "0"], "invalid parameter batch_size"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--batch-size", "many"], "--batch-size: invalid int value: 'many'"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--max-document-bytes", "-1"], "invalid parameter max_document_bytes"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--lanes", "colour"], "--lanes: invalid choice: 'colour'"),
    (["run", "{seeds}", "--out", "{tmp}/out", "--no-such-option"], "unrecognized arguments: --no-such-option"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    ([], "required: command"),
    (["annotate", "--timeml", "{tmp}/missing", "--out", "{tmp}/ann"], "TimeML folder '{tmp}/missing' does not exist"),
    (["evaluate", "--gold", "{tmp}/missing"], "gold folder '{tmp}/missing' does not exist"),
    (["serve", "--dir", "{tmp}/missing"], "run `newsline run` first"),
])
def test_user_errors_are_one_line(capsys, folders, argv, words):
    seeds, tmp, a_file = folders
    fill = lambda s: s.format(seeds=seeds, tmp=tmp, file=a_file)
    line = _one_line_error(capsys, [fill(a) for a in argv])
    assert fill(words) in line
    assert not (tmp / "out").exists() or not any((tmp / "out").iterdir())   # nothing written


def test_help_exits_zero(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--help"])
    assert exit_info.value.code == 0
    assert "--anchor-date" in capsys.readouterr().out


@pytest.mark.slow
def test_console_script_on_seeds_with_rejections(tmp_path, seed_dir):
    """The installed `newsline` script, end to end with Prefect's embedded server: exit 0, outputs written,
    the rejected inputs listed on stderr one per line, no traceback."""
    script = Path(sys.executable).with_name("newsline")
    assert script.exists(), "install the project: .venv/bin/pip install -e ."
    inputs = tmp_path / "inputs"
    shutil.copytree(seed_dir, inputs)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (inputs / "broken.json").write_bytes(b'{"text": ')
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    time.sleep(2.1)   # files changed in the last two seconds are never taken as unchanged by the next run

    def run_script() -> subprocess.CompletedProcess:
        done = subprocess.run([str(script), "run", str(inputs), "--out", str(tmp_path / "out"),
                               "--state-dir", str(tmp_path / "state")],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
        assert "3 inputs not read" in done.stderr
        for line in ("  binary.txt: binary: ", "  broken.json: malformed: ", "  empty.txt: empty: "):
            assert line in done.stderr
        assert "documents" in done.stdout and "timeline.html" in done.stdout
        return done

    done = run_script()
    assert "outputs are kept" not in done.stdout
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert sum(e["status"] == "ok" for e in manifest["documents"]) == 2
    run_record = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run_record["events"] > 0 and not run_record["outputs_kept"]

    again = run_script()     # nothing changed: the same report, the outputs kept
    assert "no article, setting or code changed since the last run: its outputs are kept" in again.stdout
    assert again.stdout.splitlines()[-1] == done.stdout.splitlines()[-1]
    assert json.loads((tmp_path / "out" / "run.json").read_text())["outputs_kept"]
