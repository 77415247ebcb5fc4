"""Word tables of English temporal expressions: pattern macros for the rule tables and their normalizations.

Each table maps a surface form (lower case) to its normalized piece of a TimeML value. The macros
(`MACROS`) are regular-expression alternations built from the same tables, so a word listed here is
both found and normalized, and the two can never drift apart.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4,
    "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
    "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}
UNITS: dict[str, str] = {  # unit word -> (TimeML duration letter) ; time units carry a T prefix
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W", "fortnight": "2W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
# Unit word -> the calendar unit a relative date moves by.
CALENDAR_UNITS: dict[str, str] = {
    "day": "day", "week": "week", "weekend": "weekend", "month": "month", "quarter": "quarter", "year": "year",
    "decade": "decade", "century": "century", "hour": "hour", "minute": "minute",
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "single": 1, "half a": 0.5, "half an": 0.5, "a half": 0.5, "one and a half": 1.5, "a couple of": 2,
    "couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12,
}
# Vague amounts: TimeML writes an unknown number as X (PXY: "several years").
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "the next few", "numerous")
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "thirtieth": 30, "thirty-first": 31, "last": -1, "final": -1,
}
# Modifiers written before an expression -> TimeML mod.
MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "the first part of": "START", "late": "END", "later": "END", "the end of": "END", "end of": "END",
    "the close of": "END", "the last part of": "END", "mid": "MID", "the middle of": "MID", "middle of": "MID",
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
}
# Named days of the year, computed in the resolver: "MM-DD"; "easter" or "thanksgiving", with a shift in
# days ("easter-2"); "third-mon-01" (the third Monday of January; "last-mon-05" the last of May).
HOLIDAYS: dict[str, str] = {
    "christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24", "new year's day": "01-01",
    "new year's eve": "12-31", "new year's": "01-01", "independence day": "07-04", "valentine's day": "02-14",
    "halloween": "10-31", "veterans day": "11-11", "armistice day": "11-11", "remembrance day": "11-11",
    "juneteenth": "06-19", "boxing day": "12-26", "st. patrick's day": "03-17", "st patrick's day": "03-17",
    "bastille day": "07-14", "may day": "05-01",
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "black friday": "thanksgiving+1",
    "cyber monday": "thanksgiving+4",
    "easter": "easter", "easter sunday": "easter", "easter monday": "easter+1", "good friday": "easter-2",
    "maundy thursday": "easter-3", "holy thursday": "easter-3", "palm sunday": "easter-7",
    "ash wednesday": "easter-46",
    "martin luther king day": "third-mon-01", "martin luther king jr. day": "third-mon-01",
    "presidents day": "third-mon-02", "presidents' day": "third-mon-02", "super tuesday": "first-tue-03",
    "mother's day": "second-sun-05", "memorial day": "last-mon-05", "father's day": "third-sun-06",
    "labor day": "first-mon-09", "columbus day": "second-mon-10", "election day": "electionday",
}


def _alternation(words) -> str:
    """A regex alternation of words, longest first so the longest form wins; spaces match any blank run."""
    ordered = sorted(set(words), reverse=True)
    return "(?:" + "|".join(w.replace(".", r"\.").replace(" ", r"\s+").replace("'", "['’]") for w in ordered) + ")"


_CARDINAL_WORDS = [w for w in NUMBERS if " " not in w and w not in ("a", "an", "single", "dozen")]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
COMPOUND_NUMBERS = {f"{t}{sep}{o}": NUMBERS[t] + NUMBERS[o] for t in _TENS for o in _ONES for sep in ("-", " ")}
# The same compounds as one pattern, first in the alternations of number words: written out, their 144
# forms were a third of the combined scanner, and RE2 builds the scanner's states (on every process's
# first documents) in time that grows with its size.
_COMPOUND_PATTERN = rf"(?:{'|'.join(_TENS)})(?:-|\s+)(?:{'|'.join(_ONES)})"


def _number_alternation(words) -> str:
    """Number words as an alternation, the compounds ("twenty-two", "twenty two") as `_COMPOUND_PATTERN`."""
    return "(?:" + _COMPOUND_PATTERN + "|" + _alternation(w for w in words if w not in COMPOUND_NUMBERS)[3:]

# Abbreviated months take an optional period; "May", "March" and other full names stand alone.
_MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_NAMES = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# Nouns of a term to serve or to run: a length of time before them ("a 60-month sentence", "a 10-year
# contract", "a five-year plan") is how long it lasts, not a stretch up to the DCT ("the four-year civil war").
TERM_NOUNS = frozenset("""sentence sentences term terms imprisonment prison jail probation contract contracts lease
    loan loans mortgage mortgages bond bonds note notes deal deals agreement agreements ban suspension warranty
    moratorium extension licence license visa plan plans program programme freeze guarantee subscription""".split())


MACROS: dict[str, str] = {
    # case-sensitive on purpose: "may" and "march" in lower case are verbs
    "MONTH": rf"(?-i:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS}|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)",
    "MONTH_SAFE": r"(?-i:January|February|April|June|July|August|September|October|November|December)",
    "WEEKDAY": _alternation(w for w in WEEKDAYS if len(w) > 4 or w in ("wed",)) ,
    "SEASON": _alternation(SEASONS),
    "PART_OF_DAY": _alternation(p for p in PARTS_OF_DAY if p != "tonight" and not p.endswith("s")),
    "DAY": r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "YEAR4": r"(?:1[5-9][0-9]{2}|20[0-9]{2})",
    "YEAR": r"(?:1[5-9][0-9]{2}|20[0-9]{2}|['’][0-9]{2})",
    "NUMWORD": _number_alternation(_CARDINAL_WORDS),
    # spoken years (broadcast transcripts): "nineteen ninety-four", "two thousand and one"
    "YEAR_WORDS": "(?:nineteen[- ]" + _number_alternation(_CARDINAL_WORDS)
                  + r"|two\s+thousand(?:\s+and)?(?:\s+" + _number_alternation(_CARDINAL_WORDS) + ")?)",
    # at most three digits: a four-digit number next to a unit is a year ("the 1988 quarter")
    "NUM": _number_alternation(NUMBERS) + r"|[0-9]{1,3}(?:\.[0-9]+|(?:\s+|-)1/2)?",
    "VAGUE": _alternation(VAGUE_NUMBERS),
    "UNIT": r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)",
    "UNITS": r"(?:seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries)",
    "ORDINAL": _alternation(o for o in ORDINALS if o not in ("last", "final")) + r"|[0-9]{1,2}(?:st|nd|rd|th)",
    "DMOD": _alternation(["early", "late", "mid", "mid-", "early-", "late-", "the beginning of", "the start of", "the end of",
                          "the middle of", "the close of", "the first part of", "the last part of", "end of",
                          "beginning of", "middle of"]),
    "APPROX": _alternation(["about", "around", "some", "roughly", "approximately", "nearly", "almost",
                            "less than", "more than", "over", "at least", "no less than", "at most",
                            "no more than", "up to", "under"]),
    # the bounds news annotation keeps inside a duration's extent ("nearly five months", "at least two
    # weeks"); approximations ("about", "around", "almost") and "over" stay outside ("about [five hours]")
    "BOUND": _alternation(["nearly", "less than", "more than", "at least", "no less than", "at most",
                           "no more than", "up to", "under"]),
    "HOLIDAY": _alternation(HOLIDAYS),
    # words after which a bare "Q1", "H2" or "20:00" is a time, not a model, a visa or a score
    "PERIOD_LEAD": _alternation(["in", "for", "during", "since", "from", "through", "until", "the", "of"]),
    "FALL_LEAD": _alternation(["in", "until", "till", "by", "during", "through", "over", "before", "after", "since"]),
    "CLOCK_LEAD": _alternation(["at", "until", "till", "by", "from", "before", "after", "around", "about", "to"]),
    # the time zone after a clock time: abbreviations in capitals only ("ET", not the "et" of "et al.")
    "ZONE": r"(?:(?-i:[ECMP][SD]T|[ECMP]T|GMT|UTC|BST|CES?T|IST|JST|AES?T|AEDT)|local\s+time)",
}
