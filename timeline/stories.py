"""Which articles of a batch tell the same story.

Two articles tell the same story when they share enough story words: names (capitalised words that the
article never writes in lower case: Obama, G20, Antalya; a name of several words is one: "barack obama",
"new york stock exchange"; not a news agency, nor the word for a people, "Russian", beside its country) and
long words (9+ letters, a cheap stand-in for rare ones: communique, coordination). Words found in more than
half of a batch of 10 or more articles say nothing about which story an article tells and are dropped. Used
to date an article that has no date of its own (timeline/ingest/batch_dating.py), and to group events into
story lanes (`story_clusters`).
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from timeline.gazetteer import is_people
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
# Capitalised words one space apart: a name written in several words is one story word. Counted word by
# word, the boilerplate of market briefs ("in New York Stock Exchange composite trading") shared four
# words and tied unrelated articles into one story.
_NAME_RUN = re.compile(r"[A-Z0-9À-ÖØ-Þ][^\W_]*(?:['’\-][^\W_]+)*(?: [A-ZÀ-ÖØ-Þ][^\W_]*(?:['’\-][^\W_]+)*)*")
# Capitalised function words and titles that open sentences or precede names but name nothing, and the
# endings of company names ("Savin Corp."), which every company has.
_NOT_NAMES = frozenset("""
a an the this that these those it its he she they we i you his her their our my your
in on at by for of to from with as and or but if when while after before since until during
however also despite although meanwhile according yet still so then there here what who
mr mrs ms dr sir president minister prime chancellor secretary king queen prince
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec yesterday today tomorrow tonight
inc corp co ltd plc llc
ap afp reuters xinhua upi dpa efe ansa tass kyodo yonhap
""".split())   # (the news agencies say who wrote an article, not what it tells)


def story_words(document: Document) -> frozenset[str]:
    """Names and long words of the article's opening (title included), lower-cased; a name written in
    several words is one story word ("new york stock exchange", "barack obama")."""
    text = document.text[document.body_start:document.body_start + STORY_WINDOW_CHARS]
    if document.title:
        text = document.title + "\n" + text
    words = set(_WORD.findall(text))   # each distinct word once: the result is a set either way
    lower = {word for word in words if word[:1].islower()}
    found = set()
    for word in words:
        if word[:1].islower() and len(word) >= LONG_WORD and word.isalpha() and word not in _NOT_NAMES:
            found.add(word)   # a long word ("communique"), not "yesterday"
    for run in set(_NAME_RUN.findall(text)):
        parts: list[str] = []
        for word in run.split(" "):
            possessive = word.endswith(("'s", "’s"))
            if possessive:
                word = word[:-2]
            key = word.lower().replace("-", "")   # G-20 and G20 are one name
            if ((word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word)))
                    and key not in lower and key not in _NOT_NAMES and len(key) > 1 and not is_people(word)):
                parts.append(key)
            elif parts:   # "The", "Monday" or a word the article also writes in lower case ends a name
                found.add(" ".join(parts))
                parts = []
            if possessive and parts:   # "Obama's Syria policy": two names
                found.add(" ".join(parts))
                parts = []
        if parts:
            found.add(" ".join(parts))
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


@dataclass(frozen=True, slots=True)
class StoryLinks:
    """What a clustering found, kept for the next run (`state_dir`/stories): every article's story words,
    the batch's common words, how many articles held each word, and the stories as lists of ids.

    A later batch that only adds articles, with no old article's words changed and the same common words,
    starts from these stories: a pair of old articles is linked as before, unless a word they share has
    since passed MAX_POSTINGS articles and no longer counts. Losing a word only removes links, so a story
    holding such a word is split again by counting its own pairs, and every other old story stands. Then
    only the pairs with a new article are counted. Anything else is counted afresh."""

    words: dict[str, frozenset[str]]
    common: frozenset[str]
    sizes: dict[str, int]
    stories: list[list[str]]

    def still_holds(self, words: dict[str, frozenset[str]], common: frozenset[str]) -> bool:
        return common == self.common and all(words.get(doc_id) == known for doc_id, known in self.words.items())

    def crossed_words(self, new_ids: list[str], words: dict[str, frozenset[str]],
                      postings: dict[str, list[int]]) -> set[str]:
        """Words old articles shared that the added ones pushed past MAX_POSTINGS (only their counts grew)."""
        return {word for doc_id in new_ids for word in words[doc_id] - self.common
                if 1 < self.sizes.get(word, 0) <= MAX_POSTINGS < len(postings[word])}


def _links_path(state_dir: Path) -> Path:
    return Path(state_dir) / "stories" / f"{_code_version()}.pickle"


def _code_version() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


class _NoClasses(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name}: the story links hold strings and numbers only")


def _load_links(state_dir: Path) -> StoryLinks | None:
    """The last run's links, or None when absent, damaged or foreign. Words and common words need no check
    here: `still_holds` compares them with this batch's, which are frozensets of strings."""
    try:
        with open(_links_path(state_dir), "rb") as handle:
            words, common, sizes, stories = _NoClasses(handle).load()
        if not (type(words) is dict and type(common) is frozenset and type(sizes) is dict and type(stories) is list
                and all(type(v) is int for v in sizes.values())
                and all(type(ids) is list and ids for ids in stories)
                and sorted(i for ids in stories for i in ids) == sorted(words)):   # every article in one story
            return None
        return StoryLinks(words, common, sizes, stories)
    except Exception:   # absent, damaged, foreign: cluster afresh
        return None


