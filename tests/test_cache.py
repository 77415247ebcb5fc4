"""The state folder's stores: unchanged files are not read again, changed ones are, and a cache file that
is damaged or holds anything but our models is a miss (never code that runs)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import timeline.ingest
from timeline import pipeline
from timeline.cache import AnalysisCache, IngestCache, analysis_key
from timeline.packs import PackStore
from timeline.settings import Settings

ARTICLE = """---
title: "Leaders meet in Antalya"
published: 2015-11-15
---

ANTALYA, Turkey (AP) - World leaders on Sunday opened a two-day summit, a day after the attacks in Paris on Friday.
"""


def _settings(tmp_path: Path) -> Settings:
    return Settings(input_dir=tmp_path / "in", output_dir=tmp_path / "out", state_dir=tmp_path / "state")


def _reads(monkeypatch) -> list[str]:
    """Names of the files the ingest stage really reads (not from its cache)."""
    seen: list[str] = []
    real = timeline.ingest.read_input

    def counting(path, input_dir, settings):
        seen.append(Path(path).name)
        return real(path, input_dir, settings)

    monkeypatch.setattr(timeline.ingest, "read_input", counting)
    return seen


def test_unchanged_files_come_from_the_ingest_cache(tmp_path, monkeypatch):
    settings = _settings(tmp_path)
    folder = settings.input_dir
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE.replace("Sunday", "Monday"), encoding="utf-8")
    (folder / "broken.json").write_bytes(b'{"text": ')
    reads = _reads(monkeypatch)
    paths, _ = pipeline.discover(settings)
    first = pipeline.read_files(paths, settings)
    assert sorted(reads) == ["a.md", "b.md", "broken.json"]

    reads.clear()
    again = pipeline.read_files(paths, settings)
    assert reads == []                                       # nothing read or parsed again
    assert again.documents == first.documents and again.entries == first.entries
    assert [e.status for e in again.entries] == ["ok", "ok", "malformed"]

    (folder / "b.md").write_text(ARTICLE.replace("Sunday", "Tuesday"), encoding="utf-8")
    os.utime(folder / "b.md", ns=(os.stat(folder / "a.md").st_atime_ns, os.stat(folder / "a.md").st_mtime_ns))
    changed = pipeline.read_files(paths, settings)
    assert reads == ["b.md"]                                 # same mtime, but a new change time: read again
    assert "Tuesday" in changed.documents[1].text


def test_the_ingest_cache_depends_on_the_size_limit(tmp_path, monkeypatch):
    settings = _settings(tmp_path)
    settings.input_dir.mkdir()
    (settings.input_dir / "a.md").write_text(ARTICLE, encoding="utf-8")
    paths, _ = pipeline.discover(settings)
    pipeline.read_files(paths, settings)
    small = settings.model_copy(update={"max_document_bytes": 50})
    assert [e.status for e in pipeline.read_files(paths, small).entries] == ["too_large"]


def test_damaged_or_foreign_cache_files_are_misses(tmp_path, monkeypatch):
    settings = _settings(tmp_path)
    settings.input_dir.mkdir()
    (settings.input_dir / "a.md").write_text(ARTICLE, encoding="utf-8")
    paths, _ = pipeline.discover(settings)
    first = pipeline.read_files(paths, settings)
    batch = pipeline.analyse_batch(first.documents, settings.state_dir)
    assert batch.processed == 1

    ingest_packs = list((settings.state_dir / "ingest").rglob("*.pack"))
    analysis_packs = list((settings.state_dir / "analysis").rglob("*.pack"))
    assert len(ingest_packs) == 1 and len(analysis_packs) == 1
    marker = tmp_path / "ran"

    class Payload:  # a pickle that would run a command when loaded by a plain unpickler
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    # newer records under the same keys: a foreign pickle and a truncated one
    source = "a.md"
    info = IngestCache.stat(settings.input_dir / source)
    ingest = IngestCache(settings.state_dir, settings.max_document_bytes)
    with PackStore(ingest.folder) as packs:
        packs.put(ingest._key(source, info), pickle.dumps(Payload()))
    with PackStore(AnalysisCache(settings.state_dir).folder) as packs:
        packs.put(analysis_key(first.documents[0]), pickle.dumps((first.documents[0].id, [], [], ()))[:-3])
    reads = _reads(monkeypatch)
    again = pipeline.read_files(paths, settings)
    assert reads == ["a.md"] and not marker.exists()
    assert again.documents == first.documents
    rerun = pipeline.analyse_batch(again.documents, settings.state_dir)
    assert rerun.processed == 1 and rerun.analyses == batch.analyses

    rerun = pipeline.analyse_batch(again.documents, settings.state_dir)   # both stores were rewritten
    assert rerun.processed == 0 and rerun.analyses == batch.analyses
    reads.clear()
    pipeline.read_files(paths, settings)
    assert reads == []


@pytest.mark.parametrize("store", [AnalysisCache, IngestCache])
def test_stores_live_in_the_state_folder(tmp_path, store):
    folder = (store(tmp_path / "state") if store is AnalysisCache else store(tmp_path / "state", 10)).folder
    assert folder.is_relative_to(tmp_path / "state")


def test_time_expressions_and_candidates_pickle_as_their_field_values():
    import dataclasses
    import datetime as dt
    import pickle

    from timeline.events import EventCandidate
    from timeline.models import Timex

    timex = Timex(text="Friday", char_start=3, char_end=9, type="DATE", value="2015-11-13",
                  start=dt.date(2015, 11, 13), end=dt.date(2015, 11, 13), granularity="day", rule="weekday")
    candidate = EventCandidate(document="a.txt", document_id="x", sentence="Talks on Friday.", char_start=0,
                               char_end=5, trigger="Talks", title="Talks", head="talk", timex=timex,
                               names=("Vienna",), start=dt.date(2015, 11, 13), end=dt.date(2015, 11, 13))
    for value in (timex, candidate):
        assert value.__getstate__() == tuple(getattr(value, f.name) for f in dataclasses.fields(value))
        again = pickle.loads(pickle.dumps(value, protocol=5))
        assert again == value and hash(again) == hash(value)
