"""News feeds: RSS 1.0/2.0 and Atom (feedparser), each entry's linked page fetched once and read like a
saved web page.

Fetching is split out (`fetch_page`) so a caller can wrap the network call, e.g. in a task with retries:
`read_feed(feed, settings, fetch=my_wrapped_fetch)`. It raises TransientFetchError for what may work on a
retry (timeouts, refused connections, HTTP 5xx/408/429) and FetchError for what will not (HTTP 404,
oversized, not http(s)).

No linked page is fetched twice, across runs: every URL tried is remembered in
`<state_dir>/fetched_urls.json` (written atomically) with its outcome, and a fetched page is kept in
`<state_dir>/pages/` so the next run reads it from there. A URL that failed, even for a transient reason,
is not tried again in later runs (within a run, the caller's retries apply); its entry is read from the
feed's own summary, as is any entry whose page cannot be fetched, and the manifest says so.
"""

from __future__ import annotations

import hashlib
import http.client
import importlib.metadata
import json
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable

from timeline.ingest.decoding import decode_bytes
from timeline.ingest.documents import ReadResult, build_document, manifest_entry, rejected_entry
from timeline.ingest.errors import FetchError, Rejected, TransientFetchError
from timeline.ingest.formats import html_document, metadata_dct
from timeline.settings import Settings
from timeline.export.atomic import write_bytes_atomic

STATE_FILE = "fetched_urls.json"
PAGES_FOLDER = "pages"
_CHUNK = 64 * 1024
_RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def _version() -> str:
    try:
        return importlib.metadata.version("newsline")
    except importlib.metadata.PackageNotFoundError:
        return "dev"   # running from a source checkout that is not installed


USER_AGENT = f"newsline/{_version()} (news timeline builder)"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a page must not send the fetcher to file:// or ftp://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.lower().startswith(("http://", "https://")):
            raise FetchError(f"redirected to a non-http address: {newurl[:100]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects())


def fetch_page(url: str, settings: Settings) -> bytes:
    """The bytes at an http(s) URL, within settings.fetch_timeout_s (whole download) and fetch_max_bytes."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"not an http(s) address: {url[:100]}")
    limit, timeout = settings.fetch_max_bytes, settings.fetch_timeout_s
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"oversized: {declared} bytes, over the limit of {limit}")
            chunks, total = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise TransientFetchError(f"timed out after {timeout:g} s")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raise FetchError(f"oversized: more than the limit of {limit} bytes")
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as error:
        kind = TransientFetchError if error.code in _RETRYABLE_STATUS or error.code >= 500 else FetchError
        raise kind(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (socket.timeout, TimeoutError)):
            raise TransientFetchError(f"timed out after {timeout:g} s") from None
        raise TransientFetchError(f"cannot connect: {error.reason}") from None
    except (socket.timeout, TimeoutError):
        raise TransientFetchError(f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, ConnectionError) as error:
        raise TransientFetchError(f"connection failed: {type(error).__name__} {error}") from None


class FetchedUrls:
    """The URLs tried in earlier runs, with their outcome and the saved page; one JSON file in state_dir."""

    def __init__(self, state_dir: Path):
        self.folder = Path(state_dir)
        self.path = self.folder / STATE_FILE
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
            self.urls: dict[str, dict] = loaded.get("urls", {}) if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self.urls = {}   # none yet (or unreadable: start afresh rather than fail the run)

    def page(self, url: str) -> bytes | None:
        record = self.urls.get(url, {})
        if record.get("status") != "ok":
            return None
        try:
            return (self.folder / record["page"]).read_bytes()
        except (OSError, KeyError):
            return None

    def failure(self, url: str) -> str | None:
        record = self.urls.get(url, {})
        return record.get("reason", "failed") if record.get("status") == "failed" else None

    def remember_page(self, url: str, data: bytes) -> None:
        name = f"{PAGES_FOLDER}/{hashlib.sha256(url.encode('utf-8')).hexdigest()[:32]}.html"
        write_bytes_atomic(self.folder / name, data)
        self.urls[url] = {"status": "ok", "page": name, "bytes": len(data)}
        self._save()

    def remember_failure(self, url: str, reason: str) -> None:
        self.urls[url] = {"status": "failed", "reason": reason}
        self._save()

    def _save(self) -> None:
        data = json.dumps({"version": 1, "urls": self.urls}, indent=1, sort_keys=True, ensure_ascii=False)
        write_bytes_atomic(self.path, data.encode("utf-8"))


def _summary_text(entry) -> str:
    """The entry's own text (summary or content), without markup."""
    raw = entry.get("summary") or ""
    for content in entry.get("content") or ():
        if len(content.get("value", "")) > len(raw):
            raw = content["value"]
    if "<" in raw:
        import lxml.html

        try:
            return lxml.html.fromstring(raw).text_content().strip()
        except (ValueError, lxml.etree.ParserError):
            pass
    return raw.strip()


def _load_feed(feed: str, settings: Settings, fetch: Callable[[str, Settings], bytes]) -> bytes:
    if feed.lower().startswith(("http://", "https://")):
        try:
            return fetch(feed, settings)   # the feed itself is read afresh on every run
        except FetchError as error:
            raise Rejected("fetch_failed", f"the feed could not be fetched: {error}") from None
    path = Path(feed)
    try:
        size = path.stat().st_size
        if size > settings.max_document_bytes:
            raise Rejected("too_large", f"{size} bytes, over the limit of {settings.max_document_bytes}")
        return path.read_bytes()
    except OSError as error:
        raise Rejected("unreadable", f"cannot read the feed file: {error.strerror or error}") from None


def read_feed(feed: str, settings: Settings, fetch: Callable[[str, Settings], bytes] | None = None) -> ReadResult:
    """Read a feed (URL or file): one Document per entry, its source the entry's link (`feed#N` without one,
    N from 1). The entry's published date is the metadata DCT. Never raises for a bad feed or page."""
    fetch = fetch or fetch_page
    try:
        data = _load_feed(feed, settings, fetch)
    except Rejected as rejected:
        return ReadResult([], [rejected_entry(feed, rejected.status, rejected.reason, format="feed")])
    headers = {"content-location": feed} if feed.lower().startswith(("http://", "https://")) else {}
    import feedparser   # here, not at the top: only a feed needs it, and it takes 0.05 s to import

    parsed = feedparser.parse(data, response_headers=headers)   # bytes in: feedparser never fetches
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}"
            return ReadResult([], [rejected_entry(feed, "malformed", reason, format="feed", size=len(data))])
        return ReadResult([], [rejected_entry(feed, "empty", "the feed has no entries", format="feed", size=len(data))])
    fetched = FetchedUrls(settings.state_dir)
    result = ReadResult()
    for number, entry in enumerate(parsed.entries, 1):
        result.extend(_read_entry(entry, number, feed, settings, fetch, fetched))
    return result


