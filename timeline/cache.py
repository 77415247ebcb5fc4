"""Per-input and per-document results kept between runs, in the state folder (never the output folder).

Two stores, both pickles of our own models written by this module, in pack files (`timeline.packs`):
* the ingest store: what reading one input file gave (documents and manifest entries), keyed by the
  file's name, size, modification time, inode and change time: an unchanged file is not read again;
* the analysis store: the time expressions and event candidates of one document, keyed by the document's
  content, its creation date and the rules.

A rerun with one new article reads and analyses that article only; an edited article has a new key, so its
old results are simply not looked up again; a change to any rule module changes `RULES_VERSION` and with it
the store's folder (the folders of other versions are removed when a store is written). Pickles load about
ten times faster than JSON through the models' validators. They are read with an unpickler that only
builds the models below and dates: anything else in a record (a damaged or foreign one) is a miss, never
code that runs. Open a store, look up and add, then `close()` it: that writes the new records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import pickle
import shutil
import stat
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.events import EventCandidate
from timeline.models import CreationTime, Dateline, Document, ManifestEntry, Timex
from timeline.packs import PackStore

# Modules whose code decides what a document yields; their source text is part of every cache key.
_RULE_MODULES = ("temporal", "events.py", "lexicon.py", "gazetteer.py", "text.py", "models.py", "stories.py",
                 "ingest/datelines.py")
# Modules and libraries that decide what reading a file yields.
_INGEST_MODULES = ("ingest", "models.py", "timeml.py", "text.py", "settings.py")
_INGEST_LIBRARIES = ("pyyaml", "trafilatura", "htmldate", "charset-normalizer", "lxml", "feedparser")
# The layout of a pickled model depends on the Python and pydantic versions, so both are in every key.
_FORMAT = f"packs-1|pickle-5|py{sys.version_info[0]}.{sys.version_info[1]}|pydantic-{metadata.version('pydantic')}"
# Statuses that may change without the file changing (permissions, the folder): never cached.
_TRANSIENT_STATUSES = frozenset({"unreadable", "refused", "fetch_failed"})


class DocumentAnalysis(BaseModel):
    """What the resolve and events stages found in one document."""

    model_config = ConfigDict(frozen=True)

    document_id: str
    timexes: list[Timex]
    candidates: list[EventCandidate]
    story_words: tuple[str, ...] = ()  # names and rare words, for grouping articles into stories


def code_digest(names: tuple[str, ...], extra: str = "") -> str:
    """A digest of the source of these modules or folders of the `timeline` package ("." for all of it)
    and of `extra` (versions the results also depend on)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(extra.encode())
    for name in names:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            digest.update(f.relative_to(root).as_posix().encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def rules_version() -> str:
    return code_digest(_RULE_MODULES, _FORMAT)


@lru_cache(maxsize=1)
def ingest_version() -> str:
    libraries = []
    for name in _INGEST_LIBRARIES:
        try:
            libraries.append(f"{name}-{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            libraries.append(f"{name}-absent")
    return code_digest(_INGEST_MODULES, "|".join([_FORMAT, *libraries]))


def analysis_key(document: Document) -> str:
    basis = json.dumps([rules_version(), _FORMAT, document.id, document.source, document.url, document.title,
                        document.body_start, document.dct.model_dump(mode="json")], sort_keys=True)
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


# The only classes a cache file may name: our models and dates (no callables, no other classes).
_ALLOWED = {
    ("datetime", "date"): dt.date,
    **{(cls.__module__, cls.__qualname__): cls
       for cls in (Timex, EventCandidate, Document, CreationTime, Dateline, ManifestEntry)},
}


class _ModelUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not a cached model") from None


def _unpickled(record: bytes | None):
    """The value pickled in `record`, or None when it is absent, damaged or names a class we did not write."""
    if record is None:
        return None
    try:
        return _ModelUnpickler(io.BytesIO(record)).load()
    except Exception:   # any damage (truncated, foreign, from another layout): recompute, never trust
        return None


class _Store:
    """A pack store in `state_dir/kind/version`; closing it removes the folders of other versions."""

    def __init__(self, state_dir: Path, kind: str, version: str):
        self.folder = Path(state_dir) / kind / version
        self._packs = PackStore(self.folder)

    def _get(self, key: str):
        return _unpickled(self._packs.get(key))

    def _put(self, key: str, value) -> None:
        self._packs.put(key, pickle.dumps(value, protocol=5))

    def close(self) -> None:
        """Write what was added since the store was opened (a lost write is recomputed, never wrong)."""
        self._packs.close()
        try:
            siblings = [p for p in self.folder.parent.iterdir() if p.is_dir() and p != self.folder]
        except OSError:
            return
        for old in siblings:   # results of other code: never looked up again
            shutil.rmtree(old, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class AnalysisCache(_Store):
    """Analyses by (document, creation date, rules) key."""

    def __init__(self, state_dir: Path):
        super().__init__(state_dir, "analysis", rules_version())

    def get(self, document: Document) -> DocumentAnalysis | None:
        value = self._get(analysis_key(document))
        if not (isinstance(value, tuple) and len(value) == 4 and value[0] == document.id):
            return None
        _, timexes, candidates, words = value
        if not (isinstance(timexes, list) and all(type(t) is Timex for t in timexes)
                and isinstance(candidates, list) and all(type(c) is EventCandidate for c in candidates)
                and isinstance(words, tuple) and all(type(w) is str for w in words)):
            return None
        return DocumentAnalysis.model_construct(document_id=document.id, timexes=timexes, candidates=candidates,
                                                story_words=words)

    def put(self, document: Document, analysis: DocumentAnalysis) -> None:
        self._put(analysis_key(document),
                  (analysis.document_id, analysis.timexes, analysis.candidates, tuple(analysis.story_words)))


class IngestCache(_Store):
    """What reading each input file gave, keyed by the file's name and its stat (size, times, inode).

    Only regular files (not symbolic links) are looked up; results that may change without the file
    changing (unreadable, refused) are not kept."""

    def __init__(self, state_dir: Path, max_document_bytes: int):
        super().__init__(state_dir, "ingest", ingest_version())
        self.limit = max_document_bytes

    def _key(self, source: str, info: os.stat_result) -> str:
        basis = json.dumps([source, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev,
                            self.limit])
        return hashlib.sha256(basis.encode()).hexdigest()[:32]

    @staticmethod
    def stat(path: Path) -> os.stat_result | None:
        """The file's own stat when it is a regular file (not a link), else None (never cached)."""
        try:
            info = os.lstat(path)
        except OSError:
            return None
        return info if stat.S_ISREG(info.st_mode) else None

    def get(self, source: str, info: os.stat_result) -> tuple[list[Document], list[ManifestEntry]] | None:
        value = self._get(self._key(source, info))
        if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], list)
                and isinstance(value[1], list)):
            return None
        documents, entries = value
        if not (all(type(d) is Document for d in documents) and all(type(e) is ManifestEntry for e in entries)
                and all(e.source == source or e.source.startswith(source + "#") for e in entries)):
            return None
        return documents, entries

    def put(self, source: str, info: os.stat_result, documents: list[Document], entries: list[ManifestEntry]) -> None:
        if any(e.status in _TRANSIENT_STATUSES for e in entries):
            return
        self._put(self._key(source, info), (list(documents), list(entries)))
