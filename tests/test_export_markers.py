"""One-day markers grow with the number of articles that agree on the event."""

from __future__ import annotations

from tests.fixtures_timeline import g20_timeline
from timeline.export.describe import assign_lanes, event_sources
from timeline.export.figure import MAX_POINT_SIZE, POINT_SIZE, build_figure, marker_size


def test_merged_events_have_larger_markers():
    timeline = g20_timeline()
    merged = [e for e in timeline.events if len(event_sources(e)) > 1]
    single = [e for e in timeline.events if len(event_sources(e)) == 1]
    assert merged and single
    assert all(marker_size(e) > POINT_SIZE for e in merged)
    assert all(marker_size(e) == POINT_SIZE for e in single)
    many = [merged[0].mentions[0].model_copy(update={"document": f"article-{n}.txt"}) for n in range(20)]
    assert marker_size(merged[0].model_copy(update={"mentions": many})) == MAX_POINT_SIZE


def test_point_traces_carry_the_sizes():
    timeline = g20_timeline()
    lanes, lane_of = assign_lanes(timeline, "story")
    figure = build_figure(timeline, lanes, lane_of)
    by_id = {e.id: e for e in timeline.events}
    points = [t for t in figure.data if t.meta == "events:point"]
    assert points
    for trace in points:
        assert list(trace.marker.size) == [marker_size(by_id[i]) for i in trace.customdata]


def test_page_json_is_the_validated_figure_as_plotly_writes_it():
    """The page's figure JSON, built with the per-event arrays filled in after validation, is the exact text
    Plotly writes for the fully validated figure: bands, bars, points and conflict rings included."""
    import plotly.io

    from tests.fixtures_timeline import many_events_timeline
    from timeline.export.figure import figure_json

    for timeline in (g20_timeline(), many_events_timeline(400)):
        lanes, lane_of = assign_lanes(timeline, "story")
        kinds = {t.meta for t in build_figure(timeline, lanes, lane_of).data}
        expected = plotly.io.to_json(build_figure(timeline, lanes, lane_of), validate=True, pretty=False,
                                     remove_uids=False, engine="json")
        assert figure_json(timeline, lanes, lane_of)[0] == expected
    assert {"events:point", "events:interval", "events:band", "conflicts"} <= kinds
