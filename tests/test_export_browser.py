"""The timeline page in a real headless Chromium, opened from disk (file://).

Checks that every event of timeline.json is drawn, that nothing logs an error (CSP violations
included), that hover and click show the sources, and that no script from a hostile article runs.
Screenshots go to test-artifacts/ (git-ignored). Needs Debian's chromium and the playwright package.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from browser.chromium_page import ARTIFACTS, COUNT_DRAWN, open_page, require_browser, screenshot
from fixtures_timeline import (
    HOSTILE_TITLE, g20_manifest, g20_timeline, hostile_manifest, hostile_timeline, manifest_for,
    many_events_timeline,
)
from timeline.export import write_outputs
from timeline.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.usefixtures("private_cwd")]

# Fire Plotly's own hover for one event (found by its id) and return the hover label's text. Plotly
# throttles hover (about 100 ms), so wait before the call and before reading the label.
HOVER_EVENT = """async (eventId) => {
  const pause = () => new Promise(resolve => setTimeout(resolve, 200));
  const plot = document.getElementById('timeline-plot');
  for (let c = 0; c < plot.data.length; c++) {
    const trace = plot.data[c];
    if (!(typeof trace.meta === 'string' && trace.meta.startsWith('events'))) continue;
    const p = trace.customdata.indexOf(eventId);
    if (p >= 0) {
      await pause();
      Plotly.Fx.hover(plot, [{curveNumber: c, pointNumber: p}]);
      await pause();
      const layer = document.querySelector('.hoverlayer');
      return {text: layer.textContent, html: layer.innerHTML};
    }
  }
  return null;
}"""


@pytest.fixture(autouse=True)
def _browser_available():
    require_browser()


def _drawn_matches_timeline(opened, out: Path) -> dict:
    expected = [e["id"] for e in json.loads((out / "timeline.json").read_text(encoding="utf-8"))["events"]]
    drawn = opened.page.evaluate(COUNT_DRAWN)
    assert sorted(drawn["ids"]) == sorted(expected)
    assert drawn["points"] + drawn["bars"] == len(expected)  # marks actually in the SVG
    return drawn


def _record_timing(name: str, seconds: float, size: int) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "render-times.json"
    times = json.loads(path.read_text()) if path.exists() else {}
    times[name] = {"render_seconds": round(seconds, 2), "page_bytes": size}
    path.write_text(json.dumps(times, indent=2, sort_keys=True) + "\n")


def test_g20_page_draws_every_event_without_errors(tmp_path: Path) -> None:
    write_outputs(g20_timeline(), g20_manifest(), tmp_path, Settings())
    with open_page(tmp_path / "timeline.html") as opened:
        drawn = _drawn_matches_timeline(opened, tmp_path)
        assert drawn["bars"] == 2  # the 15-16 Nov summit and the 'since June' band
        page = opened.page
        # A real mouse hover on the first marker shows its label.
        box = page.locator(".cartesianlayer .subplot.xy .scatterlayer .trace .points path.point").first.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_selector(".hoverlayer .hovertext", timeout=5000)
        assert "Sources" in page.text_content(".hoverlayer")
        screenshot(opened, "timeline-g20-hover.png")
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_function("document.querySelector('#event-details h2') !== null", timeout=5000)
        assert "Sources" not in page.text_content("#event-details h2")
        label = page.evaluate(HOVER_EVENT, "ev-91aa6e03")["text"]
        assert "June – November 2015" in label and "known to the month" in label
        page.mouse.move(5, 5)
        screenshot(opened, "timeline-g20.png")
        _record_timing("g20", opened.render_seconds, (tmp_path / "timeline.html").stat().st_size)
    assert opened.console_errors == [] and opened.page_errors == []


LISTED_TITLES = "() => [...document.querySelectorAll('#events-in-view-rows tr')].map(r => r.children[1].textContent)"


def test_events_in_view_are_listed_and_follow_the_chart(tmp_path: Path) -> None:
    timeline = g20_timeline()
    write_outputs(timeline, g20_manifest(), tmp_path, Settings())
    with open_page(tmp_path / "timeline.html") as opened:
        page = opened.page
        first, last = (day[:10] for day in page.evaluate("() => document.getElementById('timeline-plot').layout.xaxis.range"))
        shown = [e.title for e in timeline.events if e.start.isoformat() <= last and e.end.isoformat() >= first]
        assert shown and page.evaluate(LISTED_TITLES) == shown   # by date, as timeline.json orders them
        assert page.text_content("#events-in-view-note") == f"{len(shown)} events in the span shown."
        # zoom to the day of the Paris attacks: the list follows
        page.evaluate("() => Plotly.relayout('timeline-plot', {'xaxis.range': ['2015-11-13 00:00', '2015-11-13 23:00']})")
        page.wait_for_function("document.querySelectorAll('#events-in-view-rows tr').length < %d" % len(shown), timeout=5000)
        on_the_day = [e.title for e in timeline.events if e.start.isoformat() <= "2015-11-13" <= e.end.isoformat()]
        assert page.evaluate(LISTED_TITLES) == on_the_day and "Paris attacks" in on_the_day
        # a row shows that event's details, like a click on the chart
        page.click("#events-in-view-rows tr:has-text('Paris attacks')")
        page.wait_for_function("document.querySelector('#event-details h2') !== null", timeout=5000)
        assert page.text_content("#event-details h2") == "Paris attacks"
        screenshot(opened, "timeline-g20-in-view.png")
    assert opened.console_errors == [] and opened.page_errors == []


def test_thousand_event_page_renders_every_event(tmp_path: Path) -> None:
    timeline = many_events_timeline(1000)
    write_outputs(timeline, manifest_for(timeline), tmp_path, Settings())
    with open_page(tmp_path / "timeline.html") as opened:
        _drawn_matches_timeline(opened, tmp_path)
        label = opened.page.evaluate(HOVER_EVENT, timeline.events[500].id)["text"]
        assert timeline.events[500].title in label  # hover still works at this size
        opened.page.evaluate("() => Plotly.relayout('timeline-plot', {'xaxis.autorange': true})")   # everything
        opened.page.wait_for_function("document.getElementById('events-in-view-note').textContent.startsWith('The first')")
        assert opened.page.text_content("#events-in-view-note") == (
            "The first 200 of 1000 events in the span shown; zoom in to list the others.")
        assert len(opened.page.evaluate(LISTED_TITLES)) == 200
        opened.page.locator("#timeline-plot").screenshot(path=str(ARTIFACTS / "timeline-1000.png"))
        _record_timing("1000 events", opened.render_seconds, (tmp_path / "timeline.html").stat().st_size)
        assert opened.render_seconds < 30
    assert opened.console_errors == [] and opened.page_errors == []


def test_hostile_article_runs_no_script(tmp_path: Path) -> None:
    write_outputs(hostile_timeline(), hostile_manifest(), tmp_path, Settings())
    with open_page(tmp_path / "timeline.html") as opened:
        page = opened.page
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        _drawn_matches_timeline(opened, tmp_path)
        hover = page.evaluate(HOVER_EVENT, "ev-<evil>\"'")
        assert "</script><script>alert(1)</script>" in hover["text"]  # shown as text...
        assert "<img" not in hover["html"] and "<script" not in hover["html"]  # ...never as markup
        page.evaluate("""() => document.getElementById('timeline-plot').emit('plotly_click',
                         {points: [{customdata: "ev-<evil>\\"'"}]})""")
        details = page.text_content("#event-details")
        assert HOSTILE_TITLE in details and "window.__pwned=1" in details
        assert HOSTILE_TITLE in page.evaluate(LISTED_TITLES)   # listed as text, too
        page.wait_for_timeout(500)  # give any injected handler (onerror, onload) time to fire
        assert page.evaluate("() => window.__pwned") is None
        assert page.evaluate("() => document.querySelectorAll('main img, main svg script, main script:not([id]):not([src])').length") == 1
        assert page.evaluate("() => [...document.querySelectorAll('a')].filter(a => a.protocol === 'javascript:').length") == 0
        assert dialogs == []
        screenshot(opened, "timeline-hostile.png")
    assert opened.page_errors == []
    assert opened.console_errors == []


def test_empty_timeline_page_renders(tmp_path: Path) -> None:
    empty = g20_timeline().model_copy(update={"events": [], "undated": []})
    write_outputs(empty, g20_manifest(), tmp_path, Settings())
    with open_page(tmp_path / "timeline.html", wait_rendered=False) as opened:
        assert "No dated events were found" in opened.page.text_content("#no-events")
        screenshot(opened, "timeline-empty.png")
    assert opened.console_errors == [] and opened.page_errors == []


def test_page_with_embedded_plotly_renders(tmp_path: Path) -> None:
    write_outputs(g20_timeline(), g20_manifest(), tmp_path, Settings(embed_plotly=True))
    with open_page(tmp_path / "timeline.html") as opened:
        _drawn_matches_timeline(opened, tmp_path)
        _record_timing("g20 embedded plotly", opened.render_seconds, (tmp_path / "timeline.html").stat().st_size)
    assert opened.console_errors == [] and opened.page_errors == []
