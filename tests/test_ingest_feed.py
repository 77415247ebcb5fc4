"""Reading an RSS feed served by a real HTTP server on a loopback port: linked pages fetched once,
failures (slow, missing, oversized) reported and replaced by the entries' own summaries."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from timeline.ingest import FetchError, TransientFetchError, fetch_page, read_feed
from timeline.settings import Settings

ARTICLE_PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav><article>
<h1>{title}</h1><p>ANTALYA, Turkey (AFP) - World leaders meeting at the G20 summit sought to join forces to bring
peace to Syria and destroy the Islamic State network, hoping to curb the extremist menace after the attacks.</p>
<p>Leaders of the Group of 20 top economies will describe the Paris strikes as an unacceptable affront to all
humanity, according to a draft statement obtained by reporters at the summit on its second day.</p>
</article><footer>Copyright Example News</footer></body></html>"""

ITEM = """<item><title>{title}</title><link>{base}{path}</link><pubDate>{date}</pubDate>{summary}</item>"""


class _Site:
    """What the test server serves; `requests` logs every path asked for, with its User-Agent."""

    def __init__(self):
        self.items = [("/good", "Leaders meet in Antalya", "Mon, 16 Nov 2015 23:30:00 -0500", "A short summary."),
                      ("/slow", "Slow page", "Mon, 16 Nov 2015 10:00:00 +0000", "Summary of the slow page."),
                      ("/missing", "Missing page", "Tue, 17 Nov 2015 10:00:00 +0000", "Summary of the <b>missing</b> page."),
                      ("/huge", "Huge page", "Tue, 17 Nov 2015 11:00:00 +0000", "Summary of the huge page."),
                      ("/gone", "Gone without summary", "Tue, 17 Nov 2015 12:00:00 +0000", None)]
        self.requests: list[tuple[str, str]] = []
        self.base = ""

    def feed(self) -> bytes:
        items = "".join(ITEM.format(title=t, base=self.base, path=p, date=d,
                                    summary=f"<description>{s.replace('<', '&lt;')}</description>" if s else "")
                        for p, t, d, s in self.items)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title>'
                f'<link>{self.base}/</link>{items}</channel></rss>').encode()


@pytest.fixture()
def site():
    state = _Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output quiet
            pass

        def do_GET(self):
            state.requests.append((self.path, self.headers.get("User-Agent", "")))
            if self.path == "/feed.xml":
                return self._send(200, state.feed(), "application/rss+xml")
            if self.path == "/slow":
                time.sleep(2)
                return self._send(200, b"<html><body><p>too late</p></body></html>")
            if self.path == "/huge":
                return self._send(200, b"<html><body>" + b"<p>filler text</p>" * 5000 + b"</body></html>")
            if self.path == "/error":
                return self._send(503, b"busy")
            for path, title, _, _ in state.items:
                if path == self.path and path not in ("/missing", "/gone"):
                    return self._send(200, ARTICLE_PAGE.format(title=title).encode())
            return self._send(404, b"not found")

        def _send(self, code, body, kind="text/html; charset=utf-8"):
            try:
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass   # the client gave up (the timeout case)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def _settings(tmp_path):
    return Settings(state_dir=tmp_path / "state", fetch_timeout_s=0.5, fetch_max_bytes=20_000)


