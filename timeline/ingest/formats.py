"""One reader per input format: decoded text in, Documents (or Rejected) out.

Each reader gets the file's bytes and its source name and returns a ReadResult; a problem with the
whole file raises Rejected, a problem with one record of a multi-article file is that record's entry.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Callable

import re2
import yaml

from timeline.ingest.decoding import Decoded, decode_bytes
from timeline.ingest.documents import ReadResult, build_document, manifest_entry, rejected_entry
from timeline.ingest.errors import Rejected
from timeline.ingest.published import parse_published
from timeline.models import CreationTime, Document
from timeline.timeml import TimeMLError, read_timeml

# File extension (lower case) -> format name.
FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".tml": "tml",
}
# Front matter: a first line '---', YAML, a closing line '---' (or '...'); at most 64 KiB of it.
_FRONT_MATTER = re2.compile(r"---[ \t]*\r?\n(?P<yaml>(?:[^\n]*\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)")
_FRONT_MATTER_MAX = 64 * 1024
# Header lines of a plain-text article, as news archives and mail export them: "Title: ...", "Date: ...",
# one a line from the first line on, closed by a blank line. Only these names, so that an article whose
# first line happens to hold a colon ("Update: the vote is delayed") is read as text.
_HEADER_FIELDS = {"title": "title", "headline": "title", "date": "published", "published": "published",
                  "publication date": "published", "pubdate": "published", "url": "url", "link": "url",
                  "source": "source"}
_HEADER_BLOCK = re2.compile(
    r"(?i)(?P<lines>(?:[ \t]*(?:" + "|".join(_HEADER_FIELDS) + r")[ \t]*:[^\n]*\n){1,8})[ \t]*\r?\n")
_HEADER_LINE = re2.compile(r"(?i)[ \t]*(?P<name>[a-z ]+?)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t\r]*$")
_HEADER_MAX = 4096
# libyaml's loader when PyYAML was built with it (the wheels are): the same strings-only loading, about
# ten times faster than the pure-Python one, which was most of the time spent reading Markdown articles.
_YAML_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
# Pages published before this are archives, not errors; after it, a parsing accident (fixed: never "today").
HTML_MIN_DATE = "1990-01-01"
HTML_MAX_DATE = "2099-12-31"
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False,
                     "min_date": HTML_MIN_DATE, "max_date": HTML_MAX_DATE}


def _notes(decoded: Decoded, *more: str) -> str:
    return "; ".join(note for note in (decoded.note, *more) if note)


def metadata_dct(value: object, where: str) -> tuple[CreationTime | None, str]:
    """A metadata `published` value as a DCT, or None and a note saying why it was not used."""
    if value is None or value == "":
        return None, ""
    day = parse_published(value)
    if day is None:
        return None, f"{where} published {str(value)[:60]!r} is not a date newsline reads"
    return CreationTime(date=day, provenance="metadata", evidence=f"{where} published: {str(value)[:60]!r}"), ""


# --------------------------------------------------------------------------------------------- text
def read_text(data: bytes, source: str, format: str) -> ReadResult:
    """Plain text or Markdown, with an optional YAML front matter block (title, published, source, url)."""
    decoded = decode_bytes(data)
    text = decoded.text
    body_start, fields, notes = 0, {}, []
    if text.startswith("---"):
        match = _FRONT_MATTER.match(text[:_FRONT_MATTER_MAX])
        if match:
            body_start = match.end()
            try:
                loaded = yaml.load(match.group("yaml"), Loader=_YAML_LOADER)  # strings only: dates parsed here
                if isinstance(loaded, dict):
                    fields = loaded
                elif loaded is not None:
                    notes.append("front matter is not a mapping; ignored")
            except yaml.YAMLError as error:
                fields = _front_matter_lines(match.group("yaml"))
                notes.append(f"front matter is not valid YAML ({str(error).splitlines()[0]}); "
                             + ("its 'name: value' lines were read one by one" if fields else "ignored"))
    elif format == "txt":
        body_start, fields = _header_lines(text)
    where = "front matter" if text.startswith("---") else "header"
    if not text[body_start:].strip():
        raise Rejected("empty", f"no article text after the {where}" if body_start else "contains only white space")
    dct, why_not = metadata_dct(fields.get("published") or fields.get("date"), where)
    url = _string(fields.get("url"))
    if url is None and _is_web_address(_string(fields.get("source"))):
        url = fields["source"]        # `source` names where the article came from; a web address is kept as url
    document = build_document(text=text, source=source, format=format, encoding=decoded.encoding,
                              body_start=body_start, title=_string(fields.get("title")), url=url,
                              metadata_dct=dct, notes=[why_not] if why_not else [])
    return ReadResult([document], [manifest_entry(document, size=len(data), reason=_notes(decoded, *notes, why_not))])


def _front_matter_lines(block: str) -> dict[str, str]:
    """The 'name: value' lines of a front matter block that YAML cannot read, the value taken whole up to the
    line's end: "title: Colombia elections: rightwinger and former guerrilla head for runoff" (a colon in an
    unquoted title is the usual slip)."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        match = _HEADER_LINE.fullmatch(line)
        if match and not line[:1].isspace():
            value = match.group("value")
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            fields[match.group("name").lower()] = value   # the last of a name, as YAML takes it
    return fields


