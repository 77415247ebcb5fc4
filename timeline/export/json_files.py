"""The JSON data files: timeline.json, manifest.json and timeline.schema.json.

Keys keep the models' field order (stable across runs), indent 2, UTF-8 with non-ASCII kept as is, and
a final newline. Article text is written exactly as it was: these are data files, not pages.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from pydantic import BaseModel, TypeAdapter

from timeline.models import Event, Manifest, Timeline

# one serializer per list of the timeline, built once
_LIST_ADAPTERS = {name: TypeAdapter(field.annotation) for name, field in Timeline.model_fields.items()}



def dump_json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def model_json(model: BaseModel) -> str:
    # pydantic's own serializer writes the same bytes as dump_json(model.model_dump(mode="json")) (tested),
    # about ten times faster
    return model.model_dump_json(indent=2) + "\n"


def timeline_json(timeline: Timeline) -> str:
    return model_json(timeline)


_ITEMS_PER_CHUNK = 256


def event_json(event: Event) -> bytes:
    """One event as timeline.json writes it (before the file's own indentation)."""
    return Event.__pydantic_serializer__.to_json(event, indent=2)


def _events_slice(events: list[Event], seen: Callable[[Event, bytes], None]) -> bytes:
    """`events` as the list serializer writes them (without the brackets), each handed to `seen`."""
    parts = []
    for event in events:
        data = event_json(event)
        seen(event, data)
        parts.append(b"  " + data.replace(b"\n", b"\n  "))
    return b",\n".join(parts)


def timeline_json_chunks(timeline: Timeline, seen: Callable[[Event, bytes], None] | None = None) -> Iterator[bytes]:
    """timeline.json piece by piece, byte for byte what `timeline_json` gives (tested): a run with a
    hundred thousand mentions never holds the whole file, as text and again as bytes, in memory.

    Each list (documents, events, undated) is written a slice at a time by pydantic's serializer and
    indented one level deeper; JSON strings hold no raw line breaks, so indenting every line is exact.
    With `seen`, each event's JSON (`event_json`) is also handed to it: the export's pieces are keyed
    by it, and serializing every event once more would cost as much as this file."""
    names = list(Timeline.model_fields)
    yield b"{\n"
    for i, name in enumerate(names):
        items = getattr(timeline, name)
        after = b",\n" if i < len(names) - 1 else b"\n"
        key = f'  "{name}": '.encode()
        if not items:
            yield key + b"[]" + after
            continue
        yield key + b"[\n"
        adapter = _LIST_ADAPTERS[name]
        for start in range(0, len(items), _ITEMS_PER_CHUNK):
            if name == "events" and seen is not None:
                inner = _events_slice(items[start : start + _ITEMS_PER_CHUNK], seen).replace(b"\n", b"\n  ")
            else:
                part = adapter.dump_json(items[start : start + _ITEMS_PER_CHUNK], indent=2)
                inner = part[2:-2].replace(b"\n", b"\n  ")   # drop "[\n" and "\n]", indent one level more
            more = start + _ITEMS_PER_CHUNK < len(items)
            yield b"  " + inner + (b",\n" if more else b"\n")
        yield b"  ]" + after
    yield b"}\n"


def manifest_json(manifest: Manifest) -> str:
    return model_json(manifest)


def timeline_schema_json() -> str:
    """JSON Schema (draft 2020-12) of timeline.json, generated from the Timeline model."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Timeline.model_json_schema(mode="serialization"),
    }
    return dump_json(schema)
