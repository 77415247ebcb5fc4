"""Event anchoring: the share of gold events, anchored by a TLINK to a timex written in the text, that
newsline dates (trigger overlapping the gold event) to that timex's gold value. An event the annotators
anchored to several timexes ("for the year ended Sept. 30": the year and Sept. 30) is dated right by the
value of any of them.

Relations that date an event by a time: IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, BEGINS, ENDS,
BEGUN_BY, ENDED_BY (a link from a time to an event reads the same way, reversed).
"""

from __future__ import annotations

from timeline.timeml import TimeMLDocument

ANCHORING_RELATIONS = frozenset({"IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS",
                                 "BEGUN_BY", "ENDED_BY"})


def gold_anchors(document: TimeMLDocument) -> dict[str, str]:
    """eid -> the gold value of the in-text timex a TLINK anchors it to (the first such link)."""
    return {eid: values[0] for eid, values in gold_anchor_values(document).items()}


def gold_anchor_values(document: TimeMLDocument) -> dict[str, list[str]]:
    """eid -> the gold values of every in-text timex a TLINK anchors it to, in link order."""
    timexes = {t.tid: t for t in document.timexes if t.function_in_document == "NONE"}
    anchors: dict[str, list[str]] = {}
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
        if eid and timexes[tid].value not in anchors.setdefault(eid, []):
            anchors[eid].append(timexes[tid].value)
    return anchors


def anchoring_outcomes(document: TimeMLDocument, timexes) -> dict[str, str]:
    """eid -> "right", "wrong" (dated to another value) or "none" (not dated) for each gold-anchored event."""
    from timeline.events import anchor_events

    anchors = gold_anchor_values(document)
    if not anchors:
        return {}
    events = {e.eid: e for e in document.events}
    predicted = anchor_events(document.text, list(timexes))
    outcomes: dict[str, str] = {}
    for eid, values in anchors.items():
        event = events.get(eid)
        hit = event and next((a for a in predicted
                              if a.trigger_start < event.char_end and event.char_start < a.trigger_end), None)
        outcomes[eid] = "none" if hit is None else ("right" if hit.timex.value in values else "wrong")
    return outcomes


def anchoring_counts(document: TimeMLDocument, timexes) -> tuple[int, int] | None:
    """(events dated right, gold-anchored events), or None when newsline has no event anchoring yet."""
    try:
        import timeline.events  # noqa: F401
    except ImportError:
        return None
    outcomes = anchoring_outcomes(document, timexes)
    return sum(o == "right" for o in outcomes.values()), len(outcomes)
