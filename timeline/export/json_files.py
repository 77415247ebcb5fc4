"""The JSON data files: timeline.json, manifest.json and timeline.schema.json.

Keys keep the models' field order (stable across runs), indent 2, UTF-8 with non-ASCII kept as is, and
a final newline. Article text is written exactly as it was: these are data files, not pages.
"""

from __future__ import annotations

import json

from pydantic import BaseModel

from timeline.models import Manifest, Timeline



def dump_json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def model_json(model: BaseModel) -> str:
    # pydantic's own serializer writes the same bytes as dump_json(model.model_dump(mode="json")) (tested),
    # about ten times faster
    return model.model_dump_json(indent=2) + "\n"


def timeline_json(timeline: Timeline) -> str:
    return model_json(timeline)


def manifest_json(manifest: Manifest) -> str:
    return model_json(manifest)


def timeline_schema_json() -> str:
    """JSON Schema (draft 2020-12) of timeline.json, generated from the Timeline model."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Timeline.model_json_schema(mode="serialization"),
    }
    return dump_json(schema)
