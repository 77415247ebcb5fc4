"""A folder of pack files: many small records (bytes under a string key) in a few files.

The state folder keeps one record per input file (what reading it gave) and one per document (what
analysing it found). As one file each, a first run over 10,000 articles created 20,000 files (a
quarter of the run's time on a virtual disk) and every rerun opened them all again. A pack holds the
records one run, or one batch of a run, wrote:

    magic | record | record | ... | index (pickled dict: key -> (offset, length)) | index offset, length

A store reads only the indexes when opened (records are read from a memory map when asked for), writes
its new records as one new pack (atomically, under a name that sorts after the existing ones, so newer
records win), and merges all packs into one when there are more than `MAX_PACKS` of them: the merge
copies record bytes, one at a time, without unpickling them. A pack that is damaged, truncated or foreign
is skipped whole; what it held is computed again.
"""

from __future__ import annotations

import io
import mmap
import os
import pickle
import secrets
import struct
import time
from pathlib import Path

from timeline.export.atomic import write_chunks_atomic

MAGIC = b"newsline-pack-1\n"
SUFFIX = ".pack"
MAX_PACKS = 32   # a flow writes one pack per batch task: 10,000 articles in batches of 200 make 50
_TRAILER = struct.Struct("<QQ")   # where the index starts, how long it is


class _PlainData(pickle.Unpickler):
    """The index is a dict of strings and numbers: a pack that names any class is not ours."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name}: a pack index holds plain data only")


def _read_index(view: mmap.mmap) -> dict[str, tuple[int, int]] | None:
    size = len(view)
    if size < len(MAGIC) + _TRAILER.size or view[:len(MAGIC)] != MAGIC:
        return None
    start, length = _TRAILER.unpack(view[size - _TRAILER.size:])
    if start < len(MAGIC) or start + length != size - _TRAILER.size:
        return None
    index = _PlainData(io.BytesIO(view[start:start + length])).load()
    if type(index) is not dict:
        return None
    for key, place in index.items():
        if not (type(key) is str and type(place) is tuple and len(place) == 2
                and len(MAGIC) <= place[0] and place[0] + place[1] <= start):
            return None
    return index


class PackStore:
    """The records of one folder. Open it, `get` and `put`, then `close` (writes what was put)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._views: list[mmap.mmap] = []
        self._paths: list[Path] = []
        self._where: dict[str, tuple[int, int, int]] = {}   # key -> (view, offset, length)
        self._new: dict[str, bytes] = {}
        self._opened = False

    def _open(self) -> None:
        self._opened = True
        try:
            paths = sorted(p for p in self.folder.iterdir() if p.name.endswith(SUFFIX))
        except OSError:
            return
        for path in paths:   # oldest first: a newer pack's record replaces an older one's
            try:
                with open(path, "rb") as handle:
                    view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):   # gone (merged by another run), empty, unreadable
                continue
            try:
                index = _read_index(view)
            except Exception:   # a damaged index: the whole pack is skipped
                index = None
            if index is None:
                view.close()
                continue
            number = len(self._views)
            self._views.append(view)
            self._paths.append(path)
            for key, (offset, length) in index.items():
                self._where[key] = (number, offset, length)

    def get(self, key: str) -> bytes | None:
        if key in self._new:
            return self._new[key]
        if not self._opened:
            self._open()
        place = self._where.get(key)
        if place is None:
            return None
        number, offset, length = place
        return self._views[number][offset:offset + length]

    def put(self, key: str, record: bytes) -> None:
        self._new[key] = record

    def close(self) -> None:
        """Write the records put since opening as one pack (all packs as one when there are too many),
        and let go of the memory maps."""
        if not self._opened:
            self._open()
        try:
            if len(self._views) + bool(self._new) > MAX_PACKS:
                self._write(self._where.keys() | self._new.keys(), self.get)   # one record in memory at a time
                for path in self._paths:
                    path.unlink(missing_ok=True)
            elif self._new:
                self._write(self._new.keys(), self._new.__getitem__)
        finally:
            self._new = {}
            self._where = {}
            for view in self._views:
                view.close()
            self._views, self._paths, self._opened = [], [], False

    def _write(self, keys, record_of) -> None:
        index: dict[str, tuple[int, int]] = {}

        def chunks():
            at = len(MAGIC)
            yield MAGIC
            for key in sorted(keys):
                record = record_of(key)
                index[key] = (at, len(record))
                at += len(record)
                yield record
            data = pickle.dumps(index, protocol=5)
            yield data
            yield _TRAILER.pack(at, len(data))

        # time first, so that names sort in the order packs were written; the random part keeps two
        # runs writing at the same moment apart. Not fsynced: a lost pack is computed again.
        name = f"{time.time_ns():020d}-{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
        write_chunks_atomic(self.folder / name, chunks(), durable=False)

    def __enter__(self) -> "PackStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