def _save_links(state_dir: Path, links: StoryLinks) -> None:
    from timeline.export.atomic import write_bytes_atomic

    path = _links_path(state_dir)
    value = (links.words, links.common, links.sizes, links.stories)
    write_bytes_atomic(path, pickle.dumps(value, protocol=5), durable=False)
    for old in path.parent.glob("*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)


def story_clusters(documents: list[Document], known_words: dict[str, frozenset[str]] | None = None,
                   state_dir: Path | None = None) -> dict[str, str]:
    """Document id -> story id; articles linked by `same_story`, directly or through others, share a story.

    `known_words` (document id -> story words) spares recomputing them for documents analysed before;
    with `state_dir`, a batch that only adds articles to the last one counts only the new articles' pairs
    (`StoryLinks`: the same stories, tested against counting afresh)."""
    ordered = sorted(documents, key=lambda d: d.id)
    known_words = known_words or {}
    ids = [d.id for d in ordered]
    raw = [known_words[d.id] if d.id in known_words else story_words(d) for d in ordered]
    common = frozenset(common_words(raw))
    words = [w - common for w in raw]
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(i: int, shared: Counter[int]) -> None:
        """Join article i's story with those of the articles it shares enough words with."""
        for j, count in shared.items():
            if count >= MIN_SHARED_WORDS and root(i) != root(j) and same_story(words[i], words[j]):
                parent[root(j)] = root(i)

    postings: dict[str, list[int]] = {}
    for i, group in enumerate(words):
        for word in group:
            postings.setdefault(word, []).append(i)
    usable = {word: docs for word, docs in postings.items() if 1 < len(docs) <= MAX_POSTINGS}
    words_of = dict(zip(ids, raw))
    previous = _load_links(state_dir) if state_dir is not None else None
    if previous is not None and previous.still_holds(words_of, common):
        index = {doc_id: i for i, doc_id in enumerate(ids)}
        new = [i for i, doc_id in enumerate(ids) if doc_id not in previous.words]
        crossed = previous.crossed_words([ids[i] for i in new], words_of, postings)
        touched = {i for word in crossed for i in postings[word]}
        for story in previous.stories:
            members = [index[doc_id] for doc_id in story]
            if touched.isdisjoint(members):
                for i in members[1:]:
                    parent[root(i)] = root(members[0])
                continue
            # a word of this story no longer counts: its own pairs are counted again, as a fresh count
            # does (below) but over the story's members only
            inside = sorted(members)
            _count_pairs(inside, words, _postings_among(inside, words, usable), link)
        for i in new:
            shared = Counter()
            for word in words[i]:
                docs = usable.get(word)
                if docs:
                    shared.update(docs)
            del shared[i]
            link(i, shared)
    else:
        _count_pairs(range(len(words)), words, usable, link)
    members: dict[int, list[str]] = {}
    for i, doc_id in enumerate(ids):
        members.setdefault(root(i), []).append(doc_id)
    if state_dir is not None:
        _save_links(state_dir, StoryLinks(words_of, common, {w: len(d) for w, d in postings.items()},
                                          list(members.values())))
    story_of: dict[str, str] = {}
    for member_ids in members.values():
        story = story_id(member_ids)
        for doc_id in member_ids:
            story_of[doc_id] = story
    return story_of


def _postings_among(articles: list[int], words: list[frozenset[str]],
                    usable: dict[str, list[int]]) -> dict[str, list[int]]:
    """`usable` restricted to `articles` (increasing): each word's articles among them, in order."""
    postings: dict[str, list[int]] = {}
    for i in articles:
        for word in words[i]:
            if word in usable:
                postings.setdefault(word, []).append(i)
    return postings


def _count_pairs(articles, words: list[frozenset[str]], postings: dict[str, list[int]], link) -> None:
    """Link each of `articles` (increasing) with the later ones it shares words with, each pair once;
    `postings` lists each word's articles among `articles`, in order."""
    seen = dict.fromkeys(postings, 0)   # how many of each word's articles come before the current one
    for i in articles:
        shared: Counter[int] = Counter()
        for word in words[i]:
            docs = postings.get(word)
            if docs:
                k = seen[word] + 1    # postings are in article order: docs[k - 1] is i itself
                seen[word] = k
                if k < len(docs):
                    shared.update(docs[k:])  # only the articles after i (counted in C)
        link(i, shared)


def story_id(member_ids: list[str]) -> str:
    """A story is named after its first article (by id), so it keeps its id as later reports join it:
    its events, and the pieces of the exported files built for them, stay the same from run to run."""
    return "story-" + hashlib.sha1(min(member_ids).encode()).hexdigest()[:10]
