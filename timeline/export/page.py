"""timeline.html: the interactive timeline page, written with our own small template.

The figure (figure.py) goes in as JSON inside a <script type="application/json"> block, made safe with
escape.script_json, and is drawn by a fixed inline script; plotly.js is loaded from plotly.min.js beside
the page, or embedded when asked. Everything else on the page that comes from an article (titles,
sentences, names, URLs) is HTML-escaped here; the click-for-details panel builds its nodes with
textContent, never innerHTML. A Content-Security-Policy allows only plotly.js and the page's own script
(by hash) to run, as a second line of defence behind the escaping.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache

import plotly.offline

from timeline.export.describe import (
    GRANULARITY_WORDS, LISTED_MENTIONS, Lane, dating_words, documents_by_source, event_date_label, event_sources,
    listed_urls, mention_url, more_mentions_note,
)
from timeline.export.escape import clean_display_text, escape_html, http_url, script_json, shorten
from timeline.export.figure import figure_json
from timeline.export.pieces import Pieces
from timeline.models import DocumentSummary, Event, Manifest, Timeline

PLOTLY_FILE = "plotly.min.js"
DETAIL_SENTENCE_LIMIT = 600
MAX_UNDATED_LISTED = 500

# The page's only inline script: reads the two JSON blocks, draws the figure, shows details on click and
# lists the events of the span shown.
_PAGE_SCRIPT = r"""
(function () {
  "use strict";
  var figureBlock = document.getElementById("newsline-figure");
  var plot = document.getElementById("timeline-plot");
  if (!figureBlock || !plot) { return; }
  if (typeof Plotly === "undefined") {
    plot.textContent = "The chart library (plotly.min.js) did not load. The data is in timeline.json.";
    return;
  }
  var figure = JSON.parse(figureBlock.textContent);
  var details = JSON.parse(document.getElementById("newsline-events").textContent);
  var panel = document.getElementById("event-details");
  function node(tag, text) {
    var element = document.createElement(tag);
    if (text !== undefined) { element.textContent = text; }
    return element;
  }
  function show(id) {
    var d = Object.prototype.hasOwnProperty.call(details, id) ? details[id] : null;
    if (!d) { return; }
    panel.replaceChildren();
    panel.appendChild(node("h2", d.title));
    panel.appendChild(node("p", d.when));
    if (d.dated_by) { panel.appendChild(node("p", "Dated by: " + d.dated_by)); }
    panel.appendChild(node("p", d.summary));
    d.conflicts.forEach(function (text) {
      var p = node("p", "⚠ Date conflict: " + text);
      p.className = "conflict";
      panel.appendChild(p);
    });
    var list = node("ul");
    d.sources.forEach(function (source) {
      var item = node("li");
      if (source.url && /^https?:\/\//i.test(source.url)) {
        var link = node("a", source.document);
        link.href = source.url;
        link.rel = "noopener noreferrer nofollow";
        item.appendChild(link);
      } else {
        item.appendChild(document.createTextNode(source.document));
      }
      item.appendChild(document.createTextNode(": “" + source.sentence + "”"));
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (d.more) { panel.appendChild(node("p", d.more)); }
  }
  // The events of the span the chart shows, as a list (by date, as timeline.json orders them): read
  // without hovering; a row shows its details like a click on the chart.
  var LISTED_IN_VIEW = 200;
  var ids = Object.keys(details);
  var rows = document.getElementById("events-in-view-rows");
  var note = document.getElementById("events-in-view-note");
  function day(value) { return String(value).slice(0, 10); }
  function pick(id) { show(id); panel.scrollIntoView({block: "nearest"}); }
  function listInView() {
    var range = plot.layout.xaxis && plot.layout.xaxis.range;
    if (!rows || !note || !range) { return; }
    var first = day(range[0]), last = day(range[1]), total = 0;
    rows.replaceChildren();
    ids.forEach(function (id) {
      var d = details[id];
      if (d.start > last || d.end < first) { return; }
      total += 1;
      if (total > LISTED_IN_VIEW) { return; }
      var row = node("tr");
      row.appendChild(node("td", d.when));
      row.appendChild(node("td", d.title));
      row.appendChild(node("td", d.summary));
      row.tabIndex = 0;
      row.addEventListener("click", function () { pick(id); });
      row.addEventListener("keydown", function (e) { if (e.key === "Enter") { pick(id); } });
      rows.appendChild(row);
    });
    note.textContent = total === 0 ? "No event in the span shown."
      : total > LISTED_IN_VIEW ? "The first " + LISTED_IN_VIEW + " of " + total + " events in the span shown; zoom in to list the others."
      : total + (total === 1 ? " event" : " events") + " in the span shown.";
  }
  var config = {responsive: true, displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"]};
  Plotly.newPlot(plot, figure.data, figure.layout, config).then(function () {
    plot.on("plotly_click", function (event) {
      if (event.points && event.points.length) { show(event.points[0].customdata); }
    });
    plot.on("plotly_relayout", listInView);
    listInView();
    plot.setAttribute("data-rendered", "true");
  });
})();
"""

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem; color: #222; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
.caption, .hint { color: #555; margin: .2rem 0; font-size: .9rem; }
.empty { font-size: 1.1rem; padding: 2rem; background: #f6f6f6; }
#event-details { border-left: 4px solid #0072B2; padding: .2rem 1rem; margin-top: 1rem; }
.conflict { color: #8a3b00; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.key span { margin-right: 1.2rem; }
#events-in-view tbody tr { cursor: pointer; }
#events-in-view tbody tr:hover, #events-in-view tbody tr:focus { background: #eef4fa; }
"""


def _sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle that ships with the installed plotly package (read once per process)."""
    return plotly.offline.get_plotlyjs()


def _csp(embed_plotly: bool) -> str:
    scripts = [_sha256_source(_PAGE_SCRIPT)]
    scripts.insert(0, _sha256_source(plotly_js()) if embed_plotly else "'self'")
    return (
        "default-src 'none'; "
        f"script-src {' '.join(scripts)}; "
        "style-src 'unsafe-inline'; "  # plotly.js sets inline styles
        "img-src data: blob:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def _event_detail(event: Event, documents: dict[str, DocumentSummary]) -> dict:
    sources = event_sources(event)
    detail = {
        "title": clean_display_text(event.title),
        "when": f"{event_date_label(event)} ({GRANULARITY_WORDS[event.granularity]})",
        "start": event.start.isoformat(), "end": event.end.isoformat(),   # for the list of events in view
        "dated_by": "; ".join(f"“{clean_display_text(w)}”" for w in dating_words(event)),
        "summary": f"Confidence {event.confidence:.2f} · {len(sources)} source{'s' if len(sources) != 1 else ''}"
                   + (f" · actors: {', '.join(event.actors)}" if event.actors else "")
                   + (f" · places: {', '.join(event.places)}" if event.places else "")
                   + (" · ⚠ reports disagree about the date" if event.conflicts else ""),
        "conflicts": [clean_display_text(c.description) for c in event.conflicts],
        "sources": [
            {"document": clean_display_text(m.document), "sentence": shorten(m.sentence, DETAIL_SENTENCE_LIMIT),
             "url": http_url(mention_url(m, documents))}
            for m in event.mentions[:LISTED_MENTIONS]
        ],
    }
    if more_mentions_note(event):
        detail["more"] = more_mentions_note(event)
    return detail


_compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # built once, not per event


def _event_details_json(timeline: Timeline, pieces: Pieces) -> str:
    """Event id -> `_event_detail` as compact JSON (the text json.dumps gives for that dict), one stored
    piece per event."""
    documents = documents_by_source(timeline)
    items = [
        _compact_json(event.id) + ":" + pieces.piece("details", event, listed_urls(event, documents),
                                                      lambda: _compact_json(_event_detail(event, documents)))
        for event in timeline.events
    ]
    return "{" + ",".join(items) + "}"


def _link_or_text(url: str | None, text: str) -> str:
    safe = http_url(url)
    label = escape_html(clean_display_text(text))
    if safe:
        return f'<a href="{escape_html(safe)}" rel="noopener noreferrer nofollow">{label}</a>'
    return label


def _conflicts_section(timeline: Timeline) -> str:
    items = [
        f"<li><b>{escape_html(clean_display_text(e.title))}</b> ({escape_html(event_date_label(e))}): "
        f"{escape_html(clean_display_text(c.description))} "
        f"[{escape_html(', '.join(clean_display_text(d) for d in c.documents))}]</li>"
        for e in timeline.events for c in e.conflicts
    ]
    if not items:
        return ""
    return "<section id=\"conflicts\"><h2>Date conflicts</h2><ul>\n" + "\n".join(items) + "\n</ul></section>"


def _undated_section(timeline: Timeline) -> str:
    if not timeline.undated:
        return ""
    rows = [
        f"<tr><td>{escape_html(clean_display_text(u.title))}</td><td>{escape_html(clean_display_text(u.mention.document))}</td>"
        f"<td>{escape_html(shorten(u.mention.sentence, 300))}</td><td>{escape_html(clean_display_text(u.reason))}</td></tr>"
        for u in timeline.undated[:MAX_UNDATED_LISTED]
    ]
    more = len(timeline.undated) - MAX_UNDATED_LISTED
    note = f"<p class=\"hint\">… and {more} more in timeline.json.</p>" if more > 0 else ""
    return ("<section id=\"undated\"><h2>Mentioned without a date</h2>"
            "<table><thead><tr><th>Event</th><th>Source</th><th>Sentence</th><th>Why undated</th></tr></thead><tbody>\n"
            + "\n".join(rows) + f"\n</tbody></table>{note}</section>")


def _sources_section(timeline: Timeline, manifest: Manifest) -> str:
    rows = []
    for d in timeline.documents:
        date = d.dct.date.isoformat() if d.dct.date else "unknown"
        how = d.dct.provenance + (", inferred" if d.dct.inferred else "")
        rows.append(
            f"<tr><td>{_link_or_text(d.url, d.source)}</td><td>{escape_html(clean_display_text(d.title or ''))}</td>"
            f"<td>{escape_html(date)} ({escape_html(how)})</td></tr>"
        )
    rejected = [e for e in manifest.documents if e.status != "ok"]
    rejected_note = ""
    if rejected:
        rejected_note = "<p class=\"hint\">Not read: " + "; ".join(
            f"{escape_html(clean_display_text(e.source))} ({escape_html(e.status)})" for e in rejected[:50]
        ) + ("; …" if len(rejected) > 50 else "") + " (details in manifest.json).</p>"
    return ("<section id=\"sources\"><h2>Articles</h2>"
            "<table><thead><tr><th>Source</th><th>Title</th><th>Published</th></tr></thead><tbody>\n"
            + "\n".join(rows) + f"\n</tbody></table>{rejected_note}</section>")


def timeline_page(timeline: Timeline, manifest: Manifest, title: str, caption: str,
                  lanes: list[Lane], lane_of: dict[str, Lane], embed_plotly: bool, pieces: Pieces | None = None) -> str:
    """The complete HTML page as text."""
    return "".join(timeline_page_chunks(timeline, manifest, title, caption, lanes, lane_of, embed_plotly, pieces))


def timeline_page_chunks(timeline: Timeline, manifest: Manifest, title: str, caption: str, lanes: list[Lane],
                         lane_of: dict[str, Lane], embed_plotly: bool, pieces: Pieces | None = None) -> Iterator[str]:
    """The page in parts, in order: at 40,000 events its two JSON blocks are tens of megabytes each, and
    joining them into one page (then encoding it) held four copies at once at the run's peak of memory."""
    yield (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{escape_html(_csp(embed_plotly))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape_html(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape_html(title)}</h1>\n<p class=\"caption\" id=\"caption\">{escape_html(caption)}</p></header>\n"
        "<main>\n"
    )
    if timeline.events:
        pieces = pieces or Pieces()
        plot_json, figure = figure_json(timeline, lanes, lane_of, pieces)
        figure_json_text = script_json(plot_json)
        del plot_json
        plotly_tag = (f"<script>{plotly_js()}</script>" if embed_plotly
                      else f'<script src="{PLOTLY_FILE}" charset="utf-8"></script>')
        span_hint = ("the slider under the chart moves through time" if figure.layout.xaxis.rangeslider.visible
                     else "the 1w/1m/1y/all buttons choose the span shown")
        height = figure.layout.height
        del figure
        yield (
            '<p class="hint">Hover over an event for its dates and sources; click it to pin the details below; '
            f"drag to zoom, double-click to reset; {span_hint}.</p>\n"
            '<p class="hint key"><span>● one day (larger: more articles agree)</span><span>▬ several days</span>'
            "<span>▨ light band: date known only to the week, month, season or year</span>"
            "<span>◇ ◯ reports disagree about the date</span></p>\n"
            f'<div id="timeline-plot" style="width:100%;height:{height}px"></div>\n'
            "<noscript><p>The chart needs JavaScript; the same data is in timeline.json and timeline.csv.</p></noscript>\n"
            '<section id="event-details" aria-live="polite"><p class="hint">Click an event to see its sources here.</p></section>\n'
            '<section id="events-in-view"><h2>Events in view</h2><p class="hint" id="events-in-view-note"></p>'
            "<table><thead><tr><th>When</th><th>Event</th><th>Confidence, sources, names</th></tr></thead>"
            '<tbody id="events-in-view-rows"></tbody></table></section>\n'
            '<script type="application/json" id="newsline-figure">'
        )
        yield figure_json_text
        del figure_json_text
        yield '</script>\n<script type="application/json" id="newsline-events">'
        yield script_json(_event_details_json(timeline, pieces))
        yield f"</script>\n{plotly_tag}\n<script>{_PAGE_SCRIPT}</script>\n"
    else:
        yield (f'<p class="empty" id="no-events">No dated events were found in {len(timeline.documents)} '
               f"document{'s' if len(timeline.documents) != 1 else ''}.</p>\n")
    yield (
        f"{_conflicts_section(timeline)}\n{_undated_section(timeline)}\n"
        f"{_sources_section(timeline, manifest)}\n</main>\n"
        "<footer><p class=\"hint\">Data: <a href=\"timeline.json\">timeline.json</a> · "
        "<a href=\"timeline.csv\">timeline.csv</a> · <a href=\"timeline.ics\">timeline.ics</a> · "
        "<a href=\"timeline.timelinejs.json\">timeline.timelinejs.json</a> · "
        "<a href=\"manifest.json\">manifest.json</a> · <a href=\"timeline.schema.json\">schema</a></p></footer>\n"
        "</body>\n</html>\n"
    )
