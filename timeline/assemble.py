"""One timeline from the event candidates of every document.

Order of work, each step using what the previous one dated:
1. candidates dated by a time expression are grouped into events: the same kind of event with the same
   place or name ("attack"+"Paris") and overlapping dates is one event, across articles; close but
   disagreeing dates from different articles are one event with a conflict; without a name, reports of
   one story dated to the same day are one event unless they name different actors, and reports from two
   articles whose dates overlap and whose titles say what was done in the same words are one event
   ("launched the iTunes Music Store" in 2003 and on April 28, 2003);
2. candidates dated through another event ("on the same day as the Paris attacks") take its date;
3. named candidates without a date ("the Paris attacks that killed 129 people") join the event they name,
   unless it is dated months after their article, or, for a kind of event that recurs (conferences,
   summits, elections), more than half a year before it: another occurrence;
4. what is left goes to `undated`, each with the reason.
Event ids come from the event's content, and events are sorted by date, then title: reruns agree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from collections import Counter
from dataclasses import dataclass, field

from timeline import lexicon
from timeline.assembly_memo import GroupingMemo
from timeline.events import EventCandidate, event_kind, noun_lemma
from timeline.models import (
    Conflict, Document, DocumentSummary, Event, Mention, MentionTimex, Timeline, UndatedMention,
)
from timeline.temporal.lexicon import NUMBERS

# Reports of one event from different articles whose dates are disjoint but this close are one event
# with a conflict; further apart they are different events of the same kind.
CONFLICT_WINDOW_DAYS = 3
_WINDOW = dt.timedelta(days=CONFLICT_WINDOW_DAYS)
# A name without a date ("the Worldwide Developers Conference") refers to an event of its article's news or
# one coming soon; an event of that name dated months after the article was written is another occurrence
# of a recurring one (next year's conference), not the one the article meant.
REFERENCE_LEAD_DAYS = 62
_REFERENCE_LEAD = dt.timedelta(days=REFERENCE_LEAD_DAYS)
# ... and the name of a series of events ("the Worldwide Developers Conference" in a June 2011 article, "the
# G20 summit") is not an occurrence dated more than half a year before its article (the 2010 conference; a
# date known only to the year counts by its middle). A name that is only a place ("the Madrid summit")
# names one occurrence, however long ago.
RECURRING_REFERENCE_LAG_DAYS = 183
_RECURRING_REFERENCE_LAG = dt.timedelta(days=RECURRING_REFERENCE_LAG_DAYS)
# Unnamed reports of one kind of event from two articles, with overlapping dates, are one event when their
# titles share this many words after the event word ("launched the iTunes Music Store" in 2003 and on
# April 28, 2003), whatever story each article tells.
SHARED_OBJECT_WORDS = 2
# Words that say how many, not what: "sold 10 million shares" and "sold two million shares" on one day
# need not be one sale (numbers, short words and the words of a figure are not object words).
_FIGURE_WORDS = frozenset(NUMBERS) | frozenset("""million millions billion billions trillion percent cents
    shares dozen dozens hundred hundreds thousand thousands""".split())
# Unnamed reports from two articles of one story are one event only when dated to these precisions.
_SAME_DAY_GRANULARITIES = ("day", "time")
_GRANULARITY_RANK = {"time": 0, "day": 1, "weekend": 2, "week": 3, "month": 4, "season": 5, "quarter": 6,
                     "half": 7, "year": 8, "decade": 9, "century": 10}


@dataclass(eq=False)  # groups are compared by identity: comparing members field by field is slow
class _Group:
    members: list[EventCandidate] = field(default_factory=list)
    # The only members that can be the same event as a newcomer (see `_same_event`): those sharing one of
    # its names or SHARED_OBJECT_WORDS of its title's object words, and those with exactly its dates.
    # Looking there, not at every member, keeps a large event's group from being scanned in full for each
    # new report.
    by_name: dict[str, list[EventCandidate]] = field(default_factory=dict)
    by_objects: dict[tuple[str, ...], list[EventCandidate]] = field(default_factory=dict)
    by_dates: dict[tuple, list[EventCandidate]] = field(default_factory=dict)
    # The span of all members' dates: a newcomer further than the conflict window from it matches none
    # of them (every way of being the same event needs overlapping dates, give or take that window).
    first: dt.date = dt.date.max
    last: dt.date = dt.date.min
    actor_words: set[str] = field(default_factory=set)   # the words of everyone its reports name (`_same_event`)

    def add(self, c: EventCandidate, names: frozenset[str], object_pairs: list[tuple[str, ...]]) -> None:
        self.members.append(c)
        self.actor_words.update(actor_words(c))
        self.first, self.last = min(self.first, c.start), max(self.last, c.end)
        for name in names:
            self.by_name.setdefault(name, []).append(c)
        for pair in object_pairs:
            self.by_objects.setdefault(pair, []).append(c)
        self.by_dates.setdefault((c.start, c.end), []).append(c)

    def may_match(self, c: EventCandidate, names: frozenset[str], object_pairs: list[tuple[str, ...]]) -> list[EventCandidate]:
        if c.start > self.last + _WINDOW or c.end < self.first - _WINDOW:
            return []
        found = [m for name in names for m in self.by_name.get(name, ())]
        found += [m for pair in object_pairs for m in self.by_objects.get(pair, ())]
        return found + self.by_dates.get((c.start, c.end), [])

    @property
    def best(self) -> EventCandidate:
        return max(self.members, key=_preference)

    @property
    def title(self) -> str:
        """The most telling title among the reports dated by their own words: one naming a place or name,
        then a fuller phrase (up to ten words)."""
        dated = [m for m in self.members if m.timex is not None] or self.members
        return max(dated, key=lambda m: (bool(m.names), min(len(m.title.split()), 10), _preference(m))).title


def _preference(c: EventCandidate) -> tuple:
    """The mention whose date an event takes: precise, confident, dated by its own words, then first."""
    return (c.timex is not None, -_GRANULARITY_RANK.get(c.granularity or "century", 10), c.confidence,
            -len(c.document), c.document, -c.char_start)


def actor_words(c: EventCandidate) -> set[str]:
    """The words of the actors a report names: "INS" and "INS Commissioner Doris Meissner" share one."""
    return {word for actor in c.actors for word in actor.split()}


def object_words(c: EventCandidate) -> frozenset[str]:
    """The content words of a report's title after its event word, lower-cased: what was done, whoever
    did it ("Launched the iTunes Music Store" -> itunes, music, store; "Fought pancreatic cancer")."""
    words = [w.strip(",.;:'\"()“”").lower() for w in c.title.split()]
    trigger = c.trigger.lower()
    if trigger not in words:
        return frozenset()
    return frozenset(w for w in words[words.index(trigger) + 1:]
                     if len(w) > 3 and w not in lexicon.STOPWORDS and w not in _FIGURE_WORDS and not w[0].isdigit())


def object_pairs(words: frozenset[str]) -> list[tuple[str, ...]]:
    """Every SHARED_OBJECT_WORDS of a report's object words, in order: reports that may be one event by
    their object words share one of these, so they are found under it."""
    return list(itertools.combinations(sorted(words), SHARED_OBJECT_WORDS))


def _middle(c: EventCandidate) -> dt.date:
    return c.start + (c.end - c.start) / 2


def _overlaps(a: EventCandidate, b: EventCandidate, slack_days: int = 0) -> bool:
    slack = dt.timedelta(days=slack_days)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _same_event(a: EventCandidate, b: EventCandidate, story_of: dict[str, str],
                names: dict[int, frozenset[str]] | None = None,
                event_actor_words: set[str] | None = None,
                objects: dict[int, frozenset[str]] | None = None) -> tuple[bool, bool]:
    """(same event?, with a date conflict?) for a report `a` and a report `b` of an event whose reports name
    actors made of `event_actor_words` (b's own when not given); `names` and `objects` hold each candidate's
    lower-cased names and `object_words` by id()."""
    if a.head != b.head:
        return False, False
    if a.names and b.names:
        a_names = names[id(a)] if names is not None else {n.lower() for n in a.names}
        b_names = names[id(b)] if names is not None else {n.lower() for n in b.names}
        if a_names.isdisjoint(b_names):
            return False, False
        if _overlaps(a, b):
            return True, False
        if a.document != b.document and _overlaps(a, b, CONFLICT_WINDOW_DAYS):
            return True, True
        return False, False
    # Without a place or name on both sides ("the bombings", "attacks in Nairobi"), reports are one event
    # when the same words repeat in one article, or when two articles of one story date that kind of
    # event to the same day, unless each names someone the other does not: "Esselte closed yesterday"
    # and "Oneida's shares closed yesterday" report two companies' days (compared word by word with
    # everyone the event's reports name, so that a report naming nobody does not chain them together).
    if a.document != b.document and _overlaps(a, b):
        a_objects = objects[id(a)] if objects is not None else object_words(a)
        b_objects = objects[id(b)] if objects is not None else object_words(b)
        if len(a_objects & b_objects) >= SHARED_OBJECT_WORDS:
            return True, False
    if (a.start, a.end) != (b.start, b.end):
        return False, False
    if a.document == b.document:
        return a.names == b.names and a.title.lower() == b.title.lower(), False
    story = story_of.get(a.document)
    if story is None or story != story_of.get(b.document) or a.granularity not in _SAME_DAY_GRANULARITIES:
        return False, False
    mine, theirs = actor_words(a), actor_words(b) if event_actor_words is None else event_actor_words
    return not (mine - theirs and theirs - mine), False


def _document_order(c: EventCandidate) -> tuple[str, int]:
    return c.document, c.char_start


def _group(candidates: list[EventCandidate], story_of: dict[str, str], memo: GroupingMemo | None = None,
           identity: dict[int, str] | None = None) -> list[_Group]:
    """`_group_all`, zone by zone (`_zones`), each zone's grouping taken from `memo` when the last run grouped
    the same reports (`identity`: id() -> a report's identity across runs), in the order `_group_all` makes."""
    if memo is None or identity is None:
        return _group_all(candidates, story_of)
    ordered = sorted(candidates, key=_document_order)
    position = {id(c): i for i, c in enumerate(ordered)}
    groups: list[_Group] = []
    for zone in _zones(ordered):
        zone.sort(key=lambda c: position[id(c)])
        key = memo.zone_key([f"{identity[id(c)]}|{story_of.get(c.document)}|{c.start.toordinal()}|"
                             f"{c.end.toordinal()}|{c.granularity}" for c in zone])
        numbers = memo.get(key)
        if numbers is None or not _numbered_in_order(numbers, len(zone)):
            found = _group_all(zone, story_of)
            number_of = {id(m): n for n, g in enumerate(found) for m in g.members}
            memo.put(key, tuple(number_of[id(c)] for c in zone))
        else:   # only the members: the indexes a group keeps are for grouping
            found = [_Group() for _ in range(max(numbers) + 1)]
            for c, n in zip(zone, numbers):
                found[n].members.append(c)
        groups.extend(found)
    groups.sort(key=lambda g: position[id(g.members[0])])   # the order in which `_group_all` opens them
    return groups


def _zones(candidates: list[EventCandidate]):
    """The candidates in zones that are grouped apart: one kind of event (`head`), and dates that chain
    within the conflict window (every way of being one event needs dates that close, `_same_event`)."""
    by_head: dict[str, list[EventCandidate]] = {}
    for c in candidates:
        by_head.setdefault(c.head, []).append(c)
    for reports in by_head.values():
        reports.sort(key=lambda c: c.start)
        zone: list[EventCandidate] = []
        reach = 0   # the last day, as an ordinal, a later report can be within the window of
        for c in reports:
            if zone and c.start.toordinal() > reach:
                yield zone
                zone = []
            zone.append(c)
            reach = max(reach, c.end.toordinal() + CONFLICT_WINDOW_DAYS)
        yield zone


def _numbered_in_order(numbers: tuple[int, ...], size: int) -> bool:
    """A zone's group numbers as `_group` stores them: one per report, each group numbered when it first
    appears (0, then at most one more than the largest so far)."""
    if len(numbers) != size:
        return False
    top = -1
    for n in numbers:
        if n < 0 or n > top + 1:
            return False
        top = max(top, n)
    return True


def _group_all(candidates: list[EventCandidate], story_of: dict[str, str]) -> list[_Group]:
    """Group candidates into events, each joining the first group (in the order the indexes found them)
    that holds a report of the same event. Indexes keep this near-linear: by kind and name (reports that
    name the event), by kind and two object words (reports saying what was done in the same words) and by
    kind and exact dates (same-day reports without a name). A same-dates match without names needs the
    same article, or the same story and a newcomer dated to the day, so the dates index is split by
    article and by story, and only those parts are looked at; the groups found there keep the order in
    which they first took a report with these dates."""
    groups: list[_Group] = []
    by_name: dict[tuple[str, str], dict[_Group, None]] = {}   # dicts as ordered sets
    by_objects: dict[tuple[str, ...], dict[_Group, None]] = {}
    date_order: dict[tuple, dict[_Group, int]] = {}           # (kind, dates) -> group -> when first found
    by_article: dict[tuple, dict[_Group, None]] = {}
    by_story: dict[tuple, dict[_Group, None]] = {}
    names = {id(c): frozenset(n.lower() for n in c.names) for c in candidates}  # once, not per comparison
    objects = {id(c): object_words(c) for c in candidates}
    for c in sorted(candidates, key=_document_order):
        name_keys = [(c.head, n.lower()) for n in c.names]
        own_pairs = object_pairs(objects[id(c)])
        object_keys = [(c.head, *pair) for pair in own_pairs]
        date_key = (c.head, c.start, c.end)
        story = story_of.get(c.document)
        same_dates = list(by_article.get((*date_key, c.document), ()))
        if story is not None and c.granularity in _SAME_DAY_GRANULARITIES:
            same_dates += by_story.get((*date_key, story), ())
        if len(same_dates) > 1:
            same_dates.sort(key=date_order[date_key].__getitem__)
        # each group once, in first-found order (a group indexed under two names is tried once)
        pool = dict.fromkeys([g for key in name_keys for g in by_name.get(key, ())]
                             + [g for key in object_keys for g in by_objects.get(key, ())] + same_dates)
        own = names[id(c)]
        home = next((g for g in pool if any(_same_event(c, m, story_of, names, g.actor_words, objects)[0]
                                            for m in g.may_match(c, own, own_pairs))), None)
        if home is None:
            home = _Group()
            groups.append(home)
        home.add(c, own, own_pairs)
        for key in name_keys:
            by_name.setdefault(key, {})[home] = None
        for key in object_keys:
            by_objects.setdefault(key, {})[home] = None
        order = date_order.setdefault(date_key, {})
        order.setdefault(home, len(order))
        by_article.setdefault((*date_key, c.document), {})[home] = None
        if story is not None:
            by_story.setdefault((*date_key, story), {})[home] = None
    return groups


class _AnchorIndex:
    """Dated events by the ways a reference can name them, built once per grouping (lookups, not scans):
    by kind and name ("the Paris attacks" -> attack + paris) and, for unnamed references, by article and
    a kind of event in the title ("the summit communique" -> "Release of the G20 communique")."""

    def __init__(self, groups: list[_Group]):
        self.named: dict[tuple[str, str], list[_Group]] = {}
        self.unnamed: dict[tuple[str, str], list[_Group]] = {}
        self.documents: dict[int, set[str]] = {}
        for g in groups:
            self.documents[id(g)] = {m.document for m in g.members}
            for m in g.members:
                kind = m.head.split()[-1]
                for name in m.names:
                    _add(self.named, (kind, name.lower()), g)
                for word in m.title.split():
                    _add(self.unnamed, (m.document, event_kind(noun_lemma(word.strip(",.")))), g)

    def find(self, c: EventCandidate, head: str, specific: str | None) -> _Group | None:
        """The dated event a reference names: same article first, then any article of the batch."""
        if specific is not None:
            matches = self.named.get((head, specific.lower()), [])
        else:  # an unnamed reference is only resolved inside its article
            matches = self.unnamed.get((c.document, head), [])
        if not matches:
            return None
        same_doc = [g for g in matches if c.document in self.documents[id(g)]]
        pool = same_doc or matches
        return max(pool, key=lambda g: (sum(1 for m in g.members if m.timex is not None), len(g.members),
                                        _preference(g.best)))


def _add(index: dict, key, group: _Group) -> None:
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not group:
        bucket.append(group)


_RELATION_SHIFT = {"same_day": 0, "day_before": -1, "day_after": 1}


def _date_through_event(c: EventCandidate, index: _AnchorIndex) -> EventCandidate | None:
    target = index.find(c, c.anchor_head or "", c.anchor_specific)
    if target is None:
        return None
    best = target.best
    shift = dt.timedelta(days=_RELATION_SHIFT[c.relation or "same_day"])
    via = f"'{best.timex.text}' in {best.document}" if best.timex else best.document
    return dataclasses.replace(
        c, start=best.start + shift, end=best.end + shift, granularity=best.granularity,
        confidence=round(best.confidence * 0.85, 3),
        undated_reason=f"{c.anchor_text} -> {best.start.isoformat()} ({best.title}, dated by {via})",
    )


def _mention(c: EventCandidate, dated_by: str, evidence: str, start=None, end=None) -> Mention:
    timex = None
    if c.timex is not None and dated_by == "timex":
        timex = MentionTimex(text=c.timex.text, type=c.timex.type, value=c.timex.value)
    return Mention(document=c.document, char_start=c.char_start, char_end=c.char_end, sentence=c.sentence,
                   trigger=c.trigger, timex=timex, dated_by=dated_by, evidence=evidence,
                   start=start if start is not None else c.start, end=end if end is not None else c.end, url=c.url)


def _timex_evidence(c: EventCandidate, dct_of: dict[str, Document]) -> str:
    tx = c.timex
    doc = dct_of.get(c.document)
    text = f"'{tx.text}' = {tx.value}"
    if doc is not None and doc.dct.date is not None and not any(ch.isdigit() for ch in tx.text[-4:]):
        text += f", read against the article's date {doc.dct.date.isoformat()} ({doc.dct.provenance})"
    return text


def _combined_confidence(values: list[float], conflicts: int) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    confidence = min(0.99, 1.0 - miss)
    if conflicts:
        confidence *= 0.6
    return round(confidence, 3)


def _event_id(head: str, specific: str | None, title: str, start: dt.date) -> str:
    basis = f"{head}|{(specific or title).lower()}|{start.isoformat()}"
    return "ev-" + hashlib.sha1(basis.encode()).hexdigest()[:12]


def _identities(candidates: list[EventCandidate], memo: GroupingMemo | None) -> dict[int, str] | None:
    """id() -> each candidate's identity across runs: its article's key and its place among that article's
    candidates (they come in the order its analysis made them). None without a memo, or when a candidate's
    article is not among the documents."""
    if memo is None:
        return None
    keys = memo.document_keys
    seen: Counter[str] = Counter()
    identity: dict[int, str] = {}
    for c in candidates:
        key = keys.get(c.document)
        if key is None:
            return None
        identity[id(c)] = f"{key}.{seen[c.document]}"
        seen[c.document] += 1
    return identity


def assemble(documents: list[Document], candidates: list[EventCandidate], story_of: dict[str, str] | None = None,
             memo: GroupingMemo | None = None) -> Timeline:
    """`memo`: how the last run grouped each zone of reports (`timeline.assembly_memo`): the same timeline,
    sooner, when most of them are unchanged. `candidates` come per document in the order of its analysis."""
    story_of = story_of or {}
    identity = _identities(candidates, memo)
    doc_by_source = {d.source: d for d in documents}
    dated = [c for c in candidates if c.start is not None and c.relation is None]
    relative = [c for c in candidates if c.relation is not None]
    references = [c for c in candidates if c.start is None and c.relation is None and c.timex is None]
    undated_timex = [c for c in candidates if c.start is None and c.timex is not None]

    story_of_source = {d.source: story_of[d.id] for d in documents if d.id in story_of}
    groups = _group(dated, story_of_source, memo, identity)
    index = _AnchorIndex(groups)
    # dated through other events; a second pass lets a chain of two resolve
    resolved: list[EventCandidate] = []
    pending = relative
    for _ in range(2):
        still = []
        for c in pending:
            r = _date_through_event(c, index)
            (resolved if r else still).append(r or c)
            if r is not None and identity is not None:
                identity[id(r)] = identity[id(c)]
        if len(still) == len(pending):   # nothing new dated: the groups (and the index) stay as they are
            break
        groups = _group(dated + resolved, story_of_source, memo, identity)
        index = _AnchorIndex(groups)
        pending = still
    unresolved = pending

    # named references join the event they name, unless it comes long after their article was written
    joined: dict[int, list[EventCandidate]] = {}
    unjoined: list[EventCandidate] = []
    for c in references:
        target = index.find(c, c.head, c.specific) if c.specific else None
        written = doc_by_source[c.document].dct.date if c.document in doc_by_source else None
        if target is not None and written is not None and target.best.start > written + _REFERENCE_LEAD:
            unjoined.append(dataclasses.replace(c, undated_reason=(
                f"names the same kind of event as '{target.title}', which is dated {target.best.start.isoformat()}, "
                f"more than {REFERENCE_LEAD_DAYS} days after this article: taken for another occurrence")))
        elif (target is not None and written is not None and c.head in lexicon.RECURRING_EVENT_KINDS
              and any(n not in c.places for n in c.names) and _middle(target.best) < written - _RECURRING_REFERENCE_LAG):
            unjoined.append(dataclasses.replace(c, undated_reason=(
                f"names a {c.head} like '{target.title}', which is dated {target.best.start.isoformat()}.."
                f"{target.best.end.isoformat()}, more than {RECURRING_REFERENCE_LAG_DAYS} days before this article: "
                f"taken for another occurrence")))
        elif target is None:
            unjoined.append(c)
        else:
            joined.setdefault(id(target), []).append(c)

    events: list[Event] = []
    for g in groups:
        best = g.best
        mentions: list[Mention] = []
        confidences: list[float] = []
        conflicts: list[Conflict] = []
        for m in sorted(g.members, key=lambda m: (m.document, m.char_start)):
            if m.timex is not None and m.relation is None:
                mentions.append(_mention(m, "timex", _timex_evidence(m, doc_by_source)))
            else:
                mentions.append(_mention(m, "event", m.undated_reason))
            confidences.append(m.confidence)
            if m is not best and not _overlaps(m, best):
                conflicts.append(Conflict(
                    description=f"{m.document} dates it {m.start}..{m.end} ('{m.timex.text if m.timex else m.anchor_text}'), "
                                f"{best.document} {best.start}..{best.end}",
                    intervals=[(best.start, best.end), (m.start, m.end)], documents=sorted({best.document, m.document})))
        for r in sorted(joined.get(id(g), []), key=lambda m: (m.document, m.char_start)):
            mentions.append(_mention(r, "coreference", f"names the same event as '{best.title}' ({best.document})",
                                     best.start, best.end))
            confidences.append(best.confidence * 0.8)
        mentions.sort(key=lambda m: (m.document, m.char_start))
        actors = Counter(a for m in g.members for a in m.actors)
        places = Counter(p for m in g.members for p in m.places)
        stories = Counter(story_of.get(doc_by_source[m.document].id) for m in g.members if m.document in doc_by_source)
        story = min(stories, key=lambda s: (-stories[s], s or "")) if stories else None
        events.append(Event(
            id=_event_id(best.head, best.specific, best.title, best.start), title=g.title,
            start=best.start, end=best.end, granularity=best.granularity or "day",
            confidence=_combined_confidence(confidences, len(conflicts)), mentions=mentions,
            actors=sorted(actors, key=lambda a: (-actors[a], a)), places=sorted(places, key=lambda p: (-places[p], p)),
            story=story, conflicts=conflicts,
        ))
    events = _unique_ids(sorted(events, key=lambda e: (e.start, e.end, e.title.lower(), e.id)))

    undated = [
        UndatedMention(title=c.title, mention=_mention(c, "coreference" if c.relation is None and c.timex is None else
                                                     ("event" if c.relation else "timex"), c.undated_reason),
                       reason=c.undated_reason)
        for c in sorted(unresolved + unjoined + undated_timex, key=lambda c: (c.document, c.char_start))
    ]
    summaries = [DocumentSummary(id=d.id, source=d.source, title=d.title, url=d.url, dateline=d.dateline, dct=d.dct,
                                 story=story_of.get(d.id)) for d in sorted(documents, key=lambda d: d.source)]
    return Timeline(documents=summaries, events=events, undated=undated)


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: Counter[str] = Counter()
    out = []
    for e in events:
        seen[e.id] += 1
        out.append(e if seen[e.id] == 1 else e.model_copy(update={"id": f"{e.id}-{seen[e.id]}"}))
    return out
