"""Dating the articles that have no date of their own, from the batch they came with.

An undated article that reports the same story as dated articles of the batch takes their creation
time (provenance `batch`, inferred), or, when its dateline gives a day without a year ("WASHINGTON, Nov. 15
(Xinhua) -"), that day in the year that puts it nearest their date. "Same story" is measured as in
timeline/stories.py (shared story words: names and rare words). Only an article's own date (metadata or
dateline) is passed on, never an inferred one, and never over an article's own date, nor one before a year the
article reports in the past tense (an article about the cases "in all of 2018" is not of 2015, whatever story
it shares with an article of 2015). Failing that, the run's
anchor date applies (provenance `anchor`), and failing that the creation time stays unknown (provenance
`none`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

from timeline.ingest.datelines import PartialDate, find_dateline, nearest_day
from timeline.models import CreationTime, Document
from timeline.temporal.tense import clause_tense
from timeline.stories import (
    MIN_SHARED_WORDS, SAME_STORY_THRESHOLD, common_words, jaccard, story_words,
)

OWN_PROVENANCES = ("metadata", "dateline")  # only an article's own date is passed on

def date_documents(documents: list[Document], anchor_date: dt.date | None) -> list[Document]:
    """The documents, in the same order, each undated one (provenance `none`) dated from the batch, else
    from anchor_date, else left undated with the reason. Documents with a date of their own are unchanged."""
    undated = [i for i, d in enumerate(documents) if d.dct.provenance == "none"]
    if not undated:
        return list(documents)
    words = [story_words(d) if d.dct.provenance in OWN_PROVENANCES or d.dct.provenance == "none" else frozenset()
             for d in documents]
    common = common_words(words)
    words = [group - common for group in words]
    index: dict[str, list[int]] = defaultdict(list)   # story word -> dated documents using it
    for i, d in enumerate(documents):
        if d.dct.provenance in OWN_PROVENANCES and d.dct.date is not None:
            for word in words[i]:
                index[word].append(i)
    dated = list(documents)
    for i in undated:
        document = documents[i]
        shared_counts = Counter(j for word in words[i] for j in index.get(word, ()))
        reported = latest_year_in_the_past(document.text)
        best = None  # (similarity, -position) of the most similar dated article
        contradicted = None   # the most similar one whose date comes before a year this article reports as past
        for j, shared in shared_counts.items():
            if shared < MIN_SHARED_WORDS:
                continue
            similarity = jaccard(words[i], words[j])
            if similarity < SAME_STORY_THRESHOLD:
                continue
            if reported is not None and documents[j].dct.date.year < reported[0]:
                if contradicted is None or (similarity, -j) > contradicted[:2]:
                    contradicted = (similarity, -j, j)
                continue
            if best is None or (similarity, -j) > best[:2]:
                best = (similarity, -j, j)
        reading_note = document.dct.evidence
        no_source = "no article of the batch reports the same story"
        if contradicted is not None:
            source, (year, words_said) = documents[contradicted[2]], reported
            no_source = (f"no article of the batch reports the same story at a date that fits it: "
                         f"{source.source} does but is dated {source.dct.date.isoformat()}, before {year}, which "
                         f"this article reports in the past tense ({words_said!r})")
        if best is not None:
            similarity, _, j = best
            source = documents[j]
            shared = sorted(words[i] & words[j])
            evidence = (f"same story as {source.source} (dated {source.dct.date.isoformat()} by its "
                        f"{source.dct.provenance}): story-word Jaccard {similarity:.2f} >= {SAME_STORY_THRESHOLD}, "
                        f"{len(shared)} shared words: {', '.join(shared[:25])}")
            day, evidence = _dateline_day_near(document, source.dct.date, evidence)
            dct = CreationTime(date=day, provenance="batch", inferred=True, evidence=evidence)
        elif anchor_date is not None:
            day, evidence = _dateline_day_near(document, anchor_date, (
                f"{reading_note}; {no_source}; "
                f"the run's anchor date {anchor_date.isoformat()} applies"))
            dct = CreationTime(date=day, provenance="anchor", inferred=True, evidence=evidence)
        else:
            dct = CreationTime(date=None, provenance="none", inferred=False,
                               evidence=f"{reading_note}; {no_source}; "
                                        f"no anchor date given")
        dated[i] = document.model_copy(update={"dct": dct})
    return dated


def latest_year_in_the_past(text: str) -> tuple[int, str] | None:
    """The latest year the text names in a clause in the past tense, and the words around it: an article that
    says "the 372 cases in all of 2018, which was the second highest" was written after 2018 began, whatever
    the articles of its story say. Years to come ("will open in 2030") and years of other tenses say nothing."""
    latest = None
    for match in _YEAR.finditer(text):
        year = int(match.group())
        if (latest is None or year > latest[0]) and clause_tense(text, match.start(), match.end()) == "past":
            latest = (year, text[max(0, match.start() - 30):match.end() + 30].replace("\n", " ").strip())
    return latest


_YEAR = re.compile(r"(?<![\w$.,-])(?:19[0-9]{2}|20[0-9]{2})(?![\w%-]|,\d|\.\d)")


def _dateline_day_near(document: Document, near: dt.date, evidence: str) -> tuple[dt.date, str]:
    """The day the document's dateline gives without a year, in the year that puts it nearest `near` (and
    on the weekday given, if one is); else `near` itself. With the evidence for the choice."""
    partial = _dateline_day(document)
    if partial is None:
        return near, evidence
    day = nearest_day(partial, near)
    if day is None:
        return near, f"{evidence}; its dateline's {partial.text!r} falls on no such day near it"
    return day, f"{evidence}; its dateline's {partial.text!r} in the year that puts it nearest: {day.isoformat()}"


def _dateline_day(document: Document) -> PartialDate | None:
    """The day (without a year) the document's dateline or lead gives, if any."""
    if document.dateline is None:
        return None
    finding = find_dateline(document.text, document.dateline.char_start)
    if finding is None or finding.date is None or finding.date.year is not None:
        return None
    return finding.date
