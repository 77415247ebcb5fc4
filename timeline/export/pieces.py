"""Per-event pieces of the exported files, kept between runs.

Every exporter writes a few lines per event (a CSV row, a calendar entry, the HTML of a TimelineJS slide,
a hover label, a detail record), and a rerun that adds a hundred articles to ten thousand leaves almost
every event as it was. `Pieces` hands an exporter the text it built for the same event last time when the
event (its whole JSON form) and everything else the piece is made from (`context`: the links of its
sources, say) are unchanged, and builds it otherwise: the files are the same bytes either way. What
changes for every event on a rerun (the lane label, the calendar's stamp) is kept out of the pieces and
put in when the file is written, or it would make every piece a miss.

Each kind of piece lives in its own file in the state folder, named by a digest of the export code and
the kind. An exporter's pieces are loaded when it asks for the first one and stored and let go of when its
file is written (`finish`), so a run holds one exporter's pieces at a time, and each file is rewritten with
the pieces that export used: nothing accumulates. A file is a run of pickled dicts of a few thousand pieces
each (neither writing nor reading it holds it whole as bytes), read with an unpickler that builds no
class at all: a damaged or foreign file is ignored.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from timeline.export.atomic import write_chunks_atomic
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
    pieces: dict[bytes, str | tuple[str, ...]] = {}
    try:
        with open(path, "rb") as handle:
            unpickler = _NoClasses(handle)
            while handle.peek(1):
                part = unpickler.load()
                if type(part) is not dict or not all(type(k) is bytes and _is_piece(v) for k, v in part.items()):
                    return {}
                pieces.update(part)
    except Exception:   # absent, damaged, foreign: start empty
        return {}
    return pieces


_PIECES_PER_PICKLE = 4096


def _pickled(pieces: dict[bytes, str | tuple[str, ...]]):
    items = list(pieces.items())
    for start in range(0, len(items), _PIECES_PER_PICKLE):
        yield pickle.dumps(dict(items[start:start + _PIECES_PER_PICKLE]), protocol=5)


class Pieces:
    """The pieces of one export of one timeline; `Pieces()` keeps nothing and builds every piece."""

    def __init__(self, state_dir: Path | None = None):
        self.folder = Path(state_dir) / FOLDER if state_dir is not None else None
        self._previous: dict[str, dict[bytes, str | tuple[str, ...]]] = {}
        self._used: dict[str, dict[bytes, str | tuple[str, ...]]] = {}
        self._event_digests: dict[str, bytes] = {}
        self._context_digests: dict[str, bytes] = {}
        self.reused = self.built = 0

    def path(self, kind: str) -> Path:
        return self.folder / f"{code_version()}-{kind}.pickle"

    def piece(self, kind: str, event: Event, context: str, build: Callable[[], Piece]) -> Piece:
        """The `kind` piece of `event` (and `context`): last run's when the same, else `build()`."""
        if self.folder is None:
            return build()
        used = self._used.get(kind)
        if used is None:
            used = self._used[kind] = {}
            self._previous[kind] = _read(self.path(kind))
        digest = self._event_digests.get(event.id)
        if digest is None:
            digest = self.note_event(event, event_json(event))
        key = digest + self._context_digest(context) if context else digest
        value = used.get(key)
        if value is None:
            value = self._previous[kind].get(key)
            if value is None:
                value = build()
                self.built += 1
            else:
                self.reused += 1
            used[key] = value
        return value

    def _context_digest(self, context: str) -> bytes:
        digest = self._context_digests.get(context)
        if digest is None:   # contexts repeat (an article's links, no links at all): each is hashed once
            digest = self._context_digests[context] = hashlib.blake2b(context.encode(), digest_size=16).digest()
        return digest

    def note_event(self, event: Event, data: bytes) -> bytes:
        """Remember the digest of `event` from its JSON (`event_json`), when that has been written anyway."""
        digest = hashlib.blake2b(data, digest_size=20).digest()
        self._event_digests[event.id] = digest
        return digest

    def finish(self, *kinds: str) -> None:
        """Keep this export's pieces of `kinds` for the next run (replacing the last run's), let go of
        them, and drop the files of other code versions."""
        if self.folder is None:
            return
        for kind in kinds:
            used = self._used.pop(kind, None)
            previous = self._previous.pop(kind, None)
            if used is not None and not (previous is not None and used.keys() == previous.keys()):
                write_chunks_atomic(self.path(kind), _pickled(used), durable=False)
        for old in self.folder.glob("*.pickle"):
            if not old.name.startswith(code_version() + "-"):
                old.unlink(missing_ok=True)
