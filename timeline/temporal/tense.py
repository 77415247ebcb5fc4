"""Which way a clause points in time: the cue the resolver's news policy reads.

News reports mostly tell what happened, so a weekday or a month without a year is placed on or before
the publication date unless its clause speaks of the future ("will", "is to", "next", "plans to",
"is scheduled"); `clause_tense` looks only inside the sentence, near the expression.

The cue patterns run with the stdlib engine on a window of at most a few hundred characters around
the expression, never on the whole text.
"""

from __future__ import annotations

from typing import Literal

import re

Tense = Literal["past", "future", "present"] | None

_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|wont|shall|would|could|might|'ll|going\s+to|as\s+(?:soon|early)\s+as|(?:is|are|was|were)\s+(?:due\s+)?to\s+(?:be\s+)?\w+|"
    r"plans?\s+to|planned|planning|scheduled|expected\s+to|expects?\s+to|due\s+to|set\s+to|aims?\s+to|"
    r"intends?\s+to|hopes?\s+to|upcoming|next|(?:is|are)\s+(?:meeting|holding|visiting|leaving|arriving|"
    r"flying|travelling|traveling|expected|slated|likely))\b")
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|ago|last|earlier|yesterday|(?:has|have)\s+\w+ed|\w{3,}ed|met|took|came|went|left|"
    r"began|held|made|gave|saw|found|fell|rose|won|lost|struck|shot|hit|told|sold|bought|paid|spent|"
    r"ran|led|fled|broke|became|kept|brought|caught|fought|thought|sent|built|sat|stood|wrote|spoke|"
    r"flew|drove|chose|knew|grew|threw|drew|rang|sang|began|put|set|cut|quit|let|shut|spread)\b")
# The word right before the expression ("said Friday", "will meet Friday"), skipping "on", "late", ...
_ADJACENT = re.compile(r"(?i)\b([a-z']+)\s+(?:(?:on|in|late|early|last|since|by|until|as\s+(?:soon|early)\s+as)\s+)?$")
# "will be held Friday": a participle after a future auxiliary is not a past tense
_AUXILIARY_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|could|might|may|to|'ll)\s+(?:be|have|have\s+been)\s+$")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")
# Reporting verbs ("officials said") frame a report but do not date what is reported.
_REPORTING = frozenset({"said", "told", "reported", "announced", "added", "stated", "noted", "confirmed", "explained"})


def _sentence_bounds(text: str, start: int, end: int, reach: int = 160) -> tuple[int, int]:
    left = max(0, start - reach)
    a = left
    for m in _SENTENCE_BREAK.finditer(text[left:start]):
        a = left + m.end()
    right = min(len(text), end + reach)
    b_match = _SENTENCE_BREAK.search(text[end:right])
    b = end + b_match.start() + 1 if b_match else right
    return a, b


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around text[start:end]: the verb right before it decides when it is
    clearly past ("said Friday", "met on Friday"); otherwise the cue nearest the expression in its
    sentence ('future' for "will", "plans to", "as soon as", ...; 'past' for past-tense verbs)."""
    a, b = _sentence_bounds(text, start, end)
    left = text[max(a, start - 90):start]
    adjacent = _ADJACENT.search(left[-40:])
    if adjacent and not _AUXILIARY_BEFORE.search(left[max(0, len(left) - 40):len(left) - len(adjacent.group(0)) + 1]):
        word = adjacent.group(1).lower()
        if word in _REPORTING or (_PAST.fullmatch(word) and word not in ("planned", "scheduled", "expected", "slated")):
            return "past"
    right = text[end:min(b, end + 100)]
    future_left = [m for m in _FUTURE.finditer(left)]
    past_left = [m for m in _PAST.finditer(left) if m.group().lower() not in _REPORTING]
    future_right = [m for m in _FUTURE.finditer(right)]
    past_right = [m for m in _PAST.finditer(right) if m.group().lower() not in _REPORTING]
    # the cue nearest the expression decides; before it counts a little more than after it
    best: tuple[float, str] | None = None
    for matches, kind, side in ((future_left, "future", "left"), (past_left, "past", "left"),
                                (future_right, "future", "right"), (past_right, "past", "right")):
        for m in matches:
            distance = (len(left) - m.end()) if side == "left" else m.start() + 15
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None  # type: ignore[return-value]
