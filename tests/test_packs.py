"""Pack files of the state folder: what was put is read back after closing, newer records win, packs are
merged when there are many, and a damaged or foreign pack is skipped whole without running anything."""

from __future__ import annotations

import os
import pickle
import struct
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import packs
from timeline.cache import IngestCache
from timeline.packs import PackStore


def _contents(folder: Path, keys) -> dict[str, bytes | None]:
    with PackStore(folder) as store:
        return {key: store.get(key) for key in keys}


def _pack_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*" + packs.SUFFIX))


def test_records_are_read_back_after_closing(tmp_path):
    store = PackStore(tmp_path)
    store.put("a", b"first")
    store.put("b", b"")
    assert store.get("a") == b"first"            # before it is written too
    store.close()
    assert _contents(tmp_path, ["a", "b", "c"]) == {"a": b"first", "b": b"", "c": None}
    assert len(_pack_files(tmp_path)) == 1


def test_a_store_that_added_nothing_writes_nothing(tmp_path):
    with PackStore(tmp_path) as store:
        assert store.get("a") is None
    assert _pack_files(tmp_path) == []


def test_newer_records_win_and_many_packs_are_merged(tmp_path):
    expected: dict[str, bytes] = {}
    for run in range(packs.MAX_PACKS + 3):
        with PackStore(tmp_path) as store:
            for key in (f"k{run}", "shared"):
                store.put(key, f"{key}@{run}".encode())
                expected[key] = f"{key}@{run}".encode()
        assert len(_pack_files(tmp_path)) <= packs.MAX_PACKS
        assert _contents(tmp_path, expected) == expected
    assert len(_pack_files(tmp_path)) < packs.MAX_PACKS   # merged at least once


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.binary(max_size=20)), max_size=6), max_size=14))
def test_a_store_reads_like_a_dict_of_everything_put(runs):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        expected: dict[str, bytes] = {}
        for records in runs:
            with PackStore(Path(folder)) as store:
                for key, value in records:
                    store.put(key, value)
                    expected[key] = value
        assert _contents(Path(folder), "abcdefgh") == {k: expected.get(k) for k in "abcdefgh"}


def _write_pack(folder: Path, name: str, data: bytes) -> None:
    (folder / f"{name}{packs.SUFFIX}").write_bytes(data)


def test_damaged_and_foreign_packs_are_skipped_without_running_anything(tmp_path):
    with PackStore(tmp_path) as store:
        store.put("good", b"kept")
    good = _pack_files(tmp_path)[0].read_bytes()
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    evil_index = pickle.dumps(Payload())
    start = len(packs.MAGIC)
    # names sort after the good pack: each would win if it were read
    _write_pack(tmp_path, "z1-truncated", good[:-5])
    _write_pack(tmp_path, "z2-foreign", b"PK\x03\x04 not a pack at all")
    _write_pack(tmp_path, "z3-empty", b"")
    _write_pack(tmp_path, "z4-class-in-index",
                packs.MAGIC + evil_index + struct.pack("<QQ", start, len(evil_index)))
    record_index = pickle.dumps({"good": (len(packs.MAGIC), 10_000)})   # a record past the records
    _write_pack(tmp_path, "z5-out-of-range",
                packs.MAGIC + b"x" + record_index + struct.pack("<QQ", len(packs.MAGIC) + 1, len(record_index)))
    assert _contents(tmp_path, ["good"]) == {"good": b"kept"}
    assert not marker.exists()


def test_closing_a_cache_removes_the_stores_of_other_code_versions(tmp_path):
    state = tmp_path / "state"
    old = state / "ingest" / "0123456789abcdef"
    old.mkdir(parents=True)
    (old / "x.pack").write_bytes(b"old")
    cache = IngestCache(state, 10)
    cache.close()
    assert not old.exists()
    assert cache.folder.parent == state / "ingest"