def _header_lines(text: str) -> tuple[int, dict[str, str]]:
    """(where the body starts, the fields) of a plain-text article's header lines ("Title: ...", "Date:
    ..."), or (0, {}) when it opens with none."""
    match = _HEADER_BLOCK.match(text[:_HEADER_MAX])
    if match is None:
        return 0, {}
    fields: dict[str, str] = {}
    for line in match.group("lines").splitlines():
        parts = _HEADER_LINE.match(line)
        if parts is not None:
            fields.setdefault(_HEADER_FIELDS[parts.group("name").lower()], parts.group("value"))
    return match.end(), fields


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _is_web_address(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://"))


# --------------------------------------------------------------------------------------------- HTML
def extract_html(html: str) -> tuple[str, str | None, str | None]:
    """Main text, title and publication date (YYYY-MM-DD, original over modified) of a page; no network.

    The page is parsed here and handed to trafilatura as a tree, so a page whose text looks like a web
    address is never fetched. Broken markup is read by lxml's forgiving parser; when trafilatura finds no
    main text, its baseline extraction (all paragraph-like text) is used."""
    import trafilatura   # here, not at the top: most batches hold no HTML, and it takes 0.1 s to import

    tree = trafilatura.utils.load_html(html)
    if tree is None:
        return "", None, None
    result = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True,
                                         date_extraction_params=dict(_HTML_DATE_PARAMS))
    text = (result.text or "") if result is not None else ""
    title = result.title if result is not None else None
    date = result.date if result is not None else None
    if not text.strip():
        fallback_tree = trafilatura.utils.load_html(html)
        if fallback_tree is not None:
            _, text, _ = trafilatura.baseline(fallback_tree)
    return text.strip(), (title or None), date


def read_html(data: bytes, source: str, format: str = "html") -> ReadResult:
    decoded = decode_bytes(data, html=True)
    document, notes = html_document(decoded.text, source=source, format=format, encoding=decoded.encoding)
    return ReadResult([document], [manifest_entry(document, size=len(data), reason=_notes(decoded, *notes))])


def html_document(html: str, *, source: str, format: str, encoding: str, url: str | None = None,
                  metadata: CreationTime | None = None) -> tuple[Document, list[str]]:
    """A Document from a page (saved or fetched); `metadata` (a feed's date) wins over the page's own."""
    text, title, page_date = extract_html(html)
    if not text:
        raise Rejected("empty", "no article text found in the HTML")
    notes: list[str] = []
    dct = metadata
    if dct is None and page_date:
        dct = CreationTime(date=dt.date.fromisoformat(page_date), provenance="metadata",
                           evidence=f"page metadata (htmldate, original date over modified): {page_date}")
    document = build_document(text=text, source=source, format=format, encoding=encoding, title=title,
                              url=url, metadata_dct=dct, title_from_text=title is None)
    return document, notes


# ---------------------------------------------------------------------------------------- JSON records
# Where a record gives its publication date, first found first: the names of news exports and APIs.
RECORD_DATE_KEYS = ("published", "date", "published_at", "publishedAt", "datePublished", "pubDate")

