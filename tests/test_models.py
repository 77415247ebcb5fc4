"""The data model's own behaviour: what the pydantic models of newsline share and keep."""

from __future__ import annotations

import pickle

from fixtures_timeline import g20_timeline
from timeline.models import Event, Mention, MentionTimex, Timeline


def test_instances_of_a_class_share_one_set_of_field_names() -> None:
    """Each instance would otherwise carry its own set (hundreds of bytes per mention)."""
    events = g20_timeline().events
    mentions = [m for e in events for m in e.mentions]
    assert len({id(m.__pydantic_fields_set__) for m in mentions}) == 1
    assert len({id(e.__pydantic_fields_set__) for e in events}) == 1
    assert mentions[0].model_fields_set == set(Mention.model_fields)
    assert MentionTimex(text="Friday", type="DATE", value="2015-11-13").model_fields_set == {"text", "type", "value"}


def test_copies_and_round_trips_leave_the_shared_set_alone() -> None:
    timeline = g20_timeline()
    event = timeline.events[0]
    renamed = event.model_copy(update={"id": "ev-renamed"})
    assert renamed.id == "ev-renamed" and event.id != "ev-renamed"
    assert event.__pydantic_fields_set__ == set(Event.model_fields)
    assert renamed.__pydantic_fields_set__ is not event.__pydantic_fields_set__
    assert pickle.loads(pickle.dumps(timeline)) == timeline
    assert Timeline.model_validate_json(timeline.model_dump_json()) == timeline
    assert renamed.model_dump(exclude_unset=True) == renamed.model_dump()   # every field counts as given
