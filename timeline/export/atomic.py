"""Atomic file writes: a reader sees the old file or the new one, never half of either.

Each write goes to a temporary file in the destination folder (same file system, so the rename is
atomic), is flushed and fsynced, then renamed over the destination with os.replace. If anything
fails, the temporary file is removed and the previous file stays as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

# Read the process umask once (os.umask can only be read by setting it) so new files get the usual
# rw-r--r-- mode rather than mkstemp's private 0600: output folders are served to readers.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK


def write_bytes_atomic(path: Path, data: bytes, durable: bool = True, sync_folder: bool = True) -> Path:
    """Write `data` to `path` atomically; creates the parent folder; returns `path`.

    `durable=False` skips the fsyncs: still atomic (readers see the old or the new file, never half of
    one), but a power cut may lose the write. For caches, where a lost entry is simply recomputed.
    `sync_folder=False` leaves persisting the rename to the caller, who writes many files into one
    folder and syncs it once (`sync_folder`)."""
    return write_chunks_atomic(path, (data,), durable, sync_folder)


def write_chunks_atomic(path: Path, chunks: Iterable[bytes], durable: bool = True, sync_folder: bool = True) -> Path:
    """`write_bytes_atomic` for content made piece by piece: a large file is never whole in memory."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp_name, _FILE_MODE)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    if durable and sync_folder:
        _fsync_folder(path.parent)
    return path


def same_content(path: Path, data: bytes) -> bool:
    """True when `path` already holds exactly `data` (a rerun need not rewrite it)."""
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False


def sync_folder(folder: Path) -> None:
    """Persist the renames made in `folder` (after writes with `sync_folder=False`)."""
    _fsync_folder(Path(folder))


def write_text_atomic(path: Path, text: str) -> Path:
    """Write `text` as UTF-8 to `path` atomically, keeping its line endings exactly as given."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def encoded_parts(texts: Iterable[str], size: int = 1 << 20) -> Iterator[bytes]:
    """The UTF-8 bytes of the texts one after the other, in parts of about `size` characters: a file
    made of many small texts goes to `write_chunks_atomic` without ever being whole, as text or as bytes."""
    batch: list[str] = []
    length = 0
    for text in texts:
        batch.append(text)
        length += len(text)
        if length >= size:
            yield "".join(batch).encode("utf-8")
            batch, length = [], 0
    if batch:
        yield "".join(batch).encode("utf-8")


def _fsync_folder(folder: Path) -> None:
    """Persist the rename itself; some platforms (Windows) cannot open a folder, which is harmless."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
