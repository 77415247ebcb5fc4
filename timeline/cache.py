"""Per-document results kept between runs, keyed by the document's content, its creation date and the rules.

A rerun with one new article analyses that article only; an edited article has a new content hash, so its
old results are simply not looked up again; a change to any rule module changes `RULES_VERSION` and with it
every key. The store lives in the state folder, never in the output folder.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.events import EventCandidate
from timeline.export.atomic import write_bytes_atomic
from timeline.models import Document, Timex

# Modules whose code decides what a document yields; their source text is part of every cache key.
_RULE_MODULES = ("temporal", "events.py", "lexicon.py", "gazetteer.py", "text.py", "models.py", "stories.py")


class DocumentAnalysis(BaseModel):
    """What the resolve and events stages found in one document."""

    model_config = ConfigDict(frozen=True)

    document_id: str
    timexes: list[Timex]
    candidates: list[EventCandidate]
    story_words: tuple[str, ...] = ()  # names and rare words, for grouping articles into stories


@lru_cache(maxsize=1)
def rules_version() -> str:
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _RULE_MODULES:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            digest.update(f.relative_to(root).as_posix().encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def analysis_key(document: Document) -> str:
    basis = json.dumps([rules_version(), document.id, document.source, document.url, document.title,
                        document.body_start, document.dct.model_dump(mode="json")], sort_keys=True)
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


class AnalysisCache:
    """A folder of JSON files, one per (document, creation date, rules) key."""

    def __init__(self, state_dir: Path):
        self.folder = Path(state_dir) / "analysis" / rules_version()

    def get(self, document: Document) -> DocumentAnalysis | None:
        path = self.folder / f"{analysis_key(document)}.json"
        try:
            return DocumentAnalysis.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            return None  # absent or unreadable: analyse again

    def put(self, document: Document, analysis: DocumentAnalysis) -> None:
        # not fsynced: a cache entry lost to a crash is recomputed on the next run
        write_bytes_atomic(self.folder / f"{analysis_key(document)}.json", analysis.model_dump_json().encode(),
                           durable=False)
