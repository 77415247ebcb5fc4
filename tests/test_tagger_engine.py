"""The tagger's engine: macro expansion, the span memo, offsets in ASCII and non-ASCII texts, plain records
for `newsline annotate`, and the regular expressions rewritten for speed (same matches as the originals)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.models import Timex
from timeline.temporal import find_candidates, find_timexes
from timeline.temporal.lexicon import _alternation
from timeline.temporal.rules import Rule
from timeline.temporal.tagger import TimexRecord, expand, find_timex_records
from timeline.temporal.tense import _SENTENCE_BREAK

DCT = dt.date(2015, 11, 16)
ROOT = Path(__file__).resolve().parent.parent


def test_a_macro_expands_as_one_group():
    # %NUM is an alternation: unwrapped, "%NUM[- ]year-old" would also match a bare number word
    assert expand("%NUM-year").startswith("(?:") and expand("%NUM-year").endswith(")-year")
    assert find_candidates("a two three") == []
    found = find_timexes("A six-year-old boy was returned to his father after two years.", DCT)
    assert [(t.text, t.value) for t in found] == [("two years", "P2Y")]


def test_an_alternation_lists_each_word_before_its_prefixes():
    words = ["two", "twenty", "twenty-one", "twenty one", "a", "a couple", "a couple of", "twelve"]
    pattern = _alternation(words)
    for text in ("twenty-one", "twenty one", "a couple of", "twelve", "twenty"):
        # the stdlib engine takes the first alternative that matches: it must be the longest word
        assert re.match(pattern, text).group() == text


def test_a_span_read_once_still_depends_on_its_context():
    # the same span text, remembered after its first reading, in an amount (skipped) and as a year
    text = "It cost $1998 in 1998. It cost $1998 in 1998."
    assert [(t.text, t.char_start) for t in find_timexes(text, DCT)] == [("1998", 17), ("1998", 40)]
    # a rule that marks its extent inside its context (`t` group): offsets move with the span
    sentence = "Sales were $5 million a year ago."
    for prefix in ("", "Profit fell. ", "Profit fell. " * 3):
        found = find_timexes(prefix + sentence, dt.date(1989, 10, 26))
        assert [(t.text, t.value) for t in found] == [("a year ago", "1988")]
        assert found[0].char_start == len(prefix) + sentence.index("a year ago")


@pytest.mark.parametrize("text", [
    "Leaders met on Sunday, Nov. 15, 2015, and again on Monday morning for three days.",
    "Café talks — on Sunday, Nov. 15, 2015 — and again on Monday morning ☕ for three days.",
    "日本 Leaders met on Sunday, Nov. 15, 2015, and again on Monday morning 😀 for three days.",
])
def test_offsets_point_into_the_text_ascii_or_not(text):
    found = find_timexes(text, DCT)
    assert [t.text for t in found] == ["Sunday, Nov. 15, 2015", "Monday morning", "three days"]
    assert all(text[t.char_start:t.char_end] == t.text for t in found)
    # a sub-range of the text: offsets stay offsets into the whole text
    inner = find_timexes(text, DCT, text.index("Monday") - 3, len(text))
    assert [(t.text, t.char_start) for t in inner] == [(t.text, t.char_start) for t in found[1:]]


def test_records_hold_the_same_fields_as_the_timexes():
    text = "On Friday the talks, which began Nov. 13 and lasted three days, ended; next year they resume."
    for dct in (DCT, None):
        records = find_timex_records(text, dct)
        timexes = find_timexes(text, dct)
        assert [r._asdict() for r in records] == [dataclasses.asdict(t) for t in timexes]
        assert len(records) >= 4
    assert [f.name for f in dataclasses.fields(Timex)] == list(TimexRecord._fields)  # Timex(*record) relies on it


def test_a_rule_with_an_unknown_type_or_anchor_is_refused():
    with pytest.raises(ValueError, match="type 'DAY'"):
        Rule(name="x", pattern="x", type="DAY")
    with pytest.raises(ValueError, match="anchor 'later'"):
        Rule(name="x", pattern="x", type="DATE", anchor="later")


@pytest.mark.parametrize("text, breaks", [
    ("Leaders met. They agreed.", True),
    ("Leaders met; they agreed", True),
    ("Leaders met\n\nThey agreed", True),
    ("Why? They asked", True),
    # a full stop (or a question mark in a quote) before a lower-case word or a figure ends no sentence
    ("the U.S. software firm", False),
    ("on Jan. 27 it said", False),
    ("\"Why?\" he asked", False),
    ("Leaders met\nThey agreed", False),
])
def test_sentence_breaks_for_the_clause_reading(text, breaks):
    assert bool(_SENTENCE_BREAK.search(text)) is breaks


def test_annotate_imports_no_pydantic(tmp_path):
    """`newsline annotate` writes plain records: building a first pydantic model costs ~0.15 s per process."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.tml").write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
                                  "<TEXT>Stocks fell Wednesday after two days of gains.</TEXT></TimeML>",
                                  encoding="utf-8")
    script = ("import sys; from timeline.cli import main; code = main(['annotate', '--timeml', sys.argv[1], "
              "'--out', sys.argv[2]]); print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))")
    result = subprocess.run([sys.executable, "-c", script, str(folder), str(tmp_path / "out")], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "0 []"
    out = (tmp_path / "out" / "a.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>' in out
    assert '<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>' in out
