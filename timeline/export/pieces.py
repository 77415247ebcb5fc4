"""Per-event pieces of the exported files, kept between runs.

Every exporter writes a few lines per event (a CSV row, a calendar entry, the HTML of a TimelineJS slide,
a hover label, a detail record), and a rerun that adds a hundred articles to ten thousand leaves almost
every event as it was. `Pieces` hands an exporter the text it built for the same event last time when the
event (its whole JSON form) and everything else the piece is made from (`context`: the links of its
sources, say) are unchanged, and builds it otherwise: the files are the same bytes either way. What
changes for every event on a rerun (the lane label, the calendar's stamp) is kept out of the pieces and
put in when the file is written, or it would make every piece a miss.

The pieces live in one file in the state folder, named by a digest of the export code, and it is
rewritten after each export with the pieces that export used, so nothing accumulates. The file is read
with an unpickler that builds no class at all (a dict of strings): a damaged or foreign file is ignored.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from timeline.export.atomic import write_bytes_atomic
from timeline.export.json_files import event_json
from timeline.models import Event

FOLDER = "export-pieces"
Piece = TypeVar("Piece", str, tuple[str, ...])


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the code that decides the pieces: the export modules and the models."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"py{sys.version_info[0]}.{sys.version_info[1]}".encode())
    for path in sorted(here.glob("*.py")) + [here.parent / "models.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class _NoClasses(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name}: the pieces file holds strings only")


def _is_piece(value: object) -> bool:
    return type(value) is str or (type(value) is tuple and all(type(part) is str for part in value))


def _read(path: Path) -> dict[bytes, str | tuple[str, ...]]:
    try:
        value = _NoClasses(io.BytesIO(path.read_bytes())).load()
    except Exception:   # absent, damaged, foreign: start empty
        return {}
    if type(value) is not dict or not all(type(k) is bytes and _is_piece(v) for k, v in value.items()):
        return {}
    return value


class Pieces:
    """The pieces of one export of one timeline; `Pieces()` keeps nothing and builds every piece."""

    def __init__(self, state_dir: Path | None = None):
        self.path = Path(state_dir) / FOLDER / f"{code_version()}.pickle" if state_dir is not None else None
        self.previous = _read(self.path) if self.path is not None else {}
        self.used: dict[bytes, str | tuple[str, ...]] = {}
        self._event_digests: dict[str, bytes] = {}
        self.reused = 0

    def piece(self, kind: str, event: Event, context: str, build: Callable[[], Piece]) -> Piece:
        """The `kind` piece of `event` (and `context`): last run's when the same, else `build()`."""
        if self.path is None:
            return build()
        digest = self._event_digests.get(event.id)
        if digest is None:
            digest = self.note_event(event, event_json(event))
        key = hashlib.blake2b(f"{kind}\x00{context}".encode(), digest_size=20, key=digest).digest()
        value = self.used.get(key)
        if value is None:
            value = self.previous.get(key)
            if value is None:
                value = build()
            else:
                self.reused += 1
            self.used[key] = value
        return value

    def note_event(self, event: Event, data: bytes) -> bytes:
        """Remember the digest of `event` from its JSON (`event_json`), when that has been written anyway."""
        digest = hashlib.blake2b(data, digest_size=20).digest()
        self._event_digests[event.id] = digest
        return digest

    def save(self) -> None:
        """Keep this export's pieces for the next run (replacing the last run's) and drop files of other
        code versions."""
        if self.path is None:
            return
        write_bytes_atomic(self.path, pickle.dumps(self.used, protocol=5), durable=False)
        for old in self.path.parent.glob("*.pickle"):
            if old != self.path:
                old.unlink(missing_ok=True)
