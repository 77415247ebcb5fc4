"""Errors of the ingest stage: a bad input folder, and the two kinds of failed page fetch."""

from __future__ import annotations


class InputError(ValueError):
    """The input folder itself cannot be used (missing, not a folder). One line, fit for the command line."""


class FetchError(Exception):
    """A linked page that cannot be fetched, and retrying will not help (404, oversized, not http)."""


class TransientFetchError(FetchError):
    """A fetch that may work if tried again (timeout, connection refused, HTTP 5xx/429)."""


class Rejected(Exception):
    """Raised inside the readers for an input that yields no document; read_input turns it into a manifest entry."""

    def __init__(self, status: str, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason
