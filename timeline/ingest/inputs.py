"""The input folder: which files it holds, and reading one of them into Documents.

The folder is read recursively (articles are often filed by day or by source in sub-folders). Hidden
files and folders (a name starting with '.', like .gitkeep or .git) are skipped. Paths are sorted by their
path relative to the folder, compared as POSIX strings, so every run sees the same order on every system.
A symbolic link is followed only when its target is a regular file inside the folder; links to folders
are not followed (no loops, no second copy of a sub-folder). Anything else that is not a regular file
(a link leaving the folder, a broken link, a FIFO, a socket, a device) is a `refused` manifest entry.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from timeline.ingest.documents import ReadResult, rejected_entry
from timeline.ingest.errors import InputError, Rejected
from timeline.ingest.formats import FORMATS, READERS
from timeline.models import ManifestEntry
from timeline.settings import Settings


def source_name(path: Path, input_dir: Path) -> str:
    """The file's name relative to the input folder, with '/' separators (its name when outside it)."""
    try:
        return path.relative_to(input_dir).as_posix()
    except ValueError:
        return path.name


def discover_inputs(input_dir: Path, settings: Settings) -> tuple[list[Path], list[ManifestEntry]]:
    """The regular files under input_dir (recursively, sorted), and `refused` entries for what is not one."""
    input_dir = Path(input_dir)
    if not input_dir.exists():
        raise InputError(f"input folder {str(input_dir)!r} does not exist")
    if not input_dir.is_dir():
        raise InputError(f"input folder {str(input_dir)!r} is not a folder")
    root = input_dir.resolve()
    files: list[tuple[str, Path]] = []
    refused: list[ManifestEntry] = []

    def walk_error(error: OSError) -> None:
        name = source_name(Path(error.filename), input_dir) if error.filename else str(input_dir)
        refused.append(rejected_entry(name, "unreadable", f"cannot list the folder: {error.strerror or error}"))

    for folder, subfolders, names in os.walk(input_dir, onerror=walk_error, followlinks=False):
        folder_path = Path(folder)
        kept = []
        for sub in subfolders:
            if sub.startswith("."):
                continue
            sub_path = folder_path / sub
            if sub_path.is_symlink():
                refused.append(rejected_entry(source_name(sub_path, input_dir), "refused",
                                              "a symbolic link to a folder; links to folders are not followed"))
                continue
            kept.append(sub)
        subfolders[:] = kept
        for name in names:
            if name.startswith("."):
                continue
            path = folder_path / name
            why = refusal(path, root)
            if why:
                refused.append(rejected_entry(source_name(path, input_dir), "refused", why))
            else:
                files.append((source_name(path, input_dir), path))
    files.sort(key=lambda item: item[0])
    refused.sort(key=lambda entry: entry.source)
    return [path for _, path in files], refused


def refusal(path: Path, folder: Path) -> str:
    """Why path is not read as an input (empty when it is a regular file inside `folder`)."""
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                return "a broken or looping symbolic link"
            if not target.is_relative_to(folder.resolve()):   # resolved only here: links are rare
                return "a symbolic link to a file outside the input folder"
            info = target.stat()
    except OSError as error:
        return f"cannot inspect the file: {error.strerror or error}"
    if stat.S_ISREG(info.st_mode):
        return ""
    if stat.S_ISDIR(info.st_mode):
        return "a folder, not a file"
    kind = ("a named pipe" if stat.S_ISFIFO(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
            else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file")
    return f"{kind}, not a regular file"


def read_input(path: Path, input_dir: Path, settings: Settings) -> ReadResult:
    """Read one input file into Documents; never raises for a bad file (it comes back as a rejected entry).

    Multi-article files (JSON list, JSON Lines) give `file#N` documents, N counting from 1."""
    path, input_dir = Path(path), Path(input_dir)
    source = source_name(path, input_dir)
    format = FORMATS.get(path.suffix.lower())
    size = None
    try:
        why = refusal(path, input_dir)
        if why:
            raise Rejected("refused", why)
        size = path.stat().st_size
        if format is None:
            raise Rejected("unsupported", f"{path.suffix or 'no extension'!s}: not a format newsline reads "
                                          f"({', '.join(sorted(FORMATS))})")
        if size > settings.max_document_bytes:   # before reading: a huge file is never loaded
            raise Rejected("too_large", f"{size} bytes, over the limit of {settings.max_document_bytes}")
        try:
            with open(path, "rb") as handle:
                data = handle.read(settings.max_document_bytes + 1)
        except OSError as error:
            raise Rejected("unreadable", f"cannot read the file: {error.strerror or error}") from None
        if len(data) > settings.max_document_bytes:   # grew after the size check
            raise Rejected("too_large", f"over the limit of {settings.max_document_bytes} bytes")
        size = len(data)
        if not data:
            raise Rejected("empty", "the file is empty (0 bytes)")
        return READERS[format](data, source, format)
    except Rejected as rejected:
        return ReadResult([], [rejected_entry(source, rejected.status, rejected.reason, format=format, size=size)])
    except (RecursionError, MemoryError, ValueError, LookupError) as error:   # a reader's library choked on it
        return ReadResult([], [rejected_entry(source, "malformed", f"could not be parsed: {type(error).__name__}: "
                                                                   f"{str(error)[:200]}", format=format, size=size)])
