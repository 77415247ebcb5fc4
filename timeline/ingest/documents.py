"""Building a Document from decoded text: title, dateline, creation time, id; and its manifest entry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from timeline.ingest.datelines import (
    dateline_creation_time, find_dateline, find_publication_line, is_publication_line, publication_creation_time,
)
from timeline.models import CreationTime, Document, ManifestEntry

# Formats whose text is extracted from the input (not the input file as it is): the exporter writes the
# text that offsets refer to into the output folder, under the name the manifest suggests.
EXTRACTED_FORMATS = frozenset({"html", "json", "jsonl", "tml", "feed"})
MAX_TITLE_CHARS = 300


@dataclass
class ReadResult:
    """What reading one input gave: its documents and one manifest entry per document or rejected part."""

    documents: list[Document] = field(default_factory=list)
    entries: list[ManifestEntry] = field(default_factory=list)

    def extend(self, other: "ReadResult") -> None:
        self.documents.extend(other.documents)
        self.entries.extend(other.entries)


def document_id(text: str) -> str:
    """Stable id: the first 16 hex digits of the SHA-256 of the text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def first_line_title(text: str, start: int) -> tuple[str | None, int]:
    """The first line of text[start:] when a blank line follows it (the plain-text title convention), or a
    line that says when the article appeared ("Posted on 20 November 2017 - 11:57am", as copied from a page).

    Returns (title, offset where the body after it starts) or (None, start)."""
    position = start
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    end = text.find("\n", position, position + MAX_TITLE_CHARS + 2)
    if end < 0:
        return None, start
    title = text[position:end].strip()
    after = end + 1
    blank_end = text.find("\n", after, after + 200)
    if not title or blank_end < 0:
        return None, start
    if text[after:blank_end].strip():
        return (title, after) if is_publication_line(text[after:blank_end]) else (None, start)
    return title, blank_end + 1


def build_document(*, text: str, source: str, format: str, encoding: str, body_start: int = 0,
                   title: str | None = None, url: str | None = None,
                   metadata_dct: CreationTime | None = None, notes: list[str] | None = None,
                   title_from_text: bool = True) -> Document:
    """A Document with its own dating: metadata first, else the dateline, else a line that says when the
    article appeared ("Published: 2024-11-04", `find_publication_line`); else provenance `none`.

    `notes` (why metadata did not give a date, say) go into the evidence of an undated document."""
    notes = list(notes or [])
    dateline_from = body_start
    if title_from_text:
        found, after = first_line_title(text, body_start)
        opening = find_dateline(text, body_start) if found is not None else None
        if opening is not None and opening.dateline.char_start < after:
            found = None   # a first paragraph that opens with a dateline is the lead, not a title
        if found is not None and is_publication_line(found):
            found = None   # "Published: 2024-11-04" says when, not what
        if found is not None:
            dateline_from = after
            title = title or found
    finding = find_dateline(text, dateline_from)
    dct = metadata_dct
    if finding is not None:
        dateline_dct, why_not = dateline_creation_time(text, finding)
        if dct is None and dateline_dct is not None:
            dct = dateline_dct
        elif dct is None:
            notes.append(why_not)
        elif dateline_dct is not None and dateline_dct.date != dct.date:
            dct = dct.model_copy(update={"evidence": f"{dct.evidence}; the dateline says "
                                                     f"{dateline_dct.date.isoformat()} (metadata kept)"})
    if dct is None:
        line = find_publication_line(text, body_start)
        if line is not None:
            dct = publication_creation_time(line)
    if dct is None:
        notes.append("no date evidence found in the article (no metadata date, no dated dateline, "
                     "no publication line)")
        dct = CreationTime(date=None, provenance="none", evidence="; ".join(notes))
    return Document(id=document_id(text), source=source, format=format, encoding=encoding, title=title,
                    dateline=finding.dateline if finding else None, dct=dct, url=url, text=text,
                    body_start=body_start)


def manifest_entry(document: Document, **extra) -> ManifestEntry:
    """The manifest entry of a read document (status ok unless `extra` says otherwise)."""
    values = dict(source=document.source, status="ok", dct=document.dct, document_id=document.id,
                  format=document.format, encoding=document.encoding,
                  text_file=f"texts/{document.id}.txt" if document.format in EXTRACTED_FORMATS else None)
    values.update(extra)
    return ManifestEntry(**values)


def rejected_entry(source: str, status: str, reason: str, *, format: str | None = None,
                   size: int | None = None, encoding: str | None = None) -> ManifestEntry:
    return ManifestEntry(source=source, status=status, reason=reason, format=format, size=size, encoding=encoding)


def refresh_entries(entries: list[ManifestEntry], documents: list[Document]) -> list[ManifestEntry]:
    """The entries with each document's current creation time (after date_documents); others unchanged.

    An entry whose own document was dropped as a duplicate (same text under another name) takes the
    creation time of the document with its id."""
    by_key = {(d.source, d.id): d for d in documents}
    by_id = {}
    for d in documents:
        by_id.setdefault(d.id, d)
    refreshed = []
    for entry in entries:
        document = by_key.get((entry.source, entry.document_id)) or by_id.get(entry.document_id)
        refreshed.append(entry.model_copy(update={"dct": document.dct}) if document else entry)
    return refreshed
