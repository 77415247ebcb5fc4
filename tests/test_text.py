"""Sentence boundaries, as a table: (text, the sentences expected)."""

from __future__ import annotations

import pytest

from timeline.text import sentence_spans

CASES = [
    ("Mr. Obama said so. Putin agreed.", ["Mr. Obama said so.", "Putin agreed."]),
    ("He left. ``We will stay,'' he said. Then rain.", ["He left.", "``We will stay,'' he said.", "Then rain."]),
    ("Muslims.”Mr. Putin said he had shared data.", ["Muslims.”", "Mr. Putin said he had shared data."]),
    ("The U.S. troops stayed. They left in May.", ["The U.S. troops stayed.", "They left in May."]),
    ("Title line\n\nANTALYA (AFP) - Leaders met.", ["Title line", "ANTALYA (AFP) - Leaders met."]),
    ("Prices rose 5.2 percent in 1998. Sales fell.", ["Prices rose 5.2 percent in 1998.", "Sales fell."]),
    # an abbreviation ends a sentence before a word that only opens one, not before a name or a day
    ("They voted shortly after 5 a.m. The debate had begun on Wednesday.",
     ["They voted shortly after 5 a.m.", "The debate had begun on Wednesday."]),
    ("NXP agreed to buy Qorvo Inc. It said so.", ["NXP agreed to buy Qorvo Inc.", "It said so."]),
    ("He met Gen. Smith at 5 p.m. Tuesday. They talked.", ["He met Gen. Smith at 5 p.m. Tuesday.", "They talked."]),
    ("Troops of the U.S. Army left.", ["Troops of the U.S. Army left."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:25] for c in CASES])
def test_sentences(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected
