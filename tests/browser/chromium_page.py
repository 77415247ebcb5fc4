"""Open a written timeline page in the system's headless Chromium (Debian `chromium`) through Playwright.

Playwright drives the installed browser (executable_path); it never downloads one. Tests using this
are skipped when Playwright or /usr/bin/chromium is missing.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("NEWSLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"

# In the browser: how many event marks the page drew. Data: event ids in traces whose meta starts
# with "events" (conflict rings excluded). DOM: drawn marks in the main plot area (the range slider
# draws its own copy, which is outside .cartesianlayer).
COUNT_DRAWN = """() => {
  const plot = document.getElementById('timeline-plot');
  const ids = [];
  for (const trace of plot.data) {
    if (typeof trace.meta === 'string' && trace.meta.startsWith('events')) ids.push(...trace.customdata);
  }
  const layer = plot.querySelector('.cartesianlayer .subplot.xy');
  const points = layer.querySelectorAll('.scatterlayer .trace:not(.traceconflicts) .points path.point').length;
  const bars = layer.querySelectorAll('.barlayer .point path').length;
  return {ids: ids, points: points, bars: bars};
}"""


def require_browser() -> None:
    pytest.importorskip("playwright.sync_api")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")


@dataclass
class OpenedPage:
    page: object
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    render_seconds: float = 0.0


@contextmanager
def open_page(html_path: Path, wait_rendered: bool = True, width: int = 1400, height: int = 900):
    """Load html_path from disk (file://) and wait until the figure reports it has drawn."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            opened = OpenedPage(page)
            page.on("console", lambda m: opened.console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: opened.page_errors.append(str(e)))
            page.goto(html_path.resolve().as_uri())
            if wait_rendered:
                page.wait_for_selector("#timeline-plot[data-rendered=true]", timeout=60_000)
            # Milliseconds from the start of navigation to now, measured by the page's own clock.
            opened.render_seconds = page.evaluate("() => performance.now()") / 1000
            yield opened
        finally:
            browser.close()


def screenshot(opened: OpenedPage, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    opened.page.screenshot(path=str(path), full_page=True)
    return path
