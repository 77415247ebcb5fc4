"""The rule table: each rule finds one kind of temporal expression and writes its (underspecified) value.

A rule is data: a pattern (RE2 syntax, case-insensitive unless it says otherwise; `%MACRO` expands to a
word list from `lexicon.MACROS`), the TimeML type, a value template, an optional mod template, the
interval policy for the resolver, and examples (sentence, DCT, expected extent, expected value) that
`tests/test_temporal_rules.py` runs. Adding a rule never means touching the engine.

Value templates fill `{function(group, ...)}` from the match (see `normalize.TEMPLATE_FUNCTIONS`) and
write either a full TimeML value (`1998-10-15`, `P3Y`, `PRESENT_REF`) or an underspecified one that
`resolver.py` completes from the document's creation time (DCT):

  UNDEF-year-MM-DD / UNDEF-year-MM / -Qn / -Hn / -SU   month-day, month, quarter, half, season without a year
  UNDEF-REL-<unit>±N                                    N units before/after the DCT (day, week, month, ...)
  UNDEF-weekday-N, UNDEF-<last|this|next>-weekday-N     a weekday (1 = Monday), by the tense policy
  UNDEF-weekend, UNDEF-<last|this|next>-weekend         a weekend
  UNDEF-<last|this|next>-month-MM / -season-SU          "last December", "next spring"
  UNDEF-yearrel±N-MM[-DD] / -Qn                          "June last year", "Jan. 1 next year", "next year's first quarter"
  UNDEF-ref-<unit>±N, UNDEF-ref-<last|next>-weekday-N    from the narrative's reference time ("later that
                                                        year", "the following month", "the previous Friday")
  UNDEF-reporting-quarter                               the latest reported quarter ("the latest quarter")
  UNDEF-year-ago                                        a year before the period being reported on
  UNDEF-holiday-NAME                                    Christmas, Thanksgiving, ...
A rule whose type is NONE marks text that is not a timex ("a 35-year-old man"); being the longest
match, it keeps the shorter rules from firing inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

RuleType = Literal["DATE", "TIME", "DURATION", "SET", "NONE"]
# How the resolver turns a value into a calendar interval beyond the value's own extent.
Anchor = Literal[
    "none",          # the value's own interval (a DURATION gets none)
    "since",         # from the value's start to the DCT ("since June")
    "to_dct",        # from the value's start to the DCT ("earlier this month")
    "from_dct",      # from the DCT to the value's end ("later this month")
    "ending_at_dct", # a DURATION that runs up to the DCT ("the past three years", "four-year civil war")
    "starting_at_dct", # a DURATION that runs on from the DCT ("the next three years", "the coming two weeks")
    "span_end",      # the end of a duration that ends at the DCT ("at the close of two days of talks")
    "year_opening",  # the opening months of the last year whose months they are all past ("the first nine months")
]


# Plain frozen dataclasses, not pydantic models: the table is code, checked once here, and building a
# first pydantic model costs ~0.15 s of every `newsline annotate` start-up.
@dataclass(frozen=True)
class Example:
    sentence: str
    dct: str | None
    text: str
    value: str
    type: str | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    type: RuleType
    value: str = ""
    mod: str | None = None
    time: str | None = None  # a time-of-day suffix template ("TNI", "T{hour(h, m, ap)}")
    anchor: Anchor = "none"
    case_sensitive: bool = False
    examples: tuple[tuple, ...] = ()

    def __post_init__(self) -> None:
        if self.type not in get_args(RuleType):
            raise ValueError(f"rule {self.name}: type {self.type!r} is not one of {get_args(RuleType)}")
        if self.anchor not in get_args(Anchor):
            raise ValueError(f"rule {self.name}: anchor {self.anchor!r} is not one of {get_args(Anchor)}")


def _rule(name, pattern, type_, value="", examples=(), **extra) -> Rule:
    return Rule(name=name, pattern=pattern, type=type_, value=value, examples=tuple(examples), **extra)


M = "%MONTH"
# A number of units after "the past", "the first", "the next" ...: "three years", "two to three weeks", "a few days or so".
_A_LENGTH = r"\s+(?P<n>%NUM|%VAGUE)\s+(?:to\s+(?:%NUM)\s+)?(?P<u>%UNITS|%UNIT)(?:\s+or\s+so)?"
# A full date and the clock written after it on the same line ("September 1, 2009, 11:34 PM", "16th February,
# 2019 09:04:18"): the date in either order, then a clock on the 12-hour or the 24-hour dial.
_DATE_THEN = r"(?:%WEEKDAY,?\s+)?(?P<m>%MONTH)\s*(?P<d>%DAY),?\s+(?P<y>%YEAR4)[ \t]*[,:]?[ \t]+"
_DAY_FIRST_DATE_THEN = r"(?:%WEEKDAY,?\s+)?(?P<d>%DAY)\s+(?P<m>%MONTH),?\s+(?P<y>%YEAR4)[ \t]*[,:]?[ \t]+"
_CLOCK_12 = r"(?:at\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9])(?::[0-5][0-9])?)?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)(?:\s+%ZONE)?"
_CLOCK_12_DOTTED = r"(?:at\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>[ap]\.m)\."
_CLOCK_24 = r"(?P<h>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::[0-5][0-9])?(?:\s+%ZONE)?"
RULES: list[Rule] = [
    # ---- not timexes: ages, scores, per-unit rates ------------------------------------------------------
    _rule("age_hyphen", r"%NUM[- ](?:year|month|week|day)s?[- ]olds?", "NONE",
          examples=[("a 35-year-old man was held", "2015-11-16", "", "")]),
    _rule("age_aged", r"(?:aged|age|ages)\s+[0-9]+(?:\s+to\s+[0-9]+)?", "NONE",
          examples=[("a man aged 40 was held", "2015-11-16", "", "")]),
    _rule("fraction_of", r"(?:%APPROX\s+)?(?:a|one|three)\s+quarters?\s+of|(?:a|one)\s+half\s+of", "NONE",
          examples=[("more than a quarter of a million lives", "2015-11-16", "", "")]),
    # "twice a year", "three times a week": a frequency, not a length (before the rates: on equal length
    # the earlier rule wins)
    _rule("set_times_per_unit", r"(?:once|twice|thrice|(?:%NUM)\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|quarter|hour|minute)",
          "SET", "{dur(one, u)}",
          [("Inspections take place twice a year.", "2013-03-14", "twice a year", "P1Y"),
           ("The board meets three times a month.", "2013-03-14", "three times a month", "P1M")]),
    # "six days a week", "a few days a week": how often in the week, a frequency
    _rule("set_days_per_week", r"(?:(?:at\s+least|at\s+most|only|just)\s+)?(?:%NUM|a\s+few|several|a\s+couple\s+of)\s+days?\s+(?:a|per|each)\s+week",
          "SET", "P1W",
          [("The line ran only six days a week.", "2016-07-29", "only six days a week", "P1W"),
           ("It looks at walking just a few days a week.", "2023-03-14", "just a few days a week", "P1W")]),
    # a rate: "$1.76 a year", "four flights a week", "700 seats a week"
    _rule("rate_per_unit", r"(?:[0-9][0-9,.]*|%NUMWORD)(?:\s+[a-z]+){0,2}\s+an?\s+(?:day|week|fortnight|month|year|hour)", "NONE",
          examples=[("a dividend of $1.76 a year was paid", "1998-01-01", "", ""),
                    ("The allowance rises by $2.40 a fortnight.", "2021-03-01", "", ""),
                    ("up from four flights a week", "1998-01-01", "", "")]),
    # ... but "$5 million a year ago" is a date after an amount
    _rule("amount_year_ago", r"(?:[0-9][0-9,.]*|%NUMWORD)(?:\s+[a-z]+){0,2}\s+(?P<t>an?\s+year\s+(?:ago|earlier|before))", "DATE",
          "UNDEF-year-ago", [("Sales were $5 million a year ago.", "1989-10-26", "a year ago", "1988")]),
    _rule("amount_unit_ago", r"(?:[0-9][0-9,.]*|%NUMWORD)(?:\s+[a-z]+){0,2}\s+(?P<t>an?\s+(?P<u>day|week|month)\s+ago)", "DATE",
          "UNDEF-REL-{unit(u)}-1", [("It cost 5 cents a month ago.", "1989-10-26", "a month ago", "1989-09")]),
    _rule("age_years_old", r"[0-9]+\s+(?:years|months)\s+old", "NONE",
          examples=[("she is 35 years old", "2015-11-16", "", "")]),
    # a decade word that is somebody's is an age or, in cricket, a score of fifty: "in his late twenties",
    # "Iyer's fifties", "their respective fifties"; so is one counted: "scored two fifties"
    _rule("age_decade", r"(?:(?:his|her|their|my|your|our|(?-i:[A-Z])[\w.-]*['’]s)\s+(?:(?:respective|own)\s+)?"
                        r"(?:(?:early|late|mid-?)\s*)?|%NUMWORD\s+)"
                        r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", "NONE",
          examples=[("a man in his late twenties was held", "2015-11-16", "", ""),
                    ("Iyer's fifties and a late blitz", "2025-10-23", "", ""),
                    ("as they scored their respective fifties", "2025-10-23", "", ""),
                    ("He hit two fifties in the series.", "2025-10-23", "", "")]),
    # comparisons and names that hold a time word: "the quarter-to-quarter comparison", the film "High Noon",
    # "the March for Life", ABC's "This Week"
    _rule("unit_to_unit", r"(?:the\s+)?(?:day|week|month|quarter|year)-to-(?:day|week|month|quarter|year)", "NONE",
          examples=[("The quarter-to-quarter comparison was weak.", "1989-11-01", "", ""),
                    ("It handles day-to-day operations.", "1989-11-01", "", "")]),
    _rule("high_noon", r"high\s+noon", "NONE", examples=[("For Poland, high noon comes today.", "1999-03-12", "today", "1999-03-12")]),
    _rule("march_event", r"the\s+(?:annual\s+)?(?-i:March)\s+(?:for|on|of\s+the)", "NONE",
          examples=[("Crowds joined the annual March for Life on Capitol Hill.", "1999-01-22", "", ""),
                    ("She led the March of the Mothers.", "2000-01-22", "", "")]),
    # "last" as a verb: "expected to last six months" is six months, not the last six
    _rule("last_as_verb", r"(?:to|will|would|could|may|might|can|should|must|'ll)\s+last", "NONE",
          examples=[("The trial is expected to last six months.", "2024-06-07", "six months", "P6M"),
                    ("The talks will last two days.", "2024-06-07", "two days", "P2D")]),
    # a season in a name: "the 2012 Summer Olympics", "the Arab Spring", "the Spring Festival"
    _rule("season_in_name", r"(?:[Tt]he\s+)?(?:(?:next|last|previous|coming)\s+)?(?:Summer|Winter|Spring|Autumn)\s+(?:Olympics|Olympic|Games|Paralympics|Paralympic|Festival|Palace|Offensive|Davos|Universiade)|(?:[Tt]he\s+)?(?:Arab|Prague|Beijing|Tehran|Damascus|Indian)\s+(?:Spring|Summer|Autumn|Winter)",
          "NONE", case_sensitive=True,
          examples=[("He won gold at the Summer Olympics in London.", "2013-03-14", "", ""),
                    ("The Arab Spring swept the region.", "2013-03-14", "", ""),
                    ("The next Summer Games will be held in Los Angeles.", "2024-08-12", "", "")]),
    _rule("today_title", r"[A-Z]{2,5}\s+Today", "NONE", case_sensitive=True,
          examples=[("The poll appeared in USA Today on Friday.", "1998-03-31", "Friday", "1998-03-27"),
                    ("This is VOA Today.", "1998-03-31", "", "")]),
    _rule("this_week_title", r"This\s+Week", "NONE", case_sensitive=True,
          examples=[('Baker, speaking on ABC News\' "This Week," said so.', "1990-08-13", "", ""),
                    ("This week the talks resume.", "1990-08-13", "This week", "1990-W33")]),

    # ---- full calendar dates -----------------------------------------------------------------------------
    # (tokenized text puts a space before the comma: "June 07 , 2011")
    _rule("date_month_day_year", r"(?:(?:this|that)\s+)?(?P<t>(?:%WEEKDAY,?\s+)?(?P<m>%MONTH)\s*(?P<d>%DAY)\s?,?\s+(?P<y>%YEAR4))", "DATE",
          "{year(y)}-{month(m)}-{day(d)}",
          [("Published Nov 15, 2015 by staff", "2015-11-16", "Nov 15, 2015", "2015-11-15"),
           ("on Friday, Aug. 7, 1998 at noon", "1998-08-10", "Friday, Aug. 7, 1998", "1998-08-07"),
           ("June 07 , 2011\nAt the keynote Apple spoke.", "2011-06-08", "June 07 , 2011", "2011-06-07"),
           # a caption's "this" points at the date, not at a month of the DCT's year
           ("FILE - In this May 11, 2018 file photo, Silver leaves court.", "2018-07-27", "May 11, 2018", "2018-05-11")]),
    # a range of days with its year: the first day, dated by the year (the range's end is the event stage's)
    _rule("date_month_days_year", r"(?P<t>(?P<m>%MONTH)\s*(?P<d>%DAY))\s*[-–]\s*%DAY\s?,?\s+(?P<y>%YEAR4)", "DATE",
          "{year(y)}-{month(m)}-{day(d)}",
          [("The summit in Antalya on Nov. 15-16, 2015 ended.", "2016-01-05", "Nov. 15", "2015-11-15")]),
    _rule("date_day_month_year", r"(?:%WEEKDAY,?\s+)?(?P<d>%DAY)(?:\s+of)?\s+(?P<m>%MONTH)\s?,?\s+(?P<y>%YEAR4)", "DATE",
          "{year(y)}-{month(m)}-{day(d)}",
          [("It began on 15 November 2015.", "2015-11-16", "15 November 2015", "2015-11-15"),
           ("It began on 15 November , 2015 .", "2015-11-16", "15 November , 2015", "2015-11-15")]),
    _rule("date_iso", r"(?P<y>%YEAR4)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])", "DATE",
          "{year(y)}-{month(m)}-{day(d)}", [("Filed 2015-11-13 in court", "2015-11-16", "2015-11-13", "2015-11-13")]),
    _rule("date_us_numeric", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])/(?P<y>[0-9]{4}|[0-9]{2})", "DATE",
          "{year(y)}-{month(m)}-{day(d)}", [("dated 11/02/89 in the file", "1989-11-03", "11/02/89", "1989-11-02")]),
    # "on the 9th" closing a clause: that day of the month the story is in (before a noun it is a rank: "on
    # the 9th floor"); two rules, as a comma or a full stop ends each
    _rule("ordinal_day_comma", r"on\s+(?P<t>the\s+(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)),", "DATE", "UNDEF-ref-monthday-{day(d)}",
          [("Also on the 9th, the bank releases its statement.", "2019-08-04", "the 9th", "2019-08-09"),
           ("The fire started on the 9th floor.", "2019-08-04", "", "")]),
    _rule("ordinal_day_stop", r"on\s+(?P<t>the\s+(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))\.", "DATE", "UNDEF-ref-monthday-{day(d)}",
          [("Rates were cut in March. The board meets again on the 6th.", "2019-08-04", "the 6th", "2019-03-06"),
           # with no month named before: the DCT's month, or the one before or after it as the tense says
           ("It happened on the 31st.", "2019-08-04", "the 31st", "2019-07-31"),
           ("The board meets on the 2nd.", "2019-08-04", "the 2nd", "2019-09-02"),
           ("The board meets on the 2nd.", None, "the 2nd", "XXXX-XX-02"),
           ("In September it rained on the 31st.", "2019-10-04", "the 31st", "XXXX-XX-31")]),
    # "the last week of February": the part of the month it names (a week of the month has no ISO number)
    _rule("week_of_month_year", r"the\s+(?P<o>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m>%MONTH),?\s+(?P<y>%YEAR4)",
          "DATE", "{year(y)}-{month(m)}",
          [("Talks resume in the first week of April 2013.", "2013-03-14", "the first week of April 2013", "2013-04")],
          mod="{week_mod(o)}"),
    _rule("week_of_month", r"the\s+(?P<o>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m>%MONTH)", "DATE",
          "UNDEF-year-{month(m)}",
          [("Snow fell in the last week of February.", "2013-03-14", "the last week of February", "2013-02")],
          mod="{week_mod(o)}"),
    _rule("date_month_year", r"(?:%DMOD\s*)?(?P<m>%MONTH),?\s+(?:of\s+)?(?P<y>%YEAR4|%YEAR_WORDS)", "DATE", "{year(y)}-{month(m)}",
          [("sales in July 1997 rose", "1998-01-01", "July 1997", "1997-07"),
           ("January nineteen ninety-seven.", "1998-02-27", "January nineteen ninety-seven", "1997-01"),
           ("until late November 2015", "2015-11-16", "late November 2015", "2015-11")],
          mod="{dmod(0)}"),
    _rule("date_month_day", r"(?:%WEEKDAY,?\s+)?(?P<m>%MONTH)\s*(?P<d>%DAY)", "DATE", "UNDEF-year-{month(m)}-{day(d)}",
          [("The deal closed Sept. 30, officials said.", "1989-10-26", "Sept. 30", "1989-09-30"),
           ("The vote will be held Dec. 7.", "1989-10-30", "Dec. 7", "1989-12-07"),
           ("He left on Jan. 3.", "2016-01-05", "Jan. 3", "2016-01-03"),
           ("The search began shortly after the Oct. 23 slaying.", "1999-05-06", "Oct. 23", "1998-10-23")]),
    _rule("date_day_month", r"(?:the\s+)?(?P<d>%DAY)\s+(?:of\s+)?(?P<m>%MONTH)", "DATE", "UNDEF-year-{month(m)}-{day(d)}",
          [("talks ended on 13 November after dawn", "2015-11-16", "13 November", "2015-11-13"),
           ("on the 4th of July the parade passed", "2015-11-16", "the 4th of July", "2015-07-04")]),
    # a weekday with its date in brackets is that date, complete when the year is written
    _rule("date_weekday_paren_date", r"(?P<w>%WEEKDAY)\s*\(\s*(?P<m>%MONTH)\s*(?P<d>%DAY)(?:,?\s+(?P<y>%YEAR4))?\s*\)", "DATE",
          "{calendar_date(y, m, d)}",
          [("Leaders met on Monday (Nov 16) in Antalya.", "2015-11-16", "Monday (Nov 16)", "2015-11-16"),
           ("Leaders met on Monday (Nov 16, 2015) in Antalya.", None, "Monday (Nov 16, 2015)", "2015-11-16"),
           ("Leaders met on Monday (Nov 16) in Antalya.", None, "Monday (Nov 16)", "XXXX-11-16")]),
    _rule("date_weekday_paren_day_month", r"(?P<w>%WEEKDAY)\s*\(\s*(?P<d>%DAY)\s+(?:of\s+)?(?P<m>%MONTH)(?:,?\s+(?P<y>%YEAR4))?\s*\)", "DATE",
          "{calendar_date(y, m, d)}",
          [("Leaders met on Monday (16 November 2015) in Antalya.", None, "Monday (16 November 2015)", "2015-11-16"),
           ("Leaders met on Monday (16 November) in Antalya.", "2015-11-17", "Monday (16 November)", "2015-11-16")]),

    # ---- months, seasons, years, decades, centuries ------------------------------------------------------
    _rule("month_mod", r"(?P<mod>%DMOD)[-\s]*(?P<m>%MONTH)", "DATE", "UNDEF-year-{month(m)}",
          [("Prices fell in late November.", "1989-12-05", "late November", "1989-11"),
           ("to make the late-November trip", "2000-01-28", "late-November", "1999-11")], mod="{dmod(mod)}"),
    _rule("date_relative_year", r"(?P<m>%MONTH)\s*(?P<d>%DAY),?\s+(?P<rel>last|this|next)\s+year", "DATE",
          "UNDEF-yearrel{reloffset(rel)}-{month(m)}-{day(d)}",
          [("New contracts will be banned from Jan. 1 next year.", "2025-12-03", "Jan. 1 next year", "2026-01-01")]),
    # ("since March last year": the month of that year, not the last March before the DCT)
    _rule("month_relative_year", r"(?:(?:since|from)\s+)?(?P<t>(?P<m>%MONTH)\s+(?:of\s+)?(?P<rel>last|this|next)\s+year)", "DATE",
          "UNDEF-yearrel{reloffset(rel)}-{month(m)}",
          [("He was hired in June last year.", "1998-02-19", "June last year", "1997-06"),
           ("It was the largest gain since March last year.", "2015-06-05", "March last year", "2014-03")]),
    # "shot to death last Oct. 23": the latest such day before the DCT (news annotation marks the date alone)
    _rule("date_last_month_day", r"(?:last|this\s+past)\s+(?P<t>(?P<m>%MONTH)\s*(?P<d>%DAY)(?:,?\s+(?P<y>%YEAR4))?)", "DATE",
          "{date_before_dct(y, m, d)}",
          [("He was shot to death last Oct. 23 at his home.", "1999-04-19", "Oct. 23", "1998-10-23"),
           ("The plant closed last March 3.", "1999-04-19", "March 3", "1999-03-03"),
           ("The plant closed last March 3.", None, "March 3", "XXXX-03-03")]),
    # "the fiscal year ended Jan. 31": a period that has ended, on the latest such day before the DCT
    _rule("date_ended", r"ended\s+(?P<t>(?P<m>%MONTH)\s*(?P<d>%DAY)(?:,?\s+(?P<y>%YEAR4))?)", "DATE",
          "{date_before_dct(y, m, d)}",
          [("Its fiscal year ended Jan. 31 with a loss.", "1989-10-31", "Jan. 31", "1989-01-31"),
           ("Net rose in the quarter ended Sept. 30.", "1989-10-26", "Sept. 30", "1989-09-30"),
           ("Net rose in the quarter ended Sept. 30, 1988.", "1989-10-26", "Sept. 30, 1988", "1988-09-30")]),
    _rule("month_relative", r"(?P<rel>last|next|this|past|coming)\s+(?P<m>%MONTH)", "DATE",
          "UNDEF-{relword(rel)}-month-{month(m)}",
          [("Sales dropped last December.", "2016-01-05", "last December", "2015-12"),
           ("It opens next March.", "2016-01-05", "next March", "2016-03"),
           ("He arrived last February.", "1998-03-01", "last February", "1997-02")]),
    # "since"/"from" keeps a lone capitalized month a month; a day or a year written after it belongs to it
    # "since" looks back: the latest such day or month before the DCT, however far back
    _rule("month_since_past", r"since\s+(?P<t>(?P<m>%MONTH)(?:\s*(?P<d>%DAY))?(?:,?\s+(?P<y>%YEAR4))?)", "DATE",
          "{since_date(y, m, d)}",
          [("Prices have fallen since December.", "1989-10-30", "December", "1988-12"),
           ("Prices have fallen since Dec. 3.", "1989-10-30", "Dec. 3", "1988-12-03"),
           ("Prices have fallen since Dec. 3, 1987.", "1989-10-30", "Dec. 3, 1987", "1987-12-03")], anchor="since"),
    _rule("since_year_end", r"since\s+(?P<t>(?:the\s+)?year-end)", "DATE", "UNDEF-last-date-12-31",
          [("The percentage change is since year-end.", "1989-10-30", "year-end", "1988-12-31")], anchor="since"),
    _rule("month_since", r"(?:since|from)\s+(?P<t>(?P<m>%MONTH_SAFE|(?-i:March|May))(?:\s*(?P<d>%DAY))?(?:,?\s+(?P<y>%YEAR4))?)", "DATE",
          "{calendar_date(y, m, d)}",
          [("Fighting has raged since June.", "2015-11-16", "June", "2015-06"),
           ("Flights leave Bombay from March 30, the airline said.", "1998-02-13", "March 30", "1998-03-30"),
           ("Prices have risen since May 1997.", "1998-02-13", "May 1997", "1997-05")], anchor="since"),
    # capitalized "March" and "May" are months; lower-case "march" and "may" are verbs
    # a sentence opening "In January, ..." tells the story's background: the latest such month begun by the
    # DCT, however far back, unless the clause speaks of the future
    _rule("month_opening", r"In\s+(?P<t>(?P<m>%MONTH)),", "DATE", "UNDEF-latest-month-{month(m)}",
          [("In January, the firm hired a new chief executive.", "1989-10-27", "January", "1989-01"),
           ("In October, sales rose.", "1989-10-27", "October", "1989-10"),
           ("In January, the new rules will take effect.", "1989-10-27", "January", "1990-01"),
           ("Sales fell in January, the firm said.", "1989-10-27", "January", "1989-01")], case_sensitive=True),
    _rule("month_alone", r"(?P<m>%MONTH_SAFE|March|May)", "DATE", "UNDEF-year-{month(m)}",
          [("Exports rose in August.", "1989-10-27", "August", "1989-08"),
           ("Sales rose in May and fell.", "1998-08-01", "May", "1998-05"),
           ("Prices may rise as workers march.", "1998-08-01", "", ""),
           ("Elections are due in April.", "1998-12-05", "April", "1999-04"),
           ("The company agreed in November to pay a penalty.", "2026-08-20", "November", "2025-11"),
           ("Loans were extended through January.", "1989-10-30", "January", "1990-01")], case_sensitive=True),
    _rule("season_relative", r"(?P<rel>last|next|this(?:\s+past|\s+coming)?|past|coming)\s+(?P<s>%SEASON)", "DATE",
          "UNDEF-{relword(rel)}-season-{season(s)}",
          [("He was hired last fall.", "1999-05-07", "last fall", "1998-FA"),
           ("It scrapped the unit this past spring.", "1989-10-30", "this past spring", "1989-SP"),
           ("It ended this past winter.", "1998-03-20", "this past winter", "1997-WI"),
           ("Talks resume this summer.", "1998-03-05", "this summer", "1998-SU")]),
    _rule("season_year", r"(?:%DMOD\s*)?(?:the\s+)?(?P<s>%SEASON)\s+(?:of\s+)?(?P<y>%YEAR4|%YEAR_WORDS)", "DATE",
          "{year(y)}-{season(s)}", [("in the spring of 1998 the plant", "1999-01-01", "the spring of 1998", "1998-SP"),
                                    ("the level we saw in the winter of nineteen ninety-four", "1998-02-23",
                                     "the winter of nineteen ninety-four", "1994-WI")]),
    _rule("season_alone", r"(?:the\s+)?(?P<s>summer|winter|spring|autumn)", "DATE", "UNDEF-year-{season(s)}",
          [("Talks stalled in the summer.", "1989-10-26", "the summer", "1989-SU"),
           ("The fall in prices hurt.", "1989-10-26", "", "")]),
    # "fall" is a season only where a time is expected ("until the fall", "in the fall of 1998"), and not when
    # something falls ("after the fall of Saigon", "since the fall in prices")
    _rule("season_fall", r"%FALL_LEAD\s+(?P<t>the\s+fall)", "DATE", "UNDEF-year-FA",
          [("It is not expected to come to the floor until the fall.", "2021-08-09", "the fall", "2021-FA"),
           ("Classes resume in the fall, the school said.", "2021-08-09", "the fall", "2021-FA")]),
    _rule("season_fall_year", r"%FALL_LEAD\s+(?P<t>the\s+fall\s+of\s+(?P<y>%YEAR4))", "DATE", "{year(y)}-FA",
          [("He arrived in the fall of 1998.", "2021-08-09", "the fall of 1998", "1998-FA")]),
    _rule("fall_of_something", r"%FALL_LEAD\s+the\s+fall\s+(?:of|in)", "NONE",
          examples=[("Prices rose after the fall of the Berlin Wall.", "2021-08-09", "", ""),
                    ("Shares rose since the fall in oil prices.", "2021-08-09", "", "")]),
    _rule("season_mod", r"(?P<mod>early|late|mid-?)\s*(?P<s>%SEASON)", "DATE", "UNDEF-year-{season(s)}",
          [("It begins in late summer.", "1998-03-05", "late summer", "1998-SU")], mod="{dmod(mod)}"),
    _rule("year_mod", r"(?P<mod>%DMOD)\s*(?P<y>%YEAR4)", "DATE", "{year(y)}",
          [("growth slowed in mid-2015 as", "2015-11-16", "mid-2015", "2015"),
           ("Every coupe built from late-2015 is affected.", "2018-02-22", "late-2015", "2015"),
           ("by the end of 1990 the debt", "1989-10-26", "the end of 1990", "1990")], mod="{dmod(mod)}"),
    _rule("year_fiscal", r"(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)(?P<y>%YEAR)", "DATE", "{year(y)}",
          [("profit in fiscal 1989 fell", "1989-10-30", "fiscal 1989", "1989"),
           ("In FY2012 the loss widened.", "2013-03-14", "FY2012", "2012"),
           ("The fy 2012 figures", "2013-03-14", "2012", "2012")]),
    # ... and its two digits after "FY": "the FY19 margin", "FY 19" (the year the fiscal year ends in)
    _rule("year_fiscal_short", r"(?-i:FY)\s?(?P<y>[0-9]{2})", "DATE", "{year(y)}",
          [("The FY 19 operating margin guidance is 22-24%.", "2018-07-13", "FY 19", "2019"),
           ("FY23 guidance was cut.", "2023-06-14", "FY23", "2023")], case_sensitive=True),
    # "Q1 net beats", "Q1 net profit 50.5 million": a quarter before what a company reports for it
    _rule("quarter_q_results", r"(?P<t>(?-i:Q)(?P<o>[1-4]))\s+(?:net|(?:net\s+)?profits?|earnings|results|revenues?|sales|loss|EBITDA|GDP)",
          "DATE", "UNDEF-year-Q{ordinal(o)}",
          [("Andritz keeps outlook as Q1 net beats", "2012-05-10", "Q1", "2012-Q1"),
           ("* Q1 net profit 50.5 million vs poll average 44.9 mln", "2012-05-10", "Q1", "2012-Q1")]),
    # "Q3 2012": a quarter written the way company results are
    # (a word before them as for "Q1" alone below, so that the longer match wins)
    _rule("quarter_q_year", r"(?:%PERIOD_LEAD\s+)?(?P<t>(?-i:Q)(?P<o>[1-4])\s+(?P<y>%YEAR4))",
          "DATE", "{year(y)}-Q{ordinal(o)}",
          [("Revenue fell in Q3 2012.", "2013-03-14", "Q3 2012", "2012-Q3"), ("Q3 2012 was weak.", "2013-03-14", "Q3 2012", "2012-Q3")]),
    _rule("half_h_year", r"(?:%PERIOD_LEAD\s+)?(?P<t>(?-i:H)(?P<o>[12])\s+(?P<y>%YEAR4))",
          "DATE", "{year(y)}-H{ordinal(o)}",
          [("Margins narrowed in H1 2013.", "2013-09-14", "H1 2013", "2013-H1")]),
    # "Q1", "H2" alone: the period as for "the first quarter", after a word that takes a time (not a model
    # or a visa: "Audi's new Q3", "an H1-B visa")
    _rule("quarter_q", r"%PERIOD_LEAD\s+(?P<t>(?-i:Q)(?P<o>[1-4]))", "DATE",
          "UNDEF-year-Q{ordinal(o)}",
          [("The company reported results for Q1.", "2013-05-14", "Q1", "2013-Q1"),
           ("Sales in Q4 were flat.", "2013-03-14", "Q4", "2012-Q4"),
           ("Audi showed its new Q3 at the fair.", "2013-03-14", "", "")]),
    _rule("half_h", r"%PERIOD_LEAD\s+(?P<t>(?-i:H)(?P<o>[12]))", "DATE",
          "UNDEF-year-H{ordinal(o)}",
          [("Sales rose in H1.", "2013-09-14", "H1", "2013-H1"),
           ("He holds an H1-B visa.", "2013-09-14", "", "")]),
    _rule("year_alone", r"(?P<y>%YEAR4)", "DATE", "{year(y)}",
          [("the war ended in 1990 after", "1998-01-01", "1990", "1990")]),
    _rule("year_words", r"(?:the\s+(?:year\s+)?)?(?P<y>nineteen[- ](?:%NUMWORD)|two\s+thousand(?:\s+and)?(?:\s+%NUMWORD)?)", "DATE", "{yearword(y)}",
          [("back in nineteen ninety-six the firm", "1998-01-15", "nineteen ninety-six", "1996"),
           ("by the year two thousand", "1998-03-03", "the year two thousand", "2000")]),
    _rule("year_apostrophe", r"(?:in|since|of|by|until)\s+(?P<t>(?P<y>['’][0-9]{2}))\b", "DATE", "{year(y)}",
          examples=[("sales peaked in '89 and fell", "1998-01-01", "'89", "1989")]),
    _rule("decade", r"(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?(?P<x>(?:1[5-9]|20)[0-9]0['’]?s|['’][0-9]0s)", "DATE",
          "{decade(x)}",
          [("prices of the 1990s were low", "2015-11-16", "the 1990s", "199"),
           ("in the late 1970s the mill", "1998-02-19", "the late 1970s", "197"),
           ("The company was founded in the late 1800s.", "2013-03-14", "the late 1800s", "18"),
           ("Growth slowed in the 2000s.", "2013-03-14", "the 2000s", "200")], mod="{dmod(mod)}"),
    # a decade in words: "through the nineties" (this century's unless a century is named)
    _rule("decade_words", r"(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?(?P<x>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", "DATE",
          "{decade_word(x)}", [("Numbers dropped through the nineties.", "1998-03-03", "the nineties", "199"),
                               ("in the late sixties the mill", "1998-03-03", "the late sixties", "196")], mod="{dmod(mod)}"),
    _rule("century", r"(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?(?P<o>%ORDINAL)[- ]century", "DATE", "{century(o)}",
          [("art of the 20th century", "1998-02-19", "the 20th century", "19"),
           ("a problem of the late 19th century", "2013-03-14", "the late 19th century", "18"),
           ("an 11th century church", "1998-02-19", "11th century", "10"),
           ("in the 00th century", "2015-11-16", "", "")], mod="{dmod(mod)}"),
    # news annotation writes "this century" as the hundred years it spans, not as the century's name
    # "the first half of the 20th century", "the second half of the 1990s": that century or decade, its start
    # or end (not a half of the DCT's year); "the first half of the decade" is some decade's, left out
    _rule("half_of_century", r"(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+the\s+(?P<o>%ORDINAL)[- ]century", "DATE",
          "{century(o)}", [("Cases peaked in the first half of the 20th century.", "2019-05-02", "the first half of the 20th century", "19")],
          mod="{half_mod(h)}"),
    _rule("half_of_decade", r"(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+the\s+(?P<x>(?:1[5-9]|20)[0-9]0['’]?s)", "DATE",
          "{decade(x)}", [("Prices rose in the second half of the 1990s.", "2019-05-02", "the second half of the 1990s", "199")],
          mod="{half_mod(h)}"),
    _rule("half_of_some_decade", r"(?:the\s+)?(?:first|second|latter)\s+half\s+of\s+the\s+(?:decade|century)", "NONE",
          examples=[("The first half of the decade saw a spike in jobs.", "2010-12-01", "", "")]),
    # "open the schools like yesterday": at once, not a day
    _rule("like_yesterday", r"like\s+yesterday", "NONE",
          examples=[("Ours is to open the learning institutions like yesterday.", "2020-08-25", "", "")]),
    # "spring in his step" is no season
    _rule("spring_in_step", r"spring\s+in\s+(?:his|her|their|its|my|your|our|the)\s+step", "NONE",
          examples=[("He lost the post-election spring in his step.", "2014-05-02", "", "")]),
    # "by the end of the century", "by mid-century": the part of the DCT's century
    _rule("part_of_the_century", r"(?:the\s+)?(?P<mod>end|middle|close)\s+of\s+(?:the|this)\s+century|(?P<mid>mid)-century", "DATE",
          "UNDEF-REL-century+0", [("Seas will rise by the end of the century.", "2009-06-10", "the end of the century", "20"),
                                  ("Emissions must reach zero by mid-century.", "2021-11-02", "mid-century", "20")],
          mod="{dmod(mod)}{dmod(mid)}"),
    _rule("this_century", r"this\s+century", "DURATION", "P100Y",
          [("the disasters of this century", "1999-03-12", "this century", "P100Y")]),

    # ---- quarters and halves (business news) ------------------------------------------------------------
    _rule("quarter_year", r"(?:the\s+)?(?:(?P<y0>%YEAR4)\s+)?(?:fiscal[- ])?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>%YEAR4)", "DATE",
          "{year(y)}-Q{ordinal(o)}", [("in the third quarter of 1990 sales", "1989-10-26", "the third quarter of 1990", "1990-Q3")]),
    _rule("quarter_year_first", r"(?:the\s+)?(?P<y>%YEAR4)\s+(?:fiscal\s+)?(?P<o>first|second|third|fourth)[- ]quarter", "DATE",
          "{year(y)}-Q{ordinal(o)}", [("below the 1988 second quarter", "1989-10-26", "the 1988 second quarter", "1988-Q2")]),
    _rule("quarter_adjective", r"(?:the\s+)?(?P<t>(?P<o>first|second|third|fourth)-quarter)", "DATE",
          "UNDEF-year-Q{ordinal(o)}", [("the third-quarter loss widened", "1989-10-26", "third-quarter", "1989-Q3")]),
    # a quarter written as its months: "the July-September period", "the January-March quarter"
    _rule("quarter_months", r"(?:the\s+)?(?P<m1>%MONTH)\s?[-–]\s?(?P<m2>%MONTH)(?:\s+(?:period|quarter))?", "DATE",
          "UNDEF-year-Q{quarter_of_months(m1, m2)}",
          [("Net income rose 12% in the July-September period.", "2026-11-13", "the July-September period", "2026-Q3")]),
    _rule("quarter", r"(?:the\s+)?(?:(?:latest|current|fiscal|company's|year's)\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:(?:fiscal|financial)[- ])?(?:quarter|qtr\.?)", "DATE",
          "UNDEF-year-Q{ordinal(o)}",
          [("Net income in the third quarter rose", "1998-10-20", "the third quarter", "1998-Q3"),
           ("third-quarter profit fell", "1989-10-26", "third-quarter", "1989-Q3"),
           ("AT&T announced a drop in profits for the fourth quarter.", "1998-01-26", "the fourth quarter", "1997-Q4"),
           ("It returned to the black in the first financial quarter.", "2017-10-24", "the first financial quarter", "2017-Q1")]),
    _rule("quarter_relative", r"(?:the\s+)?(?P<rel>last|next|this|previous|current|coming|preceding|prior)\s+quarter", "DATE",
          "UNDEF-REL-quarter{reloffset(rel)}",
          [("Sales rose last quarter.", "1989-10-26", "last quarter", "1989-Q3")]),
    _rule("quarter_reporting", r"(?:the|this|that)\s+(?:latest\s+|most\s+recent\s+|recent\s+)?(?:fiscal\s+)?(?:quarter|period)|latest\s+(?:quarter|period)", "DATE",
          "UNDEF-reporting-quarter",
          [("Profit in the latest quarter rose", "1989-10-26", "the latest quarter", "1989-Q3"),
           ("Sales rose in the quarter ended Sept. 30 to $5.", "1989-10-26", "the quarter", "1989-Q3"),
           ("In the quarter ended July 31, Jayark had 5.6 million shares.", "1989-10-30", "the quarter", "1989-Q2"),
           ("For the quarter, revenue rose.", "1989-10-26", "the quarter", "1989-Q3")]),
    _rule("half_year", r"(?:the\s+)?(?P<o>first|second|last)\s+(?:half|two\s+quarters|six\s+months)\s+(?:of\s+)?(?P<y>%YEAR4)", "DATE",
          "{year(y)}-H{half(o)}", [("in the first half of 1998 sales", "1998-10-20", "the first half of 1998", "1998-H1"),
                                   ("through the first two quarters of 1990", "1989-10-26", "the first two quarters of 1990", "1990-H1"),
                                   ("in the last six months of 1990", "1989-10-26", "the last six months of 1990", "1990-H2")]),
    _rule("half", r"(?:the\s+)?(?P<o>first|second)[- ]half", "DATE", "UNDEF-year-H{half(o)}",
          [("Sales in the first half rose", "1998-10-20", "the first half", "1998-H1")]),
    # "the year-ago quarter" names a period; "year-ago results" only qualifies a noun ("the" stays outside)
    _rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-(?:ago|earlier)|year\s+(?:ago|earlier)|year-before|prior-year)\s+(?:period|quarter)", "DATE",
          "UNDEF-year-ago", [("up from the year-ago period", "1989-10-26", "the year-ago period", "1988"),
                             ("up from the year-ago period", None, "the year-ago period", "XXXX")]),
    _rule("year_ago_qualifier", r"(?:the\s+)?(?P<t>year-(?:ago|earlier)|year-before|prior-year)", "DATE",
          "UNDEF-year-ago", [("The year-ago results were restated.", "1989-10-26", "year-ago", "1988")]),
    _rule("year_ago_quarter", r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-(?:ago|earlier)|year-before|prior-year)\s+(?P<o>first|second|third|fourth)[- ]quarter", "DATE",
          "UNDEF-yearrel-1-Q{ordinal(o)}",
          [("In the year-earlier third quarter, it earned $2.", "1989-10-26", "the year-earlier third quarter", "1988-Q3")]),
    _rule("year_ago_same_period", r"(?:the\s+)?(?:same|comparable|corresponding)\s+(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))|last\s+year['’]s\s+(?:period|quarter)", "DATE",
          "UNDEF-year-ago",
          [("Sales in the corresponding period last year were flat.", "1989-11-01", "the corresponding period last year", "1988")]),
    _rule("quarter_of_relative_year", r"(?P<rel>this|next|last)\s+year['’]s\s+(?P<o>first|second|third|fourth)[- ]quarter", "DATE",
          "UNDEF-yearrel{reloffset(rel)}-Q{ordinal(o)}",
          [("Sales in next year's first quarter will rise.", "1989-10-31", "next year's first quarter", "1990-Q1"),
           ("in this year's third quarter", "1989-10-31", "this year's third quarter", "1989-Q3")]),
    _rule("half_of_relative_year", r"(?P<rel>this|next|last)\s+year['’]s\s+(?P<o>first|second)[- ]half", "DATE",
          "UNDEF-yearrel{reloffset(rel)}-H{half(o)}",
          [("Profit rose in last year's second half.", "2013-03-14", "last year's second half", "2012-H2")]),
    # "the third quarter of last year", "the first half of next year", "the second half of the year": one
    # period of the year named ("the year" is the article's, as it is alone)
    _rule("quarter_or_half_of_relative_year", r"(?:the\s+)?(?:(?P<q>first|second|third|fourth)[- ]quarter|(?P<h>first|second)[- ]half)\s+of\s+(?P<rel>this|next|last|the(?:\s+current)?)\s+year", "DATE",
          "UNDEF-yearrel{reloffset(rel)}-{period(q, h)}",
          [("Growth slows in the first half of next year.", "2013-03-14", "the first half of next year", "2014-H1"),
           ("Sales rose in the third quarter of last year.", "2013-03-14", "the third quarter of last year", "2012-Q3"),
           ("Earnings fell in the second quarter of this year.", "2013-08-14", "the second quarter of this year", "2013-Q2"),
           ("The deal should close in the second half of the year.", "2024-06-12", "the second half of the year", "2024-H2"),
           ("Sales rose in the first quarter of the current year.", "2024-06-12", "the first quarter of the current year", "2024-Q1"),
           ("The third half of next year is no period.", "2013-03-14", "next year", "2014")]),
    _rule("year_ago_adjective", r"an?\s+(?P<t>year-(?:ago|earlier))", "DATE", "UNDEF-year-ago",
          [("compared with a year-earlier loss", "1989-10-26", "year-earlier", "1988")]),
    _rule("year_period", r"the\s+(?P<y>%YEAR4)\s+(?:period|quarter)", "DATE", "UNDEF-quarter-of-{year(y)}",
          [("up from the 1988 period", "1989-10-26", "the 1988 period", "1988-Q3")]),
    _rule("year_ago", r"(?:the\s+(?:quarter|period)\s+)?an?\s+year\s+(?:ago|earlier|before)", "DATE", "UNDEF-year-ago",
          [("Sales were $5 million a year ago.", "1989-10-26", "a year ago", "1988"),
           ("Third-quarter net rose to $5 from $4 a year earlier.", "1989-10-26", "a year earlier", "1988-Q3"),
           ("Sales rose from a year earlier.", None, "a year earlier", "XXXX")]),

    # ---- anaphoric: relative to the last date the text mentioned (resolver: reference time) -------------
    # ("the same day as the attacks" is relative to an event, not a date: the event stage dates it)
    # "filed for bankruptcy the same month.": the narrative's (ending on its full stop or comma: not "on the
    # same day as the Paris attacks", which the event stage dates through the attacks)
    _rule("the_same_unit_closing", r"(?P<t>the\s+same\s+(?P<u>day|week|month|year))\s*\.", "DATE", "UNDEF-ref-{unit(u)}+0",
          [("The scheme unraveled in March 2023. The company went bankrupt the same month.", "2026-05-08",
            "the same month", "2023-03")]),
    _rule("the_same_unit", r"(?P<t>the\s+same\s+(?P<u>day|week|month|year))\s*,", "DATE", "UNDEF-ref-{unit(u)}+0",
          [("He was arrested on May 3, 2024. The same day, police searched his home.", "2026-05-08",
            "The same day", "2024-05-03")]),
    _rule("that_unit", r"(?:(?P<mod>earlier|later|early|late)\s+)?that(?:\s+same)?\s+(?P<u>day|week|month|year)", "DATE",
          "UNDEF-ref-{unit(u)}+0",
          [("He fled in June 1998 and returned later that year.", "2000-01-28", "later that year", "1998"),
           ("He was shot on Oct. 23, 1998. Earlier that day, police were warned.", "1999-10-24", "Earlier that day", "1998-10-23"),
           ("A plot was foiled on the same day as the Paris attacks.", "2015-11-16", "", "")],
          mod="{dmod(mod)}"),
    _rule("following_unit", r"the\s+(?P<rel>following|previous|preceding|prior)\s+(?P<u>day|week|month|year)", "DATE",
          "UNDEF-ref-{unit(u)}{reloffset(rel)}",
          [("On May 22, 1995, he was promoted, and the following year he left.", "1998-04-18", "the following year", "1996"),
           ("Talks began in March 1989. The following month they failed.", "1989-10-27", "The following month", "1989-04")]),
    _rule("next_day", r"the\s+(?P<rel>next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)", "DATE",
          "UNDEF-ref-day{reloffset(rel)}",
          [("He was arrested on Feb. 22, 2000 and appeared in court the next morning.", "2000-02-24", "the next morning", "2000-02-23")]),
    # "The day before, crowds had gathered": the day before the narrative's (not "the day before the vote")
    # (the pattern ends on the comma or full stop that shows no noun follows)
    _rule("day_before_after", r"(?P<t>the\s+(?P<u>day|week|month|year)\s+(?P<rel>before|after))\s*,", "DATE",
          "UNDEF-ref-{unit(u)}{reloffset(rel)}",
          [("Hostages were freed on Monday. The day before, crowds gathered.", "2025-10-14", "The day before", "2025-10-12")]),
    _rule("day_before_after_closing", r"(?P<t>the\s+(?P<u>day|week|month|year)\s+(?P<rel>before|after))\s*\.", "DATE",
          "UNDEF-ref-{unit(u)}{reloffset(rel)}",
          [("He left on Friday and returned the day after.", "2025-10-14", "the day after", "2025-10-11"),
           ("Profit rose 5% from the year before.", "2023-06-14", "the year before", "2022"),
           ("The talks collapsed in March 2020, a year after they began, and resumed the month after.", "2023-06-14",
            "the month after", "2020-04")]),
    _rule("previous_weekday", r"the\s+(?P<rel>previous|preceding|following)\s+(?P<w>%WEEKDAY)(?:\s+%PART_OF_DAY)?", "DATE",
          "UNDEF-ref-{relword(rel)}-weekday-{weekday(w)}",
          [("The offer expired on Oct. 27, 1989; the previous Friday it was raised.", "1989-10-30", "the previous Friday", "1989-10-20")]),

    # ---- days relative to the DCT ----------------------------------------------------------------------
    # "today's world", "today's youth": the present age in general, not the day of the report
    _rule("today_generic", r"today['’]s\s+(?:world|youth|society|generations?|young|children|kids|teen(?:ager)?s)", "NONE",
          examples=[("It makes no sense in today's world.", "1998-04-24", "", ""),
                    ("The case of Elian is for today's youth a lesson.", "2000-01-07", "", ""),
                    ("The offer was advertised in today's editions.", "1989-11-02", "today", "1989-11-02")]),
    _rule("today", r"today", "DATE", "UNDEF-REL-day+0", [("Leaders meet today.", "2015-11-16", "today", "2015-11-16")]),
    _rule("tonight", r"tonight", "TIME", "UNDEF-REL-day+0", [("They meet tonight.", "2015-11-16", "tonight", "2015-11-16TNI")], time="TNI"),
    _rule("yesterday", r"(?:(?P<mod>early|late|earlier|later)\s+)?yesterday", "DATE", "UNDEF-REL-day-1",
          [("He spoke yesterday.", "2015-11-16", "yesterday", "2015-11-15"),
           ("Late yesterday the talks broke up.", "2015-11-16", "Late yesterday", "2015-11-15")], mod="{dmod(mod)}"),
    _rule("part_relday", r"(?:(?:in|by|during|until)\s+(?:the\s+)?)?(?P<t>(?:mid-?)?(?P<p>%PART_OF_DAY)\s+(?P<r>yesterday|today|tomorrow))", "TIME", "UNDEF-REL-day{dayoffset(r)}",
          [("It fell in mid-afternoon yesterday.", "1989-11-02", "mid-afternoon yesterday", "1989-11-01TAF")], time="T{part(p)}"),
    _rule("day_before_yesterday", r"(?:the\s+)?day\s+before\s+yesterday", "DATE", "UNDEF-REL-day-2",
          [("It happened the day before yesterday.", "2013-03-14", "the day before yesterday", "2013-03-12")]),
    _rule("day_after_tomorrow", r"(?:the\s+)?day\s+after\s+tomorrow", "DATE", "UNDEF-REL-day+2",
          [("Talks resume the day after tomorrow.", "2013-03-14", "the day after tomorrow", "2013-03-16")]),
    _rule("tomorrow", r"tomorrow", "DATE", "UNDEF-REL-day+1", [("Talks end tomorrow.", "2015-11-16", "tomorrow", "2015-11-17"),
                                                                # off the calendar: left underspecified
                                                                ("Talks end tomorrow.", "9999-12-31", "tomorrow", "XXXX-XX-XX")]),
    # "at 4 in the morning": a clock time, on the day the story is at
    _rule("clock_part_of_day", r"(?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5][0-9]))?\s+(?:o'clock\s+)?in\s+the\s+(?P<p>morning|afternoon|evening)", "TIME",
          "UNDEF-ref-day-or-dct", [("The plane left at 4 in the morning.", "2000-04-05", "4 in the morning", "2000-04-05T04:00"),
                                    ("The plane left at 7 in the evening.", "2000-04-05", "7 in the evening", "2000-04-05T19:00")],
          time="T{clock(h, mi, p)}"),
    # a part of the day alone ("by mid afternoon", "in the morning") is on the day the story is at, like a clock time
    _rule("part_of_day_alone", r"(?:in|by|during|until|from)\s+(?P<t>(?:the\s+)?(?:mid-?\s*|late\s+|early\s+)?(?P<p>morning|afternoon|evening))", "TIME",
          "UNDEF-ref-day-or-dct",
          [("By mid afternoon, the operation was over.", "1998-03-06", "mid afternoon", "1998-03-06TAF"),
           ("A change is expected from the late afternoon.", "2019-12-09", "the late afternoon", "2019-12-09TAF"),
           ("Shares fell Friday. Dealers had placed buy orders in the morning.", "1989-10-30", "the morning", "1989-10-27TMO"),
           ("The show aired on the morning talk show.", "1998-04-18", "", "")], time="T{part(p)}"),
    _rule("relday_part", r"(?P<r>yesterday|today|tomorrow|this)\s+(?P<p>%PART_OF_DAY)", "TIME", "UNDEF-REL-day{dayoffset(r)}",
          [("He spoke this morning.", "1989-10-26", "this morning", "1989-10-26TMO"),
           ("They met yesterday afternoon.", "2015-11-16", "yesterday afternoon", "2015-11-15TAF")], time="T{part(p)}"),
    _rule("last_night", r"last\s+night", "TIME", "UNDEF-REL-day-1", [("Blasts shook it last night.", "2015-11-16", "last night", "2015-11-15TNI")], time="TNI"),
    # "a decade ago" is a year, as news means it (not the whole decade before the present one)
    _rule("decades_ago", r"(?:(?P<mod>%APPROX)\s+)?(?P<n>%NUM)\s+decades?\s+(?:or\s+so\s+)?ago", "DATE",
          "UNDEF-REL-year{years_in_decades(n)}",
          [("A decade ago, the city had no metro.", "2023-06-14", "A decade ago", "2013"),
           ("Two decades ago, it was a village.", "1999-03-12", "Two decades ago", "1979")], mod="{mod(mod)}"),
    # an anniversary: "25 years ago today", "this day 20 years ago" (the day, that many years back), "in August
    # 100 years ago" (the month)
    _rule("years_ago_today", r"(?P<n>%NUM)\s+years\s+ago\s+(?:today|this\s+day)", "DATE", "UNDEF-anniversary{signed(n, 0)}",
          [("It was 25 years ago today that the army rolled into the square.", "2014-06-04", "25 years ago today", "1989-06-04")]),
    _rule("this_day_years_ago", r"this\s+day\s+(?P<n>%NUM)\s+years\s+ago", "DATE", "UNDEF-anniversary{signed(n, 0)}",
          [("The killing began on this day 20 years ago.", "2014-04-07", "this day 20 years ago", "1994-04-07"),
           ("The killing began on this day 20 years ago.", None, "this day 20 years ago", "XXXX-XX-XX")]),
    _rule("month_years_ago", r"(?P<m>%MONTH)\s+(?P<n>%NUM)\s+years\s+ago", "DATE", "UNDEF-anniversary{signed(n, 0)}-{month(m)}",
          [("Britain remembers that fateful day in August 100 years ago.", "2014-08-04", "August 100 years ago", "1914-08"),
           ("Britain remembers that fateful day in August 100 years ago.", None, "August 100 years ago", "XXXX-08")]),
    _rule("days_ago", r"(?:(?P<mod>%APPROX)\s+)?(?P<n>%NUM)[\s-]+(?P<u>%UNIT|%UNITS)[\s-]+(?:or\s+so\s+)?(?:ago|from\s+now|hence)", "DATE",
          "UNDEF-REL-{unit(u)}{signed(n, 0)}",
          [("It happened 11 days ago.", "1999-04-19", "11 days ago", "1999-04-08"),
           ("He left two years ago.", "1998-05-01", "two years ago", "1996"),
           ("He left two years ago.", "0001-06-01", "two years ago", "XXXX"),
           ("It opened five months ago.", "1998-03-01", "five months ago", "1997-10"),
           ("The vote is two weeks from now.", "2013-03-14", "two weeks from now", "2013-W13"),
           ("The ship sank a fortnight ago.", "2013-03-14", "a fortnight ago", "2013-W09"),
           ("The law expires five years hence.", "2013-03-14", "five years hence", "2018"),
           ("It marked the end of apartheid 30-years-ago.", "2024-04-27", "30-years-ago", "1994")], mod="{mod(mod)}"),
    _rule("quarter_century_ago", r"(?:(?P<mod>%APPROX)\s+)?(?:a|one)\s+quarter(?:[- ]|\s+of\s+a\s+)century\s+ago", "DATE",
          "UNDEF-REL-year-25", [("The plant closed a quarter of a century ago.", "2024-04-03", "a quarter of a century ago", "1999")],
          mod="{mod(mod)}"),
    _rule("vague_ago", r"(?:(?:a\s+)?(?:few|several|many)\s+)?(?:years|months|weeks|days|decades)\s+(?:ago|earlier)", "DATE", "PAST_REF",
          [("He said so several years ago.", "1998-01-01", "several years ago", "PAST_REF")]),
    _rule("vague_from_now", r"(?:(?:a\s+)?(?:few|several|many|some)\s+)?(?:years|months|weeks|days|decades)\s+(?:from\s+now|hence)", "DATE", "FUTURE_REF",
          [("A decision is expected some weeks from now.", "2013-03-14", "some weeks from now", "FUTURE_REF")]),

    # ---- weekdays and weekends ---------------------------------------------------------------------------
    _rule("weekday_comma_date", r"(?P<w>%WEEKDAY),?\s+(?:the\s+)?(?P<d>%DAY)(?:\s+of)?\s+(?P<m>%MONTH)", "DATE",
          "UNDEF-year-{month(m)}-{day(d)}", [("It ends on Friday 13 November.", "2015-11-16", "Friday 13 November", "2015-11-13")]),
    _rule("weekday_relative", r"(?:the\s+)?(?P<rel>last|next|this(?:\s+past|\s+coming)?|past|coming|previous|following)\s+(?P<w>%WEEKDAY)(?:\s+%PART_OF_DAY)?", "DATE",
          "UNDEF-{relword(rel)}-weekday-{weekday(w)}",
          [("They will meet next Friday.", "2015-11-16", "next Friday", "2015-11-20"),
           # the part of the day belongs to the expression; the value is the day, as for "Saturday night"
           ("It happened last Tuesday night.", "2013-03-14", "last Tuesday night", "2013-03-12"),
           ("It rained last Thursday.", "1989-10-30", "last Thursday", "1989-10-26"),
           ("Leaders will gather this Sunday.", "2015-11-16", "this Sunday", "2015-11-22")]),
    # news corpora date "Friday night" mostly to the day (TimeBank/AQUAINT write the date alone more often)
    # ... but an evening is written as a time of that day
    _rule("weekday_evening", r"(?P<w>%WEEKDAY)\s+evening", "TIME", "UNDEF-weekday-{weekday(w)}",
          [("A woman was killed Thursday evening, police said.", "1998-02-12", "Thursday evening", "1998-02-12TEV"),
           ("It had been due to expire Friday evening.", "1989-10-30", "Friday evening", "1989-10-27TEV"),
           ("It had been due to expire Friday evening.", None, "Friday evening", "XXXX-WXX-5TEV")], time="TEV"),
    _rule("weekday_part", r"(?P<w>%WEEKDAY)\s+(?P<p>%PART_OF_DAY)", "DATE", "UNDEF-weekday-{weekday(w)}",
          [("Bombs exploded Saturday night.", "1991-02-25", "Saturday night", "1991-02-23")]),
    # a bank account and a balance of payments, not the present: "current account rules", "a current-account deficit"
    _rule("current_account", r"current[- ]accounts?", "NONE",
          examples=[("No bank can open current accounts for such customers.", "2020-11-06", "", "")]),
    # the day of the 2001 attacks, named by its date: "since 9/11", "the Sept. 11 attacks", "the September 11 dead"
    _rule("nine_eleven", r"9/11", "DATE",
          "2001-09-11", [("Since 9/11, security has tightened.", "2011-09-12", "9/11", "2001-09-11"),
                         ("The deadline was 9/11/2015 for filings.", "2015-10-01", "9/11/2015", "2015-09-11"),
                         ("The ruling of 19/11/2015 stands.", "2015-12-01", "", "")]),
    _rule("nine_eleven_named", r"(?P<t>(?:(?-i:Sept?)\.?|(?-i:September))\s+11(?:th)?)\s+(?:attacks?|terror(?:ist)?\s+attacks?|hijackers?|victims|dead|anniversary|commission|memorial)", "DATE",
          "2001-09-11", [("The names of the Sept. 11 dead echoed across ground zero.", "2011-09-12", "Sept. 11", "2001-09-11")]),
    # a peace accord, not the holiday: "the Good Friday Agreement"
    _rule("good_friday_agreement", r"Good\s+Friday\s+(?:Agreement|[Aa]ccord)", "NONE", case_sensitive=True,
          examples=[("It was reached on Good Friday, 10 April 1998, and named the Good Friday Agreement.", "2018-04-10",
                     "10 April 1998", "1998-04-10")]),
    # a kind of timetable, not a day: "trains will run on Sunday schedules", "a Saturday timetable"
    _rule("weekday_schedule", r"%WEEKDAY\s+(?:schedules?|timetables?)", "NONE",
          examples=[("On Monday, May 21, service will operate on Sunday schedules.", "2018-05-14", "Monday, May 21", "2018-05-21")]),
    # "following Tuesday's elections": the preposition (after), not "the following Tuesday"
    _rule("following_weekday_possessive", r"following\s+(?P<t>(?P<w>%WEEKDAY))['’]s", "DATE", "UNDEF-weekday-{weekday(w)}",
          [("Counting went on following Tuesday's elections in Liberia.", "2023-10-13", "Tuesday", "2023-10-10"),
           ("The talks resumed the following Tuesday.", "2023-10-13", "the following Tuesday", "2023-10-17")]),
    _rule("weekday", r"(?P<w>%WEEKDAY)", "DATE", "UNDEF-weekday-{weekday(w)}",
          [("Officials said on Friday the talks failed.", "2015-11-16", "Friday", "2015-11-13"),
           ("Sunday's official dinner was tense.", "2015-11-16", "Sunday", "2015-11-15"),
           ("Leaders arrived on Sunday.", "2015-11-16", "Sunday", "2015-11-15"),
           ("The panel will vote Monday.", "2000-01-07", "Monday", "2000-01-10"),
           ("The embassy was bombed Friday.", "1998-08-07", "Friday", "1998-08-07"),
           ("Troops moved in early Tuesday.", "1998-08-07", "Tuesday", "1998-08-04"),
           ("They would look for ways around Wednesday's ruling.", "2000-01-07", "Wednesday", "2000-01-05"),
           ("The relatives were given until Tuesday to sign.", "2000-04-03", "Tuesday", "2000-04-04")]),
    # "a hearing the week of March 6": the ISO week holding that date
    _rule("week_of_date", r"the\s+week\s+of\s+(?P<m>%MONTH)\s*(?P<d>%DAY)(?:,?\s+(?P<y>%YEAR4))?", "DATE",
          "{week_of(y, m, d)}",
          [("The case may be heard the week of March 6, lawyers said.", "2000-02-24", "the week of March 6", "2000-W10"),
           ("It opens the week of Jan. 4, 1999.", None, "the week of Jan. 4, 1999", "1999-W01"),
           ("It opens the week of Jan. 4.", None, "the week of Jan. 4", "XXXX-WXX")]),
    # "the weekend of June 24": the weekend of the ISO week holding that date
    _rule("weekend_of_date", r"the\s+weekend\s+of\s+(?P<m>%MONTH)\s*(?P<d>%DAY)(?:,?\s+(?P<y>%YEAR4))?", "DATE",
          "{weekend_of(y, m, d)}",
          [("The festival takes place on the weekend of June 24.", "2023-06-14", "the weekend of June 24", "2023-W25-WE"),
           ("It opened the weekend of Jan. 4, 1999.", None, "the weekend of Jan. 4, 1999", "1999-W01-WE"),
           ("It opens the weekend of Jan. 4.", None, "the weekend of Jan. 4", "XXXX-WXX-WE")]),
    _rule("weekend_relative", r"(?P<rel>last|next|this|past|coming)\s+(?:(?:bank\s+)?holiday\s+|long\s+)?weekend", "DATE", "UNDEF-{relword(rel)}-weekend",
          [("It snowed last weekend.", "2015-11-16", "last weekend", "2015-W46-WE"),
           ("Police warned of traffic chaos in Dublin this bank holiday weekend.", "2016-07-29", "this bank holiday weekend", "2016-W30-WE"),
           ("Police arrested 20 people this weekend.", "2016-07-25", "this weekend", "2016-W29-WE"),
           ("Fans will gather next weekend.", "2015-11-16", "next weekend", "2015-W47-WE")]),
    _rule("weekend", r"the\s+weekend", "DATE", "UNDEF-weekend",
          [("Leaders met at the weekend.", "2015-11-16", "the weekend", "2015-W46-WE")]),

    # ---- this/last/next unit -----------------------------------------------------------------------------
    _rule("unit_relative", r"(?:the\s+)?(?P<rel>last|next|this|past|coming|previous|current|following)\s+(?P<u>week|month|year)(?:\s+or\s+so)?", "DATE",
          "UNDEF-REL-{unit(u)}{reloffset(rel)}",
          [("Sales rose last year.", "1989-10-25", "last year", "1988"),
           ("Rates rise in the next year or so.", "1989-10-25", "the next year or so", "1990"),
           ("Prices rose last week.", "2015-11-16", "last week", "2015-W46"),
           ("It opens next month.", "1999-03-12", "next month", "1999-04"),
           ("Unemployment rose this year.", "1989-10-26", "this year", "1989"),
           ("the past year was hard", "1998-03-03", "the past year", "1997")]),
    # a fiscal year named from the article's own, valued as its calendar year as "fiscal 1989" is
    # (and a calendar year: "this calendar year")
    _rule("fiscal_year_relative", r"(?:the\s+)?(?:this\s+)?(?P<rel>last|next|this|past|coming|upcoming|previous|following|current)\s+(?:fiscal|financial|calendar)\s+year", "DATE",
          "UNDEF-REL-year{reloffset(rel)}",
          [("It will invest $80 billion this fiscal year.", "2025-03-14", "this fiscal year", "2025"),
           ("Revenue for the upcoming fiscal year, which begins July 1, will fall.", "2017-03-14", "the upcoming fiscal year", "2018"),
           ("Discuss your favourite moments of this calendar year!", "2015-12-20", "this calendar year", "2015"),
           ("Revenue rose 8% in the last fiscal year.", "1989-10-25", "the last fiscal year", "1988"),
           ("Sales will grow next fiscal year.", "2025-03-14", "next fiscal year", "2026")]),
    _rule("decade_past", r"(?:the\s+)?(?:past|last)\s+decade", "DURATION", "P10Y",
          [("growth over the past decade", "1998-10-25", "the past decade", "P10Y")], anchor="ending_at_dct"),
    _rule("decade_next", r"(?:the\s+)?(?:next|coming)\s+decade", "DURATION", "P10Y",
          [("Costs will rise over the next decade.", "2013-03-14", "the next decade", "P10Y")]),
    _rule("unit_relative_mod", r"(?P<mod>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)(?:\s+in)?\s+(?P<rel>this|next|last|the)\s+(?P<u>week|month|year|quarter|decade)", "DATE",
          "UNDEF-REL-{unit(u)}{reloffset(rel)}",
          [("Talks are due later this month.", "2015-11-16", "later this month", "2015-11"),
           ("Earlier in the week, officials met.", "2013-03-14", "Earlier in the week", "2013-W11"),
           ("He resigned earlier this month.", "1989-10-30", "earlier this month", "1989-10"),
           ("Rates rise early next year.", "1998-03-03", "early next year", "1999"),
           ("by the end of the year, it said", "1989-10-26", "the end of the year", "1989")],
          mod="{dmod(mod)}", anchor="none"),
    # "the year ended March 31": a fiscal year named by its end, written as a duration in news annotation
    _rule("the_year_ended", r"(?P<t>the\s+(?:(?:fiscal|full)\s+)?year)\s+(?:ended|ending|ends|to)\b", "DURATION", "P1Y",
          [("It earned $5 for the year ended March 31.", "1989-10-26", "the year", "P1Y")]),
    # "the latest fiscal year": the last one completed
    _rule("the_latest_year", r"the\s+(?:latest|most\s+recent)\s+(?:(?:fiscal|full|calendar)\s+)?year", "DATE", "UNDEF-REL-year-1",
          [("Sales were $7 billion in the latest fiscal year.", "1989-10-26", "the latest fiscal year", "1988")]),
    _rule("the_year", r"the\s+(?:(?:current|full|fiscal|entire|whole)\s+)*year", "DATE", "UNDEF-REL-year+0",
          [("Profit for the full year will rise.", "1989-10-26", "the full year", "1989"),
           ("Sales fell during the year.", "1989-10-26", "the year", "1989"),
           # in January, the year that was reported on is the one just ended
           ("But for the year, sales dropped 19 percent.", "2010-01-05", "the year", "2009"),
           ("Sales will rise during the year.", "2010-01-05", "the year", "2010")]),
    _rule("year_end_words", r"(?:the\s+)?year['’]?s?\s+end", "DATE", "UNDEF-REL-year+0",
          [("a goal for year's end", "1989-10-26", "year's end", "1989")], mod="END"),
    _rule("year_end", r"(?:the\s+)?year-end", "DATE", "UNDEF-year-12-31", [("to finish by year-end", "1989-11-02", "year-end", "1989-12-31"),
                                                                         ("Officials will decide by year-end.", "2013-03-14", "year-end", "2013-12-31")]),

    # ---- references to the present, past and future ------------------------------------------------------
    _rule("present_ref", r"now|currently|nowadays|at\s+present|at\s+the\s+moment|presently|these\s+days|right\s+now|as\s+of\s+now", "DATE",
          "PRESENT_REF", [("Prices are now higher.", "1998-01-08", "now", "PRESENT_REF"),
                          ("He is currently abroad.", "1998-01-08", "currently", "PRESENT_REF")]),
    _rule("then_current", r"then[- ]current", "DATE", "PAST_REF",
          [("holders may buy shares at half the then current market price", "1989-10-26", "then current", "PAST_REF")]),
    _rule("present_current", r"current", "DATE", "PRESENT_REF", [("the current price of oil", "1998-01-08", "current", "PRESENT_REF")],
          case_sensitive=True),
    _rule("past_ref", r"recently|lately", "DATE",
          "PAST_REF", [("He recently resigned.", "1998-01-08", "recently", "PAST_REF")]),
    # "in recent years" names the recent past as a whole; shorter units read as vague durations
    _rule("recent_years", r"(?:the\s+)?(?:past|recent)\s+years", "DATE", "PAST_REF",
          [("Its growth in recent years came from junk bonds.", "1989-10-26", "recent years", "PAST_REF"),
           ("There were sell programs in past years, too.", "1989-10-30", "past years", "PAST_REF")]),
    _rule("recent_units", r"recent\s+(?P<u>years|months|weeks|days|decades)", "DURATION", "{dur(x, u)}",
          [("in recent months prices rose", "1998-01-08", "recent months", "PXM")]),
    # "in recent weeks and months" names no one unit: the recent past
    _rule("recent_units_pair", r"recent\s+(?:years|months|weeks|days|decades)\s+(?:and|or)\s+(?:years|months|weeks|days|decades)", "DATE", "PAST_REF",
          [("Many funds in recent weeks and months have sold junk.", "1989-10-27", "recent weeks and months", "PAST_REF")]),
    _rule("past_the", r"the\s+past", "DATE", "PAST_REF",
          [("as in the past, prices rose", "1998-01-08", "the past", "PAST_REF")]),
    # "soon" points ahead when a modal or "to" carries it ("may soon seek", "to soon grow", "soon will begin");
    # "soon after", "as soon as" and a past "was soon released" are not timexes
    _rule("future_soon", r"(?:will|may|might|could|would|should|shall|to)\s+(?P<t>soon)", "DATE", "FUTURE_REF",
          [("Prosecutors may soon seek an indictment.", "1989-10-27", "soon", "FUTURE_REF"),
           ("He was soon released.", "2000-02-24", "", ""),
           ("He left soon after the vote.", "2000-02-24", "", "")]),
    _rule("future_one_day", r"(?:will|may|might|could|can|would|shall|to)\s+(?P<t>one\s+day|some\s*day)", "DATE", "FUTURE_REF",
          [("Islam will one day be the second largest religion.", "1998-03-03", "one day", "FUTURE_REF"),
           ("The job lasted one day.", "1998-03-03", "one day", "P1D")]),
    _rule("soon_will", r"(?P<t>soon)\s+will", "DATE", "FUTURE_REF",
          [("It soon will begin selling boxes for 99 cents.", "1989-10-30", "soon", "FUTURE_REF")]),
    _rule("future_term", r"the\s+(?:near|short|long|longer)\s+term", "DATE", "FUTURE_REF",
          [("Prices will stay low in the near term.", "1989-10-30", "the near term", "FUTURE_REF")]),
    _rule("future_units", r"future\s+(?:years|months|weeks|quarters|days)", "DATE", "FUTURE_REF",
          [("Profit in future quarters will rise.", "1989-10-30", "future quarters", "FUTURE_REF")]),
    _rule("coming_units", r"(?:the\s+)?(?P<t>(?:coming|ensuing)\s+(?P<u>%UNITS))", "DURATION", "{dur(x, u)}",
          [("in the coming weeks talks resume", "1998-02-06", "coming weeks", "PXW")]),
    _rule("units_ahead", r"(?:the\s+)?(?P<u>%UNITS)\s+ahead", "DURATION", "{dur(x, u)}",
          [("in the weeks ahead", "1998-02-06", "the weeks ahead", "PXW")]),
    _rule("future_ref", r"the\s+(?:near\s+|distant\s+)?future", "DATE", "FUTURE_REF",
          [("in the future prices will rise", "1998-01-08", "the future", "FUTURE_REF")]),
    # British "in future" closing a clause (before a noun "future" is an adjective: "in future talks")
    _rule("in_future_comma", r"in\s+(?P<t>future),", "DATE", "FUTURE_REF",
          [("In future, the bank will publish its minutes.", "2017-08-03", "future", "FUTURE_REF"),
           ("It will be discussed in future talks.", "2017-08-03", "", "")]),
    _rule("in_future_stop", r"in\s+(?P<t>future)\.", "DATE", "FUTURE_REF",
          [("Rates may rise faster than expected in future.", "2017-08-03", "future", "FUTURE_REF")]),

    # ---- durations -------------------------------------------------------------------------------------
    _rule("duration_past_n", r"(?:the\s+)?(?P<rel>past|last|previous|latest)" + _A_LENGTH, "DURATION",
          "{dur(n, u)}",
          [("Prices rose over the past three years.", "2015-11-16", "the past three years", "P3Y")],
          anchor="ending_at_dct"),
    # "the first nine months" of a year: the year's opening months, of the last year they are over in
    # ("the first nine months of 1997" written in February 1998; earnings "in the first nine months" in October)
    _rule("duration_first_months", r"(?:the\s+)?first\s+(?P<n>%NUM)\s+(?P<u>months)", "DURATION", "{dur(n, u)}",
          [("sales in the first nine months rose", "1989-10-26", "the first nine months", "P9M")],
          anchor="year_opening"),
    # ... other first and following lengths are counted from a time the text tells, not from the DCT
    _rule("duration_first_n", r"(?:the\s+)?(?P<rel>first|following)" + _A_LENGTH, "DURATION",
          "{dur(n, u)}",
          [("in the following three days talks stalled", "1998-02-06", "the following three days", "P3D")]),
    # ... and the next ones run on from the DCT, whatever the clause's tense ("expects sales to rise 8.5%
    # annually through the next three years")
    _rule("duration_next_n", r"(?:the\s+)?(?P<rel>next|coming)" + _A_LENGTH, "DURATION",
          "{dur(n, u)}",
          [("Sales rise 8.5% annually through the next three years.", "1989-10-26", "the next three years", "P3Y"),
           ("Talks are expected in the coming two weeks.", "2015-11-16", "the coming two weeks", "P2W")],
          anchor="starting_at_dct"),
    _rule("duration_close_of", r"the\s+(?:close|end|conclusion)\s+of\s+(?P<n>%NUM)\s+(?P<u>%UNITS|%UNIT)", "DATE",
          "UNDEF-REL-day+0",
          [("at the close of two days of talks", "2015-11-16", "the close of two days", "2015-11-16")],
          mod="END", anchor="span_end"),
    _rule("duration_adjective", r"(?:(?P<mod>%APPROX)\s+)?(?P<n>%NUM)-(?P<u>%UNIT)(?:-long)?", "DURATION", "{dur(n, u)}",
          [("the four-year civil war", "2015-11-16", "four-year", "P4Y")], mod="{mod(mod)}", anchor="ending_at_dct"),
    # "their third day-long meeting", "a month-long strike": one unit ("a" stays outside, like "a four-year term")
    _rule("duration_unit_long", r"(?:an?\s+)?(?P<t>(?P<u>%UNIT)[- ]long)", "DURATION", "{dur(one, u)}",
          [("They emerged from their third day-long meeting.", "2000-04-03", "day-long", "P1D"),
           ("A month-long strike ended.", "2013-03-14", "month-long", "P1M")]),
    _rule("duration_adjective_vague", r"(?:several|many|multi)-(?P<u>%UNIT)(?:-long)?", "DURATION", "{dur(x, u)}",
          [("He followed a several-year tenure as editor.", "1989-11-02", "several-year", "PXY")]),
    # a range keeps its lower bound ("two to three weeks" -> P2W); "or so" belongs to the expression
    _rule("duration", r"(?:(?P<mod>%BOUND)\s+)?(?P<n>%NUM)(?P<half1>[\s-]+and[\s-]+a[\s-]+half)?\s+(?:(?:to|or)\s+(?:%NUM)\s+)?(?:more\s+|full\s+|straight\s+|consecutive\s+|additional\s+|extra\s+|further\s+|trading\s+|business\s+|working\s+)?(?P<u>%UNITS|%UNIT)(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?", "DURATION",
          "{dur_and_half(n, u, half1, half)}",
          [("after two days of talks", "2015-11-16", "two days", "P2D"),
           ("It lasted two hours.", "2015-11-16", "two hours", "PT2H"),
           ("for more than 18 months", "1989-10-30", "more than 18 months", "P18M"),
           ("The flight took about five hours.", "1998-08-17", "five hours", "PT5H"),
           ("He was sentenced to 3-1/2 years in prison.", "2015-06-05", "3-1/2 years", "P3Y6M"),
           ("It passed three-and-a-half years after the referendum.", "2019-12-20", "three-and-a-half years", "P3Y6M"),
           ("Shipments resume within two to three weeks.", "1989-10-30", "two to three weeks", "P2W"),
           ("He ruled for almost two decades.", "1998-08-17", "two decades", "P20Y"),
           ("A minute and a half later, a pilot called in.", "1998-01-14", "A minute and a half", "PT1M30S"),
           ("The talks took two and a half years.", "1998-01-14", "two and a half years", "P2Y6M"),
           ("The meeting ran an hour and a half.", "1998-01-14", "an hour and a half", "PT1H30M"),
           ("The loan may be extended for an additional year.", "1989-11-02", "an additional year", "P1Y"),
           ("Eight trading days after the crash, prices recovered.", "1989-10-30", "Eight trading days", "P8D")], mod="{mod(mod)}"),
    # "a quarter century": 25 years (not "a quarter", three months, followed by a word)
    _rule("duration_quarter_century", r"(?:(?P<mod>%BOUND)\s+)?(?:a|one)\s+quarter(?:[- ]|\s+of\s+a\s+)century", "DURATION", "P25Y",
          [("It was the strongest quake in a quarter century.", "2024-04-03", "a quarter century", "P25Y"),
           ("He ruled for more than a quarter-century.", "2024-04-03", "more than a quarter-century", "P25Y"),
           ("The law stood for a quarter of a century.", "2024-04-03", "a quarter of a century", "P25Y")], mod="{mod(mod)}"),
    # "more than two thousand years": a number in hundreds or thousands of units, not the year 2000
    _rule("duration_hundreds", r"(?:(?P<mod>%BOUND)\s+)?(?P<n>%NUMWORD|[0-9]{1,3}|an?)\s+(?P<k>hundred|thousand)\s+(?P<u>%UNITS)", "DURATION",
          "{dur_times(n, k, u)}",
          [("They kept the secret for more than two thousand years.", "1998-01-21", "more than two thousand years", "P2000Y"),
           ("It stood for three hundred years.", "1998-01-21", "three hundred years", "P300Y")], mod="{mod(mod)}"),
    _rule("duration_the_n", r"the\s+(?P<n>%NUMWORD|[0-9]+)\s+(?P<u>%UNITS)", "DURATION", "{dur(n, u)}",
          [("in the nine months sales rose", "1989-10-26", "the nine months", "P9M")]),
    _rule("duration_vague", r"(?:(?:a\s+)?(?:few|several|many|couple\s+of)\s+)(?P<u>%UNITS)", "DURATION", "{dur(x, u)}",
          [("It took several years.", "1998-01-01", "several years", "PXY")]),
    # "within weeks or months": one vague duration, by its lower bound like "two to three weeks"
    _rule("duration_units_or", r"(?P<u>days|weeks|months|years|decades)\s+or\s+(?:weeks|months|years|decades)", "DURATION", "{dur(x, u)}",
          [("He probably died within weeks or months of his capture.", "1998-02-19", "weeks or months", "PXW")]),
    _rule("duration_decades", r"(?:for\s+)?(?P<t>(?P<u>decades|years|months|weeks)(?:-long)?)", "DURATION", "{dur(x, u)}",
          [("a feud that lasted for decades", "2000-01-15", "decades", "PXY"),
           ("the decades-long dispute", "2000-01-15", "decades-long", "PXY")], case_sensitive=False),
    # bare "days" only where it is a length of time ("these days", "the days of the empire" are not)
    _rule("duration_days_bare", r"(?:after|for|within)\s+(?P<t>days)", "DURATION", "PXD",
          [("The president resigned after days of protests.", "2020-11-16", "days", "PXD"),
           ("In the days of the empire, the port thrived.", "2020-11-16", "", "")]),
    # ... bare "hours" and "minutes" too ("after hours" alone is trading after the close)
    _rule("duration_hours_bare", r"(?:for|within)\s+(?P<t>(?P<u>hours|minutes))", "DURATION",
          "{dur(x, u)}", [("Within minutes, the account replied.", "2019-06-30", "minutes", "PTXM")]),
    _rule("duration_hours_after", r"after\s+(?P<t>(?P<u>hours|minutes))\s+of", "DURATION",
          "{dur(x, u)}", [("The vote came after hours of public feedback.", "2017-03-14", "hours", "PTXH"),
                          ("Shares fell after hours.", "2019-06-30", "", "")]),
    # "wait another day", "for another month": one more of that unit
    _rule("duration_another", r"another\s+(?P<u>day|week|month|year|decade)", "DURATION", "{dur(one, u)}",
          [("Australians will have to wait another day for a result.", "2016-07-03", "another day", "P1D"),
           ("The bank kept rates on hold for another month.", "2017-08-03", "another month", "P1M")]),

    # ---- sets ------------------------------------------------------------------------------------------
    _rule("set_every_unit", r"(?:every|each|per)\s+(?:single\s+)?(?P<u>day|week|month|year|quarter|hour|minute)", "SET", "{dur(one, u)}",
          [("They meet every week.", "2015-11-16", "every week", "P1W"),
           ("I miss my mates every single day.", "2021-05-02", "every single day", "P1D")]),
    # a weekday in the plural recurs: "on Tuesdays", "on Tuesday nights"
    _rule("set_weekday_plural", r"(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s", "SET", "XXXX-WXX-{weekday(w)}",
          [("The market is closed on Sundays.", "2015-11-16", "Sundays", "XXXX-WXX-7")]),
    _rule("set_weekday_parts", r"(?P<w>%WEEKDAY)\s+(?P<p>nights|mornings|afternoons|evenings)", "SET", "XXXX-WXX-{weekday(w)}",
          [("Flights leave on Tuesday nights from March 30.", "1998-02-13", "Tuesday nights", "XXXX-WXX-2TNI")],
          time="T{part(p)}"),
    _rule("set_every_weekday", r"(?:every|each)\s+(?P<w>%WEEKDAY)", "SET", "XXXX-WXX-{weekday(w)}",
          [("She calls every Monday.", "2015-11-16", "every Monday", "XXXX-WXX-1")]),
    _rule("set_every_n_units", r"(?:every|each)\s+(?P<n>%NUM)\s+(?P<u>%UNITS)", "SET", "{dur(n, u)}",
          [("The magazine appears every two weeks.", "2023-06-14", "every two weeks", "P2W")]),
    _rule("set_every_month", r"(?:every|each)\s+(?P<m>%MONTH)", "SET", "XXXX-{month(m)}",
          [("Orangemen march each July through the town.", "1998-03-22", "each July", "XXXX-07")]),
    _rule("set_adverb", r"(?P<a>daily|weekly|monthly|yearly|hourly|nightly)", "SET", "{adverb(a)}",
          [("The weekly paper", "2015-11-16", "weekly", "P1W"), ("They meet daily.", "2015-11-16", "daily", "P1D")]),

    # ---- clock times -----------------------------------------------------------------------------------
    # a clock time alone is on the day the narrative is at (the last day mentioned, not a report's), else the DCT's
    _rule("clock_time", r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)(?:\s+%ZONE)?", "TIME",
          "UNDEF-ref-day-or-dct", [("The blast came at 10:35 a.m. local time", "1998-08-07", "10:35 a.m. local time", "1998-08-07T10:35"),
                              # British and Asian news write the minutes after a full stop
                              ("He spoke at 3.30pm local time.", "2013-03-14", "3.30pm local time", "2013-03-14T15:30"),
                              ("The train leaves at 10.30am.", "2013-03-14", "10.30am", "2013-03-14T10:30")],
          time="T{clock(h, mi, ap)}"),
    # "at 10 p.m. as he stood": the closing period belongs to the time, and no word boundary follows it
    _rule("clock_time_dotted", r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>[ap]\.m)\.", "TIME",
          "UNDEF-ref-day-or-dct", [("He was shot at 10 p.m. as he stood in the kitchen.", "1998-10-24", "10 p.m.", "1998-10-24T22:00"),
                              ("He was shot on Oct. 23, 1998. It was 10 p.m. and dark.", "1999-04-19", "10 p.m.", "1998-10-23T22:00"),
                              ("They arrived around 7:15 a.m., police said.", "1998-02-12", "7:15 a.m.", "1998-02-12T07:15")],
          time="T{clock(h, mi, ap)}"),
    _rule("clock_24h", r"(?:%CLOCK_LEAD\s+)?(?P<t>(?P<h>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9])\s*(?:%ZONE|hours|hrs|h))", "TIME",
          "UNDEF-REL-day+0", [("at 14:30 GMT the market", "2015-11-16", "14:30 GMT", "2015-11-16T14:30")], time="T{clock(h, mi, 0)}"),
    # wire-service times: "0800 GMT"; an afternoon or evening hour written on the 24-hour clock needs no
    # zone after a word that takes a time ("Polls close at 20:00": no a.m./p.m. reading; a score has none)
    _rule("clock_24h_compact", r"(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\s*(?:GMT|UTC|hours|hrs)", "TIME",
          "UNDEF-ref-day-or-dct", [("The curfew starts at 0800 GMT.", "2013-03-14", "0800 GMT", "2013-03-14T08:00"),
                                   ("It exploded on Aug. 7 at 10:35 a.m. (0735 GMT).", "1998-08-08", "0735 GMT", "1998-08-07T07:35")],
          time="T{clock(h, mi, 0)}"),
    _rule("clock_24h_late", r"%CLOCK_LEAD\s+(?P<t>(?P<h>1[3-9]|2[0-3]):(?P<mi>[0-5][0-9]))", "TIME",
          "UNDEF-ref-day-or-dct", [("Polls close at 20:00.", "2013-03-14", "20:00", "2013-03-14T20:00"),
                                   ("The final score was 21:17 after extra time.", "2013-03-14", "", "")],
          time="T{clock(h, mi, 0)}"),
    # ... and by a full date: "at 7:58 a.m. on April 3, 2024"
    _rule("clock_full_date", r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)|(?P<n>noon|midnight|midday))(?:\s+%ZONE)?,?\s+(?:on\s+)?(?:%WEEKDAY,?\s+)?(?P<m>%MONTH)\s*(?P<d>%DAY),?\s+(?P<y>%YEAR4)", "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("The quake struck at 7:58 a.m. on April 3, 2024.", "2024-06-12", "7:58 a.m. on April 3, 2024", "2024-04-03T07:58")],
          time="T{clock_or_noon(h, mi, ap, n)}"),
    # ... and after its full date, as datelines and page bylines write it: "September 1, 2009, 11:34 PM",
    # "July 19, 2011: 7:32 AM ET", "Friday 9 August 2019, 9.30 am"; an ISO date with its time
    _rule("full_date_clock", _DATE_THEN + _CLOCK_12, "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("updated September 1, 2009, 11:34 PM", "2009-09-02", "September 1, 2009, 11:34 PM", "2009-09-01T23:34"),
                                            ("Published July 19, 2011: 7:32 AM ET", "2011-07-19", "July 19, 2011: 7:32 AM ET", "2011-07-19T07:32"),
                                            ("February 5, 2008 6:44:53 AM PST", "2008-02-05", "February 5, 2008 6:44:53 AM PST", "2008-02-05T06:44"),
                                            # (a clock on the next line is the next entry's)
                                            ("ANI (@ANI) July 10, 2018\n\n08:10 am: Pictures of the flooding", "2018-07-10", "July 10, 2018", "2018-07-10")],
          time="T{clock(h, mi, ap)}"),
    _rule("full_date_clock_dotted", _DATE_THEN + _CLOCK_12_DOTTED, "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("The vote is on May 3, 2019, at 10 a.m. in the hall.", "2019-04-20", "May 3, 2019, at 10 a.m.", "2019-05-03T10:00")],
          time="T{clock(h, mi, ap)}"),
    _rule("full_date_clock_day_first", _DAY_FIRST_DATE_THEN + _CLOCK_12, "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("Data are due on Friday 9 August 2019, 9.30 am, the bank said.", "2019-08-04", "Friday 9 August 2019, 9.30 am", "2019-08-09T09:30")],
          time="T{clock(h, mi, ap)}"),
    # ... and a 24-hour clock after a full date, as timestamps write it: "16th February, 2019 09:04:18"
    _rule("full_date_clock_24h", _DATE_THEN + _CLOCK_24, "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("Updated: Aug 31, 2020 16:10 IST", "2020-08-31", "Aug 31, 2020 16:10 IST", "2020-08-31T16:10"),
                                            ("Updated: July 10, 2018 20:15", "2018-07-10", "July 10, 2018 20:15", "2018-07-10T20:15")],
          time="T{clock(h, mi, 0)}"),
    _rule("full_date_clock_24h_day_first", _DAY_FIRST_DATE_THEN + _CLOCK_24, "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("Posted 16th February, 2019 09:04:18", "2019-02-16", "16th February, 2019 09:04:18", "2019-02-16T09:04")],
          time="T{clock(h, mi, 0)}"),
    _rule("date_iso_clock", r"(?P<y>%YEAR4)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?:T|\s+)(?P<h>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?", "TIME",
          "{year(y)}-{month(m)}-{day(d)}", [("Updated: 2016-09-29 09:55", "2016-09-29", "2016-09-29 09:55", "2016-09-29T09:55"),
                                            ("posted 2011-11-17T00:30:42 by the desk", "2011-11-17", "2011-11-17T00:30:42", "2011-11-17T00:30")],
          time="T{clock(h, mi, 0)}"),
    # a clock time followed by its day (weekday or month-day), the time zone between them
    _rule("clock_weekday", r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)|(?P<n>noon|midnight|midday))(?:\s+%ZONE)?,?\s+(?:on\s+)?(?:(?:(?P<rel>last|next|this)\s+)?(?P<w>%WEEKDAY)|(?P<m>%MONTH)\s*(?P<d>%DAY))", "TIME",
          "UNDEF-{day_of(w, m, d, rel)}", [("He was seized at 10 p.m. Wednesday, police said.", "1998-02-13", "10 p.m. Wednesday", "1998-02-11T22:00"),
                                         ("Police were called around 4:30 a.m. last Sunday.", "2021-04-08", "4:30 a.m. last Sunday", "2021-04-04T04:30"),
                                         ("They will land at 6 p.m. next Sunday.", "2021-04-08", "6 p.m. next Sunday", "2021-04-11T18:00"),
                                         ("Talks broke off at noon Thursday.", "1998-02-13", "noon Thursday", "1998-02-12T12:00"),
                                         ("They have until midday Friday to accept.", "2016-02-25", "midday Friday", "2016-02-26T12:00"),
                                         ("The offer was extended until 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST Nov. 9", "1989-11-09T17:00"),
                                         ("He will leave at 4 a.m. EDT Thursday.", "2000-04-05", "4 a.m. EDT Thursday", "2000-04-06T04:00"),
                                         ("Polls closed at 9 p.m. local time on Sunday.", "2025-05-19", "9 p.m. local time on Sunday", "2025-05-18T21:00"),
                                         ("Shares rose at 10:30 a.m. ET on Friday.", "2025-05-19", "10:30 a.m. ET on Friday", "2025-05-16T10:30"),
                                         ("He was seized at 10 p.m. Wednesday.", None, "10 p.m. Wednesday", "XXXX-WXX-3T22:00")],
          time="T{clock_or_noon(h, mi, ap, n)}"),
    # ... and a wire-service time on the 24-hour clock with its zone: "at 15:30 GMT on Friday", "0930 GMT Saturday"
    _rule("clock_24h_weekday", r"(?:%CLOCK_LEAD\s+)?(?P<t>(?P<h>[01][0-9]|2[0-3]):?(?P<mi>[0-5][0-9])\s*(?:%ZONE|hours|hrs),?\s+(?:on\s+)?(?:(?P<w>%WEEKDAY)|(?P<m>%MONTH)\s*(?P<d>%DAY)))", "TIME",
          "UNDEF-{day_of(w, m, d)}", [("Another vote was scheduled for 15:30 GMT on Friday.", "2021-07-29", "15:30 GMT on Friday", "2021-07-30T15:30"),
                                         ("The rocket lifted off at 0930 GMT Saturday.", "2021-08-02", "0930 GMT Saturday", "2021-07-31T09:30"),
                                         ("Trading resumes at 08:00 GMT on March 3.", "2021-03-01", "08:00 GMT on March 3", "2021-03-03T08:00")],
          time="T{clock(h, mi, 0)}"),
    _rule("noon", r"noon|midnight|midday", "TIME", "UNDEF-REL-day+0", [("They met at noon.", "2015-11-16", "noon", "2015-11-16T12:00")],
          time="T{noon(0)}"),

    # the day of some election, not the American Election Day: "July 4: Election day." in a British article
    _rule("some_election_day", r"[Ee]lection\s+day", "NONE", case_sensitive=True,
          examples=[("On election day, turnout was high.", "2024-05-22", "", ""),
                    ("July 4: Election day. Polls will open from 7am.", "2024-05-22", "7am", "2024-07-04T07:00"),
                    ("Voters go to the polls on Election Day.", "2024-05-22", "Election Day", "2024-11-05")]),
    # ---- holidays --------------------------------------------------------------------------------------
    # "last Thanksgiving": the nearest one before the DCT
    _rule("holiday_last", r"(?:last|this\s+past)\s+(?P<h>%HOLIDAY)", "DATE", "UNDEF-last-holiday-{holiday(h)}",
          [("He was found in the Atlantic last Thanksgiving.", "2000-02-10", "last Thanksgiving", "1999-11-25")]),
    # "Easter week", "Thanksgiving week": the ISO week holding the holiday
    # "Thanksgiving weekend", "Memorial Day weekend": the weekend of the holiday (before it for a Monday)
    _rule("holiday_weekend_year", r"(?P<h>%HOLIDAY)\s+weekend,?\s+(?:(?:in|of)\s+)?(?P<y>%YEAR4)", "DATE", "{holiday_weekend_in(h, y)}",
          [("It is below the 165.3 million who shopped Thanksgiving weekend in 2019.", "2021-11-12",
            "Thanksgiving weekend in 2019", "2019-W48-WE")]),
    _rule("holiday_weekend", r"(?P<h>%HOLIDAY)\s+weekend", "DATE", "UNDEF-weekend-of-holiday-{holiday(h)}",
          [("Most plan to start shopping Thanksgiving weekend.", "2021-11-12", "Thanksgiving weekend", "2021-W47-WE"),
           ("Traffic was heavy over Memorial Day weekend.", "2021-06-02", "Memorial Day weekend", "2021-W21-WE")]),
    _rule("holiday_week", r"(?P<h>%HOLIDAY)\s+week", "DATE", "UNDEF-week-of-holiday-{holiday(h)}",
          [("Crowds filled the square during Easter week.", "2000-04-17", "Easter week", "2000-W16"),
           ("Crowds filled the square during Easter week.", None, "Easter week", "XXXX-WXX")]),
    # "New Year's Eve 2019", "Easter 2016": the holiday of the year written with it
    _rule("holiday_year", r"(?P<h>%HOLIDAY),?\s+(?:of\s+)?(?P<y>%YEAR4)", "DATE", "{holiday_in(h, y)}",
          [("She gave her last concert on New Year's Eve 2019.", "2024-06-12", "New Year's Eve 2019", "2019-12-31"),
           ("Details will come before Labor Day of 2015.", "2014-11-03", "Labor Day of 2015", "2015-09-07"),
           ("The rising began on Easter Monday, 1916.", "2016-03-20", "Easter Monday, 1916", "1916-04-24")]),
    _rule("holiday", r"(?P<h>%HOLIDAY)", "DATE", "UNDEF-holiday-{holiday(h)}",
          [("Sales rose before Christmas.", "1998-12-20", "Christmas", "1998-12-25"),
           ("on Thanksgiving Day they ate", "1998-12-01", "Thanksgiving Day", "1998-11-26"),
           ("the campaign runs from now to Election Day", "1998-10-26", "Election Day", "1998-11-03"),
           ("the campaign runs to Election Day", None, "Election Day", "XXXX-XX-XX"),
           ("Shoppers crowded the malls on Black Friday.", "2015-12-01", "Black Friday", "2015-11-27"),
           ("Pilgrims filled the old city on Good Friday.", "2024-04-02", "Good Friday", "2024-03-29"),
           ("Beaches were full on Memorial Day.", "2024-06-12", "Memorial Day", "2024-05-27"),
           ("Fifteen states vote on Super Tuesday.", "2024-02-20", "Super Tuesday", "2024-03-05"),
           ("He marched on Martin Luther King Day.", "2024-02-01", "Martin Luther King Day", "2024-01-15"),
           ("Fans lined up on Boxing Day.", None, "Boxing Day", "XXXX-12-26")]),
    # a block of a street is numbered like a year: "on the 1700 block of Abbey Road"
    _rule("street_block", r"[0-9]{3,5}\s+block\s+of", "NONE",
          examples=[("Police were called to the 1700 block of Abbey Road.", "2021-04-08", "", "")]),
    # an award of the year names no year: "named rookie of the year", "player of the year", "album of the year"
    _rule("award_of_the_year", r"(?:rookie|player|coach|manager|goal|album|song|record|car|person|athlete|word)s?"
                               r"\s+of\s+the\s+year", "NONE",
          examples=[("Chris Paul would be named rookie of the year.", "2025-06-24", "", ""),
                    ("Sales rose for the year.", "2025-06-24", "the year", "2025")]),
    # papers and channels named for the day: "told USA TODAY", "Russia Today reported" (not "Russia today said")
    _rule("today_in_name", r"(?:USA|Russia)\s+(?:TODAY|Today)", "NONE", case_sensitive=True,
          examples=[("A Walmart spokesman told USA TODAY that no staff was hurt.", "2019-11-20", "", ""),
                    ("Russia today said it would retaliate.", "2019-11-20", "today", "2019-11-20")]),
    # a day named for what happened on it once: "Bloody Sunday" (1972), "Black Monday" (1987), not last week's
    _rule("day_in_name", r"(?:Bloody|Black)\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|September)", "NONE",
          case_sensitive=True,
          examples=[("The inquiry into Bloody Sunday reported.", "2010-06-16", "", ""),
                    ("Stocks fell more than on Black Monday.", "2008-10-10", "", ""),
                    ("Members of the Palestinian group Black September killed two athletes.", "2008-11-28", "", "")]),

    # "a second" before a word is an ordinal ("a second group"), unless the word places it in time
    # ("a second later"); last in the table, so that on equal length the duration reading wins
    _rule("second_then", r"(?P<t>an?\s+(?:split\s+)?second)\s+(?:later|earlier|before|after|longer|or|and|ago)", "DURATION",
          "PT1S", [("A second later, the lights went out.", "1998-01-14", "A second", "PT1S")]),
    _rule("second_and_final", r"an?\s+second\s+and\s+(?:final|last|third|deciding)", "NONE",
          examples=[("A second and final reading of the budget follows.", "2020-08-26", "", "")]),
    _rule("second_ordinal", r"an?\s+second\s+[a-z]+", "NONE",
          examples=[("A second group of directors also seeks control.", "1989-10-27", "", ""),
                    ("It would be a second betrayal, she said.", "2000-04-17", "", "")]),
]
