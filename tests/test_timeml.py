"""TimeML reading and writing on a hand-built document."""

import datetime as dt

import pytest

from timeline.models import Timex
from timeline.timeml import TimeMLError, read_timeml, write_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t5" type="DATE" value="1998-01-07" functionInDocument="NONE">Wednesday</TIMEX3>.
Sales rose for <TIMEX3 tid="t6" type="DURATION" value="P2Y" mod="MORE_THAN">more than two years</TIMEX3> &amp; more.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t5" />
<TLINK lid="l2" relType="INCLUDES" timeID="t6" relatedToEventInstance="ei1" />
</TimeML>
"""


def test_read_timeml_text_offsets_and_links():
    doc = read_timeml(DOC)
    assert doc.docid == "TEST_1"
    assert doc.dct == dt.date(1998, 1, 8)
    assert doc.text.startswith("\nAT&T fell on Wednesday.")
    assert [(t.tid, t.type, t.value, doc.text[t.char_start:t.char_end]) for t in doc.timexes] == [
        ("t5", "DATE", "1998-01-07", "Wednesday"), ("t6", "DURATION", "P2Y", "more than two years")]
    assert doc.timexes[1].mod == "MORE_THAN"
    assert [(e.eid, e.event_class, e.text) for e in doc.events] == [("e1", "OCCURRENCE", "fell")]
    assert doc.instances == {"ei1": "e1"}
    assert doc.tlinks[0].rel_type == "IS_INCLUDED" and doc.tlinks[0].related_to_time == "t5"
    assert doc.tlinks[1].time == "t6" and doc.tlinks[1].related_to_event_instance == "ei1"


def test_write_timeml_replaces_gold_and_keeps_text():
    doc = read_timeml(DOC)
    start = doc.text.index("Wednesday")
    amp = doc.text.index("T&T") + 1  # a timex ending on an entity keeps the entity whole
    system = [
        Timex(text="T&", char_start=amp - 1, char_end=amp + 1, type="DATE", value="X"),
        Timex(text="Wednesday", char_start=start, char_end=start + 9, type="DATE", value="1998-01-07"),
    ]
    out = write_timeml(DOC, system)
    assert '\nA<TIMEX3 tid="t1" type="DATE" value="X">T&amp;</TIMEX3>T fell on ' in out
    assert '<TIMEX3 tid="t2" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.' in out
    assert "EVENT" not in out and "SIGNAL" not in out and "TLINK" not in out and "MAKEINSTANCE" not in out
    assert 'tid="t0"' in out and "more than two years &amp; more." in out
    again = read_timeml(out)
    assert again.text == doc.text
    assert [(t.value, t.text) for t in again.timexes] == [("X", "T&"), ("1998-01-07", "Wednesday")]


def test_bad_documents_raise_clear_errors():
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        read_timeml("<TimeML></TimeML>")
    with pytest.raises(TimeMLError, match="never closed"):
        read_timeml("<TimeML><TEXT>a <EVENT eid='e1'>b</TEXT></TimeML>")
    with pytest.raises(TimeMLError, match="overlaps"):
        write_timeml(DOC, [Timex(text="AT", char_start=1, char_end=3, type="DATE", value="X"),
                           Timex(text="T", char_start=2, char_end=3, type="DATE", value="X")])


def test_offsets_through_entities_of_every_kind():
    """Plain offsets map back to raw ones across named and numeric entities (one or more per run of text,
    at the start and end of a timex) and across removed gold tags."""
    doc = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT><TEXT>'
           '&quot;Caf&#233;&quot; &lt;opened&gt; <EVENT eid="e1">on</EVENT> &#x1F600;Monday&amp; '
           '<TIMEX3 tid="t1" type="DATE" value="1998-01-05">Jan.&#160;5</TIMEX3>&apos;s &amp;&amp; end'
           '</TEXT></TimeML>')
    text = read_timeml(doc).text
    assert text == '"Café" <opened> on \U0001F600Monday& Jan.\u00a05\'s && end'
    wanted = ["\U0001F600Monday&", "Jan.\u00a05", "'s &&", '"Café"']
    system = [Timex(text=w, char_start=text.index(w), char_end=text.index(w) + len(w), type="DATE", value=f"V{i}")
              for i, w in enumerate(wanted)]
    out = write_timeml(doc, system)
    assert '<TIMEX3 tid="t1" type="DATE" value="V3">&quot;Caf&#233;&quot;</TIMEX3>' in out
    assert '<TIMEX3 tid="t2" type="DATE" value="V0">&#x1F600;Monday&amp;</TIMEX3>' in out
    assert '<TIMEX3 tid="t3" type="DATE" value="V1">Jan.&#160;5</TIMEX3>' in out
    again = read_timeml(out)
    assert again.text == text
    assert [(t.text, t.value) for t in again.timexes] == [('"Café"', "V3"), ("\U0001F600Monday&", "V0"),
                                                           ("Jan.\u00a05", "V1"), ("'s &&", "V2")]
