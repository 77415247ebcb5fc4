"""Benchmark corpora built from the development set's real articles, varied per copy, in a temporary folder.

Source articles: TBAQ (TimeBank and AQUAINT TimeML, their text and creation time) and the SemEval-2015
TimeLine trial articles (tokenised Wikinews XML, re-joined; the creation time is the date line under the
title). A variant of an article keeps its lead paragraph, shuffles the other paragraphs and moves its
creation date by whole weeks (weekday names keep their meaning); so no two files are one article copied.
The files are written under a temporary folder and never into the project.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

EVAL = Path("/work/shared/eval")
TBAQ = EVAL / "tbaq"
TRIAL_XML = EVAL / "timeline-trial" / "Corpus-trial-data_task4"

_TOKEN = re.compile(r'<token[^>]*\bsentence="(\d+)"[^>]*>(.*?)</token>', re.S)
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "'s", "n't", ")", "'", "%", "'re", "'ve", "'ll", "'d", "'m"}


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    dct: dt.date


def _trial_article(path: Path) -> Article | None:
    sentences: dict[int, list[str]] = {}
    for number, token in _TOKEN.findall(path.read_text(encoding="utf-8")):
        sentences.setdefault(int(number), []).append(html.unescape(token))
    lines = []
    for number in sorted(sentences):
        out = ""
        for token in sentences[number]:
            out += token if (not out or token in _NO_SPACE_BEFORE or out.endswith(("(", "$"))) else " " + token
        lines.append(out)
    if len(lines) < 3:
        return None
    try:  # the second "sentence" of a Wikinews article is its date line, e.g. "May 7 , 2005"
        dct = dt.datetime.strptime(lines[1].replace(" ,", ","), "%B %d, %Y").date()
    except ValueError:
        return None
    return Article(path.stem, "\n\n".join([lines[0], *lines[2:]]), dct)


def source_articles() -> list[Article]:
    """Every development article with a text and a creation date, in a fixed order."""
    from timeline.timeml import read_timeml

    articles = []
    for path in sorted(TBAQ.rglob("*.tml")):
        doc = read_timeml(path.read_text(encoding="utf-8"), path.name)
        if doc.dct and doc.text.strip():
            articles.append(Article(path.stem, doc.text.strip(), doc.dct))
    for path in sorted(TRIAL_XML.glob("*.xml")):
        article = _trial_article(path)
        if article:
            articles.append(article)
    if not articles:
        raise SystemExit(f"no development articles under {EVAL}")
    return articles


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


def variant(article: Article, copy: int, donor: Article | None = None) -> Article:
    """Copy `copy` of an article: lead kept, the rest shuffled (paragraphs, or sentences when there are few
    paragraphs), creation date moved by `copy` weeks; `donor` adds one paragraph of another article."""
    if copy == 0 and donor is None:
        return article
    paragraphs = [p for p in re.split(r"\n\s*\n", article.text) if p.strip()]
    rng = random.Random(f"{article.name}/{copy}")
    lead, rest = paragraphs[0], paragraphs[1:]
    if len(rest) < 5:  # few paragraphs: shuffle sentences
        rest = [s for p in rest for s in _SENTENCE_BREAK.split(p) if s.strip()]
        if not rest:
            lead, *rest = [s for s in _SENTENCE_BREAK.split(lead) if s.strip()]
    rng.shuffle(rest)
    if len(rest) > 3:
        rest = rest[: len(rest) - rng.randrange(0, 2)]  # some copies drop a closing paragraph
    if donor is not None:
        donated = [p for p in re.split(r"\n\s*\n", donor.text) if p.strip()][1:] or [donor.text]
        rest.insert(rng.randrange(len(rest) + 1), rng.choice(donated))
    dct = article.dct + dt.timedelta(weeks=copy * (1 if copy % 2 else -1))
    return Article(f"{article.name}-v{copy}", "\n\n".join([lead, *rest]), dct)


def variants(count: int, start: int = 0) -> list[Article]:
    """`count` distinct articles: each source article in turn, then their variants copy 1, 2, ...; a variant
    whose text repeats an earlier one takes a paragraph of another article (all texts differ)."""
    sources = source_articles()
    seen: set[str] = set()
    out = []
    for k in range(start + count):
        base, copy = sources[k % len(sources)], k // len(sources)
        article = variant(base, copy)
        tries = 0
        while article.text in seen:
            tries += 1
            article = variant(base, copy, donor=sources[(k * 7919 + tries * 104729) % len(sources)])
        seen.add(article.text)
        if k >= start:
            out.append(article)
    return out


def timeml_file(article: Article) -> str:
    value = article.dct.isoformat()
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{html.escape(article.name)}</DOCID>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n'
            f'<TEXT>\n{html.escape(article.text, quote=False)}\n</TEXT>\n</TimeML>\n')


def markdown_file(article: Article) -> str:
    title = article.text.split("\n", 1)[0][:120]
    return (f"---\ntitle: {json.dumps(title)}\npublished: {article.dct.isoformat()}\n"
            f"source: bench\n---\n\n{article.text}\n")


def write_timeml_corpus(folder: Path, count: int) -> tuple[list[Article], int]:
    """`count` .tml files; returns the articles and the total bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    articles, size = variants(count), 0
    for i, article in enumerate(articles):
        data = timeml_file(article).encode("utf-8")
        (folder / f"{i:05d}.tml").write_bytes(data)
        size += len(data)
    return articles, size


def write_flow_corpus(folder: Path, count: int, start: int = 0) -> int:
    """`count` articles for the flow: four in five Markdown with front matter, one in five TimeML."""
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i, article in enumerate(variants(count, start), start):
        data = (timeml_file(article) if i % 5 == 4 else markdown_file(article)).encode("utf-8")
        (folder / f"{i:05d}.{'tml' if i % 5 == 4 else 'md'}").write_bytes(data)
        size += len(data)
    return size
