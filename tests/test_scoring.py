"""TempEval-3 Task A scoring on hand-built cases with known answers."""

from dataclasses import dataclass

import pytest

from timeline.evaluate.anchoring import gold_anchors
from timeline.evaluate.scoring import Counts, pair, score, unscored_removed
from timeline.timeml import read_timeml


@dataclass(frozen=True)
class T:
    char_start: int
    char_end: int
    type: str = "DATE"
    value: str = "X"


def test_perfect_match():
    gold = [T(0, 5, value="1998"), T(10, 16, "DURATION", "P2D")]
    counts = score(gold, list(gold))
    s = counts.scores()
    assert (counts.relaxed, counts.strict, counts.value_ok) == (2, 2, 2)
    assert s["strict_f1"] == s["relaxed_f1"] == s["value_f1"] == s["type_f1"] == 100.0


@dataclass(frozen=True)
class G(T):
    function_in_document: str = "NONE"


def test_creation_time_in_the_text_is_not_scored_for_gold_or_system():
    dateline = G(10, 18, value="1998-08-08", function_in_document="PUBLICATION_TIME")
    gold = [dateline, G(40, 46, value="1998-08-07")]
    system = [T(10, 18, value="1998-08-08"), T(40, 46, value="1998-08-07"), T(60, 65)]
    kept_gold, kept_system = unscored_removed(gold, system)
    assert kept_gold == [gold[1]] and kept_system == [system[1], system[2]]
    counts = score(kept_gold, kept_system)
    assert (counts.gold, counts.system, counts.strict) == (1, 2, 1)


def test_overlap_extent_type_and_value_errors():
    gold = [T(0, 10, value="1998-01-08"), T(20, 30, value="P2D", type="DURATION"), T(40, 45)]
    system = [T(0, 10, value="1998-01-08"), T(22, 30, value="P3D", type="DURATION"),
              T(50, 55), T(60, 65)]
    counts = score(gold, system)
    assert (counts.gold, counts.system, counts.relaxed, counts.strict) == (3, 4, 2, 1)
    assert (counts.type_ok, counts.value_ok) == (2, 1)
    s = counts.scores()
    # relaxed P = 2/4, R = 2/3 -> F1 = 4/7; strict P = 1/4, R = 1/3 -> F1 = 2/7
    assert s["relaxed_f1"] == pytest.approx(100 * 4 / 7, abs=0.01)
    assert s["strict_f1"] == pytest.approx(100 * 2 / 7, abs=0.01)
    assert s["value_f1"] == pytest.approx(100 * 4 / 7 * 0.5, abs=0.01)
    assert s["type_f1"] == pytest.approx(100 * 4 / 7, abs=0.01)


def test_pairing_is_one_to_one_and_prefers_exact_extents():
    # one long system timex overlaps two gold ones: only one pair, the larger overlap
    pairing = pair([T(0, 4), T(5, 20)], [T(0, 20)])
    assert len(pairing.pairs) == 1 and pairing.pairs[0][0] == T(5, 20)
    assert pairing.missed == [T(0, 4)] and pairing.spurious == []
    # an exact-extent pair is kept even when another system timex overlaps more of a neighbour
    pairing = pair([T(0, 10), T(10, 12)], [T(0, 10), T(2, 12)])
    assert (T(0, 10), T(0, 10)) in pairing.pairs and (T(10, 12), T(2, 12)) in pairing.pairs


def test_micro_average_over_documents():
    total = Counts()
    total.add(score([T(0, 5)], [T(0, 5)]))
    total.add(score([T(0, 5), T(8, 9)], []))
    s = total.scores()
    assert (total.gold, total.system, total.relaxed) == (3, 1, 1)
    assert s["relaxed_p"] == 100.0 and s["relaxed_r"] == pytest.approx(33.33, abs=0.01)


def test_empty_inputs_score_zero_without_errors():
    assert score([], []).scores()["relaxed_f1"] == 0.0


DOC = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-01-08">today</TIMEX3>; <EVENT eid="e3" class="OCCURRENCE">talks</EVENT> went on.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" /><MAKEINSTANCE eventID="e2" eiid="ei2" /><MAKEINSTANCE eventID="e3" eiid="ei3" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t2" />
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0" />
</TimeML>"""


def test_gold_anchors_read_links_both_ways_and_skip_the_dct_and_ordering_relations():
    assert gold_anchors(read_timeml(DOC)) == {"e1": "1998-01-07", "e2": "1998-01-08"}


def test_strict_scores_agree_with_tieval():
    tieval_evaluate = pytest.importorskip("tieval.evaluate")
    gold = [[T(0, 5), T(10, 16), T(20, 22)], [T(3, 9)]]
    system = [[T(0, 5), T(10, 15), T(30, 33)], [T(3, 9), T(12, 14)]]
    total = Counts()
    for g, s in zip(gold, system):
        total.add(score(g, s))
    theirs = tieval_evaluate.span_identification(
        [[(t.char_start, t.char_end) for t in doc] for doc in gold],
        [[(t.char_start, t.char_end) for t in doc] for doc in system], strict=True)["micro"]
    ours = total.scores()
    assert ours["strict_p"] == pytest.approx(100 * theirs["precision"], abs=0.01)
    assert ours["strict_r"] == pytest.approx(100 * theirs["recall"], abs=0.01)


def test_relaxed_pairing_is_stricter_than_tieval_overlap_matching():
    # tieval's relaxed mode lets one long system span match two gold spans; TempEval-3 pairs one to one
    tieval_evaluate = pytest.importorskip("tieval.evaluate")
    theirs = tieval_evaluate.span_identification([[(0, 4), (5, 20)]], [[(0, 20)]], strict=False)["micro"]
    assert theirs["recall"] == 1.0
    assert score([T(0, 4), T(5, 20)], [T(0, 20)]).scores()["relaxed_r"] == 50.0
