"""Batch dating: which undated articles take a related article's date, and which do not."""

from __future__ import annotations

import datetime as dt

from timeline.ingest import date_documents, manifest_entry, refresh_entries
from timeline.ingest.documents import build_document
from timeline.models import CreationTime

SUMMIT = ("Leaders of the G20 met in Antalya, Turkey. President Obama and President Putin discussed Syria and the "
          "Islamic State after the Paris attacks. Erdogan hosted the summit communique negotiations.")
SUMMIT_UNDATED = ("Obama told the G20 in Antalya that Putin must help in Syria. The communique condemned the Paris "
                  "attacks, and Erdogan called for intelligence sharing against the Islamic State.")
FOOTBALL = ("Barcelona beat Real Madrid at the Camp Nou. Messi scored twice and Neymar added a penalty as Luis "
            "Enrique celebrated a championship performance in Catalonia.")


def _doc(text, source, date=None, provenance="none"):
    document = build_document(text=text, source=source, format="txt", encoding="utf-8")
    if date is not None:
        document = document.model_copy(update={"dct": CreationTime(date=date, provenance=provenance, evidence="test")})
    return document


def test_only_the_same_story_passes_its_date_on():
    documents = [_doc(SUMMIT, "summit.txt", dt.date(2015, 11, 16), "metadata"),
                 _doc(SUMMIT_UNDATED, "undated-summit.txt"), _doc(FOOTBALL, "football.txt")]
    dated = date_documents(documents, None)
    assert dated[0] == documents[0]
    assert dated[1].dct.date == dt.date(2015, 11, 16) and dated[1].dct.provenance == "batch"
    assert "summit.txt" in dated[1].dct.evidence and "antalya" in dated[1].dct.evidence
    assert dated[2].dct.date is None and dated[2].dct.provenance == "none"
    assert "no article of the batch reports the same story" in dated[2].dct.evidence


def test_a_date_before_a_year_the_article_reports_as_past_is_not_passed_on():
    later = SUMMIT_UNDATED + " Hamburg hosted a summit in 2017."
    documents = [_doc(SUMMIT, "summit.txt", dt.date(2015, 11, 16), "metadata"), _doc(later, "later.txt")]
    dated = date_documents(documents, None)
    assert dated[1].dct.date is None and dated[1].dct.provenance == "none"
    assert "summit.txt does but is dated 2015-11-16, before 2017" in dated[1].dct.evidence
    # ... a year to come says nothing against it, nor one as early as the date
    for text in (SUMMIT_UNDATED + " Hamburg will host a summit in 2017.",
                 SUMMIT_UNDATED + " Brisbane hosted a summit in 2014.",
                 SUMMIT_UNDATED + " Obama met Putin in 2015."):
        dated = date_documents([documents[0], _doc(text, "other.txt")], None)
        assert dated[1].dct.date == dt.date(2015, 11, 16) and dated[1].dct.provenance == "batch"


def test_inferred_dates_are_not_passed_on():
    documents = [_doc(SUMMIT, "anchored.txt", dt.date(2015, 11, 20), "anchor"), _doc(SUMMIT_UNDATED, "undated.txt")]
    dated = date_documents(documents, None)
    assert dated[1].dct.provenance == "none"
    anchored = date_documents(documents, dt.date(2015, 11, 21))
    assert anchored[1].dct.date == dt.date(2015, 11, 21) and anchored[1].dct.provenance == "anchor"
    assert anchored[0] == documents[0]


def test_manifest_entries_follow_the_dating():
    documents = [_doc(SUMMIT, "summit.txt", dt.date(2015, 11, 16), "dateline"), _doc(SUMMIT_UNDATED, "undated.txt")]
    entries = [manifest_entry(d, size=10) for d in documents]
    assert entries[1].dct.provenance == "none" and entries[1].status == "ok" and entries[1].text_file is None
    refreshed = refresh_entries(entries, date_documents(documents, None))
    assert refreshed[1].dct.provenance == "batch" and refreshed[1].size == 10
    assert refreshed[0] == entries[0]


def test_entries_of_duplicates_take_the_kept_documents_date():
    kept = _doc(SUMMIT_UNDATED, "a.txt")
    twin = kept.model_copy(update={"source": "b.txt"})
    entries = [manifest_entry(kept), manifest_entry(twin)]
    dated = date_documents([_doc(SUMMIT, "summit.txt", dt.date(2015, 11, 16), "metadata"), kept], None)
    refreshed = refresh_entries(entries, dated)
    assert [e.dct.provenance for e in refreshed] == ["batch", "batch"] and refreshed[1].source == "b.txt"


def test_a_dateline_day_without_a_year_takes_the_year_nearest_the_inferred_date():
    """"ANTALYA, Nov. 15 (AFP) -" with no year in the text: the day of the dateline, in the year that puts it
    nearest the date of the same story (or the anchor date), not that date itself."""
    same_story = _doc(SUMMIT, "summit.txt", dt.date(2016, 1, 3), "metadata")
    datelined = _doc("ANTALYA, Nov. 15 (AFP) - " + SUMMIT_UNDATED, "datelined.txt")
    assert datelined.dct.provenance == "none" and datelined.dateline is not None
    dated = date_documents([same_story, datelined], None)[1]
    assert (dated.dct.date, dated.dct.provenance) == (dt.date(2015, 11, 15), "batch")
    assert "'Nov. 15'" in dated.dct.evidence and "summit.txt" in dated.dct.evidence
    anchored = date_documents([datelined], dt.date(2016, 1, 10))[0]
    assert (anchored.dct.date, anchored.dct.provenance) == (dt.date(2015, 11, 15), "anchor")
    assert date_documents([datelined], dt.date(2020, 10, 1))[0].dct.date == dt.date(2020, 11, 15)
    # a dateline whose own year is wrong for its weekday gives no day
    wrong_year = _doc("ANTALYA, Monday, Nov. 16, 2014 (AFP) - " + SUMMIT_UNDATED, "wrong-year.txt")
    assert wrong_year.dct.provenance == "none"
    assert date_documents([same_story, wrong_year], None)[1].dct.date == dt.date(2016, 1, 3)
    # a weekday given picks the year in which the day falls on it
    weekday = _doc("ANTALYA, Sunday, Nov. 15 (AFP) - " + SUMMIT_UNDATED, "weekday.txt")
    assert date_documents([weekday], dt.date(2020, 11, 1))[0].dct.date == dt.date(2020, 11, 15)
    assert date_documents([weekday], dt.date(2016, 11, 1))[0].dct.date == dt.date(2015, 11, 15)
    # a day that falls on the weekday in none of those years leaves the inferred date
    wrong = _doc("ANTALYA, Monday, Nov. 15 (AFP) - " + SUMMIT_UNDATED, "wrong.txt")
    assert date_documents([wrong], dt.date(2016, 11, 1))[0].dct.date == dt.date(2016, 11, 1)
