"""The dateline, date and published-value tables, run row by row, and the seed articles' own dating."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest import date_documents, discover_inputs, read_input
from timeline.ingest.datelines import (
    BYLINE_EXAMPLES, DATE_FORMS, DATELINE_FORMS, PUBLICATION_LINE_EXAMPLES, dateline_creation_time, find_dateline,
    find_publication_line, parse_date,
)
from timeline.ingest.documents import build_document
from timeline.ingest.published import PUBLISHED_FORMS, parse_published
from timeline.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "inputs"


@pytest.mark.parametrize("form", DATE_FORMS, ids=lambda f: f.name)
def test_date_form_example(form):
    date = parse_date(form.example)
    assert date is not None
    assert (date.weekday, date.month, date.day, date.year) == form.expected


@pytest.mark.parametrize("form", DATELINE_FORMS, ids=lambda f: f.name)
def test_dateline_form_example(form):
    found = find_dateline(form.example)
    assert found is not None
    place, date_text, agency = form.expected
    assert found.dateline.place == place
    assert found.dateline.agency == agency
    assert (found.date.text if found.date else None) == date_text
    assert form.example.startswith(found.dateline.text)


@pytest.mark.parametrize("form", PUBLISHED_FORMS, ids=lambda f: f.name)
def test_published_form_example(form):
    assert parse_published(form.example) == form.expected


# (article text, dateline text or None, DCT from the dateline or None)
DATELINE_CASES = [
    ("Title here\n\nANTALYA, Turkey (AFP) - Leaders on Monday (Nov 16) met. A photo of Nov 15, 2015.",
     "ANTALYA, Turkey (AFP) -", dt.date(2015, 11, 16)),
    ("Nov 16 (Reuters) - Stocks rose. Trading began on November 13, 2015 in Tokyo.",
     "Nov 16 (Reuters) -", dt.date(2015, 11, 16)),
    ("WASHINGTON, Nov. 16 (AP) -- The president spoke. Earlier, on Nov. 2, 2015, he said more.",
     "WASHINGTON, Nov. 16 (AP) --", dt.date(2015, 11, 16)),
    ("PARIS, 16 November 2015 - France mourned.", "PARIS, 16 November 2015 -", dt.date(2015, 11, 16)),
    ("WASHINGTON, D.C., Nov. 16 (AP) -- Talks. On Nov. 1, 2015 ...", "WASHINGTON, D.C., Nov. 16 (AP) --", dt.date(2015, 11, 16)),
    ("BERLIN, 2015-11-16 (dpa) - Merkel spoke.", "BERLIN, 2015-11-16 (dpa) -", dt.date(2015, 11, 16)),
    ("LONDON (Reuters) - Shares fell on 16 November 2015.", "LONDON (Reuters) -", None),
    # the year nearest the dated mention: Jan 2 written near Dec 30, 2015 is 2016
    ("NEW YORK, Jan. 2 (AP) -- Markets reopened after the Dec. 30, 2015 close.",
     "NEW YORK, Jan. 2 (AP) --", dt.date(2016, 1, 2)),
    # the day in brackets after the place, the year from a date of the text
    ("KUALA LUMPUR (Oct 24): TAS shares jumped after the quarter ended Aug 31, 2017.", "KUALA LUMPUR (Oct 24):",
     dt.date(2017, 10, 24)),
    # wire copy in ordinary case, marked by its agency, with or without a separator
    ("New Delhi, Nov 6 (PTI) The government on Monday extended the Nov 2, 2023 order.", "New Delhi, Nov 6 (PTI)",
     dt.date(2023, 11, 6)),
    ("Cancun, Mexico, Nov 6 (EFE).- Swiatek won on Sunday, as on Nov. 4, 2023.", "Cancun, Mexico, Nov 6 (EFE).-",
     dt.date(2023, 11, 6)),
    ("Tegucigalpa (Honduras), Dec 3 (AP): Rains since Nov. 30, 1998 cut roads.", "Tegucigalpa (Honduras), Dec 3 (AP):",
     dt.date(1998, 12, 3)),
    ("Sources in Paris, France said on Nov. 30, 1998 that talks had failed.", None, None),
    # wire copy without its "(Reuters) -": the lead opens with a capital
    ("JAKARTA Jan 27 A preliminary report into the Dec. 28, 2014 crash is due.", "JAKARTA Jan 27", dt.date(2015, 1, 27)),
    ("JAKARTA Jan 27 saw the Dec. 28, 2014 crash report.", None, None),
    # the weekday a wire's lead reports on is the dateline's day or the one before: a year that puts the day
    # on another weekday (from a file photo's caption, say) is not the article's
    ("Photo taken April 28, 2021.\n\nMay 18 (Reuters) - WestJet said on Thursday it would cancel flights.",
     "May 18 (Reuters) -", None),
    ("Photo taken April 28, 2023.\n\nMay 18 (Reuters) - WestJet said on Thursday it would cancel flights.",
     "May 18 (Reuters) -", dt.date(2023, 5, 18)),
    ("Photo taken April 28, 2023.\n\nMay 19 (Reuters) - WestJet said on Thursday it would cancel flights.",
     "May 19 (Reuters) -", dt.date(2023, 5, 19)),
    ("Photo taken April 28, 2021.\n\nMay 18 (Reuters) - WestJet will cancel flights on Thursday.",
     "May 18 (Reuters) -", dt.date(2021, 5, 18)),
    ("Photo taken April 28, 2021.\n\nMay 18 (Reuters) - WestJet will cancel flights. The union said on Thursday "
     "it would strike.", "May 18 (Reuters) -", dt.date(2021, 5, 18)),
    # an article is written after what it reports: the year puts the day after the latest date it reports ...
    ("Sept 29 (Reuters) - Here are key developments:\nDec. 31, 2019: China alerts the WHO.\nJan. 11, 2020: A man "
     "is reported as the first death.", "Sept 29 (Reuters) -", dt.date(2020, 9, 29)),
    # ... or a few days before it, as under a page's stamp of the day after
    ("August 14, 2016 / 2:34 AM\n\nRIO DE JANEIRO, Aug 13 (Reuters) - Thiam won the heptathlon on Saturday.",
     "RIO DE JANEIRO, Aug 13 (Reuters) -", dt.date(2016, 8, 13)),
    # ... not after one it says is to come
    ("PARIS, Nov. 16 (AP) - Elections will be held on March 3, 2016, he said in a speech he gave on Nov. 2, 2015.",
     "PARIS, Nov. 16 (AP) -", dt.date(2015, 11, 16)),
    # a full date with an ordinal day gives the year too
    ("November 28th, 2008 - 12:32 pm\n\nNew Delhi, Nov 28 (IANS) Following is a list of hostage crises: Sep 5, 1972: "
     "Members of Black September took hostages.", "New Delhi, Nov 28 (IANS)", dt.date(2008, 11, 28)),
    # weekday disagrees with every year the article offers: no dateline DCT
    ("ANTALYA, Turkey (AFP) - Leaders on Tuesday (Nov 16) met. Photo: Nov 15, 2015.",
     "ANTALYA, Turkey (AFP) -", None),
    # no full date anywhere: no year, no DCT
    ("ANTALYA, Turkey (AFP) - Leaders on Monday (Nov 16) met.", "ANTALYA, Turkey (AFP) -", None),
    # ... but the one year named alone in which the day falls on its weekday gives it
    ("PARIS (AFP) - France will face Brazil on Tuesday (March 24). The coach stays until the 2026 World Cup, "
     "after a loss in the 2006 World Cup.", "PARIS (AFP) -", dt.date(2026, 3, 24)),
    # ... not when two such years are named (March 24 is a Tuesday in 2015 and in 2026)
    ("PARIS (AFP) - France will face Brazil on Tuesday (March 24). The coach, hired in 2015, stays until 2026.",
     "PARIS (AFP) -", None),
    # a lead date with its year needs no other date ...
    ("PASADENA, California (AP) - The probe swung past Mars on Saturday, NASA said on Monday (March 3, 2025).",
     "PASADENA, California (AP) -", dt.date(2025, 3, 3)),
    # ... and its weekday must agree (March 3, 2025 is a Monday)
    ("PASADENA, California (AP) - The probe swung past Mars, NASA said on Tuesday (March 3, 2025).",
     "PASADENA, California (AP) -", None),
    # weekday of a full dateline date checked too
    ("PARIS, Tuesday, Nov. 17, 2015 - France mourned.", "PARIS, Tuesday, Nov. 17, 2015 -", dt.date(2015, 11, 17)),
    ("PARIS, Monday, Nov. 17, 2015 - France mourned.", "PARIS, Monday, Nov. 17, 2015 -", None),
    # not datelines
    ("NOTE: this is not a dateline.\n\nThe agreement was signed.", None, None),
    ("The agreement, Mr. Obama said, will allow U.S. personnel to act on Nov 16, 2015.", None, None),
]


@pytest.mark.parametrize("text, dateline, expected", DATELINE_CASES)
def test_dateline_cases(text, dateline, expected):
    found = find_dateline(text)
    assert (found.dateline.text if found else None) == dateline
    if found:
        assert text[found.dateline.char_start:found.dateline.char_end] == found.dateline.text
        dct, why_not = dateline_creation_time(text, found)
        assert (dct.date if dct else None) == expected
        assert dct is not None or why_not


def test_a_chronologys_entry_is_no_publication_line():
    chronology = "60 years of NASA\n\n1 October 1958\n\nNASA begins.\n\n11 October 1958\n\nPioneer 1 launches.\n\n" \
                 "5 May 1961\n\nShepard flies.\n"
    assert find_publication_line(chronology) is None
    assert find_publication_line("Published: 2018-06-11\n\n" + chronology).day == dt.date(2018, 6, 11)
    assert find_publication_line("1 October 1958\n\nNASA begins operations.\n").day == dt.date(1958, 10, 1)


def test_metadata_wins_over_dateline_and_disagreement_is_noted():
    from timeline.models import CreationTime
    text = "PARIS, 16 November 2015 - France mourned."
    meta = CreationTime(date=dt.date(2015, 11, 17), provenance="metadata", evidence="front matter")
    document = build_document(text=text, source="a.txt", format="txt", encoding="utf-8", metadata_dct=meta)
    assert document.dct.date == dt.date(2015, 11, 17) and document.dct.provenance == "metadata"
    assert "2015-11-16" in document.dct.evidence


def test_seed_001_is_dated_by_its_dateline():
    settings = Settings()
    result = read_input(SEEDS / "001_e28e2fbd3423233d.txt", SEEDS, settings)
    (document,) = result.documents
    assert document.title == "World leaders seek front to crush ISIS, ensure security post-Paris"
    assert document.dateline.place == "ANTALYA, Turkey" and document.dateline.agency == "AFP"
    assert document.text[document.dateline.char_start:document.dateline.char_end] == "ANTALYA, Turkey (AFP) -"
    assert document.dct.date == dt.date(2015, 11, 16)
    assert document.dct.provenance == "dateline" and not document.dct.inferred
    assert "Monday (Nov 16)" in document.dct.evidence and "Nov 15, 2015" in document.dct.evidence
    assert result.entries[0].status == "ok" and result.entries[0].dct == document.dct


def _seed_documents(*names):
    settings = Settings()
    paths, refused = discover_inputs(SEEDS, settings)
    assert not refused
    documents = []
    for path in paths:
        if path.name in names:
            documents += read_input(path, SEEDS, settings).documents
    return documents


def test_seed_000_takes_the_batch_date_from_001():
    documents = date_documents(_seed_documents("000_b98ab229588f79f1.txt", "001_e28e2fbd3423233d.txt"), None)
    by_source = {d.source: d for d in documents}
    seed0 = by_source["000_b98ab229588f79f1.txt"]
    assert seed0.title == "G20 vows to step up anti-terror coordination"
    assert seed0.dct.date == dt.date(2015, 11, 16)
    assert seed0.dct.provenance == "batch" and seed0.dct.inferred
    assert "001_e28e2fbd3423233d.txt" in seed0.dct.evidence and "putin" in seed0.dct.evidence
    assert by_source["001_e28e2fbd3423233d.txt"].dct.provenance == "dateline"


def test_seed_000_alone_is_undated_or_anchored():
    (alone,) = date_documents(_seed_documents("000_b98ab229588f79f1.txt"), None)
    assert alone.dct.date is None and alone.dct.provenance == "none"
    assert "no date evidence" in alone.dct.evidence
    (anchored,) = date_documents(_seed_documents("000_b98ab229588f79f1.txt"), dt.date(2015, 11, 20))
    assert anchored.dct.date == dt.date(2015, 11, 20)
    assert anchored.dct.provenance == "anchor" and anchored.dct.inferred


def test_anchor_never_overrides_an_own_date():
    (dated,) = date_documents(_seed_documents("001_e28e2fbd3423233d.txt"), dt.date(2020, 1, 1))
    assert dated.dct.date == dt.date(2015, 11, 16) and dated.dct.provenance == "dateline"


def test_a_first_paragraph_that_opens_with_a_dateline_is_the_lead_not_a_title():
    text = ("PARIS (AFP) - France will face Brazil in Lyon on Tuesday (March 24), the coach said.\n\n"
            "His contract runs until the end of the 2026 World Cup.\n")
    document = build_document(text=text, source="a.txt", format="txt", encoding="utf-8")
    assert document.title is None
    assert document.dateline.place == "PARIS" and document.dct.date == dt.date(2026, 3, 24)


@pytest.mark.parametrize("line, expected", PUBLICATION_LINE_EXAMPLES, ids=[e[0] for e in PUBLICATION_LINE_EXAMPLES])
def test_publication_line_example(line, expected):
    found = find_publication_line(line)
    assert found is not None and found.day == dt.date.fromisoformat(expected) and found.text == line


def _dated(text: str):
    return build_document(text=text, source="a.txt", format="txt", encoding="utf-8")


BODY = ("LOS ANGELES (AP) — Firefighters gained ground on Thursday against a wildfire.\n\n"
        "The fire destroyed 86 homes in its first three days.\n")


@pytest.mark.parametrize("text, expected", [
    (BODY + "\nAug. 15, 2024\n", "2024-08-15"),                                      # the date alone, last
    ("Aug. 15, 2024\n\n" + BODY, "2024-08-15"),                                      # ... or first
    (BODY + "\nUpdated: 2024-08-16\nPublished: 2024-08-15\n", "2024-08-15"),          # first published, not updated
    (BODY + "\nUpdated 10:32 AM EST, Thu August 15, 2024\n", "2024-08-15"),
    (BODY + "\nAug. 15\n", None),                                                    # no year
    (BODY + "\nFriday, Aug. 15, 2024\n", None),                                      # it was a Thursday
    # in the middle of an article: past the lines a dateline may open, before its last three
    ("A paragraph.\n\n" * 8 + "Aug. 15, 2024\n\nMore on the fire: page 3.\n\nReporting by Ann Lee.\n\n"
     "Editing by Bo Chu.\n", None),
])
def test_a_line_that_says_when_the_article_appeared_dates_it(text, expected):
    document = _dated(text)
    if expected is None:
        assert document.dct.date is None and "no publication line" in document.dct.evidence
        return
    assert document.dct.date == dt.date.fromisoformat(expected)
    assert document.dct.provenance == "dateline" and not document.dct.inferred
    assert document.dct.evidence.startswith("publication line ")
    assert ("updated" in document.dct.evidence) == text.rstrip().splitlines()[-1].startswith("Updated 10:32")


def test_a_dated_dateline_and_metadata_come_before_a_publication_line():
    from timeline.models import CreationTime
    assert _dated("PARIS, 16 November 2015 - France mourned.\n\nNov. 20, 2015\n").dct.date == dt.date(2015, 11, 16)
    meta = CreationTime(date=dt.date(2015, 11, 17), provenance="metadata", evidence="front matter")
    document = build_document(text="France mourned.\n\nNov. 20, 2015\n", source="a.txt", format="txt",
                              encoding="utf-8", metadata_dct=meta)
    assert document.dct.date == dt.date(2015, 11, 17)


def test_a_publication_line_is_not_the_title():
    document = _dated("Published: 2024-08-15\n\nFirefighters gained ground on Thursday.\n")
    assert document.title is None and document.dct.date == dt.date(2024, 8, 15)
    titled = _dated("Fire is contained\n\nFirefighters gained ground on Thursday.\n\nAug. 15, 2024\n")
    assert titled.title == "Fire is contained" and titled.dct.date == dt.date(2024, 8, 15)


def test_a_headline_right_above_a_publication_line_is_the_title():
    document = _dated("Duopharma shares rise after earnings jump\nPosted on 20 November 2017 - 11:57am\n"
                      "PETALING JAYA: The share price rose 1.36% this morning.\n")
    assert document.title == "Duopharma shares rise after earnings jump"
    assert document.dct.date == dt.date(2017, 11, 20)
    # a first line that runs on into a second is a paragraph, not a title
    assert _dated("Firefighters gained ground\non Thursday against a wildfire.\n\nAug. 15, 2024\n").title is None


@pytest.mark.parametrize("line, expected", BYLINE_EXAMPLES, ids=[e[0][:30] for e in BYLINE_EXAMPLES])
def test_a_byline_with_a_full_date_among_the_first_lines_dates_the_article(line, expected):
    document = _dated("Judge sentences former speaker\n\n" + line + "\n\n" + BODY)
    assert document.dct.date == dt.date.fromisoformat(expected)
    assert document.dct.evidence.startswith("publication line ")


@pytest.mark.parametrize("text", [
    "By March 3, 2024 the plant will close, the company said.\n\n" + BODY,   # a sentence, not a byline
    "Apple, March 3, 2024 is the day the plant closes.\n\n" + BODY,
])
def test_a_sentence_with_a_date_is_no_byline(text):
    assert _dated(text).dct.date is None


@pytest.mark.parametrize("text, year", [("10/27/10", 2010), ("10/27/98", 1998), ("10/27/1998", 1998), ("1/5/68", 2068)])
def test_a_numeric_date_with_two_year_digits_takes_a_fixed_century(text, year):
    assert parse_date(text).year == year   # (never from today's date: a rerun next year reads it the same)
