"""Reading a hostile input folder built here, file by file, and saved web pages with boilerplate."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time
from pathlib import Path

import pytest

from timeline.ingest import InputError, discover_inputs, read_input
from timeline.settings import Settings

ARTICLE = ("G20 leaders meet\n\nANTALYA, Turkey (AFP) - World leaders on Monday (Nov 16) sought to join forces "
           "after the Paris attacks. A photo taken on Nov 15, 2015 shows them.\n")
LIMIT = 4000   # max_document_bytes for the hostile batch


def _build(folder: Path, outside: Path) -> None:
    write = lambda name, data: (folder / name).parent.mkdir(parents=True, exist_ok=True) or (folder / name).write_bytes(data)
    write("good.txt", ARTICLE.encode("utf-8"))
    write("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    write("utf16.txt", ARTICLE.encode("utf-16"))                       # with its byte order mark
    write("latin1.txt", ("Café à Genève\n\nGENÈVE - Le président a parlé «franchement» "
                         "le 16 novembre.\n").encode("latin-1"))
    write("cyrillic.txt", ("Москва, 16 ноября (Рейтер) - Президент России Владимир Путин заявил, что "
                           "переговоры в Анталье продолжатся, сообщили в Кремле.\n").encode("cp1251"))
    write("empty.txt", b"")
    write("blank.md", b"  \n\t\n   \n")
    write("nul.txt", b"Hello\x00world\x00" * 10)
    write("controls.txt", bytes(range(1, 9)) * 40 + b"some text")
    noise = random.Random(7)
    write("noise.txt", bytes(noise.randrange(0x80, 0x100) for _ in range(1500)))
    write("picture.png", b"\x89PNG\r\n\x1a\n" + b"x" * 50)
    write("broken.json", b'{"text": "Paris attacks", "title": ')
    write("list.json", json.dumps([{"text": "First story.", "published": "2015-11-16"},
                                   {"text": "Second story.", "published": "not a date"},
                                   {"text": "Third story.", "date": "2015-11-17", "publishedAt": "2015-11-18"},
                                   {"text": "Fourth story.", "published": "", "pubDate": "Wed, 18 Nov 2015 08:00:00 GMT"},
                                   ]).encode())
    write("records.jsonl", b"\n".join([
        json.dumps({"text": "Leaders met in Antalya.", "title": "One", "published": "2015-11-16T23:30:00-05:00",
                    "url": "https://example.org/one", "id": "a1"}).encode(),
        b"",
        json.dumps({"title": "no text"}).encode(),
        json.dumps({"text": "   "}).encode(),
        b'{"text": "truncated line',
    ]))
    write("broken.html", b"<html><head><title>Broken page</title><body><div><p>Leaders met in Antalya on "
                         b"Monday to discuss the Paris attacks and the war in Syria, officials said.<p>They "
                         b"agreed to share intelligence<div><span>unclosed")
    write("big.txt", b"word " * (LIMIT // 5 + 10))
    write("front.md", ("---\ntitle: Summit opens\npublished: 2015-11-16T23:30:00-05:00\nsource: https://example.org/s\n"
                       "---\nANTALYA, Turkey (AFP) - Leaders met on Monday (Nov 16).\n").encode())
    write("badfront.md", b"---\ntitle: [unclosed\n---\nText after a broken front matter block.\n")
    write("story.tml", b'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
                       b'value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n<TEXT>\n'
                       b'Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> on '
                       b'<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.\n</TEXT>\n</TimeML>\n')
    write("broken.tml", b"<TimeML><TEXT>Stocks <EVENT eid='e1'>fell</TEXT></TimeML>")
    write(" spaced name.txt", ARTICLE.encode())
    write("-leading-dash.txt", ARTICLE.encode())
    write("accentué.txt", ARTICLE.encode())
    write("sub/deeper/nested.txt", ARTICLE.encode())
    write(".gitkeep", b"")
    write(".hidden.txt", ARTICLE.encode())
    (outside / "secret.txt").write_text("outside the folder\n")
    os.symlink(outside / "secret.txt", folder / "escape.txt")
    os.symlink(folder / "good.txt", folder / "alias.txt")
    os.symlink(outside, folder / "linked-folder")
    os.mkfifo(folder / "pipe.txt")


@pytest.fixture()
def hostile(tmp_path):
    folder, outside = tmp_path / "inputs", tmp_path / "elsewhere"
    folder.mkdir(), outside.mkdir()
    _build(folder, outside)
    settings = Settings(max_document_bytes=LIMIT, state_dir=tmp_path / "state")
    paths, refused = discover_inputs(folder, settings)
    documents, entries = [], list(refused)
    for path in paths:
        result = read_input(path, folder, settings)
        documents += result.documents
        entries += result.entries
    return folder, paths, {e.source: e for e in entries}, {d.source: d for d in documents}


def test_discovery_is_recursive_sorted_and_skips_hidden(hostile):
    folder, paths, entries, _ = hostile
    names = [p.relative_to(folder).as_posix() for p in paths]
    assert names == sorted(names)
    assert "sub/deeper/nested.txt" in names and "alias.txt" in names
    assert not any(name.startswith(".") for name in names)
    for name in ("escape.txt", "pipe.txt", "linked-folder"):
        assert entries[name].status == "refused", name
    assert "outside the input folder" in entries["escape.txt"].reason
    assert "named pipe" in entries["pipe.txt"].reason


def test_every_file_is_accounted_for(hostile):
    folder, _, entries, _ = hostile
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*")
               if not p.name.startswith(".") and (not p.is_dir() or p.is_symlink())}
    accounted = {source.split("#")[0] for source in entries}
    assert on_disk - {"sub", "sub/deeper"} <= accounted


# (source, status, words the reason must contain)
EXPECTED = [
    ("empty.txt", "empty", "0 bytes"),
    ("blank.md", "empty", "white space"),
    ("nul.txt", "binary", "NUL"),
    ("controls.txt", "binary", "control characters"),
    ("noise.txt", "undecodable", "encoding"),
    ("picture.png", "unsupported", ".png"),
    ("broken.json", "malformed", "not valid JSON"),
    ("big.txt", "too_large", "over the limit"),
    ("broken.tml", "malformed", "TimeML"),
    ("records.jsonl#3", "malformed", "'text'"),
    ("records.jsonl#4", "empty", "empty"),
    ("records.jsonl#5", "malformed", "line 5"),
]


@pytest.mark.parametrize("source, status, words", EXPECTED)
def test_rejected_inputs_have_specific_reasons(hostile, source, status, words):
    _, _, entries, documents = hostile
    assert entries[source].status == status
    assert words in entries[source].reason
    assert source not in documents


def test_encodings(hostile):
    _, _, entries, documents = hostile
    good = documents["good.txt"]
    assert good.encoding == "utf-8" and good.dct.date == dt.date(2015, 11, 16)
    bom = documents["bom.txt"]
    assert bom.encoding == "utf-8-sig" and bom.text == good.text and "byte order mark" in entries["bom.txt"].reason
    assert bom.dateline.char_start == good.dateline.char_start          # offsets count after the mark
    utf16 = documents["utf16.txt"]
    assert utf16.encoding == "utf-16" and utf16.text == good.text
    latin = documents["latin1.txt"]
    assert latin.encoding == "cp1252" and latin.title == "Café à Genève" and "«franchement»" in latin.text
    assert documents["cyrillic.txt"].encoding == "cp1251" and "Путин" in documents["cyrillic.txt"].text
    assert documents["alias.txt"].text == good.text
    for odd in (" spaced name.txt", "-leading-dash.txt", "accentué.txt", "sub/deeper/nested.txt"):
        assert documents[odd].text == good.text and entries[odd].status == "ok"


def test_json_records(hostile):
    _, _, entries, documents = hostile
    one = documents["records.jsonl#1"]
    assert one.dct.date == dt.date(2015, 11, 16) and one.dct.provenance == "metadata"   # local date, not UTC
    assert one.title == "One" and one.url == "https://example.org/one" and one.format == "jsonl"
    assert entries["records.jsonl#1"].text_file == f"texts/{one.id}.txt"
    assert "records.jsonl#2" not in entries                                      # a blank line is no record
    assert documents["list.json#1"].dct.date == dt.date(2015, 11, 16)
    second = documents["list.json#2"]
    assert second.dct.provenance == "none" and "not a date" in second.dct.evidence
    # the other names of a publication date, the first given first
    assert documents["list.json#3"].dct.date == dt.date(2015, 11, 17)
    assert documents["list.json#4"].dct.date == dt.date(2015, 11, 18)


def test_front_matter_html_and_timeml(hostile):
    _, _, entries, documents = hostile
    front = documents["front.md"]
    assert front.title == "Summit opens" and front.url == "https://example.org/s"
    assert front.dct.date == dt.date(2015, 11, 16) and front.dct.provenance == "metadata"
    assert front.text.startswith("---\n") and front.text[front.body_start:].startswith("ANTALYA")
    assert front.text[front.dateline.char_start:front.dateline.char_end] == "ANTALYA, Turkey (AFP) -"
    assert "not valid YAML" in entries["badfront.md"].reason and documents["badfront.md"].title == "[unclosed"
    broken = documents["broken.html"]
    assert "Leaders met in Antalya" in broken.text and "intelligence" in broken.text
    assert entries["broken.html"].text_file == f"texts/{broken.id}.txt"
    story = documents["story.tml"]
    assert story.text.strip() == "Stocks fell on Wednesday."
    assert story.dct.date == dt.date(1998, 1, 8) and story.dct.provenance == "metadata"


def test_timeml_sentences_written_back_to_back_stay_apart(tmp_path):
    """Tokenized TimeML puts each sentence in an <s> element with nothing between them; an article read
    from it keeps them apart ("2005Apple today" is neither a date nor a title)."""
    (tmp_path / "a.tml").write_bytes(
        b'<?xml version="1.0" ?><TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2005-09-07" '
        b'functionInDocument="CREATION_TIME">2005-09-07</TIMEX3></DCT><TEXT><s id="1">September 7 , 2005</s>'
        b'<s id="2">Apple today <EVENT eid="e7">unveiled</EVENT> the nano .</s> <s id="3">It sells well .</s>'
        b'</TEXT></TimeML>')
    (document,) = read_input(tmp_path / "a.tml", tmp_path, Settings()).documents
    assert document.text == "September 7 , 2005\nApple today unveiled the nano . It sells well ."


def _read_one(tmp_path: Path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    result = read_input(tmp_path / name, tmp_path, Settings())
    (document,) = result.documents
    return document, result.entries[0]


def test_front_matter_that_is_no_yaml_is_read_line_by_line(tmp_path):
    """A colon in an unquoted title is the usual slip: each 'name: value' line is still read, and the
    manifest says so."""
    document, entry = _read_one(tmp_path, "runoff.md", b"---\ntitle: Colombia elections: rightwinger heads for "
                                b"runoff\ndate: '2018-05-28'\nsource:\n  date: 1999-01-01\n---\nBOGOTA - Duque won on Sunday.\n")
    assert document.title == "Colombia elections: rightwinger heads for runoff"
    assert (document.dct.date, document.dct.provenance) == (dt.date(2018, 5, 28), "metadata")
    assert "not valid YAML" in entry.reason and "read one by one" in entry.reason
    document, entry = _read_one(tmp_path, "nothing.md", b"---\n: : :\n---\nText.\n")
    assert document.dct.provenance == "none" and "ignored" in entry.reason


def test_header_lines_of_a_plain_text_article_are_its_metadata(tmp_path):
    document, entry = _read_one(tmp_path, "obit.txt", b"Title: Jazz singer dies at 87\nDate: 2024-06-12\n"
                                b"URL: https://example.org/obit\n\nNEW ORLEANS (AP) - Holloway died Tuesday.\n")
    assert document.title == "Jazz singer dies at 87" and document.url == "https://example.org/obit"
    assert document.dct.date == dt.date(2024, 6, 12) and document.dct.provenance == "metadata"
    assert "header" in document.dct.evidence
    assert document.text[document.body_start:].startswith("NEW ORLEANS")
    assert document.text[document.dateline.char_start:document.dateline.char_end] == "NEW ORLEANS (AP) -"


@pytest.mark.parametrize("data", [
    b"Update: the vote is delayed.\n\nThe Senate met on Friday.\n",        # a colon in a first line of text
    b"Date: 2024-06-12\nThe Senate met on Friday.\n",                      # no blank line closes a header
])
def test_a_first_line_with_a_colon_is_text_unless_it_is_a_header(tmp_path, data):
    document, _ = _read_one(tmp_path, "a.txt", data)
    assert document.body_start == 0 and document.dct.provenance != "metadata"


def test_a_header_that_is_all_the_file_holds_is_an_empty_article(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Title: Nothing\nDate: 2024-06-12\n\n  \n")
    (entry,) = read_input(tmp_path / "a.txt", tmp_path, Settings()).entries
    assert entry.status == "empty" and "after the header" in entry.reason


def test_ids_are_content_hashes(hostile):
    _, _, _, documents = hostile
    assert documents["good.txt"].id == documents["accentué.txt"].id != documents["front.md"].id


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        discover_inputs(tmp_path / "nowhere", Settings())
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        discover_inputs(tmp_path / "file.txt", Settings())


PAGE = """<!DOCTYPE html><html><head><title>Leaders vow to fight terror | The Daily Example</title>
{meta}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport news</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Leaders vow to fight terror</h1>
<p>{opening} World leaders meeting at the G20 summit sought to join forces to bring peace to Syria
and destroy the Islamic State network, hoping to curb the extremist menace after the Paris attacks.</p>
<p>Leaders of the Group of 20 top economies will describe the Paris gun and bombing strikes as an unacceptable
affront to all humanity, according to a draft statement obtained by reporters at the summit.</p>
<p>Concretely, they will share intelligence to crack down on the movement of foreign fighters across borders,
said the communique, which is subject to final approval by the leaders on the second day of the meeting.</p>
</article>
<aside><h3>Most read</h3><ul><li>Ten recipes for autumn soup</li><li>Transfer rumours roundup</li></ul></aside>
<footer>Copyright The Daily Example. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>"""


@pytest.mark.parametrize("meta, opening, expected_date, provenance", [
    ('<meta property="article:published_time" content="2015-11-16T09:00:00+02:00">'
     '<meta property="article:modified_time" content="2016-03-01T10:00:00+00:00">', "",
     dt.date(2015, 11, 16), "metadata"),
    ("", "ANTALYA, Turkey (AFP) - On Monday (Nov 16), a day after the Nov 15, 2015 opening,",
     dt.date(2015, 11, 16), "dateline"),
    ("", "", None, "none"),
])
def test_saved_pages(tmp_path, meta, opening, expected_date, provenance):
    (tmp_path / "page.html").write_text(PAGE.format(meta=meta, opening=opening), "utf-8")
    result = read_input(tmp_path / "page.html", tmp_path, Settings())
    (document,) = result.documents
    assert "Leaders of the Group of 20" in document.text and "communique" in document.text
    for boilerplate in ("cookies", "Most read", "Copyright", "Sport news"):
        assert boilerplate not in document.text
    assert document.title.startswith("Leaders vow to fight terror")
    assert document.dct.date == expected_date and document.dct.provenance == provenance
    assert document.format == "html" and result.entries[0].text_file == f"texts/{document.id}.txt"


def test_page_that_looks_like_an_address_is_not_fetched(tmp_path):
    (tmp_path / "link.html").write_text("http://127.0.0.1:9/never-fetched", "utf-8")
    started = time.perf_counter()
    result = read_input(tmp_path / "link.html", tmp_path, Settings())
    assert time.perf_counter() - started < 5
    assert len(result.entries) == 1


def test_huge_one_paragraph_article_reads_in_linear_time(tmp_path):
    sentence = "The minister said talks with Putin in Antalya would continue and officials agreed. "
    timings = {}
    for megabytes in (2, 16):
        path = tmp_path / f"big{megabytes}.txt"
        path.write_text("PARIS (AFP) - " + sentence * (megabytes * 2**20 // len(sentence)), "utf-8")
        read_input(tmp_path / "big2.txt", tmp_path, Settings())   # warm: imports and compiled patterns
        started = time.perf_counter()
        result = read_input(path, tmp_path, Settings())
        timings[megabytes] = time.perf_counter() - started
        assert result.entries[0].status == "ok" and result.documents[0].dateline.place == "PARIS"
    assert timings[16] < 3.0
    assert timings[16] < 8 * timings[2] * 2.5   # 8x the size: far from quadratic (64x)
