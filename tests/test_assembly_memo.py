"""The grouping memo in the state folder: a rerun that takes the last run's groupings assembles the timeline
a run without a state folder assembles, and the memo file keeps only what the last assembly used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.assembly_memo import FOLDER, GroupingMemo, _read, code_version
from timeline.models import CreationTime, Document
from timeline.pipeline import analyse, build_timeline

MONDAY = dt.date(2016, 3, 14)

TEXTS = {
    "a.txt": "Ministers met at the summit in Geneva on Tuesday to discuss trade. Police foiled two attacks in "
             "Lyon on Sunday. The central bank raised interest rates in January.",
    "b.txt": "The summit in Geneva on Wednesday ended without a deal. Shares closed higher on Friday.",
    "c.txt": "Workers went on strike in Madrid on Thursday. The summit in Geneva on Tuesday drew protests.",
    "d.txt": "The summit in Geneva on Tuesday ended with a communique. Floods hit Venice on Saturday.",
}


def _documents(sources) -> list[Document]:
    return [Document(id=f"id-{s}", source=s, format="txt", text=TEXTS[s],
                     dct=CreationTime(date=MONDAY, provenance="metadata")) for s in sources]


def _timeline(sources, state: Path | None):
    documents = _documents(sources)
    return build_timeline(documents, [analyse(d) for d in documents], state_dir=state)


def _memo_file(state: Path) -> Path:
    return state / FOLDER / f"{code_version()}.pickle"


def test_a_rerun_that_adds_articles_assembles_what_a_run_without_state_does(tmp_path: Path) -> None:
    first = _timeline(["a.txt", "b.txt"], tmp_path)
    assert first == _timeline(["a.txt", "b.txt"], None)
    stored = _read(_memo_file(tmp_path))
    assert stored
    rerun = _timeline(["a.txt", "b.txt", "c.txt", "d.txt"], tmp_path)
    assert rerun == _timeline(["a.txt", "b.txt", "c.txt", "d.txt"], None)
    geneva = [e for e in rerun.events if "Geneva" in e.title]
    assert {m.document for e in geneva for m in e.mentions} == {"a.txt", "b.txt", "c.txt", "d.txt"}
    kept = _read(_memo_file(tmp_path))
    assert stored.keys() & kept.keys()           # zones no new article touched were taken as they were
    assert stored.keys() - kept.keys()           # the Geneva zone changed: its old grouping is dropped


def test_a_damaged_memo_file_is_ignored(tmp_path: Path) -> None:
    _timeline(["a.txt", "b.txt"], tmp_path)
    _memo_file(tmp_path).write_bytes(b"\x80\x05not a pickle")
    assert _timeline(["a.txt", "b.txt", "c.txt"], tmp_path) == _timeline(["a.txt", "b.txt", "c.txt"], None)
    assert _read(_memo_file(tmp_path))           # and written again whole


def test_a_memo_naming_a_class_is_not_loaded(tmp_path: Path) -> None:
    import pickle

    path = tmp_path / "memo.pickle"
    path.write_bytes(pickle.dumps({b"k": (0,), b"d": dt.date(2016, 1, 1)}))
    assert _read(path) == {}
    path.write_bytes(pickle.dumps({b"k": (0, 1)}))
    assert _read(path) == {b"k": (0, 1)}


def test_memo_files_of_other_code_are_removed(tmp_path: Path) -> None:
    old = tmp_path / FOLDER / "0123456789abcdef.pickle"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"")
    _timeline(["a.txt"], tmp_path)
    assert not old.exists() and _memo_file(tmp_path).exists()


def test_an_article_changed_under_its_name_has_another_key() -> None:
    (doc,) = _documents(["a.txt"])
    keys = {GroupingMemo(Path("/nonexistent-state"), [d]).document_keys["a.txt"]
            for d in (doc, doc.model_copy(update={"id": "id-other"}), doc.model_copy(update={"title": "A title"}),
                      doc.model_copy(update={"dct": CreationTime(date=MONDAY, provenance="batch", inferred=True)}))}
    assert len(keys) == 4
