"""Which way a clause points in time: the cue the resolver's news policy reads.

News reports mostly tell what happened, so a weekday or a month without a year is placed on or before
the publication date unless its clause speaks of the future ("will", "is to", "next", "plans to",
"is scheduled"); `clause_tense` looks only inside the sentence, near the expression, word by word
(a few hundred characters at most, never the whole text). "present" is a clause in the simple present
after a name, with no other cue: a day or month it names is ahead ("NATO meets on Thursday"), a length of
time it names runs up to the DCT ("Russia backs Assad in the four-year civil war").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from timeline import lexicon
from timeline.temporal.lexicon import MONTHS

Tense = Literal["past", "future", "present"] | None

_WORD = re.compile(r"[A-Za-z']+")
# [.!?;:] then white space, or a blank line (a colon too: "The election has raised the stakes: Biden
# faces Trump on Nov. 5" is two clauses), but a full stop, "!" or "?" before a lower-case word or a figure
# ends no sentence ("U.S. software firm", "Jan. 27", '"Why?" he asked'); written to begin with one
# character class so that `re` skips straight to the candidate characters.
# (not the point of "p.m." before a weekday: "from 7 p.m. to 9 p.m. Friday for members")
_SENTENCE_BREAK = re.compile(r"[.!?;:\n](?:(?<=[;:])\s|(?<=[.!?])(?<![ap]\.m\.(?=\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
                             r"\s(?![a-z0-9])|(?<=\n)\s*\n)")

# ("should": what is due, "the parliament should pass the bill on Thursday"; "should have passed" is read
# as past before any cue, by the participle next to the expression)
# ("we'll" and "we’ll" are read as one word and as "we" "ll": see `_cues`)
_FUTURE_WORDS = frozenset("will won't wont shall would could might should upcoming next planning scheduled".split())
# (first word, second word) pairs that point ahead: "going to", "plans to", "as soon (as)", "is to", "is expected",
# "expected on"
_FUTURE_PAIRS = frozenset(
    [(w, "to") for w in "going plan plans planned expected expect expects due set aim aims intend intends hope hopes "
                        "forecast projected predicted poised decided decide decides is are was were".split()]
    + [("as", "soon"), ("as", "early"), ("planned", "for")]
    # what is expected, slated, due or set for a day is to come ("a vote in the House expected on Wednesday")
    + [(w, p) for w in ("expected", "slated", "due") for p in ("on", "for")] + [("set", "for")]
    # what takes effect or comes into force in the present is to come: "The law takes effect on January 1"
    + [("takes", "effect"), ("take", "effect"), ("comes", "into"), ("come", "into")]
    + [(w, v) for w in ("is", "are") for v in "meeting holding visiting leaving arriving flying travelling "
                                              "traveling expected slated likely due possible forecast "
                                              "predicted".split()])
_PAST_WORDS = frozenset(
    "was were had did ago last earlier yesterday met took came went left began held made gave saw found fell "
    "rose won lost struck shot hit told sold bought paid spent ran led fled broke became kept brought caught "
    "fought thought sent built sat stood wrote spoke flew drove chose knew grew threw drew rang sang put cut "
    "quit shut spread swore wore tore hid rode woke froze stole forgot forgave sought taught bled shook sank "
    "sprang swam dug stuck slid dealt meant felt slept swept wept laid heard understood withdrew overtook "
    "undertook overcame arose awoke foresaw mistook oversaw upheld withheld".split())
# Reporting verbs ("officials said") frame a report; right before the expression they date it ("said Friday").
_REPORTING = frozenset({"said", "told", "reported", "announced", "added", "stated", "noted", "confirmed", "explained"})
_SKIPPED_BEFORE = frozenset({"on", "in", "late", "early", "last", "since", "by", "until"})
_FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "could", "might", "may", "can", "to", "'ll"})
# Expecting in the present points ahead across what is expected: "Forecasters expect it to strike Vietnam
# on Saturday", "predicts the storm to weaken"; the object before "to" is at most EXPECTED_OBJECT_WORDS long.
_EXPECTING = frozenset("expect expects predict predicts".split())
EXPECTED_OBJECT_WORDS = 3
# A plan written in the past points ahead only for a time inside what was planned ("planned to leave on
# Thursday"), not for one before it.
_PAST_PLANS = frozenset({"planned"})
_NOT_PAST = frozenset({"planned", "scheduled", "expected", "slated", "need", "feed", "seed", "speed", "bed", "red", "united"})


# Past forms that are also the verb's plain form: after "will", "to" or a modal they are no past ("the storm
# will hit Florida on Wednesday", "expected to cut rates on Thursday").
_PLAIN_LIKE_PAST = frozenset("hit put cut quit shut spread".split())
_BEFORE_A_PLAIN_VERB = _FUTURE_AUXILIARIES | {"can", "must", "should"}


def _plain_verb(words: list[str], i: int) -> bool:
    return words[i] in _PLAIN_LIKE_PAST and i > 0 and words[i - 1] in _BEFORE_A_PLAIN_VERB


def _is_past(word: str) -> bool:
    return word in _PAST_WORDS or (len(word) >= 5 and word.endswith("ed") and word not in _NOT_PAST
                                   and not lexicon.is_un_adjective(word))   # "an unspecified date" tells no tense


def _sentence_bounds(text: str, start: int, end: int, reach: int = 160) -> tuple[int, int]:
    left = max(0, start - reach)
    a = left
    for m in _SENTENCE_BREAK.finditer(text, left, start):  # pos/endpos: the window, without copying it
        a = m.end()
    right = min(len(text), end + reach)
    b_match = _SENTENCE_BREAK.search(text, end, right)
    b = b_match.start() + 1 if b_match else right
    return a, b


def _plan_auxiliary(words: list[str], i: int) -> bool:
    """'were' in "were planning to", "was scheduled for": the plan, not the past, is the cue."""
    return words[i] in ("was", "were") and i + 1 < len(words) and words[i + 1] in _FUTURE_WORDS


def _future_passive(words: list[str], i: int) -> bool:
    """'named' in "will be named", "is to be completed", "will remain closed": the auxiliaries, not the
    participle, give the tense."""
    return i >= 2 and words[i - 1] in ("be", "remain", "stay") and words[i - 2] in ("will", "would", "shall", "'ll", "to", "can")


def _cues(words: list[str]) -> list[tuple[int, str]]:
    """(word index, 'future' | 'past') for each cue word of a window."""
    cues = []
    for i, word in enumerate(words):
        if word == "next" and words[i + 1:i + 2] == ["to"]:
            continue   # a place: "the blasts next to the U.S. embassies"
        if word in ("next", "upcoming") and words[i + 1:i + 2] and words[i + 1] in _TIME_WORDS:
            continue   # another time ("approved a budget for next year on Monday"), not the clause's tense
        if word in _FUTURE_WORDS or word.endswith("'ll") or word == "ll" \
                or (i + 1 < len(words) and (word, words[i + 1]) in _FUTURE_PAIRS) \
                or (word in _EXPECTING and "to" in words[i + 2:i + 2 + EXPECTED_OBJECT_WORDS]):
            # a plan seen from the past ("had been scheduled to expire Friday") is over by the report
            cues.append((i, "past" if "had" in words[max(0, i - 3):i] else "future"))
        elif _is_past(word) and _future_passive(words, i) and words[i - 2] == "can":
            cues.append((i, "future"))   # "can be preordered on Friday" ("will be" is a cue of its own; "yet to be
            # counted from Thursday's elections" looks back)
        elif _is_past(word) and i > 0 and words[i - 1] in ("is", "are") and word not in _REPORTING:
            cues.append((i, "future"))   # a passive in the present is what is arranged: "Voters are called to the
            # polls on Thursday", "The new president is inaugurated on Friday"
        elif _is_past(word) and word not in _REPORTING and not _plan_auxiliary(words, i) and not _future_passive(words, i) \
                and not _plain_verb(words, i) and not (word.endswith("ed") and i > 0 and words[i - 1] in _BEFORE_A_MODIFIER) \
                and not (word == "last" and i > 0 and words[i - 1] in _FUTURE_AUXILIARIES):   # "to last": a verb
            cues.append((i, "past"))
    return cues


# Verbs whose past tense is written like the present: "the record set on Aug. 6" is in the past.
_SAME_IN_THE_PAST = _PAST_WORDS | frozenset("set let cost hurt bid beat cast read split burst upset bet broadcast "
                                            "forecast hit put cut quit shut spread".split())
_ADVERBS = frozenset("again also still then both".split())
_PRONOUNS = frozenset("i you he she it we they".split())
_BE_HAVE = frozenset("is are was were be been has have had".split())
# Words after which a form in -ed describes a noun, not a past: "calls for increased fire activity"
_BEFORE_A_MODIFIER = frozenset("for of with the a an from into".split())


def _present_verb_before(words: list[str]) -> bool:
    """A verb in the simple present right before the expression, after a subject ("Arafat meet separately
    Monday", "They meet again Thursday"): in news that is a scheduled event. `words` keep their case. Read
    only when no other word of the clause gives the tense. The subject is a name, a pronoun or a noun, not a
    possessive: a noun after another is not a verb when it names an event ("his keynote address Wednesday",
    "peace talks Monday", "the price cuts Wednesday", "the Dow's rise Monday"). Not a reporting verb ("says
    Monday" reports that day), not one whose past is written the same ("the record set on Aug. 6")."""
    left = [w.lower() for w in words]
    i = len(left) - 1
    while i >= 0 and (left[i] in _SKIPPED_BEFORE or left[i] in _ADVERBS or (left[i].endswith("ly") and len(left[i]) > 4)
                      or left[i] == "at"):   # (before a clock time: "Polls close at 8 p.m. Thursday")
        i -= 1
    if i < 1:
        return False
    word = left[i]
    lemma = next((word[:-n] for n in (1, 2) if word.endswith("es"[-n:]) and word[:-n] in lexicon.VERB_LEMMAS), word)
    if lemma not in lexicon.VERB_LEMMAS or lemma in lexicon.REPORTING_LEMMAS or word in _SAME_IN_THE_PAST:
        return False
    subject = words[i - 1]
    if left[i - 1] in _PRONOUNS:
        return True
    if left[i - 1] == "and" and word != lemma:
        return True   # a second verb in the present: "begins Sept. 17 in Tulsa, Okla., and concludes Nov. 12"
    if subject.endswith(("'s", "s'")) or left[i - 1] in lexicon.STOPWORDS:
        return False
    if subject.islower() and lemma not in lexicon.EVENT_NOUNS and word not in lexicon.EVENT_NOUNS:
        # a common noun and its verb: "The summit begins on Friday" (not a compound's last noun: "the price
        # cuts Wednesday", "the keynote address Wednesday"), which agree: after a noun in the singular the
        # verb's plain form is a noun ("a tense European playoff tie on Tuesday")
        return word != lemma or subject.endswith("s")
    if subject[0].isupper():
        j = i - 1
        while j > 0 and words[j - 1][:1].isupper():
            j -= 1
        return not (j > 0 and left[j - 1] in ("a", "an"))   # not a noun after "a" and a name: "said in a Penn
        # State release Wednesday"
    return subject.endswith("s") and not subject.endswith("ss")


def _present_verb_after_name(words: list[str]) -> bool:
    """A known verb in the simple present after a name, anywhere in the clause before the expression:
    "The House returns on June 11", "Biden faces Trump in a rematch on Nov. 5", "NATO meets in Brussels on
    Thursday": scheduled events. `words` keep their case. Read only when no other word gives the tense; not
    a reporting verb ("Obama says"), not a happening's plural ("the Geneva talks", "Atlanta attacks"), not
    a plural noun followed by its verb ("Oil prices have come down")."""
    for i in range(len(words) - 1, 0, -1):
        word = words[i]
        if not (word.islower() and word.endswith("s")) or not words[i - 1][:1].isupper() \
                or words[i - 1].lower() in lexicon.STOPWORDS:
            continue   # a sentence's first word: "This represents", "She estimates" (no scheduled event)
        if any(w.lower() in _FUTURE_AUXILIARIES or w.lower() in _BE_HAVE or _is_past(w.lower()) for w in words[i + 1:i + 4]):
            continue
        lemma = next((word[:-n] for n in (1, 2) if word[:-n] in lexicon.VERB_LEMMAS), None)
        if lemma is not None and lemma not in lexicon.REPORTING_LEMMAS and lemma not in lexicon.EVENT_NOUNS:
            return True
    # ... and a plain verb after two names joined by "and": "Real Madrid and Liverpool square off in Kiev"
    for i in range(3, len(words)):
        word = words[i]
        if word.islower() and word in lexicon.VERB_LEMMAS and word not in lexicon.REPORTING_LEMMAS and word not in _SAME_IN_THE_PAST \
                and word not in lexicon.EVENT_NOUNS and words[i - 1][:1].isupper() and words[i - 1].lower() not in lexicon.STOPWORDS \
                and "and" in words[max(1, i - 4):i - 1] \
                and not any(w.lower() in _FUTURE_AUXILIARIES or w.lower() in _BE_HAVE or _is_past(w.lower()) for w in words[i + 1:i + 4]):
            return True
    return False


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around text[start:end]: the verb right before it decides when it is
    clearly past ("said Friday", "met on Friday", but not "will be held Friday"); otherwise the cue
    nearest the expression in its sentence, one on its left counting a little more."""
    a, b = _sentence_bounds(text, start, end)
    left_text = _last_words(text[max(a, start - 240):start], 90)
    if "–" in left_text or "—" in left_text or ")" in left_text:
        # an aside between dashes or brackets is no part of the clause: "Haikui could reach the coasts of
        # China – south of Xiamen, a major city in the province of Fujian – in the early hours of Tuesday"
        left_text = _last_words(_ASIDE.sub(" ", text[max(a, start - 240):start]), 90)
    if _THROUGH_BEFORE.search(left_text) and text[start:end].rstrip(".").lower() in _MONTH_WORDS:
        return "future"   # the last month of a stretch ahead: "extended loans through January" (not a length
        # of time that ran: "losses of $673 million through the first nine months")
    if text.startswith(":", end) and text[start:end].isupper():
        return "future"   # a day heading a forecast or a schedule: "SATURDAY: Mostly sunny in the morning"
    if text[start:end].rstrip(".").lower() in _MONTH_WORDS and (_CONTRACT_MONTH.match(text, end) or _CONTRACT_BEFORE.search(left_text)):
        return "future"   # a month that names a futures contract is the one to come: "crude for July delivery
        # rose", "the December contract fell", "Crude oil futures for January rose"
    if text.startswith(" a", end) and _DAY_DECLARED.match(text, end):
        return "future"   # a day declared for something is one to come: "declared Wednesday a day of national mourning"
    # (each pattern below is searched only when its words are there: most times have none)
    if ("hen " in left_text or "nce " in left_text or "ntil " in left_text or "fter " in left_text
            or "efore " in left_text or "If " in left_text or "if " in left_text) and _WHEN_PRESENT.search(left_text):
        return "future"   # a clause of time in the present tells what is to come: "warned of flooding when it
        # makes landfall on Tuesday"
    expecting = _EXPECTING_BEFORE.search(left_text) if "xpect" in left_text or "redict" in left_text else None
    if expecting is not None and not any(kind == "past" for _, kind in _cues(
            [w.lower() for w in _WORD.findall(expecting.group())[1:]])):
        return "future"   # what is expected in the present lies ahead: "Forecasters expect more rain over the weekend"
        # (not a past it expects was so: "expects that sales pulled back again on Sunday")
    fronted = _FRONTED.match(text, a, start) if text.startswith(",", end) else None
    if fronted is not None and fronted.end() == start and not _cues([w.lower() for w in _WORD.findall(fronted.group())]):
        subject = _REPORT_AFTER_FRONTED.match(text, end + 1, b)
        if subject is not None and not _cues([w.lower() for w in _WORD.findall(subject.group())[:-1]]):
            return "past"   # a time put first dates the report that follows: "In a press briefing on Thursday,
            # White House deputy adviser Ben Rhodes said the upcoming meeting ..." (what was said may look ahead)
    if "ing " in left_text:
        gerund = _GERUND_CLAUSE_BEFORE.search(left_text)
        if gerund is not None:   # a clause of a word in -ing has the tense of the clause it hangs on: "will hit
            # Florida on Wednesday before hitting Georgia on Wednesday night"
            opening = start - len(left_text) + gerund.start()
            return _tense_of_windows(text[max(a, opening - 90):opening], text[opening:min(b, opening + 100)])
    return _tense_of_windows(left_text, text[end:min(b, end + 100)])


# "before hitting the southeastern United States on ": the clause of time reaches the expression
_GERUND_CLAUSE_BEFORE = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Ww]hile)\s+[a-z]+ing\b[^.,;:!?]{0,60}$")
RIGHT_OF_COMMA_PENALTY = 3
# A sentence that opens with a phrase of time ("On Thursday,", "In a press briefing on Thursday,", "Late on
# Thursday,"), then a subject of up to ten words and a reporting verb
_FRONTED = re.compile(r"\s*(?:(?:In|At|During)\s+(?:a|an|the|his|her|its|their)\s+[^.,;:!?\n]{0,50}?\s(?:late\s+|early\s+)?on\s+"
                      r"|(?:On|Late|Early)\s+(?:on\s+)?)")
_REPORT_AFTER_FRONTED = re.compile(r"\s*(?:[\w.'’-]+\s+){1,10}?(?:" + "|".join(sorted(_REPORTING)) + r")\b")
_TIME_WORDS = frozenset("year years month months week weeks weekend day days quarter decade century season summer winter "
                        "spring fall autumn monday tuesday wednesday thursday friday saturday sunday".split()) | frozenset(MONTHS)
_WHEN_PRESENT = re.compile(r"\b(?:[Ww]hen|[Oo]nce|[Uu]ntil|[Aa]fter|[Bb]efore|[Ii]f)\s+(?:(?:it|he|she|[A-Z][\w-]*)\s+"
                           r"(?!was\b|has\b)(?:is|[a-z]+[^s\W]s)|(?:they|we)\s+(?!were\b|had\b|did\b)(?:are|[a-z]+(?<!ed)))\b[^.,;:!?]{0,60}$")
_DAY_DECLARED = re.compile(r"\s+(?:as\s+)?an?\s+(?:(?:national|public|official)\s+)?(?:day\s+of|holiday)\b", re.I)
_EXPECTING_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_EXPECTING)) + r")\b[^.,;:!?]{0,60}$")
_THROUGH_BEFORE = re.compile(r"\bthrough\s+$", re.I)
_CONTRACT_MONTH = re.compile(r"\s+(?:delivery|futures|contracts?)\b", re.I)
_CONTRACT_BEFORE = re.compile(r"\b(?:futures|contracts?)\s+for\s+(?:delivery\s+in\s+)?$", re.I)
_ASIDE = re.compile(r"\s[–—]\s[^–—.;]{1,160}\s[–—]\s|\s\([^()]{1,160}\)")
_MONTH_WORDS = frozenset(MONTHS)


def _last_words(text: str, length: int) -> str:
    """The last `length` characters of text, without a word the cut leaves a part of ("ncreased")."""
    if len(text) <= length:
        return text
    tail = text[-length:]
    return tail[tail.find(" ") + 1:] if text[-length - 1].isalnum() else tail


@lru_cache(maxsize=8192)
def _tense_of_windows(left_text: str, right_text: str) -> Tense:
    """The tense from the words left and right of an expression; the same windows (lists, tables,
    repeated boilerplate) are read once."""
    left = [w.lower() for w in _WORD.findall(left_text)]
    right = [w.lower() for w in _WORD.findall(right_text)]
    if left and left[-1] == "until":  # a deadline: "postponed until Tuesday", "has until Friday to"
        # ... unless the clause looks back from it: "Until Thursday, they had not called him a suspect"
        return "past" if "had" in right[:4] else "future"
    if left and left[-1] == "by":  # a deadline ("to be completed by Dec. 15") unless seen from the past ("had filed by Wednesday")
        return "past" if "had" in left[-6:] or "had" in right[:4] else "future"
    if left and left[-1] == "since":  # a starting point already passed: "since March", "closed since Friday"
        return "past"
    if left[-1:] in (["is"], ["are"]) or (left[-2:-1] in (["is"], ["are"]) and left[-1] == "on"):
        return "future"   # what a day or month is for in the present is arranged: "The election is on Sunday",
        # "The deadline is Friday"
    if left and left[-1] == "of" and right_text.startswith(("'s", "’s")):
        return "past"   # what came of a day's happening: "the results of Sunday's election will be announced"
    if left and left[-1] in ("the", "its", "their") and right and right[0] in lexicon.EVENT_NOUNS:
        return None   # the time of the event it names ("the November election"), whatever the clause says
    i = len(left) - 1
    while i >= 0 and left[i] in _SKIPPED_BEFORE and len(left) - i <= 2:
        i -= 1
    if i >= 0 and (left[i] in _REPORTING or (_is_past(left[i]) and left[i] not in _NOT_PAST and not _plain_verb(left, i))):
        auxiliary = left[i - 2:i]
        if not (len(auxiliary) == 2 and auxiliary[0] in _FUTURE_AUXILIARIES and auxiliary[1] in ("be", "have", "been")) \
                and auxiliary[-1:] not in (["is"], ["are"]):   # (a passive in the present: see `_cues`)
            return "past"
    if right[:1] == ["that"] and any(word in _REPORTING for word in left):
        return "past"   # "told a news conference on Tuesday that ...": what follows "that" is what was told
    if left[-1:] == ["on"] and right[:1] and right[0] in _REPORTING and right_text[:1].isspace():
        return "past"   # between a subject and its report: "The Federal Reserve on Wednesday announced that it will
        # keep buying assets" (the report is dated, not what it says will come; not a closing ", said
        # spokesman ..." or a time in the subject's own clause: "the festival that takes place in August announced")
    best: tuple[int, str] | None = None
    for index, kind in _cues(left):
        distance = len(left) - index
        if best is None or distance < best[0]:
            best = (distance, kind)
    # a cue past a comma on the right is in another clause more often than not (it counts
    # RIGHT_OF_COMMA_PENALTY words further): "Tran, who proposed the budget in March, is expected to sign it"
    # ... and so is one after "and" or "but": "Abe arrived in the U.S. on Thursday and is scheduled to meet Obama"
    comma_at = len(_WORD.findall(right_text[:right_text.index(",")])) if "," in right_text else len(right)
    comma_at = min([comma_at] + [k for k, word in enumerate(right) if word in ("and", "but")])
    for index, kind in _cues(right):
        if right[index] in _PAST_PLANS:
            continue   # "On Friday, the government planned to pay": the plan, made on the day, says no more
        distance = index + 3 + (RIGHT_OF_COMMA_PENALTY if index >= comma_at else 0)
        if best is None or distance < best[0]:
            best = (distance, kind)
    if best is None and _present_verb_before(_WORD.findall(left_text)):
        return "future"
    if best is None and _present_verb_after_name(_WORD.findall(left_text)):
        return "present"   # scheduled ("NATO meets on Thursday") or ongoing ("backs Assad in the four-year war")
    return best[1] if best else None  # type: ignore[return-value]
