"""Every example in the rule table, run through the tagger and resolver with its DCT."""

import datetime as dt

import pytest

from timeline.temporal import find_timexes
from timeline.temporal.rules import RULES

EXAMPLES = [pytest.param(rule.name, *example, id=f"{rule.name}:{example[0][:40]}")
            for rule in RULES for example in rule.examples]


def test_every_rule_has_an_example():
    assert [r.name for r in RULES if not r.examples and r.type != "NONE"] == []


def test_rule_names_are_unique():
    """A name is how an expression's rule is reported and measured: two rules of one name would be one."""
    from collections import Counter

    assert [name for name, n in Counter(r.name for r in RULES).items() if n > 1] == []


def test_every_template_names_a_normalization_function():
    """A value template calling a function the table does not have would make its rule find nothing."""
    import re

    from timeline.temporal.normalize import TEMPLATE_FUNCTIONS

    named = {(r.name, f) for r in RULES for template in (r.value, r.mod or "", r.time or "")
             for f in re.findall(r"\{(\w+)\(", template)}
    assert [(rule, f) for rule, f in sorted(named) if f not in TEMPLATE_FUNCTIONS] == []
    # a group named without a function ("Q{o}") would be left in the value as it is written
    assert [r.name for r in RULES for template in (r.value, r.mod or "", r.time or "")
            if re.search(r"\{\w+\}", template)] == []


@pytest.mark.parametrize("rule_name, sentence, dct, text, value", EXAMPLES)
def test_rule_example(rule_name, sentence, dct, text, value):
    found = find_timexes(sentence, dt.date.fromisoformat(dct) if dct else None)
    if not text:  # a negative example: nothing is a timex
        assert found == [], [(t.text, t.rule) for t in found]
        return
    match = [t for t in found if t.text == text]
    assert match, f"{text!r} not found; got {[(t.text, t.rule) for t in found]}"
    assert match[0].value == value
    assert sentence[match[0].char_start:match[0].char_end] == text
