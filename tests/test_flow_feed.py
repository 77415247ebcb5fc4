"""The flow reading a news feed from a real loopback HTTP server: each linked page is a Prefect task run
that retries transient failures (a 503 the first time) and gives up at once on a 404; a second run fetches
only the entry that is new."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from timeline.settings import Settings

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World</nav><article><h1>{title}</h1>
<p>ANTALYA, Turkey (AFP) - World leaders at the G20 summit on Sunday held talks in Antalya on the war in
Syria, and agreed to share intelligence on foreign fighters after the attacks in Paris on Friday.</p>
<p>The leaders will meet again at a conference in Paris later this month, officials said on Monday.</p>
</article><footer>Example News</footer></body></html>"""


class _Site(BaseHTTPRequestHandler):
    entries = [("/steady", "Leaders meet in Antalya"), ("/flaky", "Talks on Syria"), ("/missing", "Gone")]
    hits: dict[str, int] = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/feed.xml":
            base = f"http://127.0.0.1:{self.server.server_port}"
            items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>Mon, 16 Nov 2015 12:00:00 "
                            f"+0000</pubDate><description>Summary of {t}.</description></item>"
                            for p, t in self.entries)
            return self._send(200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}'
                                   f'</channel></rss>'.encode(), "application/rss+xml")
        if self.path == "/flaky" and self.hits[self.path] == 1:
            return self._send(503, b"busy, try again")
        titles = dict(self.entries)
        if self.path in titles and self.path != "/missing":
            return self._send(200, PAGE.format(title=titles[self.path]).encode())
        return self._send(404, b"not found")

    def _send(self, code, body, kind="text/html; charset=utf-8"):
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def site():
    _Site.hits = {}
    _Site.entries = list(_Site.entries[:3])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.slow  # the session's Prefect test server
def test_feed_pages_are_fetched_with_retries_and_only_once(prefect_server, site, tmp_path):
    from flows.build_timeline import run_flow

    settings = Settings(input_dir=None, feed=f"{site}/feed.xml", output_dir=tmp_path / "out", state_dir=tmp_path / "state")
    record = run_flow(settings)
    manifest = {d["source"]: d for d in json.loads((tmp_path / "out" / "manifest.json").read_text())["documents"]}

    assert _Site.hits["/flaky"] == 2, "the 503 was retried once by the fetch task"
    assert _Site.hits["/missing"] == 1, "a 404 is final: no retry"
    assert manifest[f"{site}/steady"]["status"] == "ok"
    assert manifest[f"{site}/flaky"]["status"] == "ok"
    assert manifest[f"{site}/missing"]["status"] == "fetch_failed" and "404" in manifest[f"{site}/missing"]["reason"]
    timeline = json.loads((tmp_path / "out" / "timeline.json").read_text())
    assert any(m["document"] == f"{site}/flaky" and m["url"] == f"{site}/flaky"
               for e in timeline["events"] for m in e["mentions"])
    assert record["documents_ok"] >= 2

    _Site.entries.append(("/fresh", "Ministers follow up"))
    run_flow(settings)
    assert _Site.hits["/fresh"] == 1
    assert _Site.hits["/steady"] == 1 and _Site.hits["/flaky"] == 2 and _Site.hits["/missing"] == 1
