"""annotate/evaluate commands on a hand-built TimeML folder."""

from timeline.evaluate.commands import annotate_command, evaluate_command
from timeline.timeml import read_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">Wednesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2D" functionInDocument="NONE">two days</TIMEX3> of gains.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
</TimeML>
"""


def test_annotate_then_evaluate(tmp_path, capsys):
    gold = tmp_path / "gold" / "News"
    gold.mkdir(parents=True)
    (gold / "a.tml").write_text(DOC, encoding="utf-8")
    assert annotate_command(gold, tmp_path / "out") == 0
    system = read_timeml((tmp_path / "out" / "a.tml").read_text(encoding="utf-8"))
    assert [(t.text, t.value) for t in system.timexes] == [("Wednesday", "1998-01-07"), ("two days", "P2D")]
    assert evaluate_command(tmp_path / "gold", tmp_path / "out", errors=True, with_baseline=False) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("News") and "newsline" in line)
    assert row.split()[-1] == "100.00"  # value F1


def test_empty_folder_is_an_error(tmp_path):
    assert annotate_command(tmp_path, tmp_path / "out") == 2
    assert evaluate_command(tmp_path, None, errors=False) == 2


def test_annotate_keeps_the_text_byte_for_byte_line_ends_included(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crlf.tml").write_bytes(DOC.replace("\n", "\r\n").encode("utf-8"))
    (folder / ".hidden.tml").write_text(DOC, encoding="utf-8")   # an editor's swap file, say
    (folder / "notes.txt").write_text("not TimeML", encoding="utf-8")
    assert annotate_command(folder, tmp_path / "out") == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["crlf.tml"]
    out = (tmp_path / "out" / "crlf.tml").read_bytes().decode("utf-8")
    assert "\r\nStocks fell " in out and out.count("\r\n") == DOC.count("\n") - 2   # the dropped gold lines
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>' in out
