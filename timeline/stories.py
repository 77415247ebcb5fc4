"""Which articles of a batch tell the same story.

Two articles tell the same story when they share enough story words: names (capitalised words that the
article never writes in lower case: Obama, G20, Antalya) and long words (9+ letters, a cheap stand-in for
rare ones: communique, coordination). Words found in more than half of a batch of 10 or more articles say
nothing about which story an article tells and are dropped. Used to date an article that has no date of
its own (timeline/ingest/batch_dating.py), and to group events into story lanes (`story_clusters`).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import re

from timeline.models import Document

SAME_STORY_THRESHOLD = 0.12     # Jaccard of story words; see tests/test_ingest_dating.py for the calibration
MIN_SHARED_WORDS = 4            # and at least this many words in common
STORY_WINDOW_CHARS = 20_000     # the opening of an article tells its story; bounds the work on huge ones
COMMON_SHARE = 0.5              # words in more than this share of a batch are not story words...
COMMON_MIN_BATCH = 10           # ...once the batch is big enough to tell
LONG_WORD = 9
# Python's `re` here: RE2's wrapper creates a Python object per match and costs ~10x on short words; the
# pattern cannot backtrack (each repetition starts with a required separator).
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Capitalised function words and titles that open sentences or precede names but name nothing.
_NOT_NAMES = frozenset("""
a an the this that these those it its he she they we i you his her their our my your
in on at by for of to from with as and or but if when while after before since until during
however also despite although meanwhile according yet still so then there here what who
mr mrs ms dr sir president minister prime chancellor secretary king queen prince
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())


def story_words(document: Document) -> frozenset[str]:
    """Names and long words of the article's opening (title included), lower-cased."""
    text = document.text[document.body_start:document.body_start + STORY_WINDOW_CHARS]
    if document.title:
        text = document.title + "\n" + text
    words = _WORD.findall(text)
    lower = {word for word in words if word[:1].islower()}
    found = set()
    for word in words:
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        key = word.lower().replace("-", "")   # G-20 and G20 are one name
        if word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word)):
            if key not in lower and key not in _NOT_NAMES and len(key) > 1:
                found.add(key)
        elif len(word) >= LONG_WORD and word.isalpha():
            found.add(key)
    return frozenset(found)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def common_words(words: list[frozenset[str]]) -> set[str]:
    """Words too frequent in a large batch to tell stories apart."""
    if len(words) < COMMON_MIN_BATCH:
        return set()
    frequency = Counter(word for group in words for word in group)
    return {word for word, count in frequency.items() if count > COMMON_SHARE * len(words)}


def same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a & b) >= MIN_SHARED_WORDS and jaccard(a, b) >= SAME_STORY_THRESHOLD


MAX_POSTINGS = 200  # a word shared by more articles than this is not compared through (keeps it near-linear)


def story_clusters(documents: list[Document], known_words: dict[str, frozenset[str]] | None = None) -> dict[str, str]:
    """Document id -> story id; articles linked by `same_story`, directly or through others, share a story.

    `known_words` (document id -> story words) spares recomputing them for documents analysed before."""
    ordered = sorted(documents, key=lambda d: d.id)
    known_words = known_words or {}
    words = [known_words[d.id] if d.id in known_words else story_words(d) for d in ordered]
    common = common_words(words)
    words = [w - common for w in words]
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[str, list[int]] = {}
    for i, group in enumerate(words):
        for word in group:
            postings.setdefault(word, []).append(i)
    usable = {word: docs for word, docs in postings.items() if 1 < len(docs) <= MAX_POSTINGS}
    seen = dict.fromkeys(usable, 0)   # how many of each word's articles come before the current one
    for i, group in enumerate(words):
        shared: Counter[int] = Counter()
        for word in group:
            docs = usable.get(word)
            if docs:
                k = seen[word] + 1    # postings are in article order: docs[k - 1] is i itself
                seen[word] = k
                if k < len(docs):
                    shared.update(docs[k:])  # only the articles after i (counted in C)
        for j, count in shared.items():
            if count >= MIN_SHARED_WORDS and root(i) != root(j) and same_story(group, words[j]):
                parent[root(j)] = root(i)
    members: dict[int, list[str]] = {}
    for i, d in enumerate(ordered):
        members.setdefault(root(i), []).append(d.id)
    story_of: dict[str, str] = {}
    for ids in members.values():
        story = "story-" + hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:10]
        for doc_id in ids:
            story_of[doc_id] = story
    return story_of
