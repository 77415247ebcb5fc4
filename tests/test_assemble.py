"""Cross-document assembly on articles written for the test: merges, conflicts, references, ids, order."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.assemble import assemble
from timeline.models import CreationTime, Document
from timeline.pipeline import analyse, build_timeline


def _doc(source: str, text: str, dct: dt.date | None) -> Document:
    return Document(id=f"id-{source}", source=source, format="txt", text=text,
                    dct=CreationTime(date=dct, provenance="metadata" if dct else "none"))


def _timeline(*docs: Document):
    docs = list(docs)
    return build_timeline(docs, [analyse(d) for d in docs])


THURSDAY = dt.date(2016, 3, 10)


def test_same_event_from_two_articles_is_one_event_with_both_sources():
    a = _doc("a.txt", "Ministers met at the summit in Geneva on Tuesday to discuss trade.", THURSDAY)
    b = _doc("b.txt", "The summit in Geneva on Tuesday ended without a deal.", THURSDAY)
    (event,) = [e for e in _timeline(a, b).events if "Geneva" in e.title]
    assert {m.document for m in event.mentions} == {"a.txt", "b.txt"}
    assert event.start == event.end == dt.date(2016, 3, 8)
    assert not event.conflicts


def test_disagreeing_dates_are_one_event_with_a_conflict_not_hidden():
    a = _doc("a.txt", "The summit in Geneva on Tuesday ended without a deal.", THURSDAY)
    b = _doc("b.txt", "The summit in Geneva on Wednesday ended without a deal.", THURSDAY)
    (event,) = [e for e in _timeline(a, b).events if "Geneva" in e.title]
    assert len(event.conflicts) == 1
    conflict = event.conflicts[0]
    assert set(conflict.documents) == {"a.txt", "b.txt"}
    assert {dt.date(2016, 3, 8), dt.date(2016, 3, 9)} <= {d for pair in conflict.intervals for d in pair}
    assert event.confidence < 0.9


def test_same_kind_of_event_far_apart_in_time_stays_two_events():
    a = _doc("a.txt", "The summit in Geneva on Tuesday ended without a deal.", THURSDAY)
    b = _doc("b.txt", "The summit in Geneva in 2012 ended without a deal.", THURSDAY)
    events = [e for e in _timeline(a, b).events if "Geneva" in e.title]
    assert len(events) == 2


def test_generic_events_of_two_articles_are_not_merged():
    a = _doc("a.txt", "Police foiled two attacks on Tuesday.", THURSDAY)
    b = _doc("b.txt", "Police foiled two attacks on Tuesday.", dt.date(2016, 3, 9))
    events = _timeline(a, b).events
    assert len(events) == 2


def _one_story(*docs: Document):
    """The timeline of articles put in one story (story clustering is tested on its own)."""
    docs = list(docs)
    return assemble(docs, [c for d in docs for c in analyse(d).candidates], {d.id: "story-1" for d in docs})


def _sources(events, word: str) -> list[set[str]]:
    return [{m.document for m in e.mentions} for e in events if any(word in m.sentence for m in e.mentions)]


def test_same_day_reports_of_one_story_naming_different_actors_stay_apart():
    """Unnamed same-day reports of one story are one event, unless each names someone the other does not;
    a report naming nobody joins one of them, and does not chain the others together."""
    a = _doc("a.txt", "In New York Stock Exchange composite trading yesterday, Esselte shares closed at $43.50.", THURSDAY)
    b = _doc("b.txt", "In New York Stock Exchange composite trading yesterday, Oneida shares closed at $18.37.", THURSDAY)
    # read first (articles are grouped in name order), so the others would chain through it pair by pair
    c = _doc("0.txt", "In New York Stock Exchange composite trading yesterday, the shares closed at $20.", THURSDAY)
    events = [e for e in _one_story(a, b, c).events if e.start == dt.date(2016, 3, 9)]
    assert sorted(map(sorted, _sources(events, "closed"))) == [["0.txt", "a.txt"], ["b.txt"]]


def test_same_day_reports_naming_the_same_actor_in_other_words_are_one_event():
    a = _doc("a.txt", "INS Commissioner Doris Meissner announced the decision on Wednesday.", THURSDAY)
    b = _doc("b.txt", "The INS decision was announced Wednesday, and the family will appeal.", THURSDAY)
    assert {"a.txt", "b.txt"} in _sources(_one_story(a, b).events, "announced")


def test_who_a_title_names_before_a_relative_clause_counts_among_the_actors():
    """"Sunak, who conceded defeat on Friday" names Sunak as the report's actor, as "Sunak conceded defeat
    on Friday" does: one event, whatever else each clause names."""
    friday = dt.date(2024, 7, 5)
    a = _doc("a.txt", "Prime Minister Rishi Sunak conceded defeat early on Friday.", friday)
    b = _doc("b.txt", "Outgoing leader Rishi Sunak, who conceded defeat on Friday morning, spoke outside "
                      "Downing Street.", friday)
    assert {"a.txt", "b.txt"} in _sources(_one_story(a, b).events, "conceded")


def test_reference_dated_by_another_article_and_relative_event_across_articles():
    a = _doc("a.txt", "Gunmen carried out the attacks in Brussels on Tuesday.", THURSDAY)
    b = _doc("b.txt", "After the Brussels attacks that killed 32 people, police in Lyon arrested a man "
                      "the day after the Brussels attacks.", None)
    timeline = _timeline(a, b)
    (brussels,) = [e for e in timeline.events if "Brussels" in e.title]
    through = [m for m in brussels.mentions if m.document == "b.txt"]
    assert through and through[0].dated_by == "coreference" and through[0].timex is None
    arrest = [e for e in timeline.events if e.start == dt.date(2016, 3, 9)]
    assert arrest and arrest[0].mentions[0].dated_by == "event"


