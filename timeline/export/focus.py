"""Narrowing a timeline to one actor or place (`--focus "Putin"`)."""

from __future__ import annotations

from timeline.models import Event, Mention, Timeline, UndatedMention


def _names(focus: str, *texts: str) -> bool:
    return any(focus in text.casefold() for text in texts)


def _mention_names(focus: str, mention: Mention) -> bool:
    return _names(focus, mention.sentence, mention.trigger)


def _event_names(focus: str, event: Event) -> bool:
    return (_names(focus, event.title, *event.actors, *event.places)
            or any(_mention_names(focus, m) for m in event.mentions))


def _undated_names(focus: str, undated: UndatedMention) -> bool:
    return _names(focus, undated.title) or _mention_names(focus, undated.mention)


def focus_timeline(timeline: Timeline, focus: str) -> Timeline:
    """Keep the events (and undated mentions) whose actors, places, title or mention sentences name
    `focus`, compared case-insensitively as a substring ('putin' matches "Putin's"). The document list
    is kept whole: it records what the run read. An empty focus keeps everything."""
    needle = focus.strip().casefold()
    if not needle:
        return timeline
    return timeline.model_copy(update={
        "events": [e for e in timeline.events if _event_names(needle, e)],
        "undated": [u for u in timeline.undated if _undated_names(needle, u)],
    })
