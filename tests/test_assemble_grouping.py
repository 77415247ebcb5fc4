"""The indexed grouping of event candidates gives exactly the groups of the plain definition: each
candidate, in article order, joins the first group found through its names or its kind and dates that
holds a report of the same event (`_same_event`), scanning every member."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pathlib import Path

from hypothesis import given, settings, strategies as st

from timeline.assemble import _group, _same_event, actor_words, object_pairs, object_words
from timeline.assembly_memo import GroupingMemo
from timeline.events import EventCandidate

DAY0 = dt.date(2015, 11, 10)
ONE_DAY = dt.timedelta(days=1)


def _plain_groups(candidates: list[EventCandidate], story_of: dict[str, str]) -> list[list[EventCandidate]]:
    """The reference: indexes by kind+name, kind+two object words and kind+exact dates, every member of
    every group tried."""
    groups: list[list[EventCandidate]] = []
    by_name: dict[tuple, list[int]] = {}
    by_object: dict[tuple, list[int]] = {}
    by_dates: dict[tuple, list[int]] = {}
    for c in sorted(candidates, key=lambda c: (c.document, c.char_start)):
        name_keys = [(c.head, n.lower()) for n in c.names]
        object_keys = [(c.head, *pair) for pair in object_pairs(object_words(c))]
        date_key = (c.head, c.start, c.end)
        pool = dict.fromkeys([g for key in name_keys for g in by_name.get(key, [])]
                             + [g for key in object_keys for g in by_object.get(key, [])] + by_dates.get(date_key, []))
        home = next((g for g in pool if any(_same_event(c, m, story_of, None, set().union(*map(actor_words, groups[g])))[0]
                                            for m in groups[g])), None)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(c)
        for key in name_keys:
            if home not in by_name.setdefault(key, []):
                by_name[key].append(home)
        for key in object_keys:
            if home not in by_object.setdefault(key, []):
                by_object[key].append(home)
        if home not in by_dates.setdefault(date_key, []):
            by_dates[date_key].append(home)
    return groups


@st.composite
def _candidates(draw, days: int = 4) -> tuple[list[EventCandidate], dict[str, str]]:
    documents = [f"d{i}.txt" for i in range(draw(st.integers(1, 5)))]
    story_of = {d: draw(st.sampled_from([None, "s1", "s2"])) for d in documents}
    out = []
    for i in range(draw(st.integers(0, 40))):
        start = DAY0 + dt.timedelta(days=draw(st.integers(0, days)))
        end = start + dt.timedelta(days=draw(st.sampled_from([0, 0, 0, 1])))
        names = tuple(draw(st.lists(st.sampled_from(["Paris", "paris", "Vienna", "G20", "Syria"]), max_size=2)))
        title = draw(st.sampled_from(["the attack", "The attack", "talks", "the summit", "attack on the embassy staff",
                                      "talks about embassy staff", "attack on the staff in Nairobi"]))
        document = draw(st.sampled_from(documents))
        out.append(EventCandidate(
            document=document, document_id=document, sentence=title, char_start=i * 10, char_end=i * 10 + 5,
            trigger=title.split()[0] if title.split()[0] in ("attack", "talks") else title.split()[-1], title=title, head=draw(st.sampled_from(["attack", "talks"])),
            specific=names[0] if names else None, names=names, start=start, end=end,
            actors=tuple(draw(st.lists(st.sampled_from(["Esselte", "Oneida", "New York Stock Exchange", "Oneida Ltd"]), max_size=2, unique=True))),
            granularity=draw(st.sampled_from(["day", "time", "week", "month"])), confidence=0.8))
    return out, {d: s for d, s in story_of.items() if s is not None}


@settings(max_examples=400, deadline=None)
@given(_candidates())
def test_indexed_grouping_equals_the_plain_scan(case):
    candidates, story_of = case
    indexed = [[id(m) for m in g.members] for g in _group(candidates, story_of)]
    plain = [[id(m) for m in g] for g in _plain_groups(candidates, story_of)]
    assert indexed == plain



def _identity(candidates: list[EventCandidate]) -> dict[int, str]:
    return {id(c): f"{c.document}.{c.char_start}" for c in candidates}   # one candidate per offset


def _grouped(candidates: list[EventCandidate], story_of: dict[str, str], memo: GroupingMemo) -> list[list[int]]:
    return [[id(m) for m in g.members] for g in _group(candidates, story_of, memo, _identity(candidates))]


@settings(max_examples=200, deadline=None)
@given(_candidates(days=30), st.randoms(use_true_random=False))
def test_zone_by_zone_grouping_from_an_earlier_batchs_memo_equals_the_plain_scan(case, rnd):
    """Zones over a month of dates: an earlier batch fills the memo (some of the candidates, a few of them
    dated otherwise then, their articles in other stories), the whole batch takes what still holds from
    it, and grouping it once more takes every zone from it."""
    candidates, story_of = case
    plain = [[id(m) for m in g] for g in _plain_groups(candidates, story_of)]
    memo = GroupingMemo(Path("/nonexistent-state"), [])
    earlier = [c if rnd.random() < 0.8 else dataclasses.replace(c, start=c.start - ONE_DAY, end=c.end - ONE_DAY)
               for c in candidates if rnd.random() < 0.7]
    earlier_stories = {d: rnd.choice(["s1", "s2"]) for d in {c.document for c in candidates}}
    _grouped(earlier, earlier_stories, memo)
    assert _grouped(candidates, story_of, memo) == plain
    grouped = memo.grouped
    assert _grouped(candidates, story_of, memo) == plain
    assert memo.grouped == grouped


@settings(max_examples=50, deadline=None)
@given(_candidates(days=30), st.sampled_from(["shorter", "gap", "negative"]))
def test_a_damaged_grouping_in_the_memo_is_grouped_again(case, damage):
    candidates, story_of = case
    memo = GroupingMemo(Path("/nonexistent-state"), [])
    _grouped(candidates, story_of, memo)
    damaged = {"shorter": lambda numbers: numbers[:-1], "gap": lambda numbers: tuple(2 * n for n in numbers),
               "negative": lambda numbers: tuple(-n for n in numbers)}[damage]
    memo.previous, memo.used = {key: damaged(numbers) for key, numbers in memo.used.items()}, {}
    plain = [[id(m) for m in g] for g in _plain_groups(candidates, story_of)]
    assert _grouped(candidates, story_of, memo) == plain


def _report(document: str, offset: int, day: dt.date, title: str = "Shares closed higher") -> EventCandidate:
    return EventCandidate(document=document, document_id=document, sentence=title, char_start=offset,
                          char_end=offset + 6, trigger="closed", title=title, head="close", start=day, end=day,
                          granularity="day", confidence=0.8)


def test_a_zone_whose_articles_changed_story_is_grouped_again():
    """Unnamed reports of one day from two articles are one event only within one story, and only when
    dated to the day."""
    reports = [_report("a.txt", 0, DAY0), _report("b.txt", 0, DAY0, "Stocks closed higher")]
    weekly = [reports[0], dataclasses.replace(reports[1], granularity="week")]
    memo = GroupingMemo(Path("/nonexistent-state"), [])
    assert len(_group(reports, {"a.txt": "s1", "b.txt": "s2"}, memo, _identity(reports))) == 2
    assert len(_group(weekly, {"a.txt": "s1", "b.txt": "s1"}, memo, _identity(weekly))) == 2
    assert len(_group(reports, {"a.txt": "s1", "b.txt": "s1"}, memo, _identity(reports))) == 1


def test_a_zone_whose_reports_are_dated_otherwise_is_grouped_again():
    """The same words twice in one article, dated otherwise (as through another event), then alike, then
    otherwise again."""
    first = _report("a.txt", 0, DAY0)
    second = _report("a.txt", 50, DAY0)
    memo = GroupingMemo(Path("/nonexistent-state"), [])
    for start, end, groups in [(DAY0 - ONE_DAY, DAY0, 2), (DAY0, DAY0, 1), (DAY0, DAY0 + ONE_DAY, 2)]:
        reports = [first, dataclasses.replace(second, start=start, end=end)]
        assert len(_group(reports, {}, memo, _identity(reports))) == groups
