"""The Plotly figure of the timeline page: lanes of markers, bars and bands with rich hover labels.

How events are drawn:
- a single day known to the day: a marker at midday of that day;
- several days known to the day: a solid bar from the first day to the end of the last;
- a date known only to the week, month, season, year...: a light hatched band over the whole span it
  may fall in, with the precision in the hover label (never a made-up exact day);
- an event whose reports disagree about its date: a diamond marker plus a black ring in the
  'Date conflict' legend entry, with the conflict in the hover label.
A range slider under the plot shows the whole span (up to RANGE_SLIDER_MAX_EVENTS events: it draws every
mark twice). Lanes (story, first actor or first place) are horizontal strips; inside a lane, events are packed into
rows so that marks do not cover one another.

Plotly renders hover text, legend names and tick labels as HTML, so every piece of article text here
is escaped (escape.plotly_lines / escape_plotly) before it goes into the figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import plotly.graph_objects as go

from timeline.export.describe import (
    GRANULARITY_WORDS, OTHER_LANE_KEY, Lane, dating_words, event_date_label, event_sources, is_point, is_precise,
)
from timeline.export.escape import clean_display_text, escape_plotly, plotly_lines, shorten
from timeline.export.pieces import Pieces
from timeline.models import Event, Timeline

# Okabe-Ito colour-blind-safe palette without black, which marks date conflicts; grey for 'Other'.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442")
CONFLICT_COLOUR = "#000000"
OTHER_COLOUR = "#999999"
# Past the seventh lane colours repeat, so the marker shape changes with each round of the palette.
LANE_SYMBOLS = ("circle", "triangle-up", "star", "hexagon", "pentagon")  # diamond marks conflicts
MAX_LANES = 15
MAX_ROWS_PER_LANE = 8
ROW_PX = 22
OVERFLOW_OFFSETS = (0.0, 0.28, -0.28, 0.14, -0.14)  # y nudges when a lane's rows are all taken
HOVER_WIDTH = 90            # characters per hover line
HOVER_SENTENCE_LIMIT = 220  # characters of each source sentence in a hover label
HOVER_MAX_SOURCES = 4
LANE_LABEL_LIMIT = 32
DAY_MS = 86_400_000
ASSUMED_PLOT_PX = 1100      # for packing: how many days one marker covers at the initial zoom
# The range slider draws every mark a second time: on a 10,000-event page it doubled the load time in
# Chromium (9.4 s -> 4.5 s without it) and made each zoom four times slower (2.5 s -> 0.7 s). Above this
# many events the page keeps the 1w/1m/1y/all buttons and drag-to-zoom instead.
RANGE_SLIDER_MAX_EVENTS = 3000


def _padded(first: dt.date, last_exclusive: dt.date) -> tuple[dt.date, dt.date]:
    pad = max(dt.timedelta(days=1), (last_exclusive - first) * 0.04)
    return first - pad, last_exclusive + pad


def full_range(events: list[Event]) -> tuple[dt.date, dt.date]:
    """Everything, with a margin: the range slider's extent."""
    return _padded(min(e.start for e in events), max(e.end for e in events) + dt.timedelta(days=1))


def view_range(events: list[Event]) -> tuple[dt.date, dt.date]:
    """Initial x range, from the data only (never from today): the day-precise events, widened to
    take in any vague band that would otherwise lie wholly outside it. A band reaching into the window
    (e.g. 'since June' for a November story) shows as a band running off the edge rather than
    squeezing the precise events into one corner; the range slider and 'all' show its whole span."""
    precise = [e for e in events if is_precise(e)]
    if not precise:
        return full_range(events)
    first = min(e.start for e in precise)
    last = max(e.end for e in precise)
    for event in events:
        if event.end < first or event.start > last:
            first, last = min(first, event.start), max(last, event.end)
    return _padded(first, last + dt.timedelta(days=1))


