"""The dateparser baseline: `dateparser.search_dates` run sentence by sentence with the DCT as base.

Its matches are mapped back to character offsets (searched left to right inside their sentence) and
normalized to TimeML DATE values at day granularity (YYYY-MM-DD), the only precision it reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.text import sentence_spans


@dataclass(frozen=True)
class BaselineTimex:
    char_start: int
    char_end: int
    type: str
    value: str
    text: str


def dateparser_timexes(text: str, dct: dt.date | None) -> list[BaselineTimex]:
    from dateparser.search import search_dates  # heavy import: only the evaluation needs it

    settings = {"RELATIVE_BASE": dt.datetime.combine(dct, dt.time())} if dct else {}
    found: list[BaselineTimex] = []
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        try:
            results = search_dates(sentence, languages=["en"], settings=settings) or []
        except Exception:  # dateparser raises on some odd inputs; the baseline then finds nothing there
            results = []
        cursor = 0
        for surface, moment in results:
            where = sentence.find(surface, cursor)
            if where < 0:
                continue
            cursor = where + len(surface)
            found.append(BaselineTimex(a + where, a + cursor, "DATE", moment.date().isoformat(), surface))
    return found
