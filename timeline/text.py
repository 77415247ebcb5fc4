"""Sentence and clause boundaries as character spans of the original text (no copying, no re-searching)."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before white space and an
# upper-case letter or digit, possibly behind an opening quote (also the typewriter `` of wire copy); or at
# a blank line. Abbreviations below do not end one.
_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+(?:``|["'“‘(\[])?[A-Z0-9])|[.!?…]+["'”’)\]]*(?=["“][A-Z])|[.!?…]["”’]+(?=[A-Z])|\n\s*\n""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr co corp inc ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m mt ft ave rev messrs".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
# ... unless a word that only opens a sentence follows: "shortly after 5 a.m. The debate had begun", "rival
# Qorvo Inc. It said" (after "Gen." or "Jan." comes a name or a day, never "The").
_WORD_AFTER = re.compile(r"\s+(?:The|A|An|He|She|It|They|We|His|Her|Its|Their|This|These|Those|There|But|However)\b")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; returns (start, end) offsets with surrounding space trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group().strip():  # punctuation, not a blank line
            word = _WORD_BEFORE.search(text, max(start, match.start() - 12), match.start())
            if match.group().startswith(".") and word and is_abbreviation(word.group(1)) \
                    and _WORD_AFTER.match(text, match.end(), end) is None:
                continue
        _append_trimmed(text, cursor, match.end(), spans)
        cursor = match.end()
    _append_trimmed(text, cursor, end, spans)
    return spans


def is_abbreviation(word: str) -> bool:
    """A word that a full stop after it does not end the sentence with ("Corp", "Jan", "U.S", an initial)."""
    token = word.lower().rstrip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _append_trimmed(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append((a, b))
