"""How the last run grouped each zone of reports, kept in the state folder: a rerun regroups only what changed.

Two reports can be one event only when they name the same kind of event and their dates come within the
conflict window of each other (`timeline.assemble._same_event`). So the dated reports fall into zones (one
kind of event, dates chained within the window) that are grouped independently: a zone grouped alone gets
the groups the whole batch gives it. A zone is known by a digest of what its grouping reads: each report's
identity (its article's analysis inputs and its place among that article's reports, which fix every word of
it), its article's story and its dates. A rerun that adds a hundred articles to ten thousand finds most zones
as they were and takes their grouping from here: for each report, the number of its group in the zone.

The file holds the zones the last assembly used (nothing accumulates) under a name made from the code that
groups (and the rules that make the reports); a damaged or foreign file is ignored and every zone grouped.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path

from timeline.models import Document

FOLDER = "assembly"


@lru_cache(maxsize=1)
def code_version() -> str:
    """The grouping code and the rules that make the reports (their analyses' version)."""
    from timeline.cache import code_digest, rules_version

    return code_digest(("assemble.py", "assembly_memo.py"), rules_version())


def document_key(document: Document) -> str:
    """What a document's reports are made from: the analysis cache's own key (equal keys, equal reports), so
    the two can never disagree about it."""
    from timeline.cache import analysis_key

    return analysis_key(document)


class _PlainData(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name}: the grouping memo holds bytes and numbers only")


def _read(path: Path) -> dict[bytes, tuple[int, ...]]:
    try:
        with open(path, "rb") as handle:
            zones = _PlainData(handle).load()
    except Exception:   # absent, damaged, foreign: group every zone
        return {}
    if type(zones) is not dict or not all(type(k) is bytes and type(v) is tuple and all(type(n) is int for n in v)
                                          for k, v in zones.items()):
        return {}
    return zones


class GroupingMemo:
    """The groupings of zones by digest: the last run's (`get`) and this run's (`put`, kept by `save`)."""

    def __init__(self, state_dir: Path, documents: list[Document]):
        self.folder = Path(state_dir) / FOLDER
        self.path = self.folder / f"{code_version()}.pickle"
        self.previous = _read(self.path)
        self.used: dict[bytes, tuple[int, ...]] = {}
        self.document_keys = {d.source: document_key(d) for d in documents}
        self.reused = self.grouped = 0

    @staticmethod
    def zone_key(reports: list[str]) -> bytes:
        return hashlib.blake2b("\n".join(reports).encode(), digest_size=16).digest()

    def get(self, key: bytes) -> tuple[int, ...] | None:
        found = self.used.get(key)
        if found is None:
            found = self.previous.get(key)
        if found is not None:
            self.used[key] = found
            self.reused += 1
        return found

    def put(self, key: bytes, groups: tuple[int, ...]) -> None:
        self.used[key] = groups
        self.grouped += 1

    def save(self) -> None:
        """Keep this run's zones for the next (when they differ from the last run's); drop other versions."""
        from timeline.export.atomic import write_bytes_atomic

        if self.used.keys() != self.previous.keys():
            write_bytes_atomic(self.path, pickle.dumps(self.used, protocol=5), durable=False)
        for old in self.folder.glob("*.pickle"):
            if old != self.path:
                old.unlink(missing_ok=True)
