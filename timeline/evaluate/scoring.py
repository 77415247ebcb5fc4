"""TempEval-3 Task A scoring of temporal expressions.

A system timex and a gold timex are paired one to one when their extents overlap (relaxed match);
exact-extent pairs are made first, then the rest by largest overlap. Strict match also needs the same
extent. Precision and recall are micro-averaged over all documents. Type F1 and value F1 are the
relaxed F1 times the share of pairs with the gold type (value) exactly, as in the TempEval-3 scorer.
The creation-time timex is not scored (the caller leaves it out).

Why not `tieval` (the TempEval toolkit on PyPI): its `span_identification` gives strict span P/R/F1
(our strict scores agree with it, see tests/test_scoring.py), but its relaxed mode counts one long
system span as matching every gold span it touches (not one-to-one) and treats touching spans as
overlapping, it has no type or value F1, and the package pulls in heavy dependencies (boto3,
google-cloud, huggingface) for its corpus downloaders. This module is small, dependency-free and
tested against hand-built cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol


class Span(Protocol):
    char_start: int
    char_end: int
    type: str
    value: str


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0      # overlapping pairs
    strict: int = 0       # pairs with the same extent
    type_ok: int = 0      # pairs with the gold type
    value_ok: int = 0     # pairs with the gold value

    def add(self, other: "Counts") -> None:
        for name in ("gold", "system", "relaxed", "strict", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, float]:
        """Percentages: strict/relaxed P, R, F1; type and value F1; value accuracy over pairs."""
        def pr(hits: int) -> tuple[float, float, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, self._f1(p, r)

        sp, sr, sf = pr(self.strict)
        rp, rr, rf = pr(self.relaxed)
        type_share = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_share = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {k: round(100 * v, 2) for k, v in {
            "strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp, "relaxed_r": rr,
            "relaxed_f1": rf, "type_f1": rf * type_share, "value_f1": rf * value_share,
            "value_accuracy": value_share}.items()}


@dataclass
class Pairing:
    pairs: list[tuple[Span, Span]] = field(default_factory=list)   # (gold, system)
    missed: list[Span] = field(default_factory=list)
    spurious: list[Span] = field(default_factory=list)


def _overlap(a: Span, b: Span) -> int:
    return min(a.char_end, b.char_end) - max(a.char_start, b.char_start)


def pair(gold: Iterable[Span], system: Iterable[Span]) -> Pairing:
    """One-to-one pairing of overlapping timexes: exact extents first, then the largest overlaps."""
    gold, system = list(gold), list(system)
    taken_gold: set[int] = set()
    taken_system: set[int] = set()
    result = Pairing()
    exact = {(s.char_start, s.char_end): j for j, s in enumerate(system)}
    for i, g in enumerate(gold):
        j = exact.get((g.char_start, g.char_end))
        if j is not None and j not in taken_system:
            taken_gold.add(i)
            taken_system.add(j)
            result.pairs.append((g, system[j]))
    overlaps = sorted(((_overlap(g, s), i, j) for i, g in enumerate(gold) if i not in taken_gold
                       for j, s in enumerate(system) if j not in taken_system and _overlap(g, s) > 0),
                      key=lambda t: (-t[0], t[1], t[2]))
    for _, i, j in overlaps:
        if i in taken_gold or j in taken_system:
            continue
        taken_gold.add(i)
        taken_system.add(j)
        result.pairs.append((gold[i], system[j]))
    result.pairs.sort(key=lambda p: p[0].char_start)
    result.missed = [g for i, g in enumerate(gold) if i not in taken_gold]
    result.spurious = [s for j, s in enumerate(system) if j not in taken_system]
    return result


def count(pairing: Pairing) -> Counts:
    counts = Counts(gold=len(pairing.pairs) + len(pairing.missed), system=len(pairing.pairs) + len(pairing.spurious))
    for g, s in pairing.pairs:
        counts.relaxed += 1
        counts.strict += (g.char_start, g.char_end) == (s.char_start, s.char_end)
        counts.type_ok += g.type == s.type
        counts.value_ok += g.value == s.value
    return counts


def unscored_removed(gold: Iterable, system: Iterable[Span]) -> tuple[list, list[Span]]:
    """Gold and system timexes without the creation time: a gold TIMEX3 of the text marked as the
    document's creation or publication time (a dateline, "WASHINGTON, August 8 (Xinhua)") is not
    scored, and neither is a system timex overlapping it (the same words, found or not)."""
    kept_gold, unscored = [], []
    for g in gold:
        function = getattr(g, "function_in_document", "NONE")
        (unscored if function in ("CREATION_TIME", "PUBLICATION_TIME") else kept_gold).append(g)
    kept_system = [s for s in system if not any(_overlap(u, s) > 0 for u in unscored)]
    return kept_gold, kept_system


def score(gold: Iterable[Span], system: Iterable[Span]) -> Counts:
    return count(pair(gold, system))