def _pack(events: list[Event], marker_days: float) -> list[tuple[Event, int, float]]:
    """Greedy row packing of one lane: (event, row, y nudge). Rows are capped; overflow is nudged."""
    row_free: list[float] = []   # the day number from which each row is free
    placed = []
    overflow = 0
    for event in sorted(events, key=lambda e: (e.start, e.end, e.id)):
        begin = event.start.toordinal()
        finish = (begin + marker_days) if is_point(event) else (event.end.toordinal() + 1 + marker_days / 2)
        for row, free in enumerate(row_free):
            if free <= begin:
                row_free[row] = finish
                placed.append((event, row, 0.0))
                break
        else:
            if len(row_free) < MAX_ROWS_PER_LANE:
                row_free.append(finish)
                placed.append((event, len(row_free) - 1, 0.0))
            else:
                row = min(range(len(row_free)), key=lambda r: (row_free[r], r))
                row_free[row] = max(row_free[row], finish)
                overflow += 1
                placed.append((event, row, OVERFLOW_OFFSETS[overflow % len(OVERFLOW_OFFSETS)]))
    return placed


POINT_SIZE, SIZE_PER_SOURCE, MAX_POINT_SIZE = 10, 3, 22


def marker_size(event: Event) -> int:
    """A one-day event's marker grows with the number of articles that agree on it."""
    return min(MAX_POINT_SIZE, POINT_SIZE + SIZE_PER_SOURCE * (len(event_sources(event)) - 1))


def _hover_parts(event: Event) -> tuple[str, str]:
    """An event's hover label before and after its lane's name (the one part that is not the event's own:
    a rerun that adds a story renames the 'Other' lane of thousands of events)."""
    sources = event_sources(event)
    precision = GRANULARITY_WORDS[event.granularity]
    if not is_precise(event):
        precision += "; the band covers the whole span it may fall in"
    agree = f"{len(sources)} agreeing sources" if len(sources) > 1 else "1 source"
    lines = [
        f"<b>{plotly_lines(event.title, HOVER_WIDTH)}</b>",
        f"{escape_plotly(event_date_label(event))} ({escape_plotly(precision)})",
    ]
    words = dating_words(event)
    if words:
        lines.append(plotly_lines("Dated by: " + "; ".join(f"“{w}”" for w in words), HOVER_WIDTH))
    lines.append(f"Confidence {event.confidence:.2f} · {agree} · ")
    after = []
    for conflict in event.conflicts:
        after.append("<b>⚠ Date conflict:</b> " + plotly_lines(conflict.description, HOVER_WIDTH))
    after.append("<b>Sources</b>")
    for mention in event.mentions[:HOVER_MAX_SOURCES]:
        quote = f"{clean_display_text(mention.document)}: “{shorten(mention.sentence, HOVER_SENTENCE_LIMIT)}”"
        after.append("• " + plotly_lines(quote, HOVER_WIDTH))
    hidden = len(event.mentions) - HOVER_MAX_SOURCES
    if hidden > 0:
        after.append(f"… and {hidden} more (click the event for all)")
    return "<br>".join(lines), "<br>" + "<br>".join(after)


def _lane_hover_name(lane: Lane) -> str:
    return escape_plotly(shorten(lane.label, 60))


def _hover(event: Event, lane_name: str, pieces: Pieces) -> str:
    head, tail = pieces.piece("hover", event, "", lambda: _hover_parts(event))
    return head + lane_name + tail


def _span_trace(items: list[tuple[Event, float]], hover: Callable[[Event], str], width: float, meta: str,
                showlegend: bool, common: dict, marker: dict) -> tuple[go.Bar, dict]:
    """Horizontal bars from each event's first day to the end of its last day (bars and bands)."""
    arrays = {
        ("base",): [e.start.isoformat() for e, _ in items],
        ("x",): [((e.end - e.start).days + 1) * DAY_MS for e, _ in items], ("y",): [y for _, y in items],
        ("customdata",): [e.id for e, _ in items], ("hovertext",): [hover(e) for e, _ in items],
    }
    return go.Bar(orientation="h", base=[], x=[], y=[], width=width, customdata=[], hovertext=[],
                  marker=marker, showlegend=showlegend, meta=meta, **common), arrays


