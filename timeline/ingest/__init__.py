"""Ingest: every input (files of a folder, a news feed) read into Documents with a creation time and its
provenance, and every input accounted for in the manifest.

Public API:
    discover_inputs(input_dir, settings) -> (paths, refused entries)
    read_input(path, input_dir, settings) -> ReadResult(documents, entries)
    read_feed(feed, settings, fetch=None) -> ReadResult
    fetch_page(url, settings) -> bytes            (TransientFetchError / FetchError)
    date_documents(documents, anchor_date) -> documents   (batch inference, then the anchor fallback)
    manifest_entry(document, **extra) / refresh_entries(entries, documents)
"""

from timeline.ingest.batch_dating import date_documents
from timeline.ingest.documents import ReadResult, document_id, manifest_entry, refresh_entries
from timeline.ingest.errors import FetchError, InputError, TransientFetchError
from timeline.ingest.feeds import fetch_page, read_feed
from timeline.ingest.inputs import discover_inputs, read_input

__all__ = [
    "FetchError", "InputError", "ReadResult", "TransientFetchError", "date_documents", "discover_inputs",
    "document_id", "fetch_page", "manifest_entry", "read_feed", "read_input", "refresh_entries",
]
