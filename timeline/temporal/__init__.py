"""Temporal expressions in news text: rule tables (find), resolver (TimeML value + calendar interval).

    from timeline.temporal import find_timexes
    find_timexes("Leaders met on Sunday.", datetime.date(2015, 11, 16))
"""

from timeline.temporal.tagger import find_candidates, find_timexes

__all__ = ["find_timexes", "find_candidates"]