def _record_document(record: object, source: str, format: str, encoding: str) -> Document:
    if not isinstance(record, dict):
        raise Rejected("malformed", f"a record must be a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise Rejected("malformed", "the record has no 'text' string")
    if not text.strip():
        raise Rejected("empty", "the record's text is empty")
    published = next((record[key] for key in RECORD_DATE_KEYS if record.get(key) not in (None, "")), None)
    if isinstance(published, (int, float)) and not isinstance(published, bool):
        published = dt.datetime.fromtimestamp(published, dt.timezone.utc).date()  # epoch seconds: UTC date
    dct, why_not = metadata_dct(published, "record")
    url = record.get("url")
    return build_document(text=text, source=source, format=format, encoding=encoding,
                          title=_string(record.get("title")), url=url if isinstance(url, str) else None,
                          metadata_dct=dct, notes=[why_not] if why_not else [])


def _records(records, source: str, format: str, decoded: Decoded,
             size_of: Callable[[int], int | None], numbered: bool) -> ReadResult:
    result = ReadResult()
    for number, record in records:
        name = f"{source}#{number}" if numbered else source
        try:
            document = _record_document(record, name, format, decoded.encoding)
        except Rejected as rejected:
            result.entries.append(rejected_entry(name, rejected.status, rejected.reason, format=format,
                                                 size=size_of(number), encoding=decoded.encoding))
            continue
        result.documents.append(document)
        result.entries.append(manifest_entry(document, size=size_of(number), reason=decoded.note))
    return result


def read_json(data: bytes, source: str, format: str = "json") -> ReadResult:
    """One JSON object, or a list of them (records numbered from 1: `file#1`, `file#2`, ...)."""
    decoded = decode_bytes(data)
    try:
        loaded = json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise Rejected("malformed", f"not valid JSON: {error}") from None
    if isinstance(loaded, list):
        if not loaded:
            raise Rejected("empty", "the JSON list holds no records")
        return _records(enumerate(loaded, 1), source, format, decoded, lambda n: None, numbered=True)
    return _records([(1, loaded)], source, format, decoded, lambda n: len(data), numbered=False)


def read_jsonl(data: bytes, source: str, format: str = "jsonl") -> ReadResult:
    """JSON Lines: one article per line, `file#N` for line N (from 1, counting blank lines, as an editor
    does); a line that does not parse is its own `malformed` entry and the others are read."""
    decoded = decode_bytes(data)
    parsed, sizes, bad = [], {}, ReadResult()
    for number, line in enumerate(decoded.text.split("\n"), 1):
        if not line.strip():
            continue
        sizes[number] = len(line.encode("utf-8"))
        try:
            parsed.append((number, json.loads(line)))
        except (json.JSONDecodeError, RecursionError) as error:
            bad.entries.append(rejected_entry(f"{source}#{number}", "malformed", f"line {number}: not valid JSON: {error}",
                                              format=format, size=sizes[number], encoding=decoded.encoding))
    result = _records(parsed, source, format, decoded, sizes.get, numbered=True)
    result.extend(bad)
    result.entries.sort(key=lambda entry: int(entry.source.rsplit("#", 1)[1]))
    return result


# -------------------------------------------------------------------------------------------- TimeML
# Sentence or paragraph elements written back to back ("September 7 , 2005</s><s>Apple today unveiled"):
# the article's text gets a line break between them, as a reader sees them (the text is extracted: it is
# written to texts/, which offsets refer to). `newsline annotate` keeps the TimeML text as it is.
_TOUCHING_BLOCKS = re2.compile(r"(?i)(</(?:s|p)>)(<(?:s|p)[\s>])")


def read_tml(data: bytes, source: str, format: str = "tml") -> ReadResult:
    """TimeML: the text of <TEXT> (tags removed), the creation time from <DCT> as metadata."""
    decoded = decode_bytes(data)
    try:
        timeml = read_timeml(_TOUCHING_BLOCKS.sub(r"\1\n\2", decoded.text), source, annotations=False)
    except (TimeMLError, ValueError) as error:
        raise Rejected("malformed", f"not valid TimeML: {error}") from None
    if not timeml.text.strip():
        raise Rejected("empty", "the TimeML <TEXT> element is empty")
    dct = None
    if timeml.dct is not None:
        dct = CreationTime(date=timeml.dct, provenance="metadata", evidence=f"TimeML DCT value {timeml.dct_value!r}")
    document = build_document(text=timeml.text, source=source, format=format, encoding=decoded.encoding,
                              metadata_dct=dct, notes=[] if dct else ["the TimeML DCT has no date value"])
    return ReadResult([document], [manifest_entry(document, size=len(data), reason=decoded.note)])


READERS: dict[str, Callable[[bytes, str, str], ReadResult]] = {
    "txt": read_text, "md": read_text, "html": read_html, "json": read_json, "jsonl": read_jsonl, "tml": read_tml,
}