def _lane_style(index: int, lane: Lane) -> tuple[str, str]:
    if lane.key == OTHER_LANE_KEY:
        return OTHER_COLOUR, "circle"
    return OKABE_ITO[index % len(OKABE_ITO)], LANE_SYMBOLS[(index // len(OKABE_ITO)) % len(LANE_SYMBOLS)]


# The per-event arrays (positions, ids, hover labels, marker sizes and symbols: hundreds of thousands of
# values on a large timeline) are kept out of the graph objects: Plotly validates every element when a
# trace is built and deep-copies them again on the way to JSON (about 1 s of 7.7 s at 40,000 events).
# Traces are built with empty arrays, which fixes their keys and order, and the arrays are filled in afterwards: into
# the figure (`build_figure`, validated) or straight into its JSON form (`figure_json`, the same text).
Arrays = dict[tuple[str, ...], list]


def build_figure(timeline: Timeline, lanes: list[Lane], lane_of: dict[str, Lane],
                 pieces: Pieces | None = None) -> go.Figure:
    """The figure for a timeline with at least one event."""
    figure, arrays = _figure_parts(timeline, lanes, lane_of, pieces or Pieces())
    for trace, values in zip(figure.data, arrays):
        for path, items in values.items():
            trace[path] = items
    return figure


def figure_json(timeline: Timeline, lanes: list[Lane], lane_of: dict[str, Lane],
                pieces: Pieces | None = None) -> tuple[str, go.Figure]:
    """`build_figure` as Plotly JSON, and the figure without its per-event arrays (layout, traces' styles)."""
    import plotly.io

    figure, arrays = _figure_parts(timeline, lanes, lane_of, pieces or Pieces())
    as_dict = figure.to_dict()
    for trace, values in zip(as_dict["data"], arrays):
        for path, items in values.items():
            target = trace
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = items
    return plotly.io.to_json(as_dict, validate=False, pretty=False, remove_uids=False, engine="json"), figure


def _figure_parts(timeline: Timeline, lanes: list[Lane], lane_of: dict[str, Lane],
                  pieces: Pieces) -> tuple[go.Figure, list[Arrays]]:
    events = timeline.events
    x0, x1 = view_range(events)
    all0, all1 = full_range(events)
    marker_days = (x1 - x0).days * 14 / ASSUMED_PLOT_PX
    figure = go.Figure()
    arrays: list[Arrays] = []   # per trace, in order: its per-event arrays by property path
    tick_values, tick_labels, shapes = [], [], []
    conflict_x, conflict_y, conflict_text, conflict_ids = [], [], [], []
    top = 0
    members_of: dict[Lane, list[Event]] = {}
    for e in events:
        members_of.setdefault(lane_of[e.id], []).append(e)
    for index, lane in enumerate(lanes):
        colour, symbol = _lane_style(index, lane)

        def hover(e: Event, lane_name: str = _lane_hover_name(lane)) -> str:   # the lane's name, bound once
            return _hover(e, lane_name, pieces)

        members = members_of.get(lane, [])
        placed = _pack(members, marker_days)
        rows = 1 + max(row for _, row, _ in placed)
        tick_values.append(top + (rows - 1) / 2)
        tick_labels.append(escape_plotly(shorten(lane.label, LANE_LABEL_LIMIT)))
        if index % 2 == 1:
            shapes.append(dict(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=top - 0.5, y1=top + rows - 0.5,
                               fillcolor="#f2f2f2", line=dict(width=0), layer="below"))
        name = escape_plotly(shorten(lane.label, 48))
        group = f"lane{index}"
        points = [(e, top + row + nudge) for e, row, nudge in placed if is_point(e)]
        bars = [(e, top + row + nudge) for e, row, nudge in placed if not is_point(e) and is_precise(e)]
        bands = [(e, top + row + nudge) for e, row, nudge in placed if not is_precise(e)]
        common = dict(legendgroup=group, name=name, hoverinfo="text",
                      hoverlabel=dict(bgcolor="white", bordercolor=colour, font=dict(color="#222222")))
        shown = False
        if bands:
            _add(figure, arrays, *_span_trace(bands, hover, 0.86, "events:band", not shown, common, marker=dict(
                color=colour, opacity=0.35, line=dict(color=colour, width=1),
                pattern=dict(shape="/", fgcolor=colour, size=6, solidity=0.25))))
            shown = True
        if bars:
            _add(figure, arrays, *_span_trace(bars, hover, 0.6, "events:interval", not shown, common, marker=dict(
                color=colour, line=dict(color="white", width=0.5))))
            shown = True
        if points:
            _add(figure, arrays, go.Scatter(
                mode="markers", x=[], y=[], customdata=[], hovertext=[],
                marker=dict(color=colour, size=[], line=dict(color="white", width=1), symbol=[]),
                showlegend=not shown, meta="events:point", **common), {
                ("x",): [f"{e.start.isoformat()} 12:00" for e, _ in points], ("y",): [y for _, y in points],
                ("customdata",): [e.id for e, _ in points], ("hovertext",): [hover(e) for e, _ in points],
                ("marker", "size"): [marker_size(e) for e, _ in points],
                ("marker", "symbol"): ["diamond" if e.conflicts else symbol for e, _ in points]})
        for e, y in placed_with_y(placed, top):
            if e.conflicts:
                middle = dt.datetime.combine(e.start, dt.time(0)) + (
                    dt.datetime.combine(e.end, dt.time(0)) + dt.timedelta(days=1) - dt.datetime.combine(e.start, dt.time(0))) / 2
                conflict_x.append(middle.isoformat(sep=" "))
                conflict_y.append(y)
                conflict_text.append(hover(e))
                conflict_ids.append(e.id)
        top += rows
    if conflict_x:
        _add(figure, arrays, go.Scatter(
            mode="markers", x=[], y=[], customdata=[], hovertext=[],
            hoverinfo="text", name="⚠ Date conflict", legendgroup="conflicts",
            hoverlabel=dict(bgcolor="white", bordercolor=CONFLICT_COLOUR, font=dict(color="#222222")),
            marker=dict(symbol="circle-open", size=20, color=CONFLICT_COLOUR, line=dict(width=2.5)),
            meta="conflicts", uid="conflicts"),
            {("x",): conflict_x, ("y",): conflict_y, ("customdata",): conflict_ids, ("hovertext",): conflict_text})
    label_px = max(len(label) for label in tick_labels) * 7 + 24
    figure.update_layout(
        template="plotly_white",
        height=max(420, 230 + top * ROW_PX),
        margin=dict(l=min(260, label_px), r=24, t=40, b=40),
        barmode="overlay",
        hovermode="closest",
        hoverlabel=dict(align="left", font=dict(size=12)),
        legend=dict(orientation="h", x=0, y=1.02, xanchor="left", yanchor="bottom",
                    groupclick="togglegroup", title=dict(text="Lanes (click to hide, double-click to isolate):", side="top")),
        shapes=shapes,
        xaxis=dict(
            type="date", range=[x0.isoformat(), x1.isoformat()], showgrid=True, gridcolor="#e5e5e5",
            rangeslider=dict(visible=len(events) <= RANGE_SLIDER_MAX_EVENTS, thickness=0.07,
                             range=[all0.isoformat(), all1.isoformat()]),
            rangeselector=dict(x=1, xanchor="right", y=1.0, yanchor="bottom", buttons=[
                dict(count=7, label="1w", step="day", stepmode="backward"),
                dict(count=1, label="1m", step="month", stepmode="backward"),
                dict(count=1, label="1y", step="year", stepmode="backward"),
                dict(step="all", label="all"),
            ]),
        ),
        yaxis=dict(tickmode="array", tickvals=tick_values, ticktext=tick_labels, range=[top - 0.5, -0.5],
                   fixedrange=True, showgrid=False, zeroline=False),
    )
    return figure, arrays


def _add(figure: go.Figure, arrays: list[Arrays], trace, values: Arrays) -> None:
    figure.add_trace(trace)
    arrays.append(values)


def placed_with_y(placed: list[tuple[Event, int, float]], top: int) -> list[tuple[Event, float]]:
    return [(e, top + row + nudge) for e, row, nudge in placed]
