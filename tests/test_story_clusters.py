"""Story clusters: articles linked by `same_story` through the words they share, directly or through
others, share one story id; the counting shortcuts give the components of the plain pairwise definition."""

from __future__ import annotations

import datetime as dt
import hashlib

from hypothesis import given, settings, strategies as st

from timeline.models import CreationTime, Document
from timeline.stories import MAX_POSTINGS, MIN_SHARED_WORDS, common_words, same_story, story_clusters

WORDS = [f"word{i}" for i in range(14)]


def _doc(i: int) -> Document:
    return Document(id=f"doc{i:03d}", source=f"{i:03d}.txt", format="txt", text="x",
                    dct=CreationTime(date=dt.date(2015, 11, 16), provenance="metadata"))


def _plain_clusters(ids: list[str], words: dict[str, frozenset[str]]) -> dict[str, str]:
    """Every pair compared: linked when it shares enough words seen in 2..MAX_POSTINGS articles and
    `same_story` holds for their words less the batch's common ones."""
    common = common_words([words[i] for i in sorted(ids)])
    kept = {i: words[i] - common for i in ids}
    count = {w: sum(1 for i in ids if w in kept[i]) for w in set().union(*kept.values())} if ids else {}
    component = {i: {i} for i in ids}
    for a in ids:
        for b in ids:
            shared = {w for w in kept[a] & kept[b] if 1 < count[w] <= MAX_POSTINGS}
            if a < b and len(shared) >= MIN_SHARED_WORDS and same_story(kept[a], kept[b]):
                merged = component[a] | component[b]
                for member in merged:
                    component[member] = merged
    return {i: "story-" + hashlib.sha1("|".join(sorted(component[i])).encode()).hexdigest()[:10] for i in ids}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(WORDS), max_size=10), max_size=14))
def test_story_clusters_are_the_components_of_the_pairwise_links(word_sets):
    documents = [_doc(i) for i in range(len(word_sets))]
    words = {d.id: w for d, w in zip(documents, word_sets)}
    assert story_clusters(documents, words) == _plain_clusters([d.id for d in documents], words)


def test_articles_sharing_enough_names_tell_one_story_and_others_their_own():
    summit = frozenset({"antalya", "g20", "obama", "putin", "communique", "erdogan"})
    documents = [_doc(i) for i in range(3)]
    words = {"doc000": summit, "doc001": summit | {"syria"}, "doc002": frozenset({"nairobi", "kenyatta", "election"})}
    story_of = story_clusters(documents, words)
    assert story_of["doc000"] == story_of["doc001"] != story_of["doc002"]
