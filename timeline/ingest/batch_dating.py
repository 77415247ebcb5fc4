"""Dating the articles that have no date of their own, from the batch they came with.

An undated article that reports the same story as dated articles of the batch takes their creation
time (provenance `batch`, inferred). "Same story" is measured by the Jaccard similarity of two sets of
story words: names (capitalised words that the article never writes in lower case: Obama, G20, Antalya)
and long words (9+ letters, a cheap stand-in for rare ones: communique, coordination). Words that occur
in more than half of a batch of 10 or more articles say nothing about which story an article tells and
are dropped. Only an article's own date (metadata or dateline) is passed on, never an inferred one,
and never over an article's own date. Failing that, the run's anchor date applies (provenance `anchor`),
and failing that the creation time stays unknown (provenance `none`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import re2

from timeline.models import CreationTime, Document

SAME_STORY_THRESHOLD = 0.12     # Jaccard of story words; see tests/test_ingest_dating.py for the calibration
MIN_SHARED_WORDS = 4            # and at least this many words in common
STORY_WINDOW_CHARS = 20_000     # the opening of an article tells its story; bounds the work on huge ones
COMMON_SHARE = 0.5              # words in more than this share of a batch are not story words...
COMMON_MIN_BATCH = 10           # ...once the batch is big enough to tell
LONG_WORD = 9
_WORD = re2.compile(r"[\pL\pN]+(?:['’\-][\pL\pN]+)*")
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
OWN_PROVENANCES = ("metadata", "dateline")


def story_words(document: Document) -> frozenset[str]:
    """Names and long words of the article's opening (title included), lower-cased."""
    text = document.text[document.body_start:document.body_start + STORY_WINDOW_CHARS]
    if document.title:
        text = document.title + "\n" + text
    words = [match.group() for match in _WORD.finditer(text)]
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


def date_documents(documents: list[Document], anchor_date: dt.date | None) -> list[Document]:
    """The documents, in the same order, each undated one (provenance `none`) dated from the batch, else
    from anchor_date, else left undated with the reason. Documents with a date of their own are unchanged."""
    undated = [i for i, d in enumerate(documents) if d.dct.provenance == "none"]
    if not undated:
        return list(documents)
    words = [story_words(d) if d.dct.provenance in OWN_PROVENANCES or d.dct.provenance == "none" else frozenset()
             for d in documents]
    if len(documents) >= COMMON_MIN_BATCH:
        frequency = Counter(word for group in words for word in group)
        common = {word for word, count in frequency.items() if count > COMMON_SHARE * len(documents)}
        words = [group - common for group in words]
    index: dict[str, list[int]] = defaultdict(list)   # story word -> dated documents using it
    for i, d in enumerate(documents):
        if d.dct.provenance in OWN_PROVENANCES and d.dct.date is not None:
            for word in words[i]:
                index[word].append(i)
    dated = list(documents)
    for i in undated:
        document = documents[i]
        shared_counts = Counter(j for word in words[i] for j in index.get(word, ()))
        best = None  # (similarity, -position) of the most similar dated article
        for j, shared in shared_counts.items():
            if shared < MIN_SHARED_WORDS:
                continue
            similarity = jaccard(words[i], words[j])
            if similarity >= SAME_STORY_THRESHOLD and (best is None or (similarity, -j) > best[:2]):
                best = (similarity, -j, j)
        reading_note = document.dct.evidence
        if best is not None:
            similarity, _, j = best
            source = documents[j]
            shared = sorted(words[i] & words[j])
            evidence = (f"same story as {source.source} (dated {source.dct.date.isoformat()} by its "
                        f"{source.dct.provenance}): story-word Jaccard {similarity:.2f} >= {SAME_STORY_THRESHOLD}, "
                        f"{len(shared)} shared words: {', '.join(shared[:25])}")
            dct = CreationTime(date=source.dct.date, provenance="batch", inferred=True, evidence=evidence)
        elif anchor_date is not None:
            dct = CreationTime(date=anchor_date, provenance="anchor", inferred=True,
                               evidence=f"{reading_note}; no article of the batch reports the same story; "
                                        f"the run's anchor date {anchor_date.isoformat()} applies")
        else:
            dct = CreationTime(date=None, provenance="none", inferred=False,
                               evidence=f"{reading_note}; no article of the batch reports the same story; "
                                        f"no anchor date given")
        dated[i] = document.model_copy(update={"dct": dct})
    return dated
