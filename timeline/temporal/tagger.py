"""Phase one: find temporal expressions with the rule table, then resolve them (phase two) into `Timex`.

All rules are compiled once per process into one RE2 alternation searched leftmost-longest, so a
whole text is scanned in a single linear-time pass whatever it holds; only the span a match covers is
then re-matched against the rule(s) that could have produced it, to read its groups.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import re2

from timeline.models import Timex
from timeline.temporal import calendar as cal
from timeline.temporal.lexicon import MACROS
from timeline.temporal.normalize import TEMPLATE_FUNCTIONS
from timeline.temporal.resolver import DocumentContext, resolve_value, underspecified
from timeline.temporal.rules import RULES, Rule
from timeline.temporal.tense import clause_tense

_MACRO = re.compile(r"%([A-Z][A-Z_0-9]*)")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_TEMPLATE = re.compile(r"\{(\w+)\(([^)]*)\)\}")
# A number glued to money, percentages or other digits is an amount, not a time.
_AMOUNT_BEFORE = frozenset("$£€#¥")
_AMOUNT_AFTER = re.compile(r"(?:%|\s*percent\b|\s*per\s*cent\b|[0-9]|,[0-9]|\.[0-9])")
# A value naming one day, whole or underspecified (2015-11-16, XXXX-11-16, XXXX-XX-XX, XXXX-WXX-3):
# the values a clock time or part of day is appended to.
_DAY_VALUE = re.compile(r"(?:[0-9]{4}|XXXX)-(?:[0-9]{2}|XX)-(?:[0-9]{2}|XX)|(?:[0-9]{4}|XXXX)-W(?:[0-9]{2}|XX)-[1-7]")


class RuleError(ValueError):
    """A rule in the table that does not compile or whose template is malformed."""


def expand(pattern: str) -> str:
    return _MACRO.sub(lambda m: "(?:" + MACROS[m.group(1)] + ")", pattern)


def _wrap(rule: Rule, pattern: str) -> str:
    flags = "" if rule.case_sensitive else "i"
    # no trailing word boundary after a closing bracket or period ("Monday (Nov 16)", "a.m.")
    body = rf"\b(?:{pattern})" if pattern.endswith(("\\)", ".", "\\.")) else rf"\b(?:{pattern})\b"
    return f"(?{flags}:{body})" if flags else body


class _Singles:
    """Each rule's own pattern with its groups, compiled with the stdlib engine the first time a found span
    needs it: compiling all of them up front costs ~0.4 s per process, and most texts use a few rules."""

    def __init__(self, patterns: list[str]):
        self._patterns = patterns
        self._compiled: list[re.Pattern | None] = [None] * len(patterns)

    def compile_all(self) -> None:
        """Compile every rule now (for measurements that should not include the one-time cost)."""
        for index in range(len(self._patterns)):
            self[index]

    def __getitem__(self, index: int) -> re.Pattern:
        single = self._compiled[index]
        if single is None:
            single = self._compiled[index] = re.compile(self._patterns[index])
        return single


@dataclass(frozen=True)
class _Compiled:
    scanner: "re2._Regexp"   # all rules, no groups: RE2 runs it as a DFA over the whole text
    rule_set: "re2.Set"      # all rules as an anchored set: which rules match a found span exactly
    singles: _Singles
    rules: tuple[Rule, ...]


@functools.lru_cache(maxsize=1)
def compiled() -> _Compiled:
    options = re2.Options()
    options.longest_match = True
    options.max_mem = 256 << 20
    singles = []
    alternatives = []
    for rule in RULES:
        try:
            pattern = expand(rule.pattern)
            # a found span is re-read with the stdlib engine: spans are short, and re2's str wrapper
            # re-encodes the whole text on every call
            singles.append(_wrap(rule, pattern))
            alternatives.append("(" + _wrap(rule, _NAMED_GROUP.sub("(?:", pattern)) + ")")
        except Exception as error:  # re2.error carries no rule name
            raise RuleError(f"rule {rule.name}: {error}") from error
    scanner = re2.compile("|".join("(?:" + a[1:] for a in alternatives), options)
    rule_set = re2.Set.FullMatchSet()
    for alternative in alternatives:
        rule_set.Add(alternative)
    rule_set.Compile()
    return _Compiled(scanner, rule_set, _Singles(singles), tuple(RULES))


def _fill(template: str, match) -> str:
    groups = match.groupdict()

    def call(m: re.Match) -> str:
        function = TEMPLATE_FUNCTIONS[m.group(1)]
        arguments = []
        for name in (a.strip() for a in m.group(2).split(",")):
            if name == "0":
                arguments.append(match.group(0))
            elif name in groups:
                arguments.append(groups[name])
            else:
                arguments.append(name)
        return function(*arguments)

    return _TEMPLATE.sub(call, template)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    value: str
    mod: str | None
    time: str | None


def _is_amount(text: str, start: int, end: int) -> bool:
    if start > 0 and text[start - 1] in _AMOUNT_BEFORE:
        return True
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in "-/:") and text[start].isdigit():
        return True
    return text[end - 1].isdigit() and _AMOUNT_AFTER.match(text, end) is not None


def find_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Phase one: spans with their rule and underspecified value, left to right, not overlapping."""
    machine = compiled()
    end = len(text) if end is None else end
    found: list[Candidate] = []
    for found_span in machine.scanner.finditer(text, start, end):
        a, b = found_span.span()
        if a == b:
            continue
        span_text = text[a:b]
        matching = machine.rule_set.Match(span_text)
        if not matching:  # a boundary that only holds in context; nothing to read
            continue
        index = min(matching)  # equal-length matches: the earlier rule in the table wins
        rule = machine.rules[index]
        single = machine.singles[index].fullmatch(span_text)
        if rule.type == "NONE":
            continue
        if single is None:  # the two engines disagree on an edge case: skip rather than guess
            continue
        try:
            value = _fill(rule.value, single)
            mod = _fill(rule.mod, single) if rule.mod else None
            time = _fill(rule.time, single) if rule.time else None
        except (KeyError, ValueError):  # a word the tables do not normalize: skip rather than guess
            continue
        if single.groupdict().get("t") is not None:  # the rule marks the extent inside its context
            a, b = a + single.start("t"), a + single.end("t")
        if _is_amount(text, a, b):
            continue
        found.append(Candidate(a, b, rule, value, mod or None, time))
    return found


