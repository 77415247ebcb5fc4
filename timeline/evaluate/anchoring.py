"""Event anchoring: the share of gold events, anchored by a TLINK to a timex written in the text, that
newsline dates (trigger overlapping the gold event) to that timex's gold value.

Relations that date an event by a time: IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, BEGINS, ENDS,
BEGUN_BY, ENDED_BY (a link from a time to an event reads the same way, reversed).
"""

from __future__ import annotations

from timeline.timeml import TimeMLDocument

ANCHORING_RELATIONS = frozenset({"IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS",
                                 "BEGUN_BY", "ENDED_BY"})


def gold_anchors(document: TimeMLDocument) -> dict[str, str]:
    """eid -> the gold value of the in-text timex a TLINK anchors it to (the first such link)."""
    timexes = {t.tid: t for t in document.timexes if t.function_in_document == "NONE"}
    anchors: dict[str, str] = {}
    for link in document.tlinks:
        if link.rel_type not in ANCHORING_RELATIONS:
            continue
        if link.event_instance and link.related_to_time in timexes:
            eiid, tid = link.event_instance, link.related_to_time
        elif link.time in timexes and link.related_to_event_instance:
            eiid, tid = link.related_to_event_instance, link.time
        else:
            continue
        eid = document.instances.get(eiid)
        if eid and eid not in anchors:
            anchors[eid] = timexes[tid].value
    return anchors


def anchoring_counts(document: TimeMLDocument, timexes) -> tuple[int, int] | None:
    """(events dated right, gold-anchored events), or None when newsline has no event anchoring yet."""
    try:
        from timeline.events import anchor_events
    except ImportError:
        return None
    anchors = gold_anchors(document)
    if not anchors:
        return 0, 0
    events = {e.eid: e for e in document.events}
    predicted = anchor_events(document.text, list(timexes))
    right = 0
    for eid, value in anchors.items():
        event = events.get(eid)
        if event is None:
            continue
        for anchor in predicted:
            if anchor.trigger_start < event.char_end and event.char_start < anchor.trigger_end:
                right += anchor.timex.value == value
                break
    return right, len(anchors)
