"""Shared fixtures: the seed articles, a pipeline run on them, and one Prefect test server per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "inputs"
SEED_FILES = ("000_b98ab229588f79f1.txt", "001_e28e2fbd3423233d.txt")


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory) -> Path:
    """A private copy of the two seed articles (tests never write into inputs/)."""
    folder = tmp_path_factory.mktemp("seeds")
    for name in SEED_FILES:
        shutil.copy(SEEDS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def seed_run(seed_dir, tmp_path_factory):
    """The library pipeline (no Prefect) on the seeds, with no metadata and no anchor date."""
    from timeline.pipeline import run
    from timeline.settings import Settings

    out = tmp_path_factory.mktemp("seed-out")
    settings = Settings(input_dir=seed_dir, output_dir=out, state_dir=tmp_path_factory.mktemp("seed-state"))
    return run(settings), out


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect test server (SQLite) for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def private_cwd(tmp_path, monkeypatch) -> Path:
    """Run the test in its own empty folder: `Settings()`'s default state folder (.newsline, relative to
    the working directory) is then private to the test, not the checkout's."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
