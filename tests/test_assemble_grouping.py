"""The indexed grouping of event candidates gives exactly the groups of the plain definition: each
candidate, in article order, joins the first group found through its names or its kind and dates that
holds a report of the same event (`_same_event`), scanning every member."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from timeline.assemble import _group, _same_event, actor_words, object_pairs, object_words
from timeline.events import EventCandidate

DAY0 = dt.date(2015, 11, 10)


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
def _candidates(draw) -> tuple[list[EventCandidate], dict[str, str]]:
    documents = [f"d{i}.txt" for i in range(draw(st.integers(1, 5)))]
    story_of = {d: draw(st.sampled_from([None, "s1", "s2"])) for d in documents}
    out = []
    for i in range(draw(st.integers(0, 40))):
        start = DAY0 + dt.timedelta(days=draw(st.integers(0, 4)))
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
