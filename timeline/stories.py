"""Which articles of a batch report the same story: shared names (people, places, organisations).

Used to infer a creation date for an article that has none and to group events into story lanes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from timeline import lexicon

# Capitalised words and acronyms, hyphens dropped so that "G-20" and "G20" are one name.
_NAME = re.compile(r"(?<![\w.])([A-Z][A-Za-z0-9-]{1,})")
MIN_SHARED_NAMES = 3
MIN_JACCARD = 0.12


def names_in(text: str) -> frozenset[str]:
    """The distinctive capitalised words of a text (not sentence-function words, months or weekdays)."""
    found = set()
    for match in _NAME.finditer(text):
        word = match.group(1)
        if word in lexicon.NOT_NAMES or word.lower() in lexicon.STOPWORDS:
            continue
        found.add(word.replace("-", "").upper() if word.isupper() or "-" in word else word)
    return frozenset(found)


@dataclass(frozen=True)
class Relatedness:
    score: float
    shared: tuple[str, ...]


def relatedness(a: frozenset[str], b: frozenset[str]) -> Relatedness:
    shared = a & b
    union = a | b
    return Relatedness(len(shared) / len(union) if union else 0.0, tuple(sorted(shared)))


def same_story(r: Relatedness) -> bool:
    return len(r.shared) >= MIN_SHARED_NAMES and r.score >= MIN_JACCARD


def story_clusters(names_by_doc: dict[str, frozenset[str]]) -> dict[str, str]:
    """Document id -> story id; documents linked by `same_story` (transitively) share a story."""
    ids = sorted(names_by_doc)
    parent = {d: d for d in ids}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    # Inverted index: only pairs that share a name are compared (linear in practice, not quadratic).
    by_name: dict[str, list[str]] = {}
    for d in ids:
        for name in names_by_doc[d]:
            by_name.setdefault(name, []).append(d)
    compared: set[tuple[str, str]] = set()
    for docs in by_name.values():
        if len(docs) > 200:  # a name in hundreds of articles ("US") does not make a story
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                if (a, b) in compared or root(a) == root(b):
                    continue
                compared.add((a, b))
                if same_story(relatedness(names_by_doc[a], names_by_doc[b])):
                    parent[root(b)] = root(a)
    members: dict[str, list[str]] = {}
    for d in ids:
        members.setdefault(root(d), []).append(d)
    story_of = {}
    for group in members.values():
        story = "story-" + hashlib.sha1("|".join(sorted(group)).encode()).hexdigest()[:10]
        for d in group:
            story_of[d] = story
    return story_of
