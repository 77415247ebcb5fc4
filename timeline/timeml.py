"""Read and write TimeML 1.2 documents (the TempEval-3 / TimeBank format).

`read_timeml` gives the document's creation time, the plain text of `<TEXT>` (tags removed, the five
XML entities decoded) and the gold annotations with offsets into that plain text. `write_timeml` gives
back the same document with the gold annotation removed and newsline's TIMEX3 tags in its place; the
text between tags is kept byte for byte, so a TempEval-3 scorer can align it with the gold file.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from timeline.models import Timex
    from timeline.temporal.tagger import TimexRecord

# Any tag (opening, closing or self-closing) with its attributes; TimeML attribute values never hold '>'.
_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);")
_DCT_BLOCK = re.compile(r"<DCT>(.*?)</DCT>", re.S)
_DOCID = re.compile(r"<DOCID>(.*?)</DOCID>", re.S)
# Gold annotation that newsline output replaces: inline tags inside TEXT, link/instance tags after it.
_INLINE_GOLD = frozenset({"TIMEX3", "EVENT", "SIGNAL"})
_TRAILING_GOLD = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/?>[ \t]*\r?\n?")


class TimeMLError(ValueError):
    """A TimeML document that cannot be read (no TEXT element, unbalanced tags)."""


@dataclass(frozen=True)
class GoldTimex:
    tid: str
    type: str
    value: str
    char_start: int
    char_end: int
    text: str
    mod: str | None = None
    function_in_document: str = "NONE"
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class GoldEvent:
    eid: str
    event_class: str
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True)
class TLink:
    lid: str
    rel_type: str
    event_instance: str | None = None      # eventInstanceID
    time: str | None = None                # timeID
    related_to_time: str | None = None
    related_to_event_instance: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    docid: str
    dct: dt.date | None
    dct_value: str
    text: str
    timexes: list[GoldTimex]
    events: list[GoldEvent]
    instances: dict[str, str]               # eiid -> eid (MAKEINSTANCE)
    tlinks: list[TLink]


def _attributes(raw: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTRIBUTE.finditer(raw)}


def _text_block(raw: str, name: str) -> tuple[int, int]:
    """Where the content of the first <TEXT> element starts and ends (plain string search: a lazy regex
    over the whole document costs more than tagging a short one)."""
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>", start + 6) if start >= 0 else -1
    if end < 0:
        raise TimeMLError(f"{name}: no <TEXT> element")
    return start + 6, end


def _parse_dct(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class _Inline:
    """TEXT content split into plain text, with where each plain offset lies in the raw content."""

    plain: str
    raw_length: int
    # One entry per run of plain text: (plain start, raw start, decoded entity or ""). A run of text maps
    # offset for offset; every character an entity decodes to maps to the entity's first raw character.
    segments: list[tuple[int, int, str]]
    elements: list[tuple[str, dict[str, str], int, int]]  # (tag, attributes, plain start, plain end)

    def raw_at(self, offset: int) -> int:
        """The raw content offset of plain character `offset` (len(plain) -> the content's end)."""
        if offset >= len(self.plain):
            return self.raw_length
        index = bisect.bisect_right(self.segments, (offset, _AFTER_ALL)) - 1
        plain_start, raw_start, entity = self.segments[index]
        return raw_start if entity else raw_start + offset - plain_start


_AFTER_ALL = float("inf")  # sorts after every raw offset: bisect finds the last segment starting at an offset


def _split_inline(content: str, name: str, attributes_wanted: bool = True) -> _Inline:
    pieces: list[str] = []
    segments: list[tuple[int, int, str]] = []
    elements: list[tuple[str, dict[str, str], int, int]] = []
    open_stack: list[tuple[str, dict[str, str], int]] = []
    length = 0

    def add_text(a: int, b: int) -> None:
        nonlocal length
        cursor = a
        if "&" in content[a:b]:
            for entity in _ENTITY.finditer(content, a, b):
                if entity.start() > cursor:
                    segments.append((length, cursor, ""))
                    pieces.append(content[cursor:entity.start()])
                    length += entity.start() - cursor
                decoded = html.unescape(entity.group())
                segments.append((length, entity.start(), decoded))
                pieces.append(decoded)
                length += len(decoded)
                cursor = entity.end()
        if b > cursor:
            segments.append((length, cursor, ""))
            pieces.append(content[cursor:b])
            length += b - cursor

    cursor = 0
    for tag in _TAG.finditer(content):
        add_text(cursor, tag.start())
        cursor = tag.end()
        closing, tag_name, attrs, self_closing = tag.group(1), tag.group(2), tag.group(3), tag.group(4)
        if closing:
            if not open_stack or open_stack[-1][0] != tag_name:
                raise TimeMLError(f"{name}: unbalanced </{tag_name}> at TEXT offset {tag.start()}")
            opened, attributes, start = open_stack.pop()
            elements.append((opened, attributes, start, length))
        elif self_closing:
            elements.append((tag_name, _attributes(attrs) if attributes_wanted else {}, length, length))
        else:
            open_stack.append((tag_name, _attributes(attrs) if attributes_wanted else {}, length))
    add_text(cursor, len(content))
    if open_stack:
        raise TimeMLError(f"{name}: <{open_stack[-1][0]}> is never closed")
    return _Inline("".join(pieces), len(content), segments, elements)


def read_timeml(raw: str, name: str = "document", annotations: bool = True) -> TimeMLDocument:
    """Parse a TimeML document; offsets of timexes and events point into `TimeMLDocument.text`.

    With `annotations=False` only the creation time and the text are read (no gold timexes, events or
    links): what tagging a document needs, at a fraction of the cost."""
    text_start, text_end = _text_block(raw, name)
    docid_match = _DOCID.search(raw)
    docid = html.unescape(docid_match.group(1).strip()) if docid_match else name
    dct_value = ""
    dct_block = _DCT_BLOCK.search(raw)
    if dct_block:
        for tag in _TAG.finditer(dct_block.group(1)):
            if tag.group(2) == "TIMEX3" and not tag.group(1):
                dct_value = _attributes(tag.group(3)).get("value", "")
                break
    if not dct_value:  # some collections mark the creation time only with functionInDocument
        for tag in _TAG.finditer(raw):
            attributes = _attributes(tag.group(3)) if tag.group(2) == "TIMEX3" else {}
            if attributes.get("functionInDocument") in ("CREATION_TIME", "PUBLICATION_TIME"):
                dct_value = attributes.get("value", "")
                break

    inline = _split_inline(raw[text_start:text_end], name, annotations)
    if not annotations:
        return TimeMLDocument(docid=docid, dct=_parse_dct(dct_value), dct_value=dct_value, text=inline.plain,
                              timexes=[], events=[], instances={}, tlinks=[])
    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    for tag_name, attributes, start, end in inline.elements:
        if tag_name == "TIMEX3":
            timexes.append(GoldTimex(
                tid=attributes.get("tid", ""), type=attributes.get("type", ""), value=attributes.get("value", ""),
                char_start=start, char_end=end, text=inline.plain[start:end], mod=attributes.get("mod"),
                function_in_document=attributes.get("functionInDocument", "NONE"), attributes=attributes))
        elif tag_name == "EVENT":
            events.append(GoldEvent(eid=attributes.get("eid", ""), event_class=attributes.get("class", ""),
                                    char_start=start, char_end=end, text=inline.plain[start:end]))
    timexes.sort(key=lambda t: (t.char_start, t.char_end))
    events.sort(key=lambda e: (e.char_start, e.char_end))

    instances: dict[str, str] = {}
    tlinks: list[TLink] = []
    for tag in _TAG.finditer(raw, text_end + len("</TEXT>")):
        kind = tag.group(2)
        if kind == "MAKEINSTANCE":
            attributes = _attributes(tag.group(3))
            instances[attributes.get("eiid", "")] = attributes.get("eventID", "")
        elif kind == "TLINK":
            attributes = _attributes(tag.group(3))
            tlinks.append(TLink(
                lid=attributes.get("lid", ""), rel_type=attributes.get("relType", ""),
                event_instance=attributes.get("eventInstanceID"), time=attributes.get("timeID"),
                related_to_time=attributes.get("relatedToTime"),
                related_to_event_instance=attributes.get("relatedToEventInstance")))
    return TimeMLDocument(docid=docid, dct=_parse_dct(dct_value), dct_value=dct_value, text=inline.plain,
                          timexes=timexes, events=events, instances=instances, tlinks=tlinks)


# Characters an attribute value cannot hold as they are; values rarely have any, so most skip the escaping.
_ATTRIBUTE_SPECIAL = re.compile(r"[&<>\"']")


def _quoted(value: str) -> str:
    return html.escape(value, quote=True) if _ATTRIBUTE_SPECIAL.search(value) else value


def _timex_tag(tid: str, timex: Timex | TimexRecord) -> str:
    tag = f'<TIMEX3 tid="{_quoted(tid)}" type="{_quoted(timex.type)}" value="{_quoted(timex.value)}"'
    return (tag + f' mod="{_quoted(timex.mod)}">') if timex.mod else tag + ">"


def write_timeml(raw: str, timexes: Sequence[Timex | TimexRecord] | Iterable[Timex | TimexRecord],
                 name: str = "document") -> str:
    """The document with gold TIMEX3/EVENT/SIGNAL/MAKEINSTANCE/TLINK/SLINK/ALINK removed and `timexes`
    (offsets into `read_timeml(raw).text`) written as TIMEX3 tags tid="t1".. ; the DCT TIMEX3 stays t0."""
    text_start, text_end = _text_block(raw, name)
    content = raw[text_start:text_end]

    # The content without gold inline tags; other tags (if any) stay where they are.
    stripped = _TAG.sub(lambda tag: "" if tag.group(2) in _INLINE_GOLD else tag.group(), content)
    inline = _split_inline(stripped, name, attributes_wanted=False)

    inserts: list[tuple[int, int, str]] = []  # (offset into stripped, 0 closing / 1 opening, tag)
    previous_end = -1
    for number, timex in enumerate(sorted(timexes, key=lambda t: (t.char_start, t.char_end)), start=1):
        if not 0 <= timex.char_start < timex.char_end <= len(inline.plain):
            raise TimeMLError(f"{name}: timex {timex.text!r} offsets {timex.char_start}-{timex.char_end} "
                              f"outside TEXT (length {len(inline.plain)})")
        if timex.char_start < previous_end:
            raise TimeMLError(f"{name}: timex {timex.text!r} at {timex.char_start} overlaps the previous one")
        previous_end = timex.char_end
        last = inline.raw_at(timex.char_end - 1)
        raw_end = stripped.index(";", last) + 1 if stripped[last] == "&" else last + 1
        inserts.append((inline.raw_at(timex.char_start), 1, _timex_tag(f"t{number}", timex)))
        inserts.append((raw_end, 0, "</TIMEX3>"))
    inserts.sort(key=lambda item: (item[0], item[1]))
    out: list[str] = []
    cursor = 0
    for offset, _, tag in inserts:
        out.append(stripped[cursor:offset])
        out.append(tag)
        cursor = offset
    out.append(stripped[cursor:])

    head = raw[:text_start]
    tail = _TRAILING_GOLD.sub("", raw[text_end:])
    return head + "".join(out) + tail