def _interval(value: str, mod: str | None, rule: Rule, dct: dt.date | None, tense) -> tuple:
    if value.startswith("P") and rule.type in ("DURATION",):
        if rule.anchor == "ending_at_dct" and dct is not None and "X" not in value:
            if tense == "future":
                finish = cal.subtract_duration(dct, value, +1)
                return (dct, finish, _duration_granularity(value)) if finish else (None, None, None)
            begin = cal.subtract_duration(dct, value, -1)
            return (begin, dct, _duration_granularity(value)) if begin else (None, None, None)
        return None, None, None
    if value == "PRESENT_REF" and dct is not None:
        return dct, dct, "day"
    span = cal.interval(value[:10] if "T" in value[:11] else value)
    if span is None:
        return None, None, None
    first, last, granularity = span
    if "T" in value[:11]:
        granularity = "time"
    if dct is not None:
        if rule.anchor == "since":
            return first, max(first, dct), granularity
        if mod == "START" and first <= dct <= last and rule.name.startswith("unit_relative"):
            return first, dct, granularity      # "earlier this month": from its start to the DCT
        if mod == "END" and first <= dct <= last and rule.name.startswith("unit_relative"):
            return dct, last, granularity       # "later this month": from the DCT to its end
    return first, last, granularity


def _duration_granularity(value: str) -> str:
    letter = value[-1]
    return {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}.get(letter, "day")


def resolve_candidates(text: str, candidates: list[Candidate], dct: dt.date | None) -> list[Timex]:
    """Phase two: values and intervals for phase one's candidates (see `resolver` for the policy)."""
    context = DocumentContext()
    timexes: list[Timex] = []
    for c in candidates:
        tense = clause_tense(text, c.start, c.end) if c.value.startswith("UNDEF") or c.rule.anchor != "none" else None
        if c.value.startswith("UNDEF"):
            value = resolve_value(c.value, dct, tense, c.start, context, text[c.start:c.end].lower(),
                                  text[c.end:c.end + 40]) if dct else underspecified(c.value)
        else:
            value = c.value
        if c.time and _DAY_VALUE.fullmatch(value):  # a time of day goes on a day, known or not
            value += c.time
        context.note_value(c.start, value, names_period=c.rule.name.startswith(("quarter", "half")))
        first, last, granularity = _interval(value, c.mod, c.rule, dct, tense) if (dct or not c.value.startswith("UNDEF")) else (None, None, None)
        timexes.append(Timex(text=text[c.start:c.end], char_start=c.start, char_end=c.end, type=c.rule.type,
                             value=value, mod=c.mod, start=first, end=last, granularity=granularity,
                             rule=c.rule.name))
    return timexes


def find_timexes(text: str, dct: dt.date | None, start: int = 0, end: int | None = None) -> list[Timex]:
    """Every temporal expression in text[start:end] (offsets into `text`), sorted and not overlapping,
    with its TimeML type, value and mod and, when it lies on the calendar, its interval and granularity.
    Relative expressions are resolved against `dct`; with no DCT they stay underspecified."""
    return resolve_candidates(text, find_candidates(text, start, end), dct)
