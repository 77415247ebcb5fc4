"""The data model of newsline: documents, time expressions, events, the timeline and the run manifest.

Every stage reads and writes these pydantic models (the tagger's `Timex` is a plain dataclass); the exporters and the published JSON Schema
(`timeline.schema.json`) come from them. Character offsets always count code points of the
document's decoded text (`Document.text`), never of a re-searched string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

# How precisely a resolved interval is known; drives how the page draws it (a day marker or a band).
Granularity = Literal[
    "time", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century",
]

# Where a document's creation time (DCT) came from.
DctProvenance = Literal["metadata", "dateline", "batch", "anchor", "none"]

# How one event mention got its date.
DatedBy = Literal["timex", "event", "coreference"]

DocumentStatus = Literal[
    "ok",            # read; dated or not (dating problems are in `dct` and `reason`)
    "empty",         # no text at all, or only white space
    "binary",        # NUL bytes or mostly control characters: not text
    "undecodable",   # no text encoding fits
    "unsupported",   # a file type newsline does not read
    "malformed",     # a JSON/JSON Lines record or TimeML file that does not parse
    "too_large",     # over the size limit
    "refused",       # not a regular file inside the input folder (e.g. a symlink leaving it)
    "unreadable",    # the operating system would not let us read it
    "fetch_failed",  # a web page that could not be fetched
]


class _Model(BaseModel):
    """Frozen, no unknown fields. Instances of one class share one set of field names: pydantic gives
    every instance its own set of the fields it was given (about 600 bytes for a Mention, 120 MB for the
    ~200,000 models of 10,000 articles), and newsline never asks which fields were given (no
    `exclude_unset`). Sharing is safe: frozen models never add to the set, and `model_copy` copies it."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    def model_post_init(self, context, /) -> None:
        cls = type(self)
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = set(cls.model_fields)
        object.__setattr__(self, "__pydantic_fields_set__", names)


_FIELD_NAMES: dict[type, set[str]] = {}   # model class -> the set of field names its instances share


class CreationTime(_Model):
    """A document's creation time (DCT): the calendar date it was published, and how we know it."""

    date: dt.date | None = Field(None, description="Publication date as published (local date); null when unknown.")
    provenance: DctProvenance = Field(description="metadata, dateline, batch (inferred from related articles), "
                                                  "anchor (the run's --anchor-date fallback) or none.")
    inferred: bool = Field(False, description="True when the date was not stated by or for this article itself.")
    evidence: str = Field("", description="Human-readable reason: the words or articles the date came from.")


class Dateline(_Model):
    """The opening 'PLACE, Country (AGENCY) -' of a news article."""

    text: str
    place: str | None = None
    agency: str | None = None
    char_start: int
    char_end: int


class Document(_Model):
    """One article, decoded. `text` is what every offset of the run refers to."""

    id: str = Field(description="Stable id: a hash of the article's text.")
    source: str = Field(description="Input file name; `file#N` for record N of a multi-article file; URL for fetched pages.")
    format: str = Field(description="txt, md, html, jsonl, json, tml, feed")
    encoding: str = Field("utf-8", description="Encoding the bytes were decoded with.")
    title: str | None = None
    dateline: Dateline | None = None
    dct: CreationTime
    url: str | None = None
    text: str
    body_start: int = Field(0, description="Offset where the article body starts (after any front matter).")


def pickled_by_field_order(cls):
    """Give a slotted frozen dataclass a lean pickle form: its field values as one tuple, set back in order.

    The dataclass default walks `dataclasses.fields()` for every object it pickles or unpickles: more than
    half the time of reading 10,000 cached analyses (135,000 time expressions and event candidates)."""
    names = tuple(f.name for f in fields(cls))
    if len(names) < 2:
        raise TypeError(f"{cls.__name__}: a tuple of values needs two fields or more")
    values = attrgetter(*names)   # a tuple of the values, taken in C
    set_field = object.__setattr__

    def __getstate__(self) -> tuple:
        return values(self)

    def __setstate__(self, state) -> None:
        for name, value in zip(names, state):
            set_field(self, name, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


@pickled_by_field_order
@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, with its TimeML type and value and its calendar interval.

    A slotted dataclass, not a validated model: the tagger builds it from its own rule tables (nothing to
    validate), a long article yields tens of thousands of them, and this form is several times smaller
    and faster to build. It is not part of the published timeline (mentions carry a `MentionTimex`)."""

    text: str
    char_start: int
    char_end: int
    type: TimexType
    value: str                           # TimeML value: 2015-11-13, 2015-W46-WE, 2015-11, P4Y, PRESENT_REF ...
    mod: str | None = None               # TimeML mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    start: dt.date | None = None         # first calendar day the expression covers (inclusive)
    end: dt.date | None = None           # last calendar day the expression covers (inclusive)
    granularity: Granularity | None = None
    rule: str = ""                       # name of the rule that produced it


class MentionTimex(_Model):
    text: str
    type: TimexType
    value: str


class Mention(_Model):
    """One place in one article where an event is reported."""

    document: str = Field(description="The document's source (file name, file#record or URL).")
    char_start: int
    char_end: int
    sentence: str
    trigger: str = Field("", description="The word or phrase naming the event.")
    timex: MentionTimex | None = Field(None, description="The expression that dated it; null when dated through another event.")
    dated_by: DatedBy = "timex"
    evidence: str = Field("", description="How the date was obtained, in words.")
    start: dt.date | None = None
    end: dt.date | None = None
    url: str | None = None


class Conflict(_Model):
    """Two reports of one event that disagree about its date."""

    description: str
    intervals: list[tuple[dt.date, dt.date]]
    documents: list[str]


class Event(_Model):
    id: str = Field(description="Stable id derived from the event's key, not from run order.")
    title: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    confidence: float = Field(ge=0.0, le=1.0)
    mentions: list[Mention]
    actors: list[str] = []
    places: list[str] = []
    story: str | None = Field(None, description="Id of the story (cluster of related articles) it belongs to.")
    conflicts: list[Conflict] = []


class UndatedMention(_Model):
    title: str
    mention: Mention
    reason: str


class DocumentSummary(_Model):
    id: str
    source: str
    title: str | None = None
    url: str | None = None
    dateline: Dateline | None = None
    dct: CreationTime
    story: str | None = None


class Timeline(_Model):
    documents: list[DocumentSummary]
    events: list[Event]
    undated: list[UndatedMention]


class ManifestEntry(_Model):
    source: str
    status: DocumentStatus
    reason: str = ""
    dct: CreationTime | None = None
    document_id: str | None = None
    format: str | None = None
    encoding: str | None = None
    size: int | None = Field(None, description="Size of the input in bytes.")
    text_file: str | None = Field(None, description="For extracted text (HTML, JSON Lines, feeds): the file in the "
                                                    "output folder holding the text that offsets refer to.")


class Manifest(_Model):
    documents: list[ManifestEntry]
