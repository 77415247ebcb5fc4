"""The timeline page: what the figure draws, lanes, hover labels, caption, escaping of hostile articles."""

from __future__ import annotations

import html as html_module
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fixtures_timeline import (
    HOSTILE_SENTENCE, HOSTILE_TITLE, g20_manifest, g20_timeline, hostile_manifest, hostile_timeline,
    manifest_for, many_events_timeline,
)
from timeline.export import write_outputs
from timeline.export.describe import inputs_digest
from timeline.export.figure import MAX_LANES, MAX_ROWS_PER_LANE, RANGE_SLIDER_MAX_EVENTS
from timeline.export.page import _PAGE_SCRIPT
from timeline.models import Manifest, Timeline
from timeline.settings import Settings

pytestmark = pytest.mark.usefixtures("private_cwd")  # Settings() keeps its state in the test's folder


class PageParser(HTMLParser):
    """Collects every start tag with its attributes and the text of each <script> element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def write_page(tmp_path: Path, timeline: Timeline, manifest: Manifest, **settings) -> str:
    settings.setdefault("state_dir", tmp_path.parent / f"{tmp_path.name}-state")  # also from module fixtures
    write_outputs(timeline, manifest, tmp_path, Settings(**settings))
    return (tmp_path / "timeline.html").read_text(encoding="utf-8")


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


def figure_of(html: str) -> dict:
    scripts = {attrs.get("id"): text for attrs, text in parse(html).scripts}
    return json.loads(scripts["newsline-figure"])


def details_of(html: str) -> dict:
    scripts = {attrs.get("id"): text for attrs, text in parse(html).scripts}
    return json.loads(scripts["newsline-events"])


def marks(figure: dict) -> dict[str, tuple[dict, int]]:
    """Event id -> (trace, index in trace) for every event mark (conflict rings excluded)."""
    found = {}
    for trace in figure["data"]:
        if trace.get("meta", "").startswith("events"):
            for i, event_id in enumerate(trace["customdata"]):
                assert event_id not in found, f"{event_id} drawn twice"
                found[event_id] = (trace, i)
    return found


@pytest.fixture(scope="module")
def g20_html(tmp_path_factory) -> str:
    return write_page(tmp_path_factory.mktemp("page"), g20_timeline(), g20_manifest())


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory) -> str:
    return write_page(tmp_path_factory.mktemp("hostile"), hostile_timeline(), hostile_manifest())


def test_every_event_is_drawn_once_in_the_right_shape(g20_html: str) -> None:
    figure = figure_of(g20_html)
    drawn = marks(figure)
    assert set(drawn) == {e.id for e in g20_timeline().events}
    point_trace, i = drawn["ev-0b3f5d12"]  # Paris attacks: one day
    assert point_trace["meta"] == "events:point" and point_trace["x"][i] == "2015-11-13 12:00"
    bar, i = drawn["ev-7c1e2a90"]  # summit: 15-16 Nov as a bar to the end of the 16th
    assert bar["meta"] == "events:interval" and bar["base"][i] == "2015-11-15" and bar["x"][i] == 2 * 86_400_000
    band, i = drawn["ev-91aa6e03"]  # 'since June': month-level band over the whole span
    assert band["meta"] == "events:band" and band["base"][i] == "2015-06-01"
    assert band["marker"]["opacity"] < 1
    hover = band["hovertext"][i]
    assert "June – November 2015" in hover and "known to the month" in hover and "“since June”" in hover
    assert "1 Jun" not in hover  # never a made-up exact day


def test_hover_has_dates_words_confidence_sources_and_conflicts(g20_html: str) -> None:
    drawn = marks(figure_of(g20_html))
    trace, i = drawn["ev-0b3f5d12"]
    hover = trace["hovertext"][i]
    assert "<b>Paris attacks</b>" in hover and "13 Nov 2015" in hover and "“Friday”" in hover
    assert "Confidence 0.85" in hover and "2 agreeing sources" in hover
    assert "000_b98ab229588f79f1.txt: “The statement" in hover and "001_e28e2fbd3423233d.txt: “The urgent" in hover
    assert "stave off catastrophic climate…”" in hover.replace("<br>", " ")  # long sentence cut at a word
    assert all(len(line) < 140 for line in re.split("<br>", hover))  # wrapped into readable lines
    trace, i = drawn["ev-c4e81f27"]
    assert "⚠ Date conflict:" in trace["hovertext"][i] and trace["marker"]["symbol"][i] == "diamond"
    rings = [t for t in figure_of(g20_html)["data"] if t.get("meta") == "conflicts"]
    assert len(rings) == 1 and rings[0]["customdata"] == ["ev-c4e81f27"]
    assert all("text" not in t.get("mode", "") for t in figure_of(g20_html)["data"])  # no text labels


def test_details_carry_the_dates_and_say_when_reports_disagree(g20_html: str) -> None:
    details = details_of(g20_html)
    assert details["ev-0b3f5d12"]["start"] == details["ev-0b3f5d12"]["end"] == "2015-11-13"
    assert "reports disagree about the date" in details["ev-c4e81f27"]["summary"]   # listed in view with it
    assert "disagree" not in details["ev-0b3f5d12"]["summary"]


def test_view_frames_the_events_and_slider_covers_all(g20_html: str) -> None:
    layout = figure_of(g20_html)["layout"]
    assert layout["xaxis"]["range"] == ["2015-11-12", "2015-11-18"]
    assert layout["xaxis"]["rangeslider"]["range"][0] < "2015-06-01"
    assert layout["xaxis"]["rangeslider"]["visible"] is True
    assert layout["legend"]["groupclick"] == "togglegroup"


@pytest.mark.parametrize("lanes, expected", [
    ("story", {"G20 vows to step up anti-terror…"}),  # a story is named by its earliest article
    ("actor", {"David Cameron", "G20", "Recep Tayyip Erdogan", "No actor named"}),
    ("place", {"United Kingdom", "Paris", "Antalya"}),
])
def test_lanes_follow_the_setting(tmp_path: Path, lanes: str, expected: set[str]) -> None:
    figure = figure_of(write_page(tmp_path, g20_timeline(), g20_manifest(), lanes=lanes))
    assert set(figure["layout"]["yaxis"]["ticktext"]) == expected
    legend_names = {t["name"] for t in figure["data"] if t.get("showlegend") is not False and t.get("meta") != "conflicts"}
    assert {name[:31] for name in legend_names} == {label.rstrip("…") for label in expected}


def test_caption_names_the_inputs_not_the_clock(g20_html: str) -> None:
    caption = re.search(r'<p class="caption" id="caption">(.*?)</p>', g20_html).group(1)
    assert "2 articles" in caption and inputs_digest(g20_timeline()) in caption and "1 input not read" in caption
    assert "6 dated events" in caption and "1 undated mention" in caption
    assert "<title>News timeline: 6 events, June – November 2015</title>" in g20_html


def test_empty_timeline_gives_a_page_saying_so(tmp_path: Path) -> None:
    timeline = g20_timeline().model_copy(update={"events": [], "undated": []})
    html = write_page(tmp_path, timeline, g20_manifest())
    assert "No dated events were found in 2 documents." in html
    assert 'id="newsline-figure"' not in html and html.rstrip().endswith("</html>")
    assert parse(html).tags[0][0] == "html"


HOSTILE_RAW = (
    "<script>alert", "</script><script>", "<img src=x", "<svg onload", "<b onmouseover", "<i>Saturday",
    "javascript:", "window.__pwned=1</script>",
)


def test_hostile_article_never_appears_unescaped(hostile_html: str) -> None:
    for raw in HOSTILE_RAW:
        assert raw not in hostile_html, raw
    page = parse(hostile_html)
    scripts = page.scripts
    assert [attrs.get("id") or attrs.get("src") for attrs, _ in scripts] == [
        "newsline-figure", "newsline-events", "plotly.min.js", None]
    assert scripts[-1][1] == _PAGE_SCRIPT  # the only inline code is our own
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "main", "div", "noscript",
               "section", "script", "span", "ul", "li", "b", "table", "thead", "tbody", "tr", "th", "td", "footer", "a"}
    assert {tag for tag, _ in page.tags} <= allowed
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert attrs["href"].startswith(("https://", "http://")) or re.fullmatch(r"[a-z.]+\.(json|csv|ics)", attrs["href"])


def test_hostile_text_is_escaped_inside_the_figure_and_details(hostile_html: str) -> None:
    figure = figure_of(hostile_html)
    trace, i = marks(figure)["ev-<evil>\"'"]
    hover = trace["hovertext"][i].replace("<br>", " ")  # long lines are wrapped with <br>
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in hover
    assert "&lt;img src=x onerror=\"window.__pwned=1\"&gt;" in hover
    assert "<script" not in hover and "<img" not in hover
    texts = [t["name"] for t in figure["data"]] + figure["layout"]["yaxis"]["ticktext"]
    assert all("<" not in text for text in texts)
    # The details panel is filled with textContent, so it holds the plain (unescaped) text.
    details = details_of(hostile_html)["ev-<evil>\"'"]
    assert details["sources"][0]["sentence"] == HOSTILE_SENTENCE and details["sources"][0]["url"] is None
    assert details["title"] == HOSTILE_TITLE
    # Inside the <script> blocks, < > & only appear as \\u escapes.
    for attrs, text in parse(hostile_html).scripts[:2]:
        assert not set("<>&") & set(text)


def test_csp_allows_only_our_scripts(hostile_html: str) -> None:
    csp = html_module.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', hostile_html).group(1))
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_a_thousand_events_stay_readable(tmp_path: Path) -> None:
    timeline = many_events_timeline(1000)
    html = write_page(tmp_path, timeline, manifest_for(timeline))
    figure = figure_of(html)
    assert set(marks(figure)) == {e.id for e in timeline.events}
    assert len(figure["layout"]["yaxis"]["ticktext"]) <= MAX_LANES
    assert figure["layout"]["yaxis"]["ticktext"][-1] == "Other (6 lanes)"
    ys = [y for t in figure["data"] if t.get("meta", "").startswith("events") for y in t["y"]]
    assert max(ys) < MAX_LANES * MAX_ROWS_PER_LANE
    assert len(html.encode("utf-8")) < 3_000_000
    assert max(len(h) for t in figure["data"] for h in t["hovertext"]) < 3000
    assert figure["layout"]["xaxis"]["rangeslider"]["visible"] is True


def test_a_very_large_timeline_drops_the_range_slider(tmp_path: Path) -> None:
    """The slider draws every mark twice; past RANGE_SLIDER_MAX_EVENTS it costs more than it shows."""
    timeline = many_events_timeline(RANGE_SLIDER_MAX_EVENTS + 1)
    figure = figure_of(write_page(tmp_path, timeline, manifest_for(timeline)))
    assert figure["layout"]["xaxis"]["rangeslider"]["visible"] is False
    html = write_page(tmp_path / "again", timeline, manifest_for(timeline))
    assert "the 1w/1m/1y/all buttons" in html and "slider under the chart" not in html
    assert set(marks(figure)) == {e.id for e in timeline.events}
    assert [b["label"] for b in figure["layout"]["xaxis"]["rangeselector"]["buttons"]] == ["1w", "1m", "1y", "all"]