def _read_entry(entry, number: int, feed: str, settings: Settings, fetch, fetched: FetchedUrls) -> ReadResult:
    link = entry.get("link") or None
    source = link or f"{feed}#{number}"
    title = (entry.get("title") or "").strip() or None
    published = entry.get("published") or entry.get("updated") or entry.get("dc_date")
    dct, why_not = metadata_dct(published, "feed entry")
    page, failure = None, None
    if link and link.lower().startswith(("http://", "https://")):
        page = fetched.page(link)
        if page is None:
            failure = fetched.failure(link)
            if failure is not None:
                failure = f"{failure} (in an earlier run; not fetched again)"
            else:
                try:
                    page = fetch(link, settings)
                    fetched.remember_page(link, page)
                except FetchError as error:
                    failure = str(error)
                    fetched.remember_failure(link, failure)
    elif link:
        failure = "the link is not an http(s) address; not fetched"
    else:
        failure = "the entry has no link"
    if page is not None:
        try:
            decoded = decode_bytes(page, html=True)
            document, _ = html_document(decoded.text, source=source, format="feed", encoding=decoded.encoding,
                                        url=link, metadata=dct)
            if title and document.title is None:
                document = document.model_copy(update={"title": title})
            return ReadResult([document], [manifest_entry(document, size=len(page),
                                                          reason="; ".join(n for n in (decoded.note, why_not) if n))])
        except Rejected as rejected:
            failure = f"the page gave no text ({rejected.reason})"
    summary = _summary_text(entry)
    if not summary:
        status = "fetch_failed" if link else "empty"
        return ReadResult([], [rejected_entry(source, status, f"{failure}; the entry has no summary either",
                                              format="feed")])
    document = build_document(text=summary, source=source, format="feed", encoding="utf-8", title=title, url=link,
                              metadata_dct=dct, notes=[why_not] if why_not else [], title_from_text=False)
    reason = f"{failure}; the text is the feed entry's own summary"
    return ReadResult([document], [manifest_entry(document, status="fetch_failed", reason=reason)])
