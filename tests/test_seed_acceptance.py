"""Acceptance: the timeline of the two seed articles (G20 summit, Antalya, 15-16 November 2015).

The expectations are the facts of the hand-made reference timeline for these articles: each quote must be
covered by a mention of an event whose interval matches at the precision written (YYYY, YYYY-MM or
YYYY-MM-DD); quotes with the same story id must land in one event, different ids in different events.
The run has no metadata and no anchor date: seed 000 must be dated from the batch, seed 001 from its
dateline.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_FILES

A, B = SEED_FILES  # 000: no dateline; 001: "ANTALYA, Turkey (AFP) - World leaders on Monday (Nov 16)"

CORE = [
    # (article, quote, same-event id, start, end)
    (A, "attacks in Paris on Friday", "paris-attacks", "2015-11-13", "2015-11-13"),
    (A, "release of the G20 communique at the close of two days of talks", "g20-communique", "2015-11-16", "2015-11-16"),
    (B, "gathering at the G-20 Summit in Antalya, Turkey, on Nov 15, 2015", "g20-summit-opens", "2015-11-15", "2015-11-15"),
    (B, "World leaders on Monday (Nov 16) sought to join forces", "leaders-join-forces", "2015-11-16", "2015-11-16"),
    (B, "Paris attacks that killed 129 people", "paris-attacks", "2015-11-13", "2015-11-13"),
    (B, "four-year civil war", "syrian-civil-war", "2011", "2015"),
    (B, "foiled some seven terror attacks since June", "uk-plots-foiled", "2015-06", "2015-11-16"),
    (B, "discussed at Sunday's official dinner", "g20-official-dinner", "2015-11-15", "2015-11-15"),
    (B, "Obama on Sunday held one of his most intimate discussions yet with Putin", "obama-putin-talk", "2015-11-15", "2015-11-15"),
    (B, "agreed in Vienna at the weekend", "vienna-talks", "2015-11-14", "2015-11-15"),
    (B, "foiled a potentially, major terror attack in Istanbul on the same day as the Paris attacks", "istanbul-plot-foiled", "2015-11-13", "2015-11-13"),
    (B, "conference in Paris later this month", "paris-climate-conference", "2015-11", "2015-11"),
]
STRETCH_REACHED = [
    (A, "standalone statement on the fight against terrorism released alongside the summit communique", "g20-terror-statement", "2015-11-16", "2015-11-16"),
]


def _texts(seed_dir):
    return {name: (seed_dir / name).read_text(encoding="utf-8") for name in SEED_FILES}


def _matching_events(timeline: dict, texts: dict, article: str, quote: str, start: str, end: str) -> list[int]:
    a = texts[article].index(quote)
    b = a + len(quote)
    hits = []
    for i, event in enumerate(timeline["events"]):
        if not (event["start"].startswith(start) and event["end"].startswith(end)):
            continue
        if any(m["document"] == article and m["char_start"] < b and a < m["char_end"] for m in event["mentions"]):
            hits.append(i)
    return hits


@pytest.fixture(scope="module")
def timeline(seed_run):
    _, out = seed_run
    return json.loads((out / "timeline.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("article,quote,story,start,end", CORE + STRETCH_REACHED, ids=[q[2] + ":" + q[1][:30] for q in CORE + STRETCH_REACHED])
def test_mention_resolves_to_its_interval(timeline, seed_dir, article, quote, story, start, end):
    assert _matching_events(timeline, _texts(seed_dir), article, quote, start, end), \
        f"no event covers '{quote}' with interval {start}..{end}"


def test_same_event_across_articles_is_one_event_and_distinct_events_stay_apart(timeline, seed_dir):
    texts = _texts(seed_dir)
    events_of: dict[str, set[int]] = {}
    for article, quote, story, start, end in CORE + STRETCH_REACHED:
        events_of.setdefault(story, set()).update(_matching_events(timeline, texts, article, quote, start, end))
    paris = events_of["paris-attacks"]
    assert len(paris) == 1, "the Paris attacks of both articles must be one event"
    (paris_event,) = paris
    assert {m["document"] for m in timeline["events"][paris_event]["mentions"]} >= {A, B}
    for story, found in events_of.items():
        for other, found_other in events_of.items():
            if story < other:
                assert not (found & found_other), f"{story} and {other} were merged into one event"


def test_no_event_outside_the_years_the_articles_speak_of(timeline):
    assert timeline["events"]
    for event in timeline["events"]:
        assert "2011" <= event["start"][:4] <= "2015" and "2011" <= event["end"][:4] <= "2015", event["title"]
        assert event["start"] <= event["end"]


def test_creation_times_and_their_provenance(seed_run):
    summary, out = seed_run
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    by_source = {d["source"]: d for d in manifest["documents"]}
    assert by_source[B]["dct"]["date"] == "2015-11-16" and by_source[B]["dct"]["provenance"] == "dateline"
    assert not by_source[B]["dct"]["inferred"]
    assert by_source[A]["dct"]["date"] == "2015-11-16" and by_source[A]["dct"]["provenance"] == "batch"
    assert by_source[A]["dct"]["inferred"] and B in by_source[A]["dct"]["evidence"]


def test_every_event_mention_points_into_its_article(timeline, seed_dir):
    texts = _texts(seed_dir)
    for event in timeline["events"]:
        for m in event["mentions"]:
            text = texts[m["document"]]
            assert 0 <= m["char_start"] < m["char_end"] <= len(text)
            assert text[m["char_start"]:m["char_end"]] in m["sentence"]
            if m["timex"] is not None:
                assert m["timex"]["text"] in text[m["char_start"]:m["char_end"]] or m["timex"]["text"] in m["sentence"]


def test_mentions_dated_through_other_articles_say_so(timeline):
    paris = next(e for e in timeline["events"] if any(m["document"] == A and "Friday" in (m["timex"] or {}).get("text", "")
                                                     for m in e["mentions"]))
    through = [m for m in paris["mentions"] if m["document"] == B]
    assert through and all(m["timex"] is None and m["dated_by"] == "coreference" for m in through)
