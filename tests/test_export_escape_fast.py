"""The display-text cleaner's fast path gives exactly what the two regex passes give, on any text; wrapping
keeps the text and the width."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from timeline.export.escape import _INVISIBLE, _SPACES, clean_display_text, wrap_lines

_TRICKY = st.sampled_from([" ", "  ", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "\x85", "\xa0", "\u2028", "\u202e",
                           "\u2066", "\u3000", "\ufeff", "a", "é", "Ω", "—", "…"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.text(max_size=8)), max_size=12).map("".join))
def test_fast_path_matches_the_regex_passes(text):
    assert clean_display_text(text) == _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def test_examples():
    assert clean_display_text("  Paris   attacks\u202e\n") == "Paris attacks"
    assert clean_display_text("G20 summit") == "G20 summit"
    assert clean_display_text("a\xa0b") == "a b"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.text(max_size=8)), max_size=12).map("".join), st.integers(1, 30))
def test_wrapped_lines_keep_the_text_and_the_width(text, width):
    lines = wrap_lines(text, width)
    assert all(0 < len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == clean_display_text(text).replace(" ", "")
    if len(clean_display_text(text)) <= width:
        assert lines == ([clean_display_text(text)] if clean_display_text(text) else [])