def test_feed_fetches_what_it_can_and_reports_the_rest(site, tmp_path):
    settings = _settings(tmp_path)
    result = read_feed(f"{site.base}/feed.xml", settings)
    entries = {e.source.removeprefix(site.base): e for e in result.entries}
    documents = {d.source.removeprefix(site.base): d for d in result.documents}
    assert set(entries) == {"/good", "/slow", "/missing", "/huge", "/gone"}

    good = documents["/good"]
    assert entries["/good"].status == "ok" and good.url == f"{site.base}/good" and good.format == "feed"
    assert "Group of 20" in good.text and "Copyright" not in good.text
    assert good.dct.date == dt.date(2015, 11, 16) and good.dct.provenance == "metadata"   # local date of -0500
    assert good.dateline.place == "ANTALYA, Turkey"
    assert entries["/good"].text_file == f"texts/{good.id}.txt"

    for path, words in (("/slow", "timed out"), ("/missing", "HTTP 404"), ("/huge", "oversized")):
        assert entries[path].status == "fetch_failed", path
        assert words in entries[path].reason and "summary" in entries[path].reason
        assert documents[path].text.startswith("Summary of the")
        assert entries[path].document_id == documents[path].id
    assert documents["/missing"].text == "Summary of the missing page."      # markup removed
    assert documents["/missing"].dct.date == dt.date(2015, 11, 17)
    assert entries["/gone"].status == "fetch_failed" and "/gone" not in documents

    agents = {agent for path, agent in site.requests}
    assert all(agent.startswith("newsline/") for agent in agents)
    state = json.loads((tmp_path / "state" / "fetched_urls.json").read_text())
    assert state["urls"][f"{site.base}/good"]["status"] == "ok"
    assert "404" in state["urls"][f"{site.base}/missing"]["reason"]


def test_second_run_fetches_only_the_new_entry(site, tmp_path):
    settings = _settings(tmp_path)
    first = read_feed(f"{site.base}/feed.xml", settings)
    site.items.append(("/new", "A new story", "Wed, 18 Nov 2015 08:00:00 +0100", "New summary."))
    site.requests.clear()
    calls = []

    def wrapped_fetch(url, settings):   # what a caller's retrying task would wrap
        calls.append(url)
        return fetch_page(url, settings)

    second = read_feed(f"{site.base}/feed.xml", settings, fetch=wrapped_fetch)
    assert [path for path, _ in site.requests] == ["/feed.xml", "/new"]
    assert calls == [f"{site.base}/feed.xml", f"{site.base}/new"]
    by_source = {d.source: d for d in second.documents}
    assert by_source[f"{site.base}/new"].dct.date == dt.date(2015, 11, 18)
    old_good = next(d for d in first.documents if d.source.endswith("/good"))
    assert by_source[old_good.source] == old_good                       # read again from the saved page
    missing = next(e for e in second.entries if e.source.endswith("/missing"))
    assert "earlier run" in missing.reason and missing.status == "fetch_failed"


def test_fetch_errors_are_classified(site, tmp_path):
    settings = _settings(tmp_path)
    with pytest.raises(TransientFetchError, match="503"):
        fetch_page(f"{site.base}/error", settings)
    with pytest.raises(FetchError, match="404") as final:
        fetch_page(f"{site.base}/missing", settings)
    assert not isinstance(final.value, TransientFetchError)
    with pytest.raises(FetchError, match="http"):
        fetch_page("file:///etc/passwd", settings)


def test_unreachable_or_broken_feeds_are_entries_not_errors(tmp_path):
    settings = _settings(tmp_path)
    (tmp_path / "words.xml").write_bytes(b"this is not a feed at all, just words")
    result = read_feed(str(tmp_path / "words.xml"), settings)
    assert not result.documents and result.entries[0].status == "malformed"
    assert "not a readable RSS/Atom feed" in result.entries[0].reason
    (tmp_path / "truncated.xml").write_bytes(b"<rss><channel><item><title>x</ti")
    result = read_feed(str(tmp_path / "truncated.xml"), settings)
    assert not result.documents and result.entries[0].status == "empty"
    assert result.entries[0].source.endswith("truncated.xml#1")
    missing = read_feed(str(tmp_path / "nowhere.xml"), settings)
    assert missing.entries[0].status == "unreadable"
    refused = read_feed("http://127.0.0.1:9/feed.xml", settings)
    assert refused.entries[0].status == "fetch_failed" and "could not be fetched" in refused.entries[0].reason