def test_undated_mentions_go_to_undated_with_a_reason_never_into_events():
    a = _doc("a.txt", "The attacks in Paris on Friday shocked Europe. The Madrid talks resumed.", None)
    timeline = _timeline(a)
    assert timeline.events == []
    assert timeline.undated and all(u.reason for u in timeline.undated)


def test_ids_and_order_do_not_depend_on_input_order():
    a = _doc("a.txt", "The summit in Geneva on Tuesday ended. The vote in Ohio on Monday was close.", THURSDAY)
    b = _doc("b.txt", "The election in Peru in 2011 was close.", THURSDAY)
    first = _timeline(a, b)
    second = _timeline(b, a)
    assert first.model_dump_json() == second.model_dump_json()
    assert [e.start for e in first.events] == sorted(e.start for e in first.events)
    assert len({e.id for e in first.events}) == len(first.events)


@pytest.mark.parametrize("other, other_written, near, near_written", [
    # a year after the article: next year's conference, not this one; a week before it: the coming one
    ("The phone was revealed at the Worldwide Developers Conference in San Francisco.", dt.date(2009, 6, 9),
     "Developers flew in for the Worldwide Developers Conference in San Francisco.", dt.date(2010, 6, 1)),
    # a series' name a year later is that year's conference; a month later, still the one just held
    ("At the Worldwide Developers Conference in San Francisco, Jobs unveiled iCloud.", dt.date(2011, 6, 7),
     "Developers flew home from the Worldwide Developers Conference in San Francisco.", dt.date(2010, 7, 8)),
])
def test_a_name_without_a_date_joins_the_occurrence_near_its_article_only(other, other_written, near, near_written):
    dated = _doc("a.txt", "Yesterday, at this year's Worldwide Developers Conference in San Francisco, Jobs spoke.",
                 dt.date(2010, 6, 8))
    timeline = _timeline(dated, _doc("b.txt", other, other_written), _doc("c.txt", near, near_written))
    (event,) = [e for e in timeline.events if "Developers Conference" in e.title]
    assert {m.document for m in event.mentions} == {"a.txt", "c.txt"}
    (left,) = [u for u in timeline.undated if u.mention.document == "b.txt" and "Conference" in u.title]
    assert "another occurrence" in left.reason


def test_a_summit_named_by_its_place_is_one_occurrence_however_long_after():
    dated = _doc("a.txt", "The summit in Madrid on July 8, 1997 invited Poland.", dt.date(1997, 7, 9))
    later = _doc("b.txt", "The alliance invited Poland at the Madrid summit.", dt.date(1999, 2, 10))
    timeline = _timeline(dated, later)
    (event,) = [e for e in timeline.events if e.mentions[0].trigger == "summit"]
    assert {m.document for m in event.mentions} == {"a.txt", "b.txt"}


def test_a_name_of_a_one_off_event_joins_it_however_long_after():
    dated = _doc("a.txt", "The bombing in Oklahoma City on April 19, 1995 killed 168 people.", dt.date(1995, 4, 20))
    later = _doc("b.txt", "Survivors remembered the bombing in Oklahoma City.", dt.date(2000, 4, 19))
    timeline = _timeline(dated, later)
    (event,) = [e for e in timeline.events if "Oklahoma" in e.title]
    assert {m.document for m in event.mentions} == {"a.txt", "b.txt"}


def test_background_fact_told_by_two_articles_of_different_stories_is_one_event():
    # two articles about different news, each recalling the store's launch, one to the day, one to the year
    a = _doc("a.txt", "Apple launched the iTunes Music Store on April 28, 2003. Prices in Britain will fall.", THURSDAY)
    b = _doc("b.txt", "Apple Computer was started in 1976, and launched the iTunes Music Store in 2003. "
                      "The Beatles lost their case.", THURSDAY)
    timeline = _timeline(a, b)
    (event,) = [e for e in timeline.events if "iTunes" in e.title]
    assert {m.document for m in event.mentions} == {"a.txt", "b.txt"}
    assert event.start == event.end == dt.date(2003, 4, 28) and not event.conflicts   # the precise report dates it


def test_reports_sharing_only_figures_or_one_word_stay_apart():
    pairs = [
        ("Acme sold two million shares on Tuesday.", "Zenith sold two million shares on Tuesday."),   # figures only
        ("Apple launched the iTunes Music Store in 2003.", "Apple launched the App Store in 2008."),    # dates apart
        ("Apple launched the iTunes Music Store in 2003.", "Sony launched the Walkman Store in 2003."),  # one word
    ]
    for one, other in pairs:
        events = _timeline(_doc("a.txt", one, THURSDAY), _doc("b.txt", other, THURSDAY)).events
        assert len(events) == 2, (one, other)


def test_one_fact_told_in_two_tenses_is_one_event():
    a = _doc("a.txt", "He fought pancreatic cancer in 2004 and returned to work.", THURSDAY)
    b = _doc("b.txt", "Jobs has been fighting pancreatic cancer since 2004.", THURSDAY)
    (event,) = [e for e in _timeline(a, b).events if "cancer" in e.title]
    assert {m.document for m in event.mentions} == {"a.txt", "b.txt"}
