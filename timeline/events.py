"""The events stage: which happening each time expression dates, and events dated through other events.

Light rules over words and their offsets (no statistical parser is available offline):

* a time expression after a preposition dates the event phrase just before it
  ("attacks in Paris | on Friday", "release of the G20 communique | at the close of two days of talks");
* a possessive time expression dates the event noun after it ("Sunday's | official dinner");
* a time expression used as a modifier dates the noun it modifies ("four-year | civil war"), except a date
  written as an adjective beside another date: it says what the event is about, the other date when it
  happened ("Apple will report first-quarter results | on Thursday");
* otherwise the nearest verb of the clause ("World leaders on Monday | sought to join forces");
* "on the same day as the Paris attacks", "alongside the summit communique": the event before it takes the
  date of the event named after it, resolved across documents when the timeline is assembled;
* an event named with a place or a proper name but no date ("the Paris attacks that killed 129 people") is
  kept as a candidate that joins a dated report of the same event, from any article.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import re2

from timeline import lexicon
from timeline.gazetteer import is_people, is_place
from timeline.ingest.datelines import find_publication_line, is_publication_line
from timeline.models import Document, Granularity, Timex, pickled_by_field_order
from timeline.text import is_abbreviation, sentence_spans
from timeline.temporal.calendar import interval
from timeline.temporal.lexicon import NUMBERS
from timeline.temporal.tagger import COUNTED_FROM_REFERENCE

# (an apostrophe inside a name or word stays in it, "O'Neill", "Shi’ite", not in a contraction or possessive)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}"
                    r"|\w+(?:[-&]\w+|['’](?=[A-Z]|(?!(?:s|t|ll|re|ve|d|m)\b)[a-z]{2,})\w+)*"
                    r"|['’]s\b|[^\w\s]")
# Phrases between a preposition and the time expression that move the date to a boundary of its span.
_BOUNDARY = re.compile(r"\b(?:at|by|near|towards?|until) the (close|end|start|beginning|conclusion|opening) of\s*$", re.I)
# Phrases that date an event through another event, with the relation they state.
RELATIVE_EVENT_PATTERNS: tuple[tuple[str, str, str], ...] = (
    # (pattern before the anchor noun phrase, relation, example)
    (r"on the same day as", "same_day", "a terror attack in Istanbul on the same day as the Paris attacks"),
    (r"the same day as", "same_day", "arrested the same day as the bombing"),
    (r"at the same time as", "same_day", "released at the same time as the report"),
    (r"(?:released |issued |published )?alongside", "same_day", "a statement released alongside the communique"),
    (r"on the eve of", "day_before", "protests on the eve of the summit"),
    (r"the day (?:after|following)", "day_after", "resigned the day after the election"),
    (r"the day before", "day_before", "met the day before the vote"),
)
_RELATIVE = re.compile(
    r"\b(?P<cue>" + "|".join(f"(?:{p})" for p, _, _ in RELATIVE_EVENT_PATTERNS) + r")\s+(?:the|a|an|this|that|its|their)?\s*",
    re.I,
)
_RELATION_OF_CUE = [(re.compile(p + r"$", re.I), rel) for p, rel, _ in RELATIVE_EVENT_PATTERNS]

# Verbs that change what happened to the event they govern: a foiled attack is not an attack.
COMBINING_VERBS = frozenset(
    "foil foiled thwart thwarted avert averted prevent prevented cancel cancelled canceled postpone postponed "
    "delay delayed block blocked halt halted suspend suspended call called abandon abandoned scrap scrapped "
    "end ended resume resumed".split()
)


@pickled_by_field_order
@dataclass(frozen=True, slots=True, kw_only=True)
class EventCandidate:
    """One reported event in one article, before the cross-document merge.

    A slotted dataclass rather than a validated model: a long article yields tens of thousands of
    candidates, and this form takes about a fifth of the memory (the cache still stores it as JSON
    through DocumentAnalysis, which validates it on the way back)."""

    document: str
    document_id: str
    url: str | None = None
    sentence: str
    char_start: int
    char_end: int
    trigger: str
    title: str
    head: str                      # lemma naming the kind of event ("attack", "foil attack", "agree")
    specific: str | None = None    # the first of `names`
    names: tuple[str, ...] = ()    # places and proper names that single the event out ("Paris", "G20")
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    timex: Timex | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity | None = None
    confidence: float = 0.0
    relation: str | None = None            # same_day, day_before, day_after: dated through another event
    anchor_head: str | None = None
    anchor_specific: str | None = None
    anchor_text: str | None = None
    undated_reason: str = ""


@dataclass(frozen=True, slots=True)
class EventAnchor:
    """A word naming an event and the time expression that dates it (for the anchoring evaluation)."""

    trigger_start: int
    trigger_end: int
    trigger: str
    timex: Timex


@dataclass(slots=True)   # not frozen: a frozen dataclass's __init__ costs four object.__setattr__ calls
class _Tok:
    start: int
    end: int
    text: str
    lower: str


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), word, word.lower()) for m in _TOKEN.finditer(text, start, end)
            for word in (m.group(),)]


@lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str:
    w = word.lower()
    if w in lexicon.EVENT_NOUNS:
        return w
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("ses", "s"), ("s", "")):
        if w.endswith(suffix) and w[: -len(suffix)] + repl in lexicon.EVENT_NOUNS:
            return w[: -len(suffix)] + repl
    return w


def event_kind(lemma: str) -> str:
    """The kind of happening a lemma names ("bombing" and "blast" are both an "attack")."""
    return lexicon.EVENT_KINDS.get(lemma, lemma)


def _is_word(tok: _Tok) -> bool:
    return tok.text[0].isalnum()


def _is_event_noun(toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    if not _is_word(tok) or noun_lemma(tok.text) not in lexicon.EVENT_NOUNS or _surname_after_title(toks, i):
        return False
    before = i - 1
    if before > 0 and toks[before].lower == "not":
        before -= 1   # "did not match" is one too
    elif before > 2 and toks[before].lower == "t" and toks[before - 1].text in ("'", "’"):
        return False  # "didn't match", "won't strike"
    return not (before >= 0 and toks[before].lower in lexicon.AUXILIARIES)  # "to attack" is a verb


def _surname_after_title(toks: list[_Tok], i: int) -> bool:
    """Whether capitalised token i is in a person's name after a title: "Gov. Nathan Deal" (no deal), "Sen. John
    Strike", "President Joe Rally", "UN chief Ban Ki-moon" (a name after the title, then a surname)."""
    if not toks[i].text[:1].isupper():
        return False
    if i >= 1 and toks[i - 1].lower in lexicon.PERSON_TITLES:
        return i + 1 < len(toks) and toks[i + 1].text[:1].isupper()
    j = i - 1
    while j >= 0 and i - j <= 4 and (toks[j].text[:1].isupper() or toks[j].text == "."):
        if toks[j].lower in lexicon.PERSON_TITLES:
            return True
        j -= 1
    return False


def _is_verb_form(word: str) -> bool:
    return word.endswith(("ed", "en", "ing")) or word in lexicon.IRREGULAR_VERBS


# Stop words that are never a verb ("said" and "says" are), and those that never open the object of a
# main-verb "have" ("has a plan" has one).
_NOT_VERBS_STOPWORDS = lexicon.STOPWORDS - {"said", "says"}
_NOT_OBJECT_STOPWORDS = lexicon.STOPWORDS - {"a", "an", "the", "no", "some", "its", "their"}


def _is_verb(toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    if not _is_word(tok) or tok.lower in _NOT_VERBS_STOPWORDS:
        return False
    if tok.lower in lexicon.IRREGULAR_VERBS:
        if i > 0 and tok.text[0].isupper() and not _in_title_case(toks):
            return False   # a word of a name inside a sentence: "at Sydney Cricket Ground", "Burning Man"
        return not (i > 0 and toks[i - 1].lower in ("the", "a", "an", "its", "their", "his", "her"))
    if tok.text[0].isupper() and i > 0:
        return False
    # a past form: five letters or more ("need", "shed" are not), or a known verb's ("died", "sued")
    if tok.lower.endswith("ed") and (len(tok.lower) > 4 or tok.lower in _KNOWN_VERB_OF_FORM) \
            and tok.lower not in lexicon.NOT_VERBS and not lexicon.is_un_adjective(tok.lower) and "-" not in tok.text:
        return not (i > 0 and toks[i - 1].lower in ("the", "a", "an"))
    if i == 0 or not (tok.text.isalpha() and tok.text.islower()):
        return False
    if _is_manner_adverb(tok.lower):   # "will officially join": the adverb is not the verb
        return False
    if toks[i - 1].lower == "to" and (tok.lower in _NOUNS_AFTER_TO or _NOT_A_VERB_ENDING.search(tok.lower)) \
            and tok.lower not in _VERB_LEMMA_SET:   # "shot to death", "according to diplomatic sources"
        return False
    j = i - 1
    while j > 0 and (_is_manner_adverb(toks[j].lower) or toks[j].lower in ("still", "also")):   # ... "join" is, across it
        j -= 1
    before = toks[j].lower
    return before in lexicon.AUXILIARIES or (before in lexicon.BE_HAVE and _is_verb_form(tok.lower)) \
        or (before in ("who", "which") and (tok.lower in _VERB_LEMMA_SET or tok.lower[:-1] in _VERB_LEMMA_SET)) \
        or (before in _PLURAL_PRONOUNS and tok.lower in _VERB_LEMMA_SET) \
        or (before in _SEQUENCE_OPENERS and tok.lower.endswith("ing")) or _present_after_name(toks, i)


# A subject that takes a verb's plain form and is never a determiner, so the known verb after it is its verb:
# "when they face the Aussies on Saturday" ("we" and "you" are mostly in quotes: "We think", "You get").
_PLURAL_PRONOUNS = frozenset({"they"})


def _in_title_case(toks: list[_Tok]) -> bool:
    """Whether a sentence is written in title case, as headlines are ("Man Shot Dead In Park"): no word of
    more than three letters in lower case."""
    return not any(len(t.text) > 3 and t.text.isalpha() and t.text.islower() for t in toks)


# Endings of common nouns, not names ("Production", "Government", "Inflation", "Manufacturing").
_COMMON_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ing)$")


def _present_after_name(toks: list[_Tok], i: int) -> bool:
    """A known verb in the simple present right after a name: "The House returns on June 11", "Biden faces
    Trump in November" (news tells what is scheduled this way). Not a plural noun after a name: one
    followed by its verb within three words ("Treasury yields rose", "U.S. forces Thursday launched"), one
    after a people's name ("Syrian forces"), a happening ("the Atlanta attacks", "Geneva talks")."""
    word = toks[i].lower
    lemma = _KNOWN_VERB_OF_FORM.get(word)
    if lemma is None or lemma == word or not word.endswith("s") or lemma in lexicon.REPORTING_LEMMAS \
            or lemma in lexicon.EVENT_NOUNS or word in lexicon.EVENT_NOUNS:
        return False
    name = toks[i - 1].text
    if _singular_subject(toks, i) and i + 1 < len(toks) and toks[i + 1].lower in ("on", "in", "at"):
        return _no_verb_after(toks, i)   # "The season ends on May 19" (not "their current names until 1990")
    if not (name[0].isupper() and name.replace(".", "").isalpha() and len(name) > 1) or is_people(name) \
            or name.lower() in lexicon.STOPWORDS or (i == 1 and _COMMON_NOUN_ENDING.search(name.lower())
                                                     and name.lower() != "parliament"):
        return False   # a sentence's first word may be a common noun: "Production costs in the quarter"
    return _no_verb_after(toks, i)


def _no_verb_after(toks: list[_Tok], i: int) -> bool:
    """No verb within three words after token i: a plural noun is followed by its verb ("Treasury yields
    rose", "the budget cuts take effect")."""
    return not any(w in lexicon.AUXILIARIES or w in lexicon.BE_HAVE or w in lexicon.IRREGULAR_VERBS
                   or (w.endswith("ed") and len(w) > 4) for w in (t.text for t in toks[i + 1:i + 4]))   # not "May 19"


_SUBJECT_DETERMINERS = frozenset("the a an this its their".split())


def _singular_subject(toks: list[_Tok], i: int) -> bool:
    """A singular common noun after a determiner right before token i ("the season", "the 2023-24 season"):
    a subject, which a word in -s after it agrees with."""
    if i < 2:
        return False
    noun = toks[i - 1].lower
    if not toks[i - 1].text.isalpha() or not toks[i - 1].text.islower() or noun.endswith("s") \
            or noun in lexicon.STOPWORDS or _is_verb_form(noun):
        return False
    j = i - 2
    while j > 0 and i - j <= 3 and (toks[j].text[0].isdigit() or toks[j].text == "-"):
        j -= 1   # a season's years: "the 2023-24 season"
    return toks[j].lower in _SUBJECT_DETERMINERS


# Nouns that follow "to" as the end point of a verb, not as an infinitive: event nouns that are no verb
# ("to death", "to war") and a few places and states ("to power", "to jail").
_NOUNS_AFTER_TO = (lexicon.EVENT_NOUNS - frozenset(lexicon.VERB_LEMMAS)) | frozenset(
    "power jail prison court office hospital safety date".split())


# Endings no verb has (an adjective's, an abstract noun's, a plural's): after "to" such a word is no
# infinitive ("to diplomatic sources", "to holders of record").
_NOT_A_VERB_ENDING = re.compile(r"(?:ic|ous|ful|less|ity|ism|[^su]s)$")


def _is_manner_adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in _VERB_FORMS


def _is_breaker(tok: _Tok) -> bool:
    return tok.lower in lexicon.PHRASE_BREAKERS or tok.text in (";", ":", "“", "”", '"', "—", "(", ")", "?", "!")


def _is_name(tok: _Tok) -> bool:
    return tok.text[0].isupper() and tok.text not in lexicon.NOT_NAMES and tok.lower not in lexicon.STOPWORDS \
        and not _currency_code(tok.text)


class _Sentence:
    """Tokens of one sentence with the time expressions that fall in it."""

    def __init__(self, text: str, start: int, end: int, timexes: list[Timex]):
        self.text, self.start, self.end = text, start, end
        self.toks = _tokens(text, start, end)
        self.timexes = timexes
        self._ends = [tok.end for tok in self.toks]   # increasing: tokens found by bisection, not by a scan
        self.timex_of: dict[int, int] = {}  # token index -> timex index
        self.last_token_of: dict[int, int] = {}  # timex index -> its last token
        for ti, tx in enumerate(timexes):
            k = bisect.bisect_right(self._ends, tx.char_start)   # first token ending after the timex starts
            while k < len(self.toks) and self.toks[k].start < tx.char_end:
                self.timex_of[k] = ti
                self.last_token_of[ti] = k
                k += 1
        self._breakers: list[int] | None = None
        self._verbs: list[int] | None = None
        self._tickers: set[int] | None = None

    # Clause ends and verbs are listed once per sentence and found by bisection: a sentence dense with
    # time expressions ("May May May ...") would otherwise rescan its clause for each one.
    @property
    def breakers(self) -> list[int]:
        """Indices of the tokens that end a clause (outside time expressions), increasing."""
        if self._breakers is None:
            first_verb = min([*self.verbs[:1], *(k for k, t in enumerate(self.toks) if t.lower in _BE_FORMS)],
                             default=len(self.toks))   # ("be" counts: "It was the most personal and emotional")
            breakers: list[int] = []
            for k, tok in enumerate(self.toks):
                if k in self.timex_of or not _is_breaker(tok) or self._bracketed_figure(k) or self._between_figures(k):
                    continue
                if tok.lower == "and" and 0 < k < first_verb and _is_word(self.toks[k - 1]) \
                        and self.toks[k - 1].lower not in lexicon.STOPWORDS:
                    continue   # "and" right after a word, before the sentence's first verb, joins subjects: "On
                    # Monday torrential rain and 70 mph winds hit", "Bushnell and Kimotho met again" (not after a
                    # comma: a list of places or clauses; nor after a function word: "for AT and T")
                if tok.lower == "said" and k > 0 and self.toks[k - 1].lower in _BE_FORMS \
                        and self.toks[k + 1:k + 2] and self.toks[k + 1].lower == "to":
                    continue   # what "was said to be" is no report: "a block of flats was said to be close to collapse"
                breakers.append(k)
            self._breakers = breakers
        return self._breakers

    def _between_figures(self, k: int) -> bool:
        """An "or" or "and" between two figures ("fell 50 cents, or 2%, on Friday", "gained 1 sen or 0.5%",
        "between 5 and 10 percent") joins the figures, not two clauses."""
        toks = self.toks
        if toks[k].lower not in ("or", "and") or k + 1 >= len(toks):
            return False
        j = k - 1 if k > 0 and toks[k - 1].text == "," else k
        m = k + 1
        while m + 1 < len(toks) and m - k <= 3 and toks[m].lower in _DEGREE_BEFORE_FIGURE:
            m += 1   # "or just over six years"
        after = toks[m].text
        if not (after[0].isdigit() or after in _CURRENCY_SIGNS or _currency_code(after) or toks[m].lower in NUMBERS):
            return False
        return j > 0 and (_in_figure(toks, j - 1) or (   # a figure, or a number and its unit: "1 sen", "3 points"
            j > 1 and toks[j - 2].text[0].isdigit() and toks[j - 1].text.isalpha() and toks[j - 1].text.islower()))

    def _bracketed_figure(self, k: int) -> bool:
        """A bracket around a figure alone (a tie-break score: "7-6 (3)") does not end a clause."""
        toks = self.toks
        if toks[k].text == "(":
            return k + 2 < len(toks) and toks[k + 1].text[0].isdigit() and toks[k + 2].text == ")"
        return toks[k].text == ")" and k >= 2 and toks[k - 1].text[0].isdigit() and toks[k - 2].text == "("

    @property
    def verbs(self) -> list[int]:
        """Indices of the verb tokens (outside time expressions), increasing."""
        if self._verbs is None:
            self._verbs = [k for k in range(len(self.toks)) if k not in self.timex_of and _is_verb(self.toks, k)]
        return self._verbs

    def first_token_at(self, offset: int) -> int:
        return bisect.bisect_right(self._ends, offset)

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b].end]


# People named after what befell them: "prisoners of war", "victims of crime", "survivors of abuse".
_PEOPLE_OF = frozenset("prisoner prisoners victim victims survivor survivors veteran veterans refugee refugees".split())


def _bare_of_compound(s: _Sentence, k: int) -> bool:
    """Whether event noun k ends a compound of people, "of" and no determiner ("exchanged prisoners of war
    on Thursday": the exchange, not a war; but "victims of the attack on Friday" names the attack, and "a
    series of attacks" the attacks)."""
    return k >= 2 and s.toks[k - 1].lower == "of" and s.toks[k - 2].lower in _PEOPLE_OF


def _noun_phrase_left(s: _Sentence, i: int) -> tuple[int, int, int] | None:
    """The event noun phrase ending just before token i: (first token, head token, last token) or None.

    Walks left over a few words without crossing a verb, a clause break or another time expression;
    commas are allowed only around names ("Summit in Antalya, Turkey, on Nov 15").
    """
    k = i - 1
    steps = 0
    while k >= 0 and steps < 9:
        tok = s.toks[k]
        if tok.lower == "and" and 0 < k < i - 1 and _is_name(s.toks[k - 1]) and _is_name(s.toks[k + 1]):
            pass   # names joined by "and" are one place or party: "attacks in Kenya and Tanzania Friday"
        elif k in s.timex_of or _is_breaker(tok):
            return None
        elif tok.text == ",":
            if not (k > 0 and _is_name(s.toks[k - 1])):
                return None
        elif _is_event_noun(s.toks, k) and not (tok.lower.endswith("ing") and k > 0
                                                and s.toks[k - 1].lower in _GERUND_OPENERS) \
                and not _inside_organization_name(s, k) and not _bare_of_compound(s, k):
            # (not "appeal to the Court of Appeals on Wednesday", "exchanged prisoners of war on Thursday")
            if k + 1 == i - 1 and _is_plain_word(s.toks[k + 1]) and not _is_event_noun(s.toks, k + 1) \
                    and _verb_after_time(s, i):
                return None   # a noun it modifies heads the subject of the verb after the time: "A federal
                # appeals court Friday upheld" (not "issued an arrest warrant Monday for")
            return _extend_phrase(s, k, i - 1)   # ("while landing in Toronto" is a verb's: the jet's landing)
        elif _is_verb(s.toks, k):
            return None
        k -= 1
        steps += 1
    return None


# Words after which a word in -ing is a verb, not an event's name: "while landing", "after meeting".
_GERUND_OPENERS = frozenset("while when after before by since without upon".split())
# ... of which these order two events in time: the word in -ing after them is a verb with a time of its own
# ("will make a flyby in December 2026 before arriving at Jupiter in April 2030")
_SEQUENCE_OPENERS = frozenset("after before".split())


def _verb_after_time(s: _Sentence, i: int) -> bool:
    """Whether a verb follows the time expression at token i (or after the preposition at i)."""
    t = i if i in s.timex_of else i + 1
    if t not in s.timex_of:
        return False
    after = s.last_token_of.get(s.timex_of[t], t) + 1
    return after in s.verbs


def _is_plain_word(tok: _Tok) -> bool:
    """A word in lower case that is no function word: a common noun, adjective or verb."""
    return tok.text.isalpha() and tok.text.islower() and tok.lower not in lexicon.STOPWORDS


def _plural_possessive(toks: list[_Tok], k: int) -> bool:
    """Whether token k is the apostrophe of a plural possessive ("shareholders' meeting"), not a quote."""
    return (toks[k].text in ("'", "’") and 0 < k < len(toks) - 1 and toks[k - 1].lower.endswith("s")
            and toks[k + 1].text.islower())


def _extend_phrase(s: _Sentence, head: int, last: int) -> tuple[int, int, int]:
    """Add pre-modifiers ("heinous", "G20", "terror") and an "X of" chain ("release of the G20 communique")."""
    first = head
    while first - 1 >= 0:
        tok = s.toks[first - 1]
        if _inside_number(s.toks, first - 1) or (tok.text in "$£€¥" and s.toks[first].text[0].isdigit()):
            first -= 1   # "3,000 flights", "$648.2 million loss": the figure is one word
            continue
        if _plural_possessive(s.toks, first - 1):
            first -= 1   # "the annual shareholders' meeting"
            continue
        if not _is_word(tok) or tok.lower in lexicon.STOPWORDS or _is_verb(s.toks, first - 1) or (first - 1) in s.timex_of:
            break
        first -= 1
    # "the release of [the] X": the outer event noun names the happening
    j = first - 1
    if j >= 0 and s.toks[j].lower in ("the", "a", "an"):
        j -= 1
    if j >= 1 and s.toks[j].lower == "of" and _is_event_noun(s.toks, j - 1):
        head = j - 1
        first = head
    while last > head and (not _is_word(s.toks[last]) or s.toks[last].lower in _DANGLING):   # "vote [late]"
        last -= 1
    return first, head, last


def _name_end(s: _Sentence, k: int) -> int:
    """The last token of the name that starts at token k: "San Francisco", not "San"."""
    while k + 1 < len(s.toks) and k + 1 not in s.timex_of and _is_name(s.toks[k + 1]):
        k += 1
    return k


def _noun_phrase_right(s: _Sentence, i: int, limit: int = 4, possessed: bool = False) -> tuple[int, int, int] | None:
    """An event noun within a few modifier words from token i ("official dinner", "civil war");
    `possessed`: token i follows a possessive "'s", which is not "is" ("Thursday's ruling")."""
    for k in range(i, min(len(s.toks), i + limit)):
        tok = s.toks[k]
        if tok.text in ("'s", "’s") and k > i and _is_name(s.toks[k - 1]):
            continue   # inside a name: "Worldwide Developer's Conference"
        if k in s.timex_of or not _is_word(tok) or (_is_verb(s.toks, k) and not (possessed and k == i)):
            return None
        if _is_event_noun(s.toks, k):
            while k + 1 < len(s.toks) and (k + 1) not in s.timex_of and _is_event_noun(s.toks, k + 1):
                k += 1  # the last noun of a compound heads it: "summit communique"
            last = k
            # keep a following "in/with <Name>" ("talks with Putin", "conference in Paris")
            if k + 2 < len(s.toks) and s.toks[k + 1].lower in ("in", "with", "of") and _is_name(s.toks[k + 2]):
                last = _name_end(s, k + 2)
            return i, k, last
    return None


def _verb_phrase(s: _Sentence, verb: int, stop: int | None = None, over: int | None = None) -> tuple[int, int]:
    """The verb with a short complement: 'sought to join forces', 'agreed in Vienna', 'held ... discussions'.

    The complement ends before token `stop` (where a time expression or an event reference begins), and
    at any other time expression but the one at token `over`, which it runs past ("lost the 2014 final").
    """
    end = min(len(s.toks), verb + 9, stop if stop is not None and stop > verb else len(s.toks))
    skipped = s.timex_of.get(over) if over is not None else None
    for k in range(verb + 1, end):  # a light verb with its event noun
        if (skipped is not None and s.timex_of.get(k) == skipped) or _is_adjectival_date(s, k):
            continue
        if k in s.timex_of or _is_breaker(s.toks[k]) or _is_verb(s.toks, k):
            break
        if _is_event_noun(s.toks, k):
            return verb, k
    last = verb
    content = 0
    past_date = False
    figure_end = -1
    for k in range(verb + 1, end):
        tok = s.toks[k]
        if k <= figure_end:
            continue
        if (tok.text in _CURRENCY_SIGNS or tok.text[0].isdigit() or _currency_code(tok.text)) and k not in s.timex_of:
            figure_end = _figure_end(s, k)
            if figure_end >= k:   # "fell $1.625 to $23.25", "raised $6 billion": each figure whole, one word
                last = figure_end
                content += 1
                if content >= 3:
                    break
                continue
        if (skipped is not None and s.timex_of.get(k) == skipped) or _is_adjectival_date(s, k):
            past_date = True   # "lost the 2014 final", "will release fourth-quarter delivery figures"
            continue
        if past_date and _is_verb(s.toks, k) and s.toks[k - 1].lower != "to":
            break   # the date began a clause of its own: "reported third-quarter net income [rose]" (not an
            # infinitive: "agreed in November to pay")
        if _abbreviation_stop(s, k) and content:
            last = k   # "succeed Daniel P. Davison", "forced Apple Inc. to"
            continue
        if content and last == k - 1 and tok.text[:1].isupper() and tok.text.replace(".", "").isalpha() \
                and s.toks[k - 1].text[:1].isupper() and k not in s.timex_of:
            last = k   # a name is one word, however long: "met U.S. Vice President JD Vance"
            continue
        if k in s.timex_of and content and _is_name_year(s, s.timex_of[k]):
            last = k   # "released Windows 2000": the year ends the name
            continue
        if tok.text in ("'s", "’s") and content and k + 1 < end and _is_word(s.toks[k + 1]) \
                and s.toks[k + 1].lower not in lexicon.STOPWORDS:
            last = k   # a possessive inside the object: "recovered the ship's data recorder"
            continue
        if k in s.timex_of or _is_breaker(tok) or not _is_word(tok):
            break
        if tok.lower in _PARTICLES and not content:   # "rescued off [the coast]", "stepping down [from his post]"
            last = k
            continue
        if tok.lower in _DEGREE_WORDS and not content:   # "banned nearly all abortions": the count is the object's
            continue
        if tok.lower == "to" and not content:
            continue   # "to" right after the verb is no word of what was done: "agreed to buy U.S. rival Qorvo"
            # (one after the object counts: a purpose's "rose 50 cents [to close at $5]")
        if content and tok.lower in ("in", "with", "near", "at") and k + 1 < len(s.toks) and _is_name(s.toks[k + 1]):
            last = _name_end(s, k + 1)   # "in New York", "in Game 5", "near Siesta Key", "near Slepian's house"
            if last + 1 < len(s.toks) and s.toks[last + 1].text.isdigit() and last + 1 not in s.timex_of:
                last += 1
            elif last + 2 < len(s.toks) and s.toks[last + 1].text in ("'s", "’s") and _is_plain_noun(s, last + 2):
                last = _plain_words_end(s, last + 2, limit=2)
            break
        if tok.lower in lexicon.STOPWORDS:
            if content:
                if tok.lower == "of" and content < 3 and k + 1 < end and _is_plain_noun(s, k + 1) \
                        and not (k + 2 < len(s.toks) and _is_plain_noun(s, k + 2)):
                    last = k + 1   # "declared a state of emergency", not "led a team of medical [specialists]"
                elif tok.lower == "of" and s.toks[last].lower in _QUANTITY_WORDS and k + 1 < len(s.toks):
                    last = _plain_words_end(s, k + 1)   # "fired thousands of federal workers"
                break
            continue
        content += 1
        last = k
        if content >= 3:
            if _is_name(tok):   # a name that the reach ends on is whole: "moved with his family to Los Angeles"
                last = _name_end(s, k)
            break
    while last > verb and s.toks[last].lower in _DANGLING:   # "dropped 11% to": not a title's last word
        last -= 1
    return verb, last


def _plain_words_end(s: _Sentence, k: int, limit: int = 3) -> int:
    """The last of up to `limit` plain nouns and adjectives from token k on ("federal workers"); k - 1 if none."""
    j = k
    while j < len(s.toks) and j - k < limit and _is_plain_noun(s, j):
        j += 1
    return j - 1


def _is_plain_noun(s: _Sentence, k: int) -> bool:
    """A lower-case word that is neither a function word, a verb nor part of a time expression."""
    tok = s.toks[k]
    return tok.text.isalpha() and tok.text.islower() and tok.lower not in lexicon.STOPWORDS and k not in s.timex_of \
        and not _is_verb(s.toks, k)


_MULTIPLIERS = frozenset("thousand million billion trillion".split())
_CURRENCY_SIGNS = frozenset("$£€¥")
# Currencies written as letters right before the figure in Asian business news: "RM10.43 million" (ringgit),
# "Rs.13.38", "Rs 245 million" (rupees), "Rp5,000" (rupiah), "Tk 50 crore" (taka). With the figure they are
# one word of a title, never a name.
CURRENCY_CODES = frozenset({"RM", "Rs", "Rp", "Tk"})
_CODED_FIGURE = re.compile(r"(?:RM|Rs|Rp|Tk)[0-9][0-9,]*")


def _currency_code(text: str) -> bool:
    """A currency code alone ("Rs") or run into its figure ("RM10")."""
    return text in CURRENCY_CODES or (text[-1].isdigit() and _CODED_FIGURE.fullmatch(text) is not None)
_DANGLING = lexicon.STOPWORDS | lexicon.TEMPORAL_PREPOSITIONS | {"to", "last", "next", "early", "late", "shortly", "just",
                                                                 "soon", "right", "only", "even", "per", "near"}
# Adverb particles of phrasal verbs: part of the verb, not its complement.
_PARTICLES = frozenset("up down off out back away apart ahead".split())


def _figure_end(s: _Sentence, k: int) -> int:
    """The last token of the figure that starts at token k ("$1.625", "22%", "$5 billion", "3,000"), or
    k - 1 when none starts there (a currency sign without a number, part of a time expression)."""
    toks, j = s.toks, k
    if toks[j].text in _CURRENCY_SIGNS or toks[j].text in CURRENCY_CODES:
        j += 1
        if j + 1 < len(toks) and toks[j].text == "." and toks[j - 1].end == toks[j].start:
            j += 1   # "Rs.13.38"
    if j >= len(toks) or not (toks[j].text[0].isdigit() or _currency_code(toks[j].text)) or j in s.timex_of:
        return k - 1
    while j + 2 < len(toks) and toks[j + 1].text in (".", ",") and toks[j + 2].text[:1].isdigit() \
            and toks[j + 1].end == toks[j + 2].start:
        j += 2   # (also before a unit: "the 1,000-foot telescope")
    if j + 1 < len(toks) and toks[j + 1].lower in _MULTIPLIERS:
        j += 1
    if j + 1 < len(toks) and toks[j + 1].text == "%":
        j += 1
    return j


def _inside_number(toks: list[_Tok], k: int) -> bool:
    """The point or comma inside a number ("3.7", "1,200"), or the % after one."""
    text = toks[k].text
    after_digit = k > 0 and toks[k - 1].text[-1].isdigit()
    if text in (".", ","):
        return after_digit and k + 1 < len(toks) and toks[k + 1].text[0].isdigit()
    return text == "%" and after_digit


# Verbs that link a subject to a state ("would remain closed"): the subject is found across them.
_LINKING_VERBS = frozenset("remain remains remained stay stays stayed".split())
_SUBJECT_GAP_WORDS = (lexicon.BE_HAVE | lexicon.AUXILIARIES | {"not", "also", "reportedly"} | _LINKING_VERBS) - {"to"}
_PLANNED = frozenset("set going expected scheduled planned due intended about likely slated poised".split())
_ADVERBS_AFTER_AUXILIARIES = frozenset("next again still already never just soon first then".split())


def _opening_participle_comma(s: _Sentence) -> int | None:
    """The comma that closes a sentence's opening participle clause ("Born in Chicago in 1933, Jones began",
    "Founded in 1976, Apple grew"), when a subject and its verb follow it; None otherwise."""
    word = s.toks[0].lower if s.toks else ""
    if not (word in _PARTICIPLE_FORMS or (len(word) > 4 and word.endswith("ed"))) or 0 not in s.verbs:
        return None
    comma = next((k for k in range(1, min(len(s.toks), RELATIVE_MAX_TOKENS)) if s.toks[k].text == ","
                  and k not in s.timex_of), None)
    if comma is None:
        return None
    verb = next((v for v in s.verbs if comma < v <= comma + 6), None)
    return comma if verb is not None and _subject_bounds(s, verb)[0] == comma + 1 else None


def _shared_subject(s: _Sentence, verb: int) -> list[int] | None:
    """The subject a verb after "and" shares with the verb before it ("The couple married in 2015 and
    divorced four years later" -> the tokens of "The couple"), when it has none of its own; the subject
    after a sentence's opening participle clause ("Born in Chicago in 1933, Jones began" -> "Jones")."""
    if verb == 0:
        comma = _opening_participle_comma(s)
        if comma is None:
            return None
        main = next(v for v in s.verbs if v > comma)
        return list(range(comma + 1, _before_verb_group(s, main) + 1))
    joint = verb - 1
    while joint > 0 and s.toks[joint].lower in _FINITE_AUXILIARIES:
        joint -= 1   # "had been planned for 2027 but was delayed": the auxiliaries go with the verb
    if joint < 2 or verb not in s.verbs or s.toks[joint].lower not in ("and", "but") or s.toks[joint - 1].text == ",":
        return None   # (", and set Friday as the deadline" may join a verb further back)
    lo = _clause_bounds(s, joint - 1)[0]   # the clause before "and"
    before = [v for v in s.verbs if lo <= v < joint]
    if not before:
        return None
    subject = _subject_bounds(s, before[-1])[0]
    end = _before_verb_group(s, before[-1])
    if subject >= before[-1] or s.toks[subject].lower in _SUBJECT_PRONOUNS_REPORTED | _SUBJECT_PRONOUNS \
            or any(s.toks[k].lower == "to" or k in s.verbs for k in range(subject, end + 1)):
        return None   # not an infinitive's "subject": "Coleco failed to ... and filed"
    return list(range(subject, end + 1)) + list(range(joint + 1, verb))


def _subject_left(s: _Sentence, verb: int) -> int:
    """Start of a short subject before the verb ('World leaders', 'US President Barack Obama', 'King Hussein
    of Jordan'); for a relative clause, its antecedent ('Mac OS X Snow Leopard, which was released')."""
    return _subject_bounds(s, verb)[0]


# A word of degree before a time expression belongs to it when the tagger leaves it out: "late Monday
# night", "early Tuesday", "later today", "late on Friday" (news annotation writes the day alone), "in almost
# 10 years".
_TIME_DEGREE_WORDS = frozenset("late early later earlier almost nearly roughly approximately".split())


def _leads_into_time(s: _Sentence, k: int) -> bool:
    """Whether token k is only the way into a time expression: a preposition before one ("on Monday"), a word
    of degree ("late Monday") or both ("late on Friday", "for later today")."""
    word = s.toks[k].lower
    if word == "as" and k + 2 in s.timex_of and s.toks[k + 1].lower == "of":
        return True   # "the tally as of Nov. 17 showed"
    if word in lexicon.TEMPORAL_PREPOSITIONS or (word == "of" and k > 0 and s.toks[k - 1].lower == "as"):
        return k + 1 in s.timex_of or (k + 2 in s.timex_of and s.toks[k + 1].lower in _TIME_DEGREE_WORDS)
    return word in _TIME_DEGREE_WORDS and (k + 1 in s.timex_of or (
        k + 2 in s.timex_of and s.toks[k + 1].lower in lexicon.TEMPORAL_PREPOSITIONS))


def _before_verb_group(s: _Sentence, verb: int) -> int:
    """The token before a verb and what may stand between it and its subject: a time expression ("Obama on
    Sunday held"), auxiliaries ("talks were held", "the rifle had been buried", "Leopard would be
    released"), an adverb after one ("had not been significantly updated") and a plan ("the trial is set
    to begin")."""
    k = verb - 1
    while k >= 0:
        word = s.toks[k].lower
        if k in s.timex_of or _leads_into_time(s, k) or word in _SUBJECT_GAP_WORDS:
            k -= 1
        elif word.endswith("ly") and len(word) > 4 and k > 0 and (s.toks[k - 1].lower in _SUBJECT_GAP_WORDS
                                                                 or k - 1 in s.timex_of or s.toks[k - 1].text == ","):
            k -= 1   # "had not been significantly updated", "Kenya on Friday formally asked"
        elif word in _ADVERBS_AFTER_AUXILIARIES and k > 0 and s.toks[k - 1].lower in _SUBJECT_GAP_WORDS:
            k -= 1   # "Policymakers will next meet", "has already said"
        elif word == "to" and k > 1 and s.toks[k - 1].lower in _PLANNED and s.toks[k - 2].lower in _BE_FORMS:
            k -= 2
        elif word == "than" and k > 1 and s.toks[k - 1].lower in ("more", "less"):
            k -= 2   # "have more than doubled"
        else:
            break
    return k


RELATIVE_MAX_TOKENS = 20
WHOSE_NOUN_WORDS = 3   # the most words of the noun after "whose" that is a verb's whole subject ("whose bloodied body")
# Words that open a clause of their own inside another ("policies that led to deaths when the group held power")
_SUBORDINATORS = frozenset("when while whereas because although though unless if".split())
_RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())
_CLAUSE_MARKS = frozenset([";", ":", '"', "“", "”", "``", "''", "(", ")", "—"])
_FINITE_AUXILIARIES = (lexicon.BE_HAVE | lexicon.AUXILIARIES) - {"to"}


_PARTICIPLE_FORMS = frozenset(f for f in lexicon.IRREGULAR_LEMMAS if not f.endswith("ing")) - {"said", "told"}


# Participles that give a thing its name: "now called X", "now known as X", "now named X".
_NAMING_PARTICIPLES = frozenset("called known named renamed".split())


def _how_far_back(s: _Sentence, k: int) -> bool:
    """Whether the time at token k says how far back something reaches or how old it is ("satellite records
    going back to 1979", "a feud dating from 2015", "buildings in an area dating to the 1890s were damaged",
    "a church that dates from 1150"): when the thing begins, not when the clause happened."""
    if k < 2 or s.toks[k - 1].lower not in ("to", "from"):
        return False
    before = s.toks[k - 2].lower
    return before in _DATING_FORMS or (before == "back" and s.toks[k - 1].lower == "to")


_DATING_FORMS = frozenset(("date", "dates", "dated", "dating"))


def _naming_now(s: _Sentence, k: int) -> bool:
    """Whether token k is a "now" that opens the name something goes by ("the business, now called The
    Magnum Ice Cream Company,"): no time of any event."""
    return s.toks[k].lower == "now" and k + 1 < len(s.toks) and s.toks[k + 1].lower in _NAMING_PARTICIPLES


def _participle_clause_closing(s: _Sentence, opening: int) -> int | None:
    """The comma that closes a clause opened by the comma at `opening` with a participle, between a noun
    phrase and its verb ("The merger[, announced in October,] is expected to close", "Smith[, elected in
    2020,] resigned", "Several countries[, including France,] have recalled", "The plane[, flying from
    Bishkek,] crashed": any word in -ing); None for anything else. The clause closes at the comma right before a verb group, and
    a word that may end a noun phrase stands before it ("Prices rose, fueled by demand, analysts said" has no
    such clause)."""
    if opening < 1 or s.toks[opening].text != "," or opening + 2 >= len(s.toks):
        return None
    participle, before = s.toks[opening + 1], s.toks[opening - 1]
    if _naming_now(s, opening + 1):   # "its ice cream business[, now called The Magnum Ice Cream Company,]"
        participle = s.toks[opening + 2]
    word = participle.lower
    if not (participle.text.islower() and (word in _PARTICIPLE_FORMS or (len(word) > 4 and word.endswith(("ed", "ing"))))
            and (_verb_lemma(word) in _VERB_LEMMA_SET or word.endswith("ing"))):
        return None   # "announced in October", "arriving after a 16-hour flight"
    if not (_is_word(before) or _abbreviation_stop(s, opening - 1)) or before.lower in lexicon.STOPWORDS:
        return None
    for c in range(opening + 2, min(len(s.toks) - 1, opening + RELATIVE_MAX_TOKENS)):
        tok = s.toks[c]
        if tok.text in _CLAUSE_MARKS:
            return None
        if tok.text == ",":   # the one before the verb group ("held in Geneva, Switzerland, ended")
            verb = next((v for v in s.verbs if c < v <= c + 4), None)
            if verb is not None and _before_verb_group(s, verb) == c:
                return c
    return None


def _closing_participle(s: _Sentence, verb: int) -> bool:
    """Whether `verb` is a participle after a comma that describes the noun before the comma, after a main
    clause of its own: "It replaces the old bridge, built in 1932" (not the main verb after an appositive:
    "Bethlehem Steel Corp., hammered by higher costs, posted a 54% drop")."""
    k = verb - 1
    if k < 1 or s.toks[k].text != "," or not s.toks[verb].text.islower() or not _is_participle(s.toks[verb].lower) \
            or not (_is_plain_noun(s, k - 1) or _is_name(s.toks[k - 1])) or _appositive_opening(s, k) is not None:
        return False   # (the comma that closes an appositive: "James C. Kopp, a 44-year-old protester, lived")
    main = next((j for j in range(1, k) if j in s.verbs or s.toks[j].lower in lexicon.BE_HAVE
                 or (s.toks[j].lower.endswith("s") and _verb_lemma(s.toks[j].lower) in _VERB_LEMMA_SET)), None)
    return main is not None and all(s.toks[j].text != "," for j in range(main))   # it opens with its main clause


def _relative_clause_before(s: _Sentence, verb: int) -> tuple[int, int] | None:
    """(first, last token) of a relative clause between the subject of `verb` and its verb group: "A
    Brooklyn woman [who was watching her clothes dry in a laundromat] was killed", "The tourist[, who had
    been missing since the storm,] was found". The clause has a verb of its own. Without commas around it,
    only before a verb group with an auxiliary ("was killed", "will join"): a bare verb there may be the
    clause's own ("a trend that has given back to workers the earning power they lost", "a case that has
    blocked the trial of two Libyans suspected of"). The antecedent is a word, not a verb, a pronoun or a
    time expression ("said that prices rose", "announced last week that it planned" have none)."""
    end = _before_verb_group(s, verb)
    if end < 2 or s.toks[end].lower in lexicon.STOPWORDS:   # "they lost", "willing to talk"
        return None
    if s.toks[end].text == ",":   # a clause opened by a participle: "The merger, announced in October, is"
        opening = next((j for j in range(end - 2, max(0, end - RELATIVE_MAX_TOKENS) - 1, -1)
                        if s.toks[j].text == "," and _participle_clause_closing(s, j) == end), None)
        if opening is not None:
            return opening, end
    finite = any(s.toks[t].lower in _FINITE_AUXILIARIES for t in range(end + 1, verb))
    for j in range(end - 1, max(0, end - RELATIVE_MAX_TOKENS) - 1, -1):
        tok = s.toks[j]
        if tok.text in _CLAUSE_MARKS or (tok.text == "," and j != end):
            return None
        if tok.lower not in _RELATIVE_PRONOUNS or j < 1:
            continue
        if tok.lower == "whose" and end - j <= WHOSE_NOUN_WORDS and _is_word(s.toks[end]) \
                and not _is_verb(s.toks, end):
            return None   # "whose" and its noun are the verb's own subject: "a player whose bloodied body was found"
        if not any(_is_verb(s.toks, t) or s.toks[t].lower in lexicon.BE_HAVE for t in range(j + 1, end + 1)) \
                and s.toks[j + 1].lower not in _KNOWN_VERB_OF_FORM:
            return None   # ("which has interests in ...": "has" is its verb; "who leaves office": "leaves")
        first = j
        if s.toks[j - 1].text == ",":
            first = j - 1
            if _age_after_name(s, first - 1):   # "John Petrakis, 61, who led the village, was convicted"
                first -= 2
        # ... or after "who" and a verb of its own, before a finite verb: "Two contractors who paid the bribes
        # pleaded guilty" (not before an infinitive: "13 Cubans who were trying to cross")
        who = tok.lower in ("who", "whose") and s.toks[verb - 1].lower != "to"
        # ... or after "that" and its verb, when the clause holds no other verb and no clause of its own: "A
        # strong earthquake that hit Sichuan province killed 11 people" (not "the men that robbed the bank
        # fled in a car found", "policies that led to deaths when the group held power", nor a "that" that
        # opens what is said: "Apple claims that the store violates an agreement reached")
        that = tok.lower == "that" and j < end and _is_verb(s.toks, j + 1) \
            and not any(s.toks[t].lower in _SUBORDINATORS or t in s.verbs for t in range(j + 2, end + 1))
        if (s.toks[end].text == ",") != (first < j) or not (finite or first < j or who or that):
            return None
        antecedent = s.toks[first - 1] if first >= 1 else None
        if antecedent is None or not (_is_word(antecedent) or _abbreviation_stop(s, first - 1)) \
                or antecedent.lower in lexicon.STOPWORDS or _is_verb(s.toks, first - 1) or first - 1 in s.timex_of:
            return None
        if any(s.toks[t].lower in _RELATIVE_PRONOUNS for t in range(max(0, first - RELATIVE_MAX_TOKENS), first)):
            return None   # inside another relative clause: "operators who travel in Kenya, which boasts ..., say"
        return first, end
    return None


def _period_before(s: _Sentence, k: int) -> int | None:
    """The token before "for" or "in" when token k closes a period before a verb ("for the fourth quarter
    [ended] Jan. 25 rose"), else None."""
    if k < 3 or s.toks[k].lower not in ("ended", "ending") or k + 1 not in s.timex_of or k - 1 not in s.timex_of:
        return None
    period_first = s.first_token_at(s.timexes[s.timex_of[k - 1]].char_start)
    if period_first < 2 or s.toks[period_first - 1].lower not in ("for", "in"):
        return None
    return period_first - 2


def _age_after_name(s: _Sentence, k: int) -> bool:
    """Whether token k is an age set off after a name: "John Petrakis, 61, who ..."."""
    return k >= 2 and s.toks[k].text.isdigit() and s.toks[k - 1].text == "," and _is_name(s.toks[k - 2])


def _subject_bounds(s: _Sentence, verb: int) -> tuple[int, int]:
    """(start of the subject, start of its last noun phrase): "King Hussein of Jordan arrived" -> King,
    Jordan; both `verb` when no subject is found. The subject of a verb after a relative clause is the
    clause's antecedent ("A Brooklyn woman who was watching her clothes dry was killed" -> Brooklyn)."""
    k = _before_verb_group(s, verb)
    if _described_name_opening(s, k) is not None:
        return 0, 0   # the name the sentence opens with, however long what describes it: "Waldo Semon, 100, who
        # won a patent for bubble gum, ..., died May 26"
    lowest = verb - 8
    period = _period_before(s, k)
    if period is not None:   # "Revenue for the fourth quarter ended Jan. 25 rose": the measure before the period
        k, lowest = period, period - 8
    if k == verb - 1 and _participle_clause_closing(s, k) is not None:
        k, lowest = k - 1, k - 9   # the participle's subject is the phrase before it: "The bridge, built in 1962"
    elif _closing_participle(s, verb):
        k, lowest = k - 1, k - 9   # ... also after a main clause: "It replaces the old bridge, built in 1932"
    elif k >= 1 and any(j in s.timex_of for j in range(k + 1, verb)) and k in s.verbs \
            and _is_participle(s.toks[k].lower) and _is_subject_noun(s, k - 1):
        k, lowest = k - 1, k - 9   # a participle with a time of its own: "contracts signed before June 17 must end"
    own_clause = k >= 1 and verb - k <= 4 and (s.toks[k].lower in ("which", "who") or (
        s.toks[k].lower == "that" and _is_plain_noun(s, k - 1)))   # "The wildfires that began on Jan. 7"
    if own_clause:   # the verb of a relative clause: its subject is the nearest noun phrase ("the testimony
        # of a jogger who spotted Kopp" -> a jogger), not the phrase a preposition attaches it to
        k -= 2 if s.toks[k - 1].text == "," else 1
        if s.toks[k + 1].text == "," and _age_after_name(s, k):   # "John Petrakis, 61, who led"
            k -= 2
    else:
        relative = _relative_clause_before(s, verb)
        if relative is not None:
            k = relative[0] - 1
            lowest = k - 7
    opening = _appositive_opening(s, k)
    if opening is not None:   # "W. Brent LeGere, chairman and chief executive officer, said"
        k, lowest = opening - 1, opening - 8
    else:
        name = _appositive_name(s, k)
        if name is not None:  # "Her successor, Lai Ching-te, will be sworn in": the name says who
            return name, name
    first, k = _words_left(s, k, lowest)
    if first is None:
        return verb, verb
    k = _before_determiners(s, k)
    if k >= 2 and s.toks[k].lower != "to" and _is_verb(s.toks, k) and s.toks[k - 1].lower == "to":
        # an infinitive inside the subject: "The strongest earthquake to hit Taiwan ... struck", "the first
        # woman to lead the agency resigned"
        head_first, before = _words_left(s, k - 2, lowest - 6)
        before = _before_determiners(s, before)
        if head_first is not None and (before < 0 or s.toks[before].text in _SUBJECT_OPENERS):
            first, k = head_first, before   # (not an object's: "wants the court to suspend the injunction issued")
    if own_clause and k >= 1 and s.toks[k].lower in _WHERE_PREPOSITIONS and _is_event_noun(s.toks, k - 1):
        # the event a relative clause tells more of, before where it was: "a shooting outside a nightclub
        # that killed two people" (but "the testimony of a jogger who spotted Kopp": the jogger)
        return _words_left(s, k - 1, k - 5)[0], first
    if k >= 0 and s.toks[k].lower in _PREPOSITIONS and opening is None and not own_clause:
        # the words found end in a prepositional phrase: the subject's head comes before it ("King Hussein
        # of Jordan arrived", "the remains in the tomb tested")
        head_first, before = _words_left(s, k - 1, lowest - 4)
        before = _before_determiners(s, before)
        if head_first is not None and before >= 1 and s.toks[before].lower in _PREPOSITIONS:
            # a second phrase: "A hearing on the merits of the case is set"
            outer, _ = _words_left(s, before - 1, lowest - 8)
            head_first = outer if outer is not None else head_first
        if head_first is not None and any(_counts_things(s, j, k) for j in range(head_first, k)):
            head_first = None   # a measure, not the subject's head: "within 70 points of its record high set",
            # "to 1,100 employees in a cost-cutting move" (a figure before one thing describes it: "a magnitude
            # 7.5 quake on the Noto Peninsula")
        return (head_first if head_first is not None else first), first
    if opening is not None and k >= 0 and (
            s.toks[k].lower in _NOT_BEFORE_SUBJECT or (s.toks[k].text == "," and k > 1 and _is_name(s.toks[k - 1]))):
        # "a bombing in Birmingham, Ala., killed", "A law named for him and Sen. Jesse Helms, R-N.C., strengthened":
        # the name closes a longer subject; "America West Airlines, Phoenix, Ariz., reported": a place
        return verb, verb
    if k >= 1 and s.toks[k].lower == "and" and _is_name(s.toks[first]) and opening is None and not own_clause:
        # two names that open the clause: "Israel and Hamas agreed" (not "... and Hungary will" after a
        # clause of its own)
        before, j = _words_left(s, k - 1, k - 5)
        while before is not None and j >= 1 and s.toks[j].text == ",":   # "Poland, Hungary and the Czech Republic"
            earlier, i = _words_left(s, j - 1, j - 5)
            if earlier is None or not _is_name(s.toks[earlier]) or not (i < 0 or s.toks[i].text in _SUBJECT_OPENERS):
                break
            before, j = earlier, i
        if before is not None and _is_name(s.toks[before]) and (j < 0 or s.toks[j].text in _SUBJECT_OPENERS):
            return before, first
        if before is not None and _is_name(s.toks[before]) and j >= 1 and s.toks[j].lower in _PREPOSITIONS:
            head_first, _ = _words_left(s, j - 1, j - 6)   # the names end a prepositional phrase: "A ceasefire
            if head_first is not None:                      # between Israel and Hamas is set to take effect"
                return head_first, before
    return first, first


TICKER_MAX_TOKENS = 5


def _ticker_opening(s: _Sentence, closing: int) -> int | None:
    """The "(" of a short parenthesis of codes that closes at token `closing` ("Quarto Group (LON:QRT)",
    "Apple (AAPL.O)", "Nissan (7201.T)"): a stock ticker or exchange code, no words of a clause."""
    for j in range(closing - 1, max(0, closing - TICKER_MAX_TOKENS) - 1, -1):
        if s.toks[j].text == "(":
            inside = s.toks[j + 1:closing]
            if inside and all(
                    t.text.isupper() or t.text.isdigit() or not t.text.isalnum() for t in inside):
                return j
            return None
    return None


def _ticker_tokens(s: _Sentence) -> set[int]:
    """The tokens of the sentence's tickers, brackets included: no title or actor is made of them."""
    if s._tickers is None:
        s._tickers = set()
        for k, tok in enumerate(s.toks):
            if tok.text == ")":
                opening = _ticker_opening(s, k)
                if opening is not None:
                    s._tickers.update(range(opening, k + 1))
    return s._tickers


def _joins_a_name(toks: list[_Tok], k: int, first: int, last: int) -> bool:
    """Whether the "and" or "&" at k is inside one name, between capitalised words: "&" always ("Procter &
    Gamble"), "and" in the name of a body ("Food and Drug Administration", "Immigration and Naturalization
    Service"); other names it joins are two ("Israel and Hamas", "Janet Reno and Lazaro Gonzalez")."""
    if not (toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() and toks[first].text[:1].isupper()):
        return False
    return toks[k].text == "&" or (first < last and all(t.text[:1].isupper() for t in toks[first:last + 1])
                                   and toks[last].text in _BODY_NAME_ENDS)


# The last word of the name of a body with "and" inside it.
_BODY_NAME_ENDS = lexicon.ORGANIZATION_WORDS | frozenset("Administration Service Commission League".split())


def _words_left(s: _Sentence, k: int, lowest: int) -> tuple[int | None, int]:
    """(first token, token before it) of the run of subject words ending at token k, back to token `lowest`."""
    first = None
    last = k
    while k >= max(0, lowest):
        tok = s.toks[k]
        if tok.lower in ("and", "&") and first is not None and k >= 1 and _joins_a_name(s.toks, k, first, last):
            k -= 1   # "The Food and Drug Administration approved", "Becton Dickinson & Co has agreed"
            continue
        if _abbreviation_stop(s, k):   # "Savin Corp. reported"
            k -= 1
            continue
        if _inside_number(s.toks, k) or (tok.text in _CURRENCY_SIGNS and first is not None
                                          and s.toks[first].text[0].isdigit()):
            first = k   # "28,000 systems Sun shipped", "A $728 million recapitalization": the figure is one word
            k -= 1
            continue
        if _plural_possessive(s.toks, k):
            k -= 1   # "Workers' wages rose"
            continue
        if tok.lower in _OPEN_RANGE_ENDS and k >= 2 and s.toks[k - 1].lower in ("and", "or") \
                and s.toks[k - 2].text[0].isdigit():
            first, k = k - 2, k - 3   # "a vaccine for adults 60 and over was approved": one word, an age range
            continue
        if tok.text == ")":
            opening = _ticker_opening(s, k)
            if opening is not None:   # "Quarto Group (LON:QRT) shares fell": a name's ticker inside it
                k = opening - 1
                continue
        if not _is_word(tok) or tok.lower in lexicon.STOPWORDS or _is_verb(s.toks, k) or k in s.timex_of:
            break
        first = k
        k -= 1
    return first, k


def _counts_things(s: _Sentence, j: int, end: int) -> bool:
    """Whether token j is a figure that counts or measures what follows it, up to token `end` ("70 points",
    "$150 million of", "2 million copies"), not one that describes a single thing ("a magnitude 7.5 quake")."""
    if not s.toks[j].text[0].isdigit():
        return False
    t = j + 1
    while t < end and s.toks[t].lower in _MULTIPLIERS:
        t += 1
    return t >= end or s.toks[t].lower.endswith("s")


_MULTIPLIERS = frozenset("million billion trillion % percent".split())


# Where an event was: "a shooting outside a nightclub", "a fire at a warehouse".
_WHERE_PREPOSITIONS = frozenset("in on at near outside inside off".split())


# "60 and over", "18 or older", "3.0 or higher", "5 or fewer": the end of an open range, inside a noun phrase.
_OPEN_RANGE_ENDS = frozenset("over older above up more higher greater under younger below less lower fewer".split())


def _before_determiners(s: _Sentence, k: int) -> int:
    while k >= 0 and (s.toks[k].lower in _DETERMINERS   # "the last quake of [this] strength hit"
                      or (s.toks[k].lower in _APPROXIMATORS and k + 1 < len(s.toks) and _is_count(s.toks[k + 1]))):
        k -= 1   # "Evacuation orders for [about] 12,000 residents were lifted": a count, not a preposition
    return k


# Words that make a count approximate: before a number they are no preposition.
_APPROXIMATORS = frozenset("about around nearly almost roughly approximately some".split())


def _is_count(tok: _Tok) -> bool:
    return tok.text[0].isdigit() or tok.lower in NUMBERS


_SUBJECT_PRONOUNS_REPORTED = frozenset("it he she they".split())
_SUBJECT_OPENERS = frozenset([",", ":", "``", "''", '"', "“", "”", "‘", "'"])
_COGNITION_FORMS = frozenset("expects expected believes believed thinks thought hopes hoped".split())


def _reported_subject(s: _Sentence, verb: int) -> list[int] | None:
    """Who "it", "he", "she" or "they" is when the pronoun is the subject of what a report reports, taken
    from the reporter: "Unisys said it reduced inventories" -> the tokens of "Unisys" (for a title). Only this
    pattern (reporting verb, the report's time, "that", pronoun, verb; the time and "that" optional: "police
    said on Tuesday they had arrested"): a pronoun elsewhere may point anywhere ("the
    company's stock hit a high after it unveiled ..." is the company, not the stock)."""
    k = verb - 1
    while k >= 0 and s.toks[k].lower in _SUBJECT_GAP_WORDS:
        k -= 1
    if k < 1 or s.toks[k].lower not in _SUBJECT_PRONOUNS_REPORTED or not s.toks[verb].text.isalpha() \
            or not s.toks[verb].text.islower():
        return None
    r = k - 1
    if s.toks[r].lower == "that":
        r -= 1
    if r in s.timex_of:   # the report's own time between: "said on Tuesday it would", "said Friday that it"
        while r >= 0 and r in s.timex_of:
            r -= 1
        if r >= 0 and s.toks[r].lower in lexicon.TEMPORAL_PREPOSITIONS:
            r -= 1
    while r >= 0 and s.toks[r].lower in ("also", "has", "have", "had"):   # "has also said it", "had said"
        r -= 1
    if r < 0 or s.toks[r].lower not in _REPORTING_FORMS | _COGNITION_FORMS:
        return None
    first = _subject_left(s, r)
    if first >= r or s.toks[first].lower in _SUBJECT_PRONOUNS_REPORTED | _SUBJECT_PRONOUNS:
        return None
    if first > 0 and s.toks[first - 1].lower == "the":   # "The company said it ...": "The company"
        first -= 1
    # the whole subject, not the tail of a longer one ("the maker of hair accessories and other cosmetic
    # products said it ...": not "cosmetic products")
    if first > 1 and (s.toks[first - 1].text not in _SUBJECT_OPENERS
                      or (s.toks[first - 1].text == "," and not s.toks[first].text[0].isupper())):
        return None   # "the authorities in the Buffalo, N.Y., area say they": not "area"
    if first == 1 and not (s.toks[0].text in _SUBJECT_OPENERS or s.toks[0].text[0].isupper()):
        return None
    tokens = _title_token_range(s, first, r - 1)
    if tokens and s.toks[tokens[0]].lower == "the":   # a title opens on its noun, as the others do
        tokens = tokens[1:]
    while tokens and (s.toks[tokens[-1]].lower in _SUBJECT_GAP_WORDS | _ADVERBS_AFTER_AUXILIARIES or tokens[-1] in s.timex_of
                      or s.toks[tokens[-1]].lower in _RELATIVE_PRONOUNS   # "Turkey, which said it had foiled"
                      or not (_is_word(s.toks[tokens[-1]]) or _abbreviation_stop(s, tokens[-1]))):
        tokens.pop()
    return tokens + list(range(k + 1, verb)) if tokens else None


APPOSITIVE_MAX_TOKENS = 24
# A name after a preposition or "and" ends a longer subject ("a bombing in Birmingham, Ala., killed", "the
# remains from the Vietnam War, in fact, known").
_NOT_BEFORE_SUBJECT = lexicon.STOPWORDS - {"the", "a", "an", "but"}
_PREPOSITIONS = frozenset("""of in at on to from with by for into near over under about against between among
    through across inside outside along behind beyond throughout within aboard without""".split())


def _described_name_opening(s: _Sentence, closing: int) -> int | None:
    """The comma after the name that opens the sentence when all up to the comma at `closing` describes it, as
    obituaries and profiles do: after an age ("Paul Sacher, 93, a conductor and patron of the arts whose
    family's stake ... made him one of the world's richest men, died May 26"), anything; without one, titles
    and names only, no verb ("Theodore Black, former chairman, president and CEO of Ingersoll Rand, died")."""
    end = _name_end(s, 0) if closing >= 2 and s.toks[closing].text == "," and _is_name(s.toks[0]) else -1
    if end < 0 or end + 1 >= closing or s.toks[end + 1].text != ",":
        return None
    opening = end + 1
    if s.toks[opening + 1].text.isdigit() and opening + 2 < closing and s.toks[opening + 2].text == ",":
        return opening if closing - opening <= DESCRIBED_NAME_MAX_TOKENS else None   # an age sets it off
    if closing - opening > APPOSITIVE_MAX_TOKENS or not s.toks[opening + 1].text.islower():
        return None   # (a title or "a", "the" opens the description: "Separately, America West Airlines" is none)
    for c in range(opening + 1, closing):
        if c in s.timex_of or c in s.verbs or s.toks[c].lower in _RELATIVE_PRONOUNS \
                or not (_is_word(s.toks[c]) or s.toks[c].text in (",", ".", "'s", "’s", "&", "-")):
            return None
    return opening


# The most tokens between a name with its age and the verb it is the subject of ("Waldo Semon, 100, who won a
# patent for bubble gum, developed vinyl and helped create synthetic rubber during World War II, died May 26").
DESCRIBED_NAME_MAX_TOKENS = 45


def _appositive_opening(s: _Sentence, closing: int) -> int | None:
    """The comma that opens an appositive closed by the comma at token `closing`, right before a verb
    ("Edgar Woolard Jr., Du Pont's chairman, said"): a name before it and, between the commas, words
    only (no quote, bracket or time expression), at most APPOSITIVE_MAX_TOKENS of them."""
    if closing < 2 or s.toks[closing].text != ",":
        return None
    described = _described_name_opening(s, closing)
    if described is not None:
        return described
    for c in range(closing - 1, max(-1, closing - APPOSITIVE_MAX_TOKENS - 2), -1):
        tok = s.toks[c]
        if tok.text == ",":
            before = s.toks[c - 1] if c > 0 else None
            if c + 1 == closing or before is None:
                return None
            if before.text.isdigit() and c >= 3 and s.toks[c - 2].text == "," and _is_name(s.toks[c - 3]):
                return c - 2   # an age before the appositive: "James Charles Kopp, 44, of Vermont, was seen"
            named = _is_name(before) or (before.text == "." and c > 1 and is_abbreviation(s.toks[c - 2].text)
                                         and _is_name(s.toks[c - 2]))
            return c if named else None
        if c in s.timex_of or not (_is_word(tok) or tok.text in ("'s", "’s", ".", "&", "-")):
            return None
    return None


def _appositive_name(s: _Sentence, closing: int) -> int | None:
    """The first token of a name set off by commas right before a verb ("Her successor, Lai Ching-te, will
    be sworn in"): only names (and their hyphens) between the two commas, a word before the first."""
    if closing < 3 or s.toks[closing].text != ",":
        return None
    for c in range(closing - 1, max(0, closing - 6), -1):
        tok = s.toks[c]
        if tok.text == ",":
            if c + 1 >= closing or c < 1 or not _is_word(s.toks[c - 1]) \
                    or is_place(" ".join(t.text for t in s.toks[c + 1:closing])):
                return None   # "Loudon county, Virginia, will vote": an address, not who
            return c + 1
        if not (_is_name(tok) or tok.text == "-") or c in s.timex_of:
            return None
    return None


def _abbreviation_stop(s: _Sentence, k: int) -> bool:
    """The full stop of an abbreviation ("Inc.", "Jr.")."""
    return s.toks[k].text == "." and k > 0 and is_abbreviation(s.toks[k - 1].text)


def _title_token_range(s: _Sentence, first: int, last: int) -> list[int]:
    """The tokens of an event's title: its phrase without an appositive after the subject ("LeGere[,
    chairman and chief executive officer,] expects revenue") or a relative clause ("A woman [who was
    watching her clothes dry] was killed")."""
    tokens = list(range(first, last + 1))
    described = next(((opening, c) for c in reversed(tokens) if s.toks[c].text == ","
                      and (opening := _described_name_opening(s, c)) is not None), None) if first == 0 else None
    if described is not None:   # all that describes the name it opens with: "Waldo Semon[, 100, who won ..., ] died"
        return [k for k in tokens if not described[0] <= k <= described[1]]
    for k in tokens:   # a clause opened by a participle: "The bridge[,] built in 1962" or, before the subject's
        closing = _participle_clause_closing(s, k) if k > first else None   # verb, all of it ("[, built in 1962,]")
        if closing is not None:
            return [t for t in tokens if not (k <= t <= closing if closing < last else t == k)]
    commas = [k for k in tokens if s.toks[k].text == "," and not _inside_number(s.toks, k)]
    closing = next((c for c in reversed(commas[1:]) if _appositive_opening(s, c) == commas[0]), None)
    if closing is not None:   # the appositive, over an age before it too: "Kopp[, 44, of Vermont,] was seen"
        tokens = [k for k in tokens if not commas[0] <= k <= closing]
    elif commas and commas[0] > first and _is_name(s.toks[commas[0] - 1]) and commas[0] + 1 <= last and (
            s.toks[commas[0] + 1].lower in _FINITE_AUXILIARIES or _is_verb(s.toks, commas[0] + 1)):
        tokens.remove(commas[0])   # the comma that closes an appositive name: "Lai Ching-te[,] will be sworn in"
    elif commas and commas[0] + 1 <= last and _closing_participle(s, commas[0] + 1):
        tokens.remove(commas[0])   # the one before such a participle: "the old bridge[,] built in 1932"
    for j in tokens:   # and a relative clause between the subject and its verb
        if j > first and s.toks[j].lower in _RELATIVE_PRONOUNS:
            verbs = [v for v in range(j + 1, last + 1) if _is_verb(s.toks, v)]
            clause = next((c for v in reversed(verbs) for c in [_relative_clause_before(s, v)]   # the widest
                           if c is not None and c[0] in (j, j - 1, j - 3)), None)   # (j - 3: after an age)
            if clause is not None:
                return [k for k in tokens if not clause[0] <= k <= clause[1]]
            if verbs and _before_verb_group(s, verbs[0]) == j:
                # the event is the clause's own: "Officials who visited the site" -> "Officials visited the site"
                return [k for k in tokens if k != j and not (k == j - 1 and s.toks[k].text == ",")]
    return tokens


# "compared with a year-earlier loss" sets a figure beside another: it is not what a time expression dates.
_COMPARING = frozenset({"compared", "compares", "comparing", "compare"})


def _nearest_verb(s: _Sentence, lo: int, hi: int, origin: int, skip: int | None = None) -> int | None:
    """The verb among tokens lo..hi-1 nearest to `origin` (other than token `skip`); the earlier one on a tie."""
    verbs = [v for v in s.verbs if v != skip and s.toks[v].lower not in _COMPARING and not _naming_now(s, v - 1)]
    p = bisect.bisect_left(verbs, origin)
    before = verbs[p - 1] if p > 0 and verbs[p - 1] >= lo else None
    after = verbs[p] if p < len(verbs) and verbs[p] < hi else None
    opening = _aside_around(s, before, origin) if before is not None else None
    if opening is not None:   # the verb before is inside an aside the time comes after: "he will face Petro
        # - a former mayor, who came second - in the runoff on 17 June" is the facing
        outer_lo = _clause_bounds(s, max(0, opening - 1))[0]
        earlier = [v for v in verbs if outer_lo <= v < opening]
        if earlier:
            before = earlier[-1]
    if before == 0 and after is not None:
        comma = _opening_participle_comma(s)
        if comma is not None and origin < comma < after:
            return 0   # "Born in Chicago in 1933, Jones began": the year dates the birth
    if before is None or after is None:
        return after if before is None else before
    if s.toks[after - 1].lower == "to" and after - 2 in s.timex_of and after - 1 not in s.timex_of:
        return before   # a purpose after the time: "resigned last year to seek", "on Thursday to affirm"
    between = range(origin, after)
    if any(s.toks[k].lower in _CLAUSE_OPENERS and k not in s.timex_of for k in between):
        return before   # the verb after has a clause of its own: "shot on Oct. 23 as he stood"
    if s.toks[after].lower in _CLOSING_REPORTS and any(s.toks[k].text == "," for k in between):
        return before   # a report closing the sentence: "shrank 2% in the first quarter, data showed"
    if any(_clause_comma(s, k) for k in between) and not any(_clause_comma(s, k) for k in range(before, origin)):
        return before   # the time closes the clause before a comma: "Births fell for the first time in 2024, a
        # level the government had not expected"
    if after + 1 in s.timex_of and s.timex_of[after + 1] != s.timex_of.get(origin):
        return before   # ... or a time of its own: "that brought Castro to power 42 years ago gathered Wednesday"
    return before if origin - before <= after - origin else after


_ASIDE_MARKS = {",": ",", "–": "–", "—": "—", "--": "--", ")": "("}
_ASIDE_OPENERS = frozenset("a an who which whose".split())
ASIDE_MAX_TOKENS = 20


def _aside_around(s: _Sentence, verb: int, origin: int) -> int | None:
    """The opening mark of an aside ("- a leftwinger, who came second -", ", a man who fled,", "(who
    resigned)") that holds token `verb` and closes before token `origin`; None when there is none."""
    closing = next((k for k in range(verb + 1, origin) if s.toks[k].text in _ASIDE_MARKS
                    and (s.toks[k].text != "," or _clause_comma(s, k))), None)   # (not "92,000")
    if closing is None:
        return None
    mark = _ASIDE_MARKS[s.toks[closing].text]
    for k in range(verb - 1, max(0, closing - ASIDE_MAX_TOKENS) - 1, -1):
        if s.toks[k].text == mark:   # an aside between commas opens as one: ", a leftwinger who", ", who"
            return k if k + 1 < len(s.toks) and (mark != "," or s.toks[k + 1].lower in _ASIDE_OPENERS) else None
    return None


def _clause_comma(s: _Sentence, k: int) -> bool:
    """A comma between words, not inside a figure ("700,000")."""
    return s.toks[k].text == "," and not (0 < k < len(s.toks) - 1 and s.toks[k - 1].text.isdigit()
                                           and s.toks[k + 1].text.isdigit())


# Words that open a clause of its own between a time expression and a verb after it.
_CLAUSE_OPENERS = frozenset("as when while after before because since until if he she they we who which".split())


def _clause_bounds(s: _Sentence, i: int) -> tuple[int, int]:
    """Tokens of the clause around token i; brackets inside a time expression do not end it."""
    breakers = s.breakers
    p = bisect.bisect_left(breakers, i)
    lo = breakers[p - 1] + 1 if p > 0 else 0
    q = bisect.bisect_right(breakers, i)
    hi = breakers[q] if q < len(breakers) else len(s.toks)
    return lo, hi


# Lower-case parts of a name: joined to the next part ("al-Assad", "el-Sisi") or a word of their own
# before it ("bin Laden", "de Gaulle", "van Gogh").
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|an|at|ar|az|ul)-[A-Z]")
_NAME_LINKS = frozenset("bin ibn bint abu de del della der di du la le van von ter".split())


def _names(s: _Sentence, a: int, b: int) -> tuple[list[str], list[str]]:
    """Actors and places named in tokens a..b (inclusive)."""
    actors: list[str] = []
    places: list[str] = []
    tickers = _ticker_tokens(s)
    k = a
    while k <= b and k < len(s.toks):
        tok = s.toks[k]
        if _is_name(tok) and k not in s.timex_of and k not in tickers \
                and not (k == 0 and tok.lower in lexicon.STOPWORDS) and not _in_figure(s.toks, k):   # "C$9"
            j = k
            while j + 1 <= b and j + 1 < len(s.toks) and (j + 1) not in s.timex_of:
                if _is_name(s.toks[j + 1]) or _NAME_PARTICLE.match(s.toks[j + 1].text):
                    j += 1   # "Bashar al-Assad"
                elif (s.toks[j + 1].text in ("'s", "’s") and j + 2 <= b and j + 2 < len(s.toks)
                      and (j + 2) not in s.timex_of and _is_name(s.toks[j + 2])
                      and s.toks[_name_end(s, j + 2)].lower in lexicon.EVENT_NAME_HEADS):
                    j += 2   # an event's name: "Worldwide Developer's Conference" (not "Russia's Putin")
                elif (s.toks[j + 1].lower in _NAME_LINKS and j + 2 <= b and j + 2 < len(s.toks)
                      and (j + 2) not in s.timex_of and _is_name(s.toks[j + 2])):
                    j += 2   # "Osama bin Laden", "Charles de Gaulle"
                elif (s.toks[j + 1].text == "." and j + 2 <= b and j + 2 < len(s.toks) and (j + 2) not in s.timex_of
                      and _is_name(s.toks[j + 2]) and is_abbreviation(s.toks[j].text)):
                    j += 2   # "George W. Bush", "U.S. Steel": the name goes on after an abbreviation
                else:
                    break
            words = []
            for t in s.toks[k : j + 1]:
                if t.text == "." and words:
                    words[-1] += "."
                else:
                    words.append(t.text.rstrip("."))
            while words and words[0].lower().rstrip(".") in lexicon.PERSON_TITLES:
                words.pop(0)
            name = " ".join(words)
            if name:
                if is_place(name):
                    places.append(name)
                elif len(words) == 1 and is_place(words[0]):
                    places.append(words[0])
                elif len(words) == 1 and is_people(name):
                    pass   # "Cuban", "Canadian": a people, not an actor
                elif len(words) > 1 and words[-1].lower() in lexicon.EVENT_NAME_HEADS:
                    pass   # "G-20 Summit", "Worldwide Developers Conference": the name of an event, not an actor
                elif not (k == 0 and len(words) == 1 and not is_place(name)):
                    actors.append(name)
            k = j + 1
        else:
            k += 1
    return _unique(actors), _unique(places)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _event_names(s: _Sentence, first: int, last: int, head: int) -> tuple[str, ...]:
    """Places and proper names inside an event phrase that single out one real event
    ("attacks in Paris" -> Paris; "NATO summit in Washington" -> NATO, Washington; "G20 communique" -> G20)."""
    _, places = _names(s, first, last)
    found = list(places)
    if not _is_event_noun(s.toks, head):
        return tuple(found)  # a verb's subject ("World leaders agreed") does not single out an event
    for k in range(first, last + 1):
        tok = s.toks[k]
        if _is_verb(s.toks, k):
            break  # "bombings killed 200 people": the complement of a verb does not name the event
        has_digit = any(ch.isdigit() for ch in tok.text)
        named = tok.text[0].isupper() or (has_digit and any(ch.isalpha() for ch in tok.text))  # "G20", "9/11"
        if k != head and k != 0 and named and tok.text not in lexicon.NOT_NAMES and tok.text not in found \
                and not any(tok.text in place.split() for place in places):
            found.append(tok.text)
    return tuple(found)


def _head_lemma(s: _Sentence, first: int, head: int) -> str:
    word = s.toks[head].lower
    lemma = event_kind(noun_lemma(word)) if _is_event_noun(s.toks, head) else _verb_lemma(word)
    if (lemma == word and word.endswith("ing") and head > 0 and s.toks[head - 1].lower in _BE_FORMS
            and _verb_lemma(word) in _KNOWN_VERBS):
        lemma = _verb_lemma(word)   # "has been fighting" is a verb: the same kind of event as "fought"
    for k in range(max(0, first - 4), head):  # "foiled some seven terror attacks"
        if s.toks[k].lower in COMBINING_VERBS:
            return f"{_verb_lemma(s.toks[k].lower)} {lemma}"
    if head > 0:   # "opened fire": a shooting
        lemma = lexicon.EVENT_IDIOMS.get((_verb_lemma(s.toks[head - 1].lower), word), lemma)
    return lemma


def _verb_lemma(word: str) -> str:
    """The verb a form belongs to, so that "fought", "fighting" and "fights" report one kind of event:
    irregular forms from their table, the forms of known verbs from theirs, others by their ending."""
    lemma = lexicon.IRREGULAR_LEMMAS.get(word) or _KNOWN_VERB_OF_FORM.get(word)
    if lemma:
        return lemma
    if word.endswith("ing") and len(word) > 5:   # the "-ing" form ends as its "-ed" form does: "polled"/"polling"
        return _verb_lemma(word[:-3] + "ed")
    if word.endswith("eed"):
        return word[:-1]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("led") and word[:-3].endswith(("l",)):
        return word[:-3] + "l"
    if word.endswith("ed"):
        stem = word[:-2]
        if stem.endswith(("at", "iz", "ag", "ur", "us", "ul", "os", "ov", "ir", "iv", "ad",
                          "nc", "rc", "uc", "ic", "dg", "rg", "rv", "lv", "yz", "is", "ps", "ok", "ut")):
            return stem + "e"
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        return stem
    return word


def _first_event_phrase(s: _Sentence, anchor_tok: int) -> tuple[int, int, int] | None:
    """The event before a time expression or event anchor starting at token anchor_tok."""
    i = anchor_tok
    if i > 0 and s.toks[i - 1].lower in lexicon.TEMPORAL_PREPOSITIONS:
        i -= 1
    phrase = _noun_phrase_left(s, i)
    if phrase:
        first, head, last = phrase
        gov = first - 1
        while gov > 0 and (s.toks[gov].lower in _BEFORE_A_COMBINED_NOUN or s.toks[gov].text[0].isdigit()):
            gov -= 1   # "foiled some seven terror attacks", "canceled more than 3,000 flights"
        if gov >= 0 and s.toks[gov].lower in COMBINING_VERBS:
            first = gov
        if gov >= 0 and _verb_lemma(s.toks[gov].lower) in _CHANGING_VERBS and _is_verb(s.toks, gov) \
                and noun_lemma(s.toks[head].lower) in lexicon.ECONOMIC_EVENT_NOUNS | {"sale"}:
            return None   # a measure a verb changes is that verb's event: "would cut its sales by $1.5 billion"
        return first, head, last
    return None


# Verbs whose event is a change to a measure they name: "cut its sales", "raised its dividend".
_CHANGING_VERBS = frozenset("cut raise lower boost reduce increase trim slash double halve hike lift".split())


# Words of degree that open an object without being its content ("nearly all abortions", "almost half").
_DEGREE_WORDS = frozenset("nearly almost virtually practically roughly approximately".split())
_BEFORE_A_COMBINED_NOUN = frozenset("a an the all some potentially major , more less fewer than about nearly almost roughly "
                                    "at least her his their its our".split())


def _date_confidence(tx: Timex, document: Document) -> float:
    if tx.start is None:
        return 0.0
    explicit_year = bool(re.search(r"\b(1[6-9]|20)\d\d\b", tx.text))
    if explicit_year:
        base = 0.9
    elif tx.type == "DURATION" or tx.granularity in ("year", "decade", "century", "quarter", "season", "half"):
        base = 0.6
    else:
        base = 0.8
    if not explicit_year and document.dct.inferred:
        base *= 0.85
    return round(base, 3)


# Sentences longer than this (a page of text with no sentence end: "May May May ...", a list without
# punctuation) are cut into pieces at a space outside any time expression: the per-sentence work is
# quadratic in its length, so a bound on the length keeps a document's analysis linear in its size.
MAX_SENTENCE_CHARS = 1000


def _bounded_spans(text: str, spans: list[tuple[int, int]], ordered: list[Timex]) -> list[tuple[int, int]]:
    """`spans` with every span over MAX_SENTENCE_CHARS cut into pieces; `ordered`: timexes by char_start."""
    out: list[tuple[int, int]] = []
    tx = 0
    for a, b in spans:
        while b - a > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", a + MAX_SENTENCE_CHARS // 2, a + MAX_SENTENCE_CHARS)
            cut = cut if cut > a else a + MAX_SENTENCE_CHARS
            while tx < len(ordered) and ordered[tx].char_end <= cut:
                tx += 1
            if tx < len(ordered) and ordered[tx].char_start < cut:   # inside a time expression: cut around it
                cut = ordered[tx].char_start if ordered[tx].char_start > a else ordered[tx].char_end
            out.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if a < b:
            out.append((a, b))
    return out


def _with_timexes(spans, ordered: list[Timex]):
    """(start, end, time expressions inside) for each span, in one pass over spans and expressions,
    both sorted by offset."""
    index = 0
    for a, b in spans:
        while index < len(ordered) and ordered[index].char_start < a:
            index += 1
        inside = []
        j = index
        while j < len(ordered) and ordered[j].char_start < b:
            if ordered[j].char_end <= b:
                inside.append(ordered[j])
            j += 1
        yield a, b, inside


def _around_publication_line(text: str, spans: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """`spans` without the line that says when the article appeared (`find_publication_line`, among the first
    and last lines): a headline and the lead around "Posted on 20 November 2017 - 11:57am", with no full stop
    between them, are not one sentence dated by it, and a byline ("Posted by on Jan 10, 2011 in Breaking
    News") is no news."""
    line = find_publication_line(text, start)
    if line is None:
        return spans
    first, last = line.char_start, line.char_start + len(line.text)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if a <= first and last <= b:
            out.extend(piece for piece in ((a, first), (last, b)) if text[piece[0]:piece[1]].strip())
        else:
            out.append((a, b))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in out]


def extract_events(document: Document, timexes: list[Timex]) -> list[EventCandidate]:
    """Event candidates of one document: dated by a time expression, by another event, or awaiting a coreferent."""
    text = document.text
    candidates: list[EventCandidate] = []
    ordered = sorted(timexes, key=lambda t: t.char_start)
    spans = _bounded_spans(text, _around_publication_line(text, sentence_spans(text, document.body_start),
                                                    document.body_start), ordered)
    for a, b, in_sentence in _with_timexes(spans, ordered):
        if not in_sentence and not _might_hold_event(text, a, b):
            continue
        if is_publication_line(text[a:b]):   # "Published December 12, 2024" says when the article, not news
            continue
        sentence = _Sentence(text, a, b, in_sentence)
        candidates.extend(_sentence_events(document, sentence))
    return _without_common_word_actors(candidates, text)


def _without_common_word_actors(candidates: list[EventCandidate], text: str) -> list[EventCandidate]:
    """Drop one-word "actors" that the article also writes in lower case: a capitalised common word
    ("World leaders on Monday sought", "world powers" later on) names no one."""
    single = {actor for c in candidates for actor in c.actors if actor.isalpha()}
    common = {actor for actor in single if _written_in_lower_case(text, actor.lower())}
    if not common:
        return candidates
    return [dataclasses.replace(c, actors=tuple(a for a in c.actors if a not in common))
            if not common.isdisjoint(c.actors) else c for c in candidates]


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether `word` (lower case) stands in `text` as a word of its own (str.find: a few actors an
    article, each looked for directly, cost less than listing the article's words)."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            return True
        start = text.find(word, start + 1)
    return False


_EVENT_NOUN_ALTERNATION = "|".join(sorted(lexicon.EVENT_NOUNS, key=len, reverse=True))
# A sentence without a time expression is tokenized only when it may hold a named event ("the Paris
# attacks", "a summit in Vienna") or an event-relative cue ("the same day as ..."). One RE2 search (a DFA,
# linear) spares the tokenizer most sentences.
_NAMED_EVENT_HINT = re2.compile(
    r"[A-Z][\w.&-]*[ -](?:[\w-]+ ){0,2}(?i:" + _EVENT_NOUN_ALTERNATION + r")(?i:e?s)?\b"
    r"|\b(?i:" + _EVENT_NOUN_ALTERNATION + r")(?i:e?s)? (?:in|of|at) (?:the )?[A-Z]"
    r"|(?i:same day as|same time as|alongside|on the eve of|the day (?:after|before|following))"
)


def _might_hold_event(text: str, a: int, b: int) -> bool:
    """Cheap test before tokenizing a sentence without a time expression."""
    # the slice, not search(text, a, b): re2's str wrapper converts positions by re-reading the text from
    # its start, which made every call cost the whole document (quadratic on a long article)
    return _NAMED_EVENT_HINT.search(text[a:b]) is not None


# Spaces a title gets from joining tokens that the text did not have: before punctuation and "%", after an
# opening bracket or a currency sign ("$15-a-share"), then inside a number ("6.4", once "6 . 4" became "6. 4").
_PUNCTUATION_GAP = re.compile(r" (?=[,.;:!?%)’”]|['’]s\b)|(?<=[(“$£€¥]) |(?<=s) (?=' )"   # ... "shareholders' meeting"
                              r"|(?<=n) (?=['’] t\b)|(?<=n ['’]) (?=t\b)")                  # "didn't", "won't"
_NUMBER_GAP = re.compile(r"(?<=\d[.,]) (?=\d)|(?<=\bRs\.) (?=\d)|(?<=\b[A-Z]) (?=\$)|(?<=\b[A-Z]{2}) (?=\$)")
# ("13.38", "Rs.13.38", "C$2.7 million", "US$5")


def _sentence_events(document: Document, s: _Sentence) -> list[EventCandidate]:
    out: list[EventCandidate] = []
    consumed: set[int] = set()  # tokens that belong to a mention already
    sentence_text = s.text[s.start : s.end]
    # dates written as adjectives ("third-quarter results") beside another date: they describe a noun
    adjectival = _adjectival_dates(s, s.timex_of)
    tickers = _ticker_tokens(s)
    eras = {ti for ti, tx in enumerate(s.timexes) if _era_modifier(
        s, tx, s.first_token_at(tx.char_start), s.last_token_of.get(ti, s.first_token_at(tx.char_start)))}

    def make(first: int, head: int, last: int, span_lo: int, span_hi: int, gap: range = range(0),
             title_first: int | None = None, **fields) -> EventCandidate:
        for k in range(min(first, span_lo), max(last, span_hi) + 1):
            consumed.add(k)
        actors, places = _names(s, *_clause_bounds(s, head))
        names = _event_names(s, first, last, head)
        # the title leaves out a time expression inside the phrase ("World leaders [on Monday] sought") and
        # what a gapped conjunct replaces ("Jobs founded [Apple in 1976,] NeXT in 1985"); it may start
        # before the event's own phrase, at who did it (`title_first`)
        title_tokens = [k for k in _title_token_range(s, first if title_first is None else title_first, last)
                        if k not in gap and k not in tickers]
        reporter = _reported_subject(s, first)
        if reporter is None:
            reporter = _shared_subject(s, first)
        if reporter is not None:   # "Unisys said it reduced inventories": "Unisys reduced inventories"
            title_tokens = reporter + title_tokens
        if title_tokens and title_tokens[0] > 0 and s.toks[title_tokens[0] - 1].lower == "no":
            title_tokens.insert(0, title_tokens[0] - 1)   # a subject denied: "No candidate won a majority"
        left_out = set(range(first, last + 1)).difference(title_tokens)
        if left_out and names:   # a clause the title leaves out does not single the event out: "The plane[,
            kept = {s.toks[k].text for k in title_tokens}   # flying from Bishkek,] crashed" is no crash "in Bishkek"
            dropped = {s.toks[k].text for k in left_out} - kept
            names = tuple(n for n in names if not dropped.issuperset(n.split()))
        lo = _clause_bounds(s, head)[0]
        if title_tokens and title_tokens[0] < lo:   # who the title names from outside the clause acts too:
            actors = _unique([*_names(s, title_tokens[0], lo - 1)[0], *actors])   # "Sunak, who conceded defeat"
        def kept(k: int) -> bool:
            if s.toks[k].text in ("'s", "’s") and k > 0 and k - 1 in s.timex_of:
                return kept(k - 1)   # a time's possessive goes with it: "prior to [January's] open enrollment"
            ti = s.timex_of.get(k)
            return (ti is None or ti in adjectival or ti in eras or _is_name_year(s, ti) or _length_taken(s, ti)
                    or bool(_UNIT_ADJECTIVE.search(s.timexes[ti].text))) \
                and not _leads_into_time(s, k) and _period_before(s, k) is None   # "a 48-hour strike" is kept;
            # "Revenue [for the quarter ended Jan. 25] rose" is not

        title = " ".join((s.toks[k].text.lower() if k == 0 and title_tokens[0] != 0 and s.toks[0].text[1:].islower()
                          else s.toks[k].text) for k in title_tokens   # "Jones born", not "Jones Born"
                         if kept(k))
        title = _NUMBER_GAP.sub("", _PUNCTUATION_GAP.sub("", title))
        return EventCandidate(
            document=document.source, document_id=document.id, url=document.url, sentence=sentence_text,
            char_start=s.toks[min(first, span_lo)].start, char_end=s.toks[max(last, span_hi)].end,
            trigger=s.toks[head].text, title=_tidy_title(title), head=_head_lemma(s, first, head),
            specific=names[0] if names else None, names=names, actors=tuple(actors), places=tuple(places), **fields,
        )

    def dated_by(tx: Timex, start, end, granularity) -> dict:
        """The fields of a candidate dated by `tx` to start..end (why it is not on the calendar when undated)."""
        dated = start is not None
        return dict(timex=tx, start=start, end=end, granularity=granularity,
                    confidence=_date_confidence(tx, document) if dated else 0.0,
                    undated_reason="" if dated else _why_not_on_calendar(tx, document))

    # 1. events dated by a time expression; not by the date that closes a period ("the year ended Sept. 30":
    # the period dates the events) or by a point figures are compared with ("up from $3 million a year ago")
    passed_over = _period_ends(s) | _comparison_times(s, with_figures=True) | _record_times(s) | _planned_periods(s) | {
        ti for ti, tx in enumerate(s.timexes) if _naming_now(s, s.first_token_at(tx.char_start))
        or _how_far_back(s, s.first_token_at(tx.char_start))}
    dated_heads: dict[int, list[EventCandidate]] = {}   # event word -> the reports a time expression dates
    range_ends: set[int] = set()   # the second date of "from June 3 to Aug. 30": part of the first's event
    for ti, tx in enumerate(s.timexes):
        if tx.type == "SET" or ti in passed_over or ti in adjectival or ti in range_ends:
            continue
        t_first = s.first_token_at(tx.char_start)
        t_last = s.last_token_of.get(ti, t_first)
        range_end = _range_end(s, ti, t_first, t_last)
        if range_end is not None and range_end[0] not in passed_over:
            range_ends.add(range_end[0])
            t_last = range_end[2]
        else:
            range_end = None
        gapped = _gapped_conjunct(s, tx, t_first, t_last)
        if gapped is not None:
            first, verb, obj_first, obj_last = gapped
            out.append(make(first, verb, obj_last, first, max(t_last, obj_last), gap=range(verb + 1, obj_first),
                            **dated_by(tx, tx.start, tx.end, tx.granularity)))
            continue
        if ti in eras:
            # a century or decade before a noun says how old a thing is, not when the clause happened: "the
            # landmark 19th-century clock tower collapsed"; it dates only an event it names ("a 19th-century war")
            phrase = _noun_phrase_right(s, t_last + 1, limit=4)
            if phrase is not None:
                first = t_first + (s.toks[t_first].lower in _DETERMINERS)   # "[The] 19th-century war"
                out.append(make(first, *phrase[1:], t_first, phrase[2], **dated_by(tx, tx.start, tx.end, tx.granularity)))
            continue
        named = _event_named_by_year(s, tx, t_first, t_last)
        if _adjectival_year(s, tx, t_first, t_last) and _year_of_an_earlier_thing(s, t_first):
            # a year that modifies a noun dates what it names, not the clause, when the clause comes
            # later: "Her 1987 paper was cited", "strengthened the 1959 trade embargo", "adopted after the
            # 1987 crash" (but "lost the 2014 final", "was injured in the 1998 bombing" were then)
            if named is not None:   # (over the years of a range: "the 2014-15 Ebola outbreak")
                last_day = range_end[1] if range_end else tx.end
                out.append(make(*named, t_first, named[2], **dated_by(tx, tx.start, last_day, tx.granularity)))
            continue
        phrase = _event_for_timex(s, tx, t_first, t_last)
        if phrase is None:
            continue
        first, head, last = phrase
        described = next((t for t, nouns in adjectival.items() if head in nouns), None)
        if described is not None:
            # "Apple will report first-quarter results on Thursday": the report, with what it is about
            phrase = _clause_verb_event(s, s.first_token_at(s.timexes[described].char_start))
            if phrase is not None:
                first, head, last = phrase
        start, end, granularity = tx.start, tx.end, tx.granularity
        if range_end is not None:
            end = range_end[1]
        prefix = s.text[max(s.start, s.toks[t_first].start - 40) : s.toks[t_first].start]
        boundary = _BOUNDARY.search(prefix)
        if boundary and start is not None:
            at_end = boundary.group(1).lower() in ("close", "end", "conclusion")
            start = end = (end if at_end else start)
            granularity = "day"
            span_lo = s.first_token_at(s.toks[t_first].start - len(boundary.group(0)))
        else:
            span_lo = t_first
        out.append(make(first, head, last, min(span_lo, first), max(t_last, last),
                        title_first=_doer_of_noun_event(s, first, head, last, ti), **dated_by(tx, start, end, granularity)))
        dated_heads.setdefault(head, []).append(out[-1])
        when = _when_clause_event(s, t_last) if start is not None else None
        if when is not None and when[1] != head and not any(k in consumed for k in range(when[0], when[2] + 1)):
            # the time also dates the clause of "when" after it: "ran it until 1998, when he stepped down"; "since
            # August, when they traded at $10" is August itself
            own = interval(tx.value) if t_first > 0 and s.toks[t_first - 1].lower == "since" else None
            out.append(make(*when, when[0], when[2], **dated_by(tx, *(own or (start, end, granularity)))))
        if named is not None and named[1] != head and not any(k in consumed for k in range(named[0], named[2] + 1)):
            # the year also dates the event it names: "Jobs introduced the iPhone at the 2010 Worldwide
            # Developers Conference" -> the conference, in 2010
            out.append(make(*named, t_first, named[2], **dated_by(tx, start, end, granularity)))

    # one event word dated by a calendar date and by a length of time that is not a period of its own
    # ("resigned on Friday after weeks of pressure", "Three days later, as of Friday's close"): the date is
    # its date, the length no second event ("accelerated in the past two weeks, from $8 on Oct. 9" keeps both)
    for head, reports in dated_heads.items():
        # ... and one dated by the time of the report it is told in and by a time of its own ("said Tuesday it
        # would invest $80 billion this fiscal year"): its own (an announcement itself keeps its day)
        told_on = [c for c in reports if _is_report_time(s, c.timex)]
        own = [c for c in reports if c not in told_on]
        # only a time that reaches the report's day or later ("would investigate the genocide ... four years
        # ago" keeps the report's day: the years date the genocide, which the clause's verb took)
        if told_on and own and s.toks[head].lower not in _REPORTING_FORMS and all(
                c.end is not None and r.start is not None and c.end >= r.start for c in own for r in told_on):
            out = [c for c in out if not any(c is r for r in told_on)]
        if any(c.timex.type in ("DATE", "TIME") for c in reports):
            redundant = {id(c) for c in reports if c.timex.type == "DURATION" and (
                c.start is None or COUNTED_FROM_REFERENCE.match(s.text, c.timex.char_end)
                or _UNIT_ADJECTIVE.search(c.timex.text))}   # how long it lasted: "a two-day strike last week"
            out = [c for c in out if id(c) not in redundant]

    # 2. events dated through another event ("on the same day as the Paris attacks")
    for m in _RELATIVE.finditer(s.text, s.start, s.end):
        cue_tok = s.first_token_at(m.start())
        anchor = _noun_phrase_right(s, s.first_token_at(m.end()), limit=5)
        if anchor is None or cue_tok in consumed:
            continue
        phrase = _first_event_phrase(s, cue_tok) or _clause_verb_event(s, cue_tok)
        if phrase is None:
            continue
        first, head, last = phrase
        a_first, a_head, a_last = anchor
        relation = next(rel for pattern, rel in _RELATION_OF_CUE if pattern.search(m.group("cue")))
        out.append(make(
            first, head, last, first, a_last, relation=relation, anchor_head=event_kind(noun_lemma(s.toks[a_head].text)),
            anchor_specific=next(iter(_event_names(s, a_first, a_last, a_head)), None), anchor_text=s.span_text(cue_tok, a_last),
            undated_reason=f"dated through '{s.span_text(a_first, a_last)}', which no article dates",
        ))

    # 3. named events without a date of their own ("the Paris attacks that killed 129 people")
    for k in range(len(s.toks)):
        if k in consumed or not _is_event_noun(s.toks, k):
            continue
        if s.toks[k].lower.endswith("ing") and not (k > 0 and s.toks[k - 1].lower in ("the", "a", "an", "this", "that")):
            continue  # "economies meeting in Turkey" is a verb form
        if _inside_organization_name(s, k):
            continue
        first, head, last = _extend_phrase(s, k, k)
        if last == head and s.toks[head].text[0].isupper():
            last = _name_end(s, head)   # the whole name: "World War II"
        if k + 2 < len(s.toks) and s.toks[k + 1].lower in ("in", "of") and _is_name(s.toks[k + 2]):
            last = _name_end(s, k + 2)
        if any(j in consumed for j in range(first, last + 1)):
            continue
        specific = next(iter(_event_names(s, first, last, head)), None)
        if specific is None or not any(s.toks[j].text[0].isupper() for j in range(first, last + 1)):
            continue
        span_last = last
        # keep a following relative clause short: "Paris attacks that killed 129 people"
        if last + 1 < len(s.toks) and s.toks[last + 1].lower in ("that", "which", "who"):
            span_last = min(len(s.toks) - 1, last + 4)
            while span_last > last and not _is_word(s.toks[span_last]):
                span_last -= 1
        out.append(make(first, head, last, first, span_last,
                        undated_reason="no time expression in its clause and no dated report of the same event"))
    return out


# Words that join the two dates of a range: "from June 3 to Aug. 30", "between 1985 and 1989".
_RANGE_JOINERS = {"from": frozenset({"to", "through", "until", "till", "-", "–"}), "between": frozenset({"and"})}
# Words that may follow the bare day closing a range ("from March 16 to 19 in San Jose").
_AFTER_A_DAY = frozenset("in at on for and with when while after before".split())
# Verbs that move a date: "The vote was moved from Tuesday to Thursday" names two dates, no range.
_RESCHEDULING = frozenset({f"{stem}{ending}" for stem in ("move", "postpone", "delay", "push", "shift", "reschedule",
                                                          "advance", "change", "switch")
                           for ending in ("", "s", "d", "ed", "ing")} | {"brought", "bring", "bringing"})


# The last day of a range written with a dash after its first: "Jan. 27-28".
_DASHED_LAST_DAY = re.compile(r"\s?[-–]\s?(0?[1-9]|[12][0-9]|3[01])\b")
MAX_DASHED_YEARS = 30   # "1965-1983", "2002-16"; a later number after a dash is something else ("2016-12 games")
_DASHED_LAST_YEAR = re.compile(r"[-–]([0-9]{2}|[12][0-9]{3})\b(?![-–/.,]?[0-9])")   # "2002-16", "1965-1983"
_WORD_AFTER = re.compile(r"\s+(\w+)")


_BARE_DAY_JOINERS = frozenset("and to through until till".split())


def _range_end(s: _Sentence, ti: int, t_first: int, t_last: int) -> tuple[int | None, dt.date, int] | None:
    """The end of a range opened by timex `ti` ("from 2011 to 2023", "from March 16 to 19"): the timex
    that ends it (None for a bare day of the first date's month), its last day and its last token; when
    the first is a date on the calendar and the end does not come before it."""
    first = s.timexes[ti]
    if first.granularity == "year" and first.value.isdigit() and len(first.value) == 4:
        years = _DASHED_LAST_YEAR.match(s.text, first.char_end)   # a season or a span of years: "between 2002-16"
        if years is not None:
            written, year = years.group(1), int(first.value)
            last_year = int(written) if len(written) == 4 else year // 100 * 100 + int(written)
            if len(written) == 2 and last_year <= year:
                last_year += 100   # "the 1999-00 season"
            if not year < last_year <= year + MAX_DASHED_YEARS:
                return None
            return None, dt.date(last_year, 12, 31), s.first_token_at(years.end() - 1)
    dash = _DASHED_LAST_DAY.match(s.text, first.char_end)
    after = _WORD_AFTER.match(s.text, dash.end()) if dash else None
    if dash and first.granularity == "day" and first.start is not None and not (
            after and after.group(1)[0].islower() and after.group(1) not in _AFTER_A_DAY):   # not "27 - 28 people"
        try:
            last_day = first.start.replace(day=int(dash.group(1)))
        except ValueError:
            return None
        return (None, last_day, s.first_token_at(dash.end() - 1)) if last_day > first.start else None
    tj = s.timex_of.get(t_last + 2) if first.granularity == "day" and first.start is not None else None
    if tj is not None and s.toks[t_last + 1].lower in _BARE_DAY_JOINERS and s.timexes[tj].text.isdigit() \
            and s.timexes[tj].end is not None and s.timexes[tj].end > first.start:
        return tj, s.timexes[tj].end, s.last_token_of.get(tj, t_last + 2)   # "on April 24 and 25" (the tagger
        # gives the bare day its month)
    joiners = _RANGE_JOINERS.get(s.toks[t_first - 1].lower) if t_first > 0 else None
    if joiners is None or t_last + 2 >= len(s.toks) or s.toks[t_last + 1].lower not in joiners \
            or any(s.toks[k].lower in _RESCHEDULING for k in range(max(0, t_first - 8), t_first)):
        return None
    if first.type not in ("DATE", "TIME") or first.start is None:
        return None
    tj = s.timex_of.get(t_last + 2)
    if tj is None:   # "from March 16 to 19": a day of the same month, then no more of the figure
        day = s.toks[t_last + 2].text
        after = s.toks[t_last + 3] if t_last + 3 < len(s.toks) else None
        if first.granularity != "day" or not day.isdigit() or (
                after is not None and _is_word(after) and after.lower not in _AFTER_A_DAY):
            return None   # "rose from March 16 to 19 percent" counts something else
        try:
            last_day = first.start.replace(day=int(day))
        except ValueError:
            return None
        return (None, last_day, t_last + 2) if last_day > first.start else None
    last = s.timexes[tj]
    if tj == ti or s.first_token_at(last.char_start) != t_last + 2 or last.type not in ("DATE", "TIME") \
            or last.end is None or last.end < first.start:
        return None
    return tj, last.end, s.last_token_of[tj]


def _is_report_time(s: _Sentence, tx: Timex) -> bool:
    """Whether `tx` stands right beside a reporting verb: "said Tuesday", "said on Tuesday", "on Tuesday said"."""
    ti = s.timexes.index(tx)
    first = s.first_token_at(tx.char_start)
    before = first - 1 - (first > 0 and s.toks[first - 1].lower in lexicon.TEMPORAL_PREPOSITIONS)
    after = s.last_token_of.get(ti, first) + 1
    return (before >= 0 and s.toks[before].lower in _REPORTING_FORMS) or (
        after < len(s.toks) and s.toks[after].lower in _REPORTING_FORMS)


def _inside_organization_name(s: _Sentence, k: int) -> bool:
    """Whether the capitalised event noun at k goes on into the name of a body (ORGANIZATION_WORDS): "the
    North Atlantic Treaty Organization", "DPC Acquisition Partners" ("Hurricane Hugo" is an event), or
    ends one after "of" ("the 5th U.S. Circuit Court of Appeals")."""
    if k >= 2 and s.toks[k].text[0].isupper() and s.toks[k - 1].text == "of" \
            and s.toks[k - 2].text in lexicon.ORGANIZATION_WORDS:
        return True
    j = k + 1
    while j < len(s.toks) and j - k <= 3 and s.toks[j].text[:1].isupper() and s.toks[j].text not in lexicon.ORGANIZATION_WORDS:
        j += 1   # "Moscone West Convention Center", "Crescott Investment Associates Inc."
    return s.toks[k].text[0].isupper() and j < len(s.toks) and s.toks[j].text in lexicon.ORGANIZATION_WORDS


def _why_not_on_calendar(tx: Timex, document: Document) -> str:
    if document.dct.date is None:
        return f"'{tx.text}' could not be placed on the calendar: the article has no creation date"
    if tx.type == "DURATION":
        return f"'{tx.text}' is a length of time ({tx.value}) that the text does not tie to a date"
    return f"'{tx.text}' ({tx.value}) names no particular day, month or year"


# A length written as an adjective ("two-year", "52-week", "10-year") modifies the noun after it.
_UNIT_ADJECTIVE = re.compile(r"-(?:year|month|week|day|hour|minute)$", re.I)


_CENTURY_OR_DECADE = re.compile(r"\d{2,3}")   # TimeML values of "the 20th century" (19), "the 1960s" (196)


def _event_for_timex(s: _Sentence, tx: Timex, t_first: int, t_last: int) -> tuple[int, int, int] | None:
    toks = s.toks
    entry = _dated_entry_event(s, t_first, t_last)
    if entry is not None:
        return entry
    # possessive: "Sunday's official dinner"
    if t_last + 1 < len(toks) and toks[t_last + 1].lower in ("'s", "’s"):
        phrase = _noun_phrase_right(s, t_last + 2, possessed=True)
        if phrase:
            return phrase
    # a year that ends a name names an event, if any, and dates no verb: "in the Euro 2024 final", "Windows 2000"
    if _is_name_year(s, s.timex_of[t_first]):
        return _noun_phrase_right(s, t_last + 1, limit=2)
    # a day or month written before the event it dates: "the Nov. 5 election", "Iraq's Aug. 2 invasion"
    if tx.type == "DATE" and tx.granularity in ("day", "month") and tx.value[:4].isdigit() and t_first > 0 \
            and (toks[t_first - 1].lower in _DETERMINERS | {"'s", "’s"} or toks[t_first - 1].text.isdigit()):
        # ... or after a count: "14 of 15 Super Tuesday contests"
        phrase = _noun_phrase_right(s, t_last + 1, limit=2)
        if phrase:
            return phrase
    # modifier: "four-year civil war", "two days of talks" is handled by the preposition rule first
    if tx.type == "DURATION" and t_last + 1 < len(toks) and toks[t_last + 1].lower != "of" \
            and toks[t_last + 1].lower not in _NOT_MODIFIED:   # not "two weeks after Hurricane Helene"
        phrase = _noun_phrase_right(s, t_last + 1, limit=3)
        if phrase:
            return phrase
        if _UNIT_ADJECTIVE.search(tx.text):
            return None   # "a two-year contract", "10-year notes": the length of a thing, not of an event

    # a century or decade as an adjective: "a 20th century democrat", "a 1960s radical" describe a person
    # or thing, not when an event happened (a year or a quarter before a noun does: "a third-quarter loss")
    after = t_last + 1
    if (_CENTURY_OR_DECADE.fullmatch(tx.value) and t_first > 0 and toks[t_first - 1].lower in _DETERMINERS
            and after < len(toks) and toks[after].text.isalpha() and toks[after].text.islower()
            and toks[after].lower not in lexicon.STOPWORDS and not _is_event_noun(toks, after)
            and not _is_verb(toks, after)):
        return None

    # "a 10% stock dividend, payable Dec. 15": the payment is what the date is for
    if t_first >= 2 and toks[t_first - 1].lower == "payable":
        k = t_first - 2 - (toks[t_first - 2].text == ",")
        while k > 0 and toks[k].lower in _SUBJECT_GAP_WORDS:   # "The dividend is payable Jan. 3"
            k -= 1
        first, k = _words_left(s, k, k - 6)
        while first is not None and k >= 2 and toks[k].lower in ("the", "a", "an") and toks[k - 1].lower == "of":
            longer, before = _words_left(s, k - 2, k - 8)   # "a 3-for-2 split of the common"
            if longer is None:
                break
            first, k = longer, before
        if first is not None:
            return first, t_first - 1, t_first - 1
    # "to holders of record Nov. 15": the record date of the holders
    if t_first >= 3 and toks[t_first - 1].lower == "record" and toks[t_first - 2].lower == "of" and _is_word(toks[t_first - 3]):
        return t_first - 3, t_first - 3, t_first - 1

    # "<event> [at the close of | on | in] <timex>"
    lead = t_first
    prefix = s.text[max(s.start, toks[t_first].start - 40) : toks[t_first].start]
    boundary = _BOUNDARY.search(prefix)
    if boundary:
        lead = s.first_token_at(toks[t_first].start - len(boundary.group(0)))
    phrase = _first_event_phrase(s, lead)
    if phrase:
        return (_charge_for(s, phrase, tx) or _framed_event(s, phrase, t_last) or _done_at_setting(s, phrase)
                or _measure_subject(s, phrase, t_first, t_last) or phrase)
    # "N days of talks"
    if tx.type == "DURATION" and t_last + 2 < len(toks) and toks[t_last + 1].lower == "of":
        phrase = _noun_phrase_right(s, t_last + 2, limit=2)
        if phrase:
            return phrase
    # the nearest verb of the clause: "World leaders on Monday sought ...", "agreed in Vienna at the weekend";
    # not the verb that bounds a period ("For the quarter ended Sept. 30, Delta posted ...")
    bound = t_last + 1 if t_last + 1 < len(toks) and toks[t_last + 1].lower in ("ended", "ending") else None
    return _reduced_relative_before(s, t_first) or _clause_verb_event(s, t_first, skip=bound)


# What separates the date heading an entry of a chronology from what happened: "Oct. 29, 2018 - A Lion
# Air 737 MAX crashes into the Java Sea".
_ENTRY_SEPARATORS = frozenset({"-", "–", "—", ":", "--"})
# Words after which an entry's unknown word in -s is its verb: "A door plug blows out of".
_ENTRY_VERB_FOLLOWERS = _PARTICLES | frozenset("into onto off from".split())


def _dated_entry_event(s: _Sentence, t_first: int, t_last: int) -> tuple[int, int, int] | None:
    """The event of a chronology's entry that the date opening the sentence heads: the first verb after
    the separator, told in the present as such lists do ("Boeing fires its chief executive", "A 737 MAX
    crashes into the Java Sea": a verb there, not the plural of an event noun), with its subject."""
    begin = t_last + 2
    if t_first != 0 or begin >= len(s.toks) or s.toks[t_last + 1].text not in _ENTRY_SEPARATORS:
        return None
    for k in range(begin + 1, min(len(s.toks), begin + 10)):
        tok = s.toks[k]
        if _is_breaker(tok) or k in s.timex_of:
            return None
        after = s.toks[k + 1].lower if k + 1 < len(s.toks) else ""
        present = tok.text.islower() and (
            (tok.lower.endswith("s") and not tok.lower.endswith("ss")
             and (tok.lower[:-1] in _VERB_LEMMA_SET or tok.lower[:-2] in _VERB_LEMMA_SET
                  or noun_lemma(tok.lower) in lexicon.EVENT_NOUNS or after in _ENTRY_VERB_FOLLOWERS))
            or (tok.lower in _VERB_LEMMA_SET and s.toks[k - 1].lower.endswith("s")))   # "Talks collapse"
        if _is_verb(s.toks, k) or present:
            first = begin
            while first < k and s.toks[first].lower in _DETERMINERS:
                first += 1   # "A Lion Air 737 MAX crashes": the title opens on the subject's words
            return first, k, _verb_phrase(s, k)[1]
    return None


def _reduced_relative_before(s: _Sentence, t_first: int) -> tuple[int, int, int] | None:
    """A time right after "<noun> <participle> by <agent>" dates the participle, not the verb after it:
    "Economists polled by Reuters last week expected two cuts" -> "Economists polled by Reuters"."""
    agent_end = t_first - 1 - (t_first > 0 and s.toks[t_first - 1].lower in lexicon.TEMPORAL_PREPOSITIONS)
    if agent_end >= 1 and _is_participle(s.toks[agent_end].lower) and _is_subject_noun(s, agent_end - 1):
        after = s.last_token_of.get(s.timex_of.get(t_first), t_first) + 1
        if after in s.verbs:
            first = _subject_bounds(s, agent_end)[0]   # no agent: "Shares bought on Monday rose" -> "Shares bought"
            return (first, agent_end, agent_end) if first < agent_end else None
    b = agent_end
    while b > 0 and agent_end - b < 4 and s.toks[b].lower != "by" and _is_word(s.toks[b]) \
            and s.toks[b].lower not in lexicon.STOPWORDS - {"the"}:
        b -= 1   # the agent: "Reuters", "the Commerce Department"
    participle = b - 1
    if b == agent_end or b < 2 or s.toks[b].lower != "by" or not _is_participle(s.toks[participle].lower) \
            or not _is_subject_noun(s, participle - 1):
        return None
    first = _subject_bounds(s, participle)[0]
    return (first, participle, agent_end) if first < participle else None


def _is_participle(word: str) -> bool:
    return word.endswith("ed") or word in _PARTICIPLE_FORMS


def _is_subject_noun(s: _Sentence, k: int) -> bool:
    """A noun a participle can follow as a reduced relative clause: "contracts [signed]", "Economists [polled]"."""
    return _is_plain_noun(s, k) or (k == 0 and s.toks[0].text.isalpha() and s.toks[0].lower not in lexicon.STOPWORDS)


_DETERMINERS_BEFORE_NOUN = frozenset("a an the its their his her new fresh".split())
_QUANTITY_WORDS = frozenset("dozen dozens number lot lots couple score scores handful hundreds thousands".split())
# Participles that link a noun to what follows as a preposition would ("$5 million related to the sale").
_LINKING_PARTICIPLES = frozenset("related linked tied connected attributed attributable compared owing according".split())


def _doer_of_noun_event(s: _Sentence, first: int, head: int, last: int, ti: int | None = None) -> int | None:
    """Where the title of an unnamed event named by a noun starts when a verb right before its phrase
    says who did it: "Israel and Hamas agreed to a ceasefire", "the delegations signed an agreement" (the
    event is still the noun: its kind, names and date). None when no verb with a subject governs it, for
    an infinitive ("expects to post sales"), or when the phrase names the event ("a NATO summit")."""
    idiom = head > 0 and (_verb_lemma(s.toks[head - 1].lower), s.toks[head].lower) in lexicon.EVENT_IDIOMS
    if head in s.timex_of or _is_verb(s.toks, head) or not _is_event_noun(s.toks, head) \
            or (_event_names(s, first, last, head) and not idiom):   # "opened fire" is said whole
        return None
    if first in s.verbs and s.toks[first].lower in COMBINING_VERBS:   # "Haley suspended her campaign"
        return _doer_before(s, first, ti)
    k = first - 1
    length = s.timex_of.get(k)
    if length is not None and _UNIT_ADJECTIVE.search(s.timexes[length].text):
        k = s.first_token_at(s.timexes[length].char_start) - 1   # how long it lasts: "began a 48-hour strike"
    while k > 0 and s.toks[k].lower in _DETERMINERS_BEFORE_NOUN:
        k -= 1
    reported_in = False
    if k > 0 and s.toks[k].lower in ("to", "for", "into", "against", "on"):
        k -= 1   # "agreed to a ceasefire", "filed for bankruptcy", "strengthened into a storm", "voted against
        # the plan", "will go on sale"
    elif k > 1 and s.toks[k].lower in ("in", "at", "during") and s.toks[k - 1].lower in _REPORTING_FORMS:
        k, reported_in = k - 1, True   # what a report was made in: "The White House said in a statement"
    if k < 1 or k not in s.verbs or s.toks[k - 1].lower in ("to", "'s", "’s") \
            or (s.toks[k].lower in _REPORTING_FORMS and not reported_in and _verb_lemma(s.toks[k].lower) in _SAYING) \
            or s.toks[k].lower in COMBINING_VERBS or s.toks[k].lower in _LINKING_PARTICIPLES:
        return None   # an infinitive ("expects to post sales"), a noun's modifier ("America's operating results")
    return _doer_before(s, k, ti)


def _doer_before(s: _Sentence, verb: int, ti: int | None) -> int | None:
    """Where the subject of `verb` starts, as the doer of the event after it; None when there is none."""
    subject = _subject_bounds(s, verb)[0]
    if subject == verb - 1 and s.toks[subject].lower in _QUANTITY_WORDS:
        return None   # "a dozen attempted murders": a quantity, not who did it
    if ti is not None and any(s.timex_of.get(j, ti) != ti for j in range(subject, verb)):
        return None   # the verb has a time of its own: "The government Saturday condemned the attacks ... Friday"
    return subject if subject < verb else None


def _measure_subject(s: _Sentence, phrase: tuple[int, int, int], t_first: int, t_last: int) -> tuple[int, int, int] | None:
    """The verb's event when the dated noun is a measure that is the subject of the verb right after the
    time: "Sales in July rose 5%" (the rise, with its subject), not a happening ("The attacks in Paris on
    Friday killed 130 people" keeps the attacks)."""
    first, head, last = phrase
    verb = t_last + 1
    between = [s.toks[k].lower for k in range(last + 1, t_first)]
    if between not in ([], ["in"], ["during"], ["for"]) or verb not in s.verbs or s.toks[verb].lower in ("ended", "ending") \
            or not {s.toks[head].lower, noun_lemma(s.toks[head].lower)} & lexicon.ECONOMIC_EVENT_NOUNS:
        return None
    before = first - 1 if first > 0 and s.toks[first - 1].lower == "that" else _before_determiners(s, first - 1)
    if before >= 0 and s.toks[before].text not in _SUBJECT_OPENERS and s.toks[before].lower != "that" \
            and _verb_lemma(s.toks[before].lower) not in _SAYING:
        return None   # an object or a noun's complement: "reported sales of $538.5 million for the quarter ended"
    return first, verb, _verb_phrase(s, verb)[1]


def _framed_event(s: _Sentence, phrase: tuple[int, int, int], t_last: int) -> tuple[int, int, int] | None:
    """The main clause's event when the dated event only frames it at the head of the sentence: "In a
    speech on Tuesday, the prime minister announced new sanctions" (the announcement, on Tuesday); not a
    report ("In an interview on Sunday, he said ..." keeps the interview)."""
    first = _before_determiners(s, phrase[0] - 1) + 1
    if first != 1 or s.toks[0].lower not in ("in", "at", "during") or t_last + 1 >= len(s.toks) \
            or s.toks[t_last + 1].text != "," or noun_lemma(s.toks[phrase[1]].lower) not in _SETTINGS:
        return None
    verb = next((v for v in s.verbs if v > t_last + 1), None)
    if verb is None or _verb_lemma(s.toks[verb].lower) in _SAYING or _clause_bounds(s, verb)[0] > t_last + 2:
        return None
    return _clause_verb_event(s, verb)


def _done_at_setting(s: _Sentence, phrase: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """The clause's event when the dated event is only where it was done: "Kurtz apologized to customers
    in an interview with NBC on Friday" (the apology); a report keeps its setting ("said in a statement")."""
    first, head, last = phrase
    k = _before_determiners(s, first - 1)
    if k < 2 or s.toks[k].lower not in ("in", "at", "during") or noun_lemma(s.toks[head].lower) not in _SETTINGS \
            or _event_names(s, first, last, head):   # a named one is news of its own: "the NATO Washington summit"
        return None
    lo = _clause_bounds(s, k)[0]
    if lo > 0 and s.toks[lo - 1].lower in _RELATIVE_PRONOUNS:
        return None   # not a relative clause's verb: "paid tribute to the men who launched ... in a rally"
    verb = next((v for v in reversed(s.verbs) if lo <= v < k), None)
    if verb is None or _verb_lemma(s.toks[verb].lower) in _SAYING or s.toks[verb].lower in _REPORTING_FORMS:
        return None
    return _clause_verb_event(s, verb)


# Events that are the setting of what a sentence tells ("In a speech on Tuesday, ..."), and the verbs that
# only report what was said there.
_SETTINGS = frozenset("""speech address interview statement summit meeting conference session briefing hearing
    ceremony rally debate visit trip talks""".split())
_SAYING = frozenset("say tell add note state explain insist comment write quote".split())


# Verbs (and "guilty") that name an event as what someone is charged with: "charged with murder on
# Sunday" dates the charge, not the murder.
_CHARGE_WORDS = frozenset("""charged accused convicted suspected indicted arrested sentenced acquitted cleared
    jailed detained questioned guilty wanted prosecuted tried""".split())
_CHARGE_PREPOSITIONS = frozenset("with of for in on over".split())


_CHARGE_GRANULARITIES = frozenset({"time", "day", "weekend"})   # the scale a charge or an arrest is dated on


def _charge_for(s: _Sentence, phrase: tuple[int, int, int], tx: Timex) -> tuple[int, int, int] | None:
    """(subject, verb, end of the phrase) when the event phrase is what someone was charged with, accused
    of or convicted of; the time expression after it dates the charge when it names a day or a time."""
    first, _, last = phrase
    k = first - 1
    while k > 0 and s.toks[k].lower in _DETERMINERS_BEFORE_NOUN:
        k -= 1
    if k < 1 or s.toks[k].lower not in _CHARGE_PREPOSITIONS or tx.granularity not in _CHARGE_GRANULARITIES:
        return None   # a month or a year dates the deed: "arrested in connection with the bombings last year"
    verb = k - 1
    while verb > 0 and k - verb <= 4 and s.toks[verb].lower not in _CHARGE_WORDS and _is_word(s.toks[verb]) \
            and not _is_verb(s.toks, verb):   # who was charged may stand between: "arrested two men for the killing"
        verb -= 1
    if s.toks[verb].lower not in _CHARGE_WORDS:
        return None
    subject = _subject_bounds(s, verb)[0]
    return (subject if subject < verb else verb), verb, last


GAPPED_WORDS = 4   # the most words a gapped conjunct names besides its time


def _gapped_conjunct(s: _Sentence, tx: Timex, t_first: int, t_last: int) -> tuple[int, int, int, int] | None:
    """(subject start, verb, object's first and last token) when the time expression stands in a conjunct
    that leaves out the verb of the one before it, in one of the two orders a list of dated facts takes:
    "Jobs founded Apple in 1976, NeXT in 1985 and Pixar in 1986" (the object, then the time, each conjunct
    ending on its time) and "In 1998 Apple introduced the iMac, in 2001 the iPod" (the time first in each).
    The conjunct opens with a comma or "and", holds no verb and at most GAPPED_WORDS words besides the time;
    the time before it has the same form (a year and a year, a day and a day)."""
    toks = s.toks
    if not (_YEAR_VALUE.fullmatch(tx.value) or _DAY_VALUE.fullmatch(tx.value)):
        return None
    before_time = t_first - 1 if t_first > 0 and toks[t_first - 1].lower in lexicon.TEMPORAL_PREPOSITIONS else t_first
    if before_time >= 1 and toks[before_time - 1].lower in _CONJUNCT_OPENERS and not _inside_number(toks, before_time - 1):
        lo, time_first = before_time - 1, True          # ", in 2001 the iPod music player"
        hi = t_last + 1
        while hi < len(toks) and toks[hi].lower not in _CONJUNCT_ENDS and hi - t_last <= GAPPED_WORDS + 1:
            hi += 1
        words = list(range(t_last + 1, hi))
    else:                                               # ", NeXT in 1985"
        time_first = False
        lo = before_time - 1
        while lo >= 0 and toks[lo].lower not in _CONJUNCT_OPENERS and before_time - lo <= GAPPED_WORDS + 1:
            lo -= 1
        hi = t_last + 1
        words = list(range(lo + 1, before_time))
    if lo < 1 or toks[lo].lower not in _CONJUNCT_OPENERS or _inside_number(toks, lo):
        return None
    if hi < len(toks) and toks[hi].lower not in _CONJUNCT_ENDS:
        return None
    if not words or len(words) > GAPPED_WORDS or any(_is_verb(toks, k) or k in s.timex_of for k in words) \
            or all(toks[k].lower in lexicon.STOPWORDS or toks[k].lower == "to" for k in words):
        return None
    if before_time < t_first and toks[before_time].lower not in _PLACING_PREPOSITIONS:
        return None   # "and 6.8% from Oct. 13": a point compared with, "to Nov. 6": a new deadline
    end = lo - 1 if toks[lo].lower == "and" and toks[lo - 1].text == "," else lo
    previous = [ti for k, ti in s.timex_of.items() if k < end]
    if not previous:
        return None
    earlier = s.timexes[max(previous)]
    if bool(_YEAR_VALUE.fullmatch(earlier.value)) != bool(_YEAR_VALUE.fullmatch(tx.value)) \
            or bool(_DAY_VALUE.fullmatch(earlier.value)) != bool(_DAY_VALUE.fullmatch(tx.value)):
        return None
    e_first = s.first_token_at(earlier.char_start)
    e_last = s.last_token_of.get(max(previous), e_first)
    verb = next((v for v in reversed(s.verbs) if v < end), None)
    if verb is None or any(_is_breaker(toks[k]) for k in range(verb + 1, end)):
        return None
    if time_first:   # the earlier time opens its clause, before the verb
        if not e_last < verb:
            return None
    elif not (verb < e_first and e_last == end - 1):   # the earlier conjunct ends on its time
        return None
    subject = _subject_left(s, verb)
    return (subject if subject < verb else verb), verb, words[0], words[-1]


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_PLACING_PREPOSITIONS = frozenset("in on at during".split())
_CONJUNCT_OPENERS = frozenset([",", "and"])
_CONJUNCT_ENDS = frozenset([",", ";", ".", "and"])
_YEAR_VALUE = re.compile(r"\d{4}")


def _is_name_year(s: _Sentence, ti: int) -> bool:
    """Whether time expression `ti` is a year that ends a name: "Euro 2024", "Windows 2000", "Expo 2020"."""
    first = s.first_token_at(s.timexes[ti].char_start)
    return (s.last_token_of.get(ti, first) == first and first > 1 and bool(_YEAR_VALUE.fullmatch(s.timexes[ti].value))
            and _is_name(s.toks[first - 1]) and s.toks[first - 1].text not in lexicon.NOT_NAMES)


def _event_named_by_year(s: _Sentence, tx: Timex, t_first: int, t_last: int) -> tuple[int, int, int] | None:
    """The event a year stands before as part of its name ("the 2010 Worldwide Developers Conference", "the
    company's 2012 election"): the year alone, after "the" or a possessive, then an event noun within a
    few words."""
    if t_first != t_last or not _YEAR_VALUE.fullmatch(tx.value) or t_first == 0 \
            or s.toks[t_first - 1].lower not in _YEAR_DETERMINERS:
        return None
    return _noun_phrase_right(s, t_last + 1, limit=4)


_YEAR_DETERMINERS = frozenset(["the", "a", "an", "'s", "’s", "its", "their", "his", "her", "our", "this", "last", "next"])


# Verbs done to what a year names, later than that year: "violated the 1991 agreement", "recalls the 1956 uprising".
_LATER_VERBS = frozenset("violate replace strengthen tighten ease amend extend revise recall remember commemorate "
                         "mark investigate probe overturn repeal renegotiate reopen cite challenge uphold honor "
                         "mourn reverse scrap abandon".split())
# Words before a year's noun phrase that put the clause after it: "after its 1990 invasion of Kuwait".
_AFTER_WORDS = frozenset("after since following".split())


def _year_of_an_earlier_thing(s: _Sentence, t_first: int) -> bool:
    """Whether the clause around an adjectival year comes after what the year names: the year's phrase
    follows "after" or "since", is the subject ("Her 1987 paper was cited"), or is the object of a verb
    done to something that was there before (_LATER_VERBS)."""
    lo = _clause_bounds(s, t_first)[0]
    if not any(lo <= v < t_first for v in s.verbs):
        return True   # in the subject: "The company's 2010 model sold well last year"
    k = t_first - 2   # the word before the year's determiner
    word = s.toks[k].lower
    return word in _AFTER_WORDS or _verb_lemma(word) in _LATER_VERBS


def _adjectival_year(s: _Sentence, tx: Timex, t_first: int, t_last: int) -> bool:
    """Whether a year alone stands between a determiner and a word, as the modifier of a noun: "the 1959
    trade embargo", "Her 1987 paper", "the company's 2012 election", "the 2008 Beijing Olympics"."""
    return (t_first == t_last and 0 < t_first and t_last + 1 < len(s.toks) and tx.text.isdigit()
            and s.toks[t_first - 1].lower in _YEAR_DETERMINERS)


_ERA_WORD = re.compile(r"(?:century|\d0s|['’]\d0s)$", re.I)   # a century or decade named (not "decades ago")


_TAKING_FORMS = frozenset("take takes took taken taking last lasts lasted lasting spend spends spent spending".split())


def _length_taken(s: _Sentence, ti: int) -> bool:
    """Whether time expression `ti` is a length of time a verb takes as its object, which its title keeps
    ("The jury took seven days to reach a verdict", "talks could take months")."""
    first = s.first_token_at(s.timexes[ti].char_start)
    return first > 0 and s.toks[first - 1].lower in _TAKING_FORMS


def _era_modifier(s: _Sentence, tx: Timex, t_first: int, t_last: int) -> bool:
    """Whether a century or decade modifies the word after it ("19th-century clock tower", "a 1960s
    song"), not after a preposition ("built in the 19th century by monks")."""
    return (_CENTURY_OR_DECADE.fullmatch(tx.value) is not None and _ERA_WORD.search(tx.text) is not None
            and t_last + 1 < len(s.toks) and s.toks[t_last + 1].text.isalpha()
            and not (t_first > 0 and s.toks[t_first - 1].lower in lexicon.TEMPORAL_PREPOSITIONS))


def _when_clause_event(s: _Sentence, t_last: int) -> tuple[int, int, int] | None:
    """The event of a clause of "when" right after a time ("in 1998, when he stepped down"), which that time
    dates; None when none follows or the clause has a time of its own."""
    k = t_last + 1
    if k < len(s.toks) and s.toks[k].text == ",":
        k += 1
    if k + 2 >= len(s.toks) or s.toks[k].lower != "when":
        return None
    lo, hi = _clause_bounds(s, k + 1)
    if any(j in s.timex_of for j in range(k + 1, hi + 1)):
        return None
    verb = next((v for v in s.verbs if k + 1 < v <= hi), None)
    if verb is None:
        return None
    first, last = _verb_phrase(s, verb, stop=hi + 1)
    subject = _subject_bounds(s, verb)[0]
    return (subject if k < subject < verb else first), verb, last


def _clause_verb_event(s: _Sentence, origin: int, skip: int | None = None) -> tuple[int, int, int] | None:
    """The verb of the clause nearest to token `origin` (other than token `skip`), with its subject and a
    short complement."""
    lo, hi = _clause_bounds(s, origin)
    verb = _nearest_verb(s, lo, hi, origin, skip)
    if verb is None and lo >= 2 and s.toks[lo - 1].lower in _GERUND_OPENERS and s.toks[lo].lower.endswith("ing"):
        # a clause of a word in -ing alone tells what the verb before it was doing: "The jet flipped upside
        # down while landing in Toronto on Monday" is the flip
        return _clause_verb_event(s, lo - 2, skip)
    if verb is None:
        return None
    if verb > origin and _closing_report(s, verb) is not None:
        # a time in what a closing report tells dates what it tells, however far back its verb: "The FDA
        # approved a treatment for ALS, a disease that ..., on Friday, Reuters reported."
        told = next((v for v in reversed(s.verbs) if v < origin and v != skip), None)
        if told is not None:
            return _clause_verb_event(s, told, skip)
    # a time inside a relative clause dates the clause's own (first) verb, not the verb after the clause:
    # "Delfin, who was imprisoned in the 1960s, followed in 1979", "Hungary, who were invited to join NATO
    # in July 1997, will join"
    following = next((v for v in s.verbs if origin < v < hi and v != skip), None)
    relative = _relative_clause_before(s, following) if following is not None else None
    if relative is not None and (relative[0] < origin <= relative[1] or (s.toks[relative[1]].text != ","
                                                                         and relative[1] < origin < following)):
        # also a time closing a clause without a comma: "Thieves who stole the jewels on Sunday morning spent
        # seven minutes" (after the comma it is the verb's: "Saddam Hussein, facing troops, today sought peace")
        verb = next((v for v in s.verbs if relative[0] < v < origin and v != skip), None)
        if verb is None:   # "The issue, which is puttable in 1999, was priced": not the pricing's date
            return None
    v_first, v_last = _verb_phrase(s, verb, over=origin) \
        if verb < origin and (_inside_object(s, origin) or _infinitive_after(s, origin)) \
        else _verb_phrase(s, verb, stop=origin)
    subject, last_phrase = _subject_bounds(s, verb)
    governing = verb - 2
    if (subject >= verb - 1 and governing >= 1 and s.toks[verb - 1].lower == "to"
            and s.toks[governing].lower in _KNOWN_VERB_OF_FORM and s.toks[governing].lower not in lexicon.STOPWORDS):
        # an infinitive says what its verb's subject plans, wants or agreed to do: "The company plans to
        # expand next year" (not "To expand")
        planner = _subject_bounds(s, governing)[0]
        return (planner if planner < governing and s.toks[planner].lower != "to" else governing), verb, v_last
    if s.toks[verb - 1].lower == "to":
        # a purpose after the object of the verb before it: "The company paid $2.5 million to settle the
        # case on Friday" tells who paid, not "2.5 million to settle" (not after "be": "was the first to come")
        main = next((v for v in reversed(s.verbs) if _clause_bounds(s, verb)[0] <= v < verb - 1), None)
        if main is not None and main < subject \
                and not any(s.toks[t].text == "," for t in range(main, verb)):
            doer = _subject_bounds(s, main)[0]
            if doer < main:
                return doer, verb, v_last
    if subject >= verb:
        return v_first, verb, v_last
    # an event noun as subject names the happening: "terrorist blasts killed 257 people" (not one in a
    # phrase before it: "groups that opposed Iraq in its war with Iran show signs" is not the war)
    # (nor one in a relative clause: "the tourist who had been missing since the storm was found")
    if _participle_clause_closing(s, verb - 1) is not None:
        return subject, verb, v_last   # what was done to the subject: "The merger, announced in October"
    # (nor one after a preposition in the subject: "Fighters in the revolution that brought Castro to power
    # gathered" is the gathering)
    relative = _relative_clause_before(s, verb)
    before_phrase = last_phrase - 1
    while before_phrase > subject and s.toks[before_phrase].lower in _DETERMINERS:
        before_phrase -= 1
    if before_phrase > subject and s.toks[before_phrase].lower in _PREPOSITIONS:
        return subject, verb, v_last
    nouns = [k for k in range(last_phrase, relative[0] if relative else verb)   # not a march: "Hungary on March
             if k not in s.timex_of and _is_event_noun(s.toks, k) and s.toks[k].text.islower()]   # 12 will join"
    return subject, (nouns[-1] if nouns else verb), v_last


def _infinitive_after(s: _Sentence, origin: int) -> bool:
    """Whether the time expression at token `origin` stands between a verb and its infinitive ("agreed in
    November to pay a $165 million penalty"): the verb's complement runs on past it."""
    ti = s.timex_of.get(origin)
    last = s.last_token_of.get(ti, origin) if ti is not None else origin
    return ti is not None and last + 2 < len(s.toks) and s.toks[last + 1].lower == "to" \
        and s.toks[last + 2].lower in _VERB_LEMMA_SET


def _inside_object(s: _Sentence, origin: int) -> bool:
    """Whether the time expression at token `origin` modifies a noun after it ("lost [the 2014] final to
    Germany"): the verb's complement runs on past it (the title leaves the expression out)."""
    ti = s.timex_of.get(origin)
    if ti is None or origin < 1 or (s.toks[origin - 1].lower not in _DETERMINERS
                                    and not _ADJECTIVAL_DATE.match(s.timexes[ti].text)):
        return False   # "report [first-quarter] results" needs none
    last = s.last_token_of.get(ti, origin)
    if _ADJECTIVAL_DATE.match(s.timexes[ti].text):
        return last + 1 < len(s.toks) and s.toks[last + 1].text.isalpha() and s.toks[last + 1].text.islower()
    if _noun_phrase_right(s, last + 1, limit=4) is not None:
        return False   # an event the time names, dated on its own: "after its 1990 invasion of Kuwait"
    return last + 1 < len(s.toks) and _is_plain_noun(s, last + 1)


def _tidy_title(title: str) -> str:
    title = _SPACES.sub(" ", title).strip(" ,;:“”\"'")
    title = _CONTRACTION_TAIL.sub("", title)
    first = title.split(" ", 1)[0]
    if first[1:] != first[1:].lower():   # a name written "iPhone", "eBay", "iOS" keeps its case
        return title
    return title[:1].upper() + title[1:]


_SPACES = re.compile(r"\s+")
# The tail of a contraction left at a title's start when the phrase begins after "won't", "we've",
# "they're": "t be paid" is "Be paid".
_CONTRACTION_TAIL = re.compile(r"^(?:t|ve|re|ll|d|m) (?=\S)")


# Word endings of nouns that name happenings or states: "revision", "payment", "arrival", "growth".
_NOMINALIZATION = re.compile(r"(?:tion|sion|ment|ance|ence|ure|al|th|ing)s?$")
_NOT_EVENT_WORDS = frozenset("""
    during according nothing something anything everything thing things morning evening king ring spring
    building ceiling meaning wing string sterling bring total general several federal capital national
    international local central political special official financial final animal hospital individual
    annual original potential natural normal rural legal royal global initial criminal regional material
    month months north south both truth health wealth youth year years percent
""".split())


def verb_forms(lemma: str) -> set[str]:
    """The regular forms of a verb: "own" -> own, owns, owned, owning; "stop" -> stopped; "move" -> moving."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
        # short consonant-vowel-consonant stems double the last letter: "stopped", "planning"
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


_VERB_FORMS = frozenset(f for lemma in lexicon.VERB_LEMMAS for f in verb_forms(lemma))
_KNOWN_VERBS = frozenset(lexicon.VERB_LEMMAS) | frozenset(lexicon.IRREGULAR_LEMMAS.values())
# form -> verb, for the known verbs (a form two verbs share goes to the first in alphabetical order)
_KNOWN_VERB_OF_FORM = {form: lemma for lemma in sorted(lexicon.VERB_LEMMAS, reverse=True) for form in verb_forms(lemma)}
_HAVE = frozenset("has have had having".split())
# Words after "have" that show a main verb: a preposition after an elided verb phrase ("than they have in
# the past", "as it has for almost a hundred years"), a possessive opening its object ("we have our suspect").
_HAVE_MAIN_VERB_NEXT = frozenset("in for since over during our his my your".split())
_REPORTING_FORMS = frozenset({f for lemma in lexicon.REPORTING_LEMMAS for f in verb_forms(lemma)}
                             | {"said", "told", "wrote", "according"})
# Verbs of a report that closes its sentence after a comma ("..., officials said", "..., data showed").
_CLOSING_REPORTS = _REPORTING_FORMS | frozenset("show shows showed suggest suggests suggested".split())


def _is_anchor_noun(word: str) -> bool:
    return any(word[: len(word) - n] in lexicon.ANCHOR_EVENT_NOUNS
               for n, suffix in ((0, ""), (1, "s"), (2, "es")) if word.endswith(suffix))


def _is_event_word(toks: list[_Tok], i: int) -> bool:
    """Any word that may name an event or state in TimeML's sense: verbs in every form, event nouns,
    gerunds, nominalizations ("revision", "growth"), "have" as a main verb ("had a loss", "as it has for
    years"), "do" after "to" or a modal ("is expected to do better"), predicative words after "be" ("was
    due", "were up"), "according to"."""
    tok = toks[i]
    if not _is_word(tok) or not tok.text.replace("-", "").isalpha():
        return False
    if _is_verb(toks, i) or _is_event_noun(toks, i):
        return True
    word = tok.lower
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    before = toks[i - 1].lower if i > 0 else ""
    if word in _HAVE:  # a main verb of possession, not the perfect auxiliary ("has 45 banks", "had a loss")
        if after in _HAVE_MAIN_VERB_NEXT:  # "as it has for a century", "we have our suspect"
            return True
        return bool(after) and not (after in _NOT_OBJECT_STOPWORDS
                                    or _is_verb_form(after) or after in _VERB_FORMS or after.endswith("ly"))
    if word == "do":  # the main verb after "to" or a modal ("expected to do better"), else an auxiliary
        return before in lexicon.AUXILIARIES
    if word == "according":
        return after == "to"
    if word in _BE_FORMS:
        # "be" as the main verb, not an auxiliary: "was among the first", "has been on the run"
        j = _skip_adverbs(toks, i + 1, 1)
        nxt = toks[j].lower if j < len(toks) else ""
        return bool(nxt) and _is_word(toks[j]) and not (nxt in _VERB_FORMS or _is_verb_form(nxt) or nxt == "to")
    if before in lexicon.BE_HAVE and word in lexicon.PREDICATIVE_WORDS:
        return True
    if tok.text[0].isupper() and i > 0:
        return False
    if word in _VERB_FORMS or _is_anchor_noun(word):
        return True
    if word in lexicon.STOPWORDS or word in _NOT_EVENT_WORDS or len(word) < 4:
        return False
    if _NOMINALIZATION.search(word) or word in lexicon.ECONOMIC_EVENT_NOUNS:
        return True
    if (before in lexicon.BE_HAVE or before in ("he", "she", "it", "who", "which", "that")) and not word.endswith("ly"):
        return True  # "was vital", "it reaches", "who says"; not an adverb ("is fairly")
    return False


# "be" forms, and the adverbs that may stand between a verb and its auxiliary or complement ("is not",
# "was still under"); "n't" is tokenized as "n", "'", "t".
_BE_FORMS = frozenset("am is are was were be been being".split())
_VERB_ADVERBS = frozenset("not n t ' ’ still also never already now just only once then yet ever".split())
_PRESENT_BE = frozenset("am is are".split())
_NOT_PRESENT_BEFORE = frozenset("was were had did has have".split()) | lexicon.AUXILIARIES
_THIRD_PERSON_SUBJECTS = frozenset("he she it who which that".split())
_SUBJECT_PRONOUNS = frozenset("i we they you".split())
_VERB_LEMMA_SET = frozenset(lexicon.VERB_LEMMAS)


def _skip_adverbs(toks: list[_Tok], j: int, step: int) -> int:
    """The first token from j on (step 1) or back (step -1) that is not an adverb of _VERB_ADVERBS."""
    while 0 <= j < len(toks) and toks[j].lower in _VERB_ADVERBS:
        j += step
    return j


def _is_present_tense(toks: list[_Tok], k: int) -> bool:
    """Whether the event word at k is a verb in the simple or progressive present: "is fighting", "is
    accused", "wants", "White heads a team", "we lack"; not the present perfect ("has taken" reports a past
    event), a past or modal form, or a plural noun ("the talks")."""
    j = _skip_adverbs(toks, k - 1, -1)
    before = toks[j].lower if j >= 0 else ""
    word = toks[k].lower
    if before in _PRESENT_BE:
        return True
    if before in _NOT_PRESENT_BEFORE:
        return False
    if word in _PRESENT_BE or word in ("has", "have", "says"):
        return True
    if before in _SUBJECT_PRONOUNS:
        return word in _VERB_LEMMA_SET
    lemma = word[:-2] if word.endswith("es") and word[:-2] in _VERB_LEMMA_SET else word[:-1]
    if j < 0 or not word.endswith("s") or lemma not in _VERB_LEMMA_SET:
        return False
    if before in _DETERMINERS or toks[j].text[0].isdigit():
        return False  # "the talks", "two visits"
    return _is_verb(toks, k) or before in _THIRD_PERSON_SUBJECTS or _is_name(toks[j])


# Words after a duration that do not make it a modifier ("ten years ago", "a week earlier", "52 years old").
_NOT_MODIFIED = frozenset("ago old earlier later long before after since".split())


def _modified_phrases(s: _Sentence) -> dict[int, range]:
    """Durations used as modifiers ("a three hour meeting", "a 24-hour candle", "its five-year effort"),
    with the tokens of the noun phrase they modify: they date that phrase and nothing else."""
    out: dict[int, range] = {}
    last_of: dict[int, int] = {}
    for k, ti in s.timex_of.items():
        last_of[ti] = max(k, last_of.get(ti, k))
    for ti, last in last_of.items():
        if s.timexes[ti].type != "DURATION":
            continue
        first = s.first_token_at(s.timexes[ti].char_start)
        before = first if s.toks[first].lower in _DETERMINERS else (
            first - 1 if first > 0 and s.toks[first - 1].lower in _DETERMINERS else None)
        if before is None or (before > 0 and s.toks[before - 1].lower in lexicon.TEMPORAL_PREPOSITIONS):
            continue  # "six days aboard", "over a three-year period": an adverbial, not a modifier
        words = _modified_words(s, last)
        if words:
            out[ti] = words
    return out


def _modified_words(s: _Sentence, last: int) -> range:
    """The words of the noun phrase a modifier ending at token `last` modifies (up to three)."""
    k = last + 1
    while k < len(s.toks) and k - last <= 3 and k not in s.timex_of and _is_modifier_word(s.toks, k):
        k += 1
    return range(last + 1, k)


_DETERMINERS = frozenset("a an the its their his her this that our your my".split())

# A date written as a hyphenated adjective before its noun ("third-quarter results", "year-earlier net
# income", "first-half profit") or a season alone before one ("its smallest winter extent", "her spring
# statement"): what the noun phrase is about, not when the clause's verb happened.
_ADJECTIVAL_DATE = re.compile(r"^(?:[a-z0-9]+-(?:quarter|half|year|month|week|earlier|ago)|winter|summer|spring|autumn)$", re.I)


def _is_adjectival_date(s: _Sentence, k: int) -> bool:
    """Whether token k is (part of) a date written as an adjective before a lower-case word."""
    ti = s.timex_of.get(k)
    if ti is None or not _ADJECTIVAL_DATE.match(s.timexes[ti].text):
        return False
    after = s.last_token_of.get(ti, k) + 1
    return after < len(s.toks) and s.toks[after].text.isalpha() and s.toks[after].text.islower()


def _adjectival_dates(s: _Sentence, free: dict[int, int]) -> dict[int, range]:
    """Dates written as adjectives before a noun (_ADJECTIVAL_DATE), with the tokens of the noun phrase
    they date, when the sentence has another free date or time for its other events: "expects to release
    third-quarter results in mid-November" dates the release to mid-November, the results to the quarter.
    As the only time of its sentence such a date dates it all ("Third-quarter profit rose 5%")."""
    out: dict[int, range] = {}
    for ti in set(free.values()):
        tx = s.timexes[ti]
        if tx.type != "DATE" or not _ADJECTIVAL_DATE.match(tx.text):
            continue
        if not any(o != ti and s.timexes[o].type in ("DATE", "TIME")
                   and not any(p.search(s.timexes[o].text) for p, _ in _COMPARISON_RULES) for o in free.values()):
            continue   # "posted third-quarter net of $3 million, against $2 million a year earlier": the quarter
        first = s.first_token_at(tx.char_start)
        if not any(_is_verb(s.toks, k) for k in range(_anchor_clause(s, first)[0], first)):
            continue   # the subject's period is its predicate's ("its third-quarter earnings will be lower")
        words = _modified_words(s, s.last_token_of.get(ti, first))
        if words:
            out[ti] = words
    return out


def _is_modifier_word(toks: list[_Tok], k: int) -> bool:
    """A word of the noun phrase after a modifier: not a function word or a verb."""
    w = toks[k].lower
    return (_is_word(toks[k]) and w not in lexicon.STOPWORDS and w not in _NOT_MODIFIED
            and w not in lexicon.AUXILIARIES and w not in lexicon.TEMPORAL_PREPOSITIONS
            and not _is_verb(toks, k))


def _anchor_clause(s: _Sentence, i: int) -> tuple[int, int]:
    """Tokens of the clause around token i for anchoring: up to a clause word ("that", "which", "and",
    "said"), a semicolon, colon, quote or bracket, or a parenthetical dash ("-- hundreds visibly pregnant --");
    a time expression never breaks it."""
    def breaks(k: int) -> bool:
        return k not in s.timex_of and (_is_breaker(s.toks[k]) or s.toks[k].text in _ANCHOR_BREAKS)
    lo = i
    while lo > 0 and not breaks(lo - 1):
        lo -= 1
    hi = i + 1
    while hi < len(s.toks) and not breaks(hi):
        hi += 1
    return lo, hi


_ANCHOR_BREAKS = frozenset(["--", "_", "-"])  # parenthetical dashes


# Words that may stand between "be" and the adjective or noun it predicates ("is fairly gloomy", "were not
# very good"); "'s" after these pronouns is "is" ("it's intense"), after a name a possessive.
_INTENSIFIERS = frozenset("fairly very so too much more less quite rather somewhat pretty even most least as".split())
_IS_PRONOUNS = frozenset("it he she that there what who here".split())


def _is_predicate(toks: list[_Tok], k: int) -> bool:
    """Whether the word at k is what "be" predicates: "the mood is fairly gloomy", "it's intense", "the
    point is much lower"; TimeML marks the adjective or noun as the state, not the copula."""
    tok = toks[k]
    if not (tok.text.isalpha() and tok.text.islower()) or tok.lower in lexicon.STOPWORDS or tok.lower.endswith("ly"):
        return False
    j = k - 1
    while j >= 0 and (toks[j].lower in _VERB_ADVERBS or toks[j].lower in _INTENSIFIERS):
        j -= 1
    if j < 0:
        return False
    if toks[j].lower in ("'s", "’s"):
        return j > 0 and toks[j - 1].lower in _IS_PRONOUNS
    return toks[j].lower in _BE_FORMS


def _is_due_date(s: _Sentence, k: int) -> bool:
    """"due" right before a time expression, after a noun as well as after "be" ("notes due Nov. 1, 2009",
    "debentures, due March 15, 2007"): the state of falling due, dated by that time."""
    return s.toks[k].lower == "due" and k + 1 in s.timex_of


def _dated_heads(s: _Sentence) -> dict[int, int]:
    """Head nouns dated by the date written before them, possessive or after a determiner: "Sunday's
    service", "his Aug. 2 power-grab", "its current financial difficulties" (token -> timex index)."""
    last_of: dict[int, int] = {}
    for k, ti in s.timex_of.items():
        last_of[ti] = max(k, last_of.get(ti, k))
    out: dict[int, int] = {}
    for ti, last in last_of.items():
        if s.timexes[ti].type not in ("DATE", "TIME"):
            continue
        first = s.first_token_at(s.timexes[ti].char_start)
        k = last + 1
        if k < len(s.toks) and s.toks[k].lower in ("'s", "’s"):
            k += 1
        elif not (first > 0 and s.toks[first - 1].lower in _DETERMINERS):
            continue
        head = None
        while (k < len(s.toks) and k - last <= 5 and k not in s.timex_of and _is_word(s.toks[k])
               and s.toks[k].lower not in lexicon.STOPWORDS and not _is_verb(s.toks, k)):
            head = k
            k += 1
        if head is not None and s.toks[head].text.islower():
            out[head] = ti
    return out


def _period_ends(s: _Sentence) -> set[int]:
    """Dates that close a period named just before them ("the year ended Sept. 30", "the six months ending
    Aug. 12", "the last quarter, which ended on December 30", "the 12 months to March"): the sentence's events
    are dated by the period, as its figures are."""
    out: set[int] = set()
    for ti, tx in enumerate(s.timexes):
        k = s.first_token_at(tx.char_start) - 1
        if k >= 1 and s.toks[k].lower == "on":   # "fiscal 2026, which ended on Sept. 30"
            k -= 1
        if k < 1 or s.toks[k].lower not in ("ended", "ending", "to", "through"):
            continue
        period = k - 1
        if period >= 2 and s.toks[period].lower == "which" and s.toks[period - 1].text == ",":
            period -= 2   # "the last quarter, which ended December 30"
        if period in s.timex_of and s.timex_of[period] != ti and (s.toks[k].lower in ("ended", "ending") or (
                s.timexes[s.timex_of[period]].type == "DURATION" and s.timexes[s.timex_of[period]].start is not None)):
            out.add(ti)   # (after "to" or "through", a length of time it closes: "the 12 months to March")
    return out


# Nouns of what is planned or foreseen for a period: "raised its profit outlook for fiscal 2027 on Thursday".
_PLAN_NOUNS = frozenset("outlook forecast forecasts guidance budget budgets target targets estimate estimates "
                        "projection projections plan plans goal goals".split())


def _plan_of_possessive(s: _Sentence, ti: int) -> bool:
    """Whether time expression `ti` is the possessive of a plan: "next year's budget", "this year's
    revised forecast"."""
    last = s.last_token_of.get(ti, s.first_token_at(s.timexes[ti].char_start))
    if last + 1 >= len(s.toks) or s.toks[last + 1].lower not in ("'s", "’s"):
        return False
    return any(s.toks[k].lower in _PLAN_NOUNS for k in range(last + 2, min(len(s.toks), last + 5)))


def _planned_periods(s: _Sentence) -> set[int]:
    """Periods a plan or forecast is for ("its outlook for fiscal 2027", "a budget for next year", "next
    year's budget") when the sentence dates its events otherwise ("raised ... on Thursday"): the period
    dates the plan's content, not the raising or approving."""
    planned = {ti for ti, tx in enumerate(s.timexes)
               if (k := s.first_token_at(tx.char_start)) >= 2 and s.toks[k - 1].lower == "for"
               and s.toks[k - 2].lower in _PLAN_NOUNS or _plan_of_possessive(s, ti)}
    if not any(ti not in planned and tx.type in ("DATE", "TIME") for ti, tx in enumerate(s.timexes)):
        return set()
    return planned


_COMPARING_WORDS = frozenset("from than with over versus vs against".split())   # "against Rs 246 crore a year ago"
# Times a figure is compared with, not the period it is reported for: they are not handed on to the next
# sentence ("Net rose in the third quarter from $3 million a year earlier. Sales rose 5%." -> the quarter),
# and, where a comparing word shows it ("from $3 million a year earlier"), they date no event of the timeline.
# (pattern over the expression's text, the words allowed before it or None for any, example)
COMPARISON_TIMES: tuple[tuple[str, frozenset[str] | None, str], ...] = (
    (r"\byear-(?:earlier|ago)\b", None, "compared with a year-earlier loss; in the year-ago period"),
    (r"\b(?:earlier|ago|before|previous|prior)\b", _COMPARING_WORDS,
     "narrowed from a year earlier; compared with a year ago"),
    (r"^(?:last|the previous) year$", _COMPARING_WORDS, "up 9% from last year"),
    (r"\b(?:corresponding|same)\s+(?:period|quarter|month|half)\b", _COMPARING_WORDS,
     "down from Rs 50 crore in the corresponding period of last year"),
)
_COMPARISON_RULES = [(re.compile(p, re.I), before) for p, before, _ in COMPARISON_TIMES]


def _comparison_times(s: _Sentence, with_figures: bool = False) -> set[int]:
    """Indexes of the sentence's time expressions that name a comparison point (COMPARISON_TIMES);
    `with_figures`: only where a figure or "compared" shows the comparison ("from $3 million a year ago",
    "up 9% from last year", "compared with last year"; not "in connection with last year's bombings")."""
    out: set[int] = set()
    for ti, tx in enumerate(s.timexes):
        first = s.first_token_at(tx.char_start)
        k = first - 1
        if with_figures:   # "up from 850 [in the same month] last year": the period compared comes before
            j = k
            while j > 0 and first - j <= len(_SAME_PERIOD_WORDS) and s.toks[j].lower in _SAME_PERIOD_WORDS:
                j -= 1
            if j < k and _in_figure(s.toks, j):
                k = j
        while k > 0 and (_in_figure(s.toks, k) or (with_figures and s.toks[k].lower in ("in", "during", "the", "on")
                                                    and _in_figure(s.toks, k - 1) and k - 1 not in s.timex_of)):
            k -= 1   # "from $623.5 million (in) a year ago", "up from 20% on Tuesday": the preposition comes first
        if with_figures:
            k = _before_level(s.toks, k)
        before = s.toks[k].lower if k >= 0 else ""
        if with_figures:   # "from" or "than", or another comparing word beside a figure or "compared"
            shown = before in ("from", "than", "versus", "vs") or k < first - 1 or (
                k > 0 and (_in_figure(s.toks, k - 1) or s.toks[k - 1].lower in _COMPARING))
            last = s.last_token_of.get(ti, first)
            possessive = last + 1 < len(s.toks) and s.toks[last + 1].lower in ("'s", "’s")  # "last year's bombings"
            compared = k > 0 and s.toks[k - 1].lower in _COMPARING and before in ("with", "to")
            if compared:
                out.add(ti)   # any time after "compared with": "cut emissions by 2030 compared with 2019 levels"
            elif (shown and not possessive and before in _COMPARING_WORDS
                    and any(p.search(tx.text) for p, _ in _COMPARISON_RULES)):
                out.add(ti)
            elif before == "from" and k < first - 1:
                out.add(ti)   # any time after "from" and a figure: "cooled to 3.1% in January from 3.4% in December"
            elif before in ("of", "the") and k < first - 1 and _compared_amount(s.toks, k) \
                    and any(p.search(tx.text) for p, _ in _COMPARISON_RULES):
                out.add(ti)   # "compared with a loss of $9.7 million, or 74 cents a share, a year earlier"
        elif any(pattern.search(tx.text) and (words is None or before in words)
                 for pattern, words in _COMPARISON_RULES):
            out.add(ti)
    return out


def _compared_amount(toks: list[_Tok], of: int) -> bool:
    """Whether the "of" or "the" at `of` opens the figure of something compared with: "versus net income of",
    "compared with a loss of", "more than twice the" (a comparing word at most four words before it)."""
    for j in range(of - 1, max(-1, of - 5), -1):
        word = toks[j].lower
        if word in ("from", "than", "versus", "vs", "against") \
                or (word in ("with", "to") and j > 0 and toks[j - 1].lower in _COMPARING):
            return True
        if _is_breaker(toks[j]) or toks[j].text == ",":
            return False
    return False


# "from a peak of 10.6% in October 2022": the level a figure names, between the comparing word and the figure.
_LEVEL_NOUNS = frozenset("peak high low level record average rate total".split())
_LEVEL_WORDS = frozenset("a an the its their record all-time multi-year year-earlier".split())


def _before_level(toks: list[_Tok], k: int) -> int:
    """The comparing word before "a peak of" when `k` (just before a figure) is that "of", else `k`."""
    if k < 1 or toks[k].lower != "of" or toks[k - 1].lower not in _LEVEL_NOUNS:
        return k
    j = k - 2
    while j >= 0 and toks[j].lower in _LEVEL_WORDS:
        j -= 1
    return j if j >= 0 and toks[j].lower in ("from", "than", "versus", "vs") else k


# "in the same month": words naming the compared period between a figure and its time.
_SAME_PERIOD_WORDS = ("in", "the", "same", "month", "period", "quarter", "week")


# Words that make what follows "since" (or "in" and a length of time) the last time something happened,
# not when the event did: "the first time since 2008", "its highest level since 1993", "the strongest quake
# in a quarter century".
_RECORD_WORDS = frozenset("first second third fourth fifth record best worst most least".split())
_NOT_SUPERLATIVES = frozenset("west interest protest suggest request arrest contest test rest nest honest "
                              "modest earnest forest harvest manifest invest digest latest".split())


def _record_times(s: _Sentence) -> set[int]:
    """Indexes of the sentence's time expressions that say since when something is a record ("raised
    rates for the first time since 2008", "prices rose at the fastest pace since 1981")."""
    out: set[int] = set()
    for ti, tx in enumerate(s.timexes):
        first = s.first_token_at(tx.char_start)
        before = s.toks[first - 1].lower if first > 0 else ""
        if before == "the" and first > 1 and s.toks[first - 2].lower == "since":
            first, before = first - 1, "since"   # "their first meeting since the 2006 World Cup"
        if not (before == "since" or (before == "in" and tx.type == "DURATION")):
            continue
        if _noun_phrase_right(s, s.last_token_of.get(ti, first) + 1, limit=3) is not None:
            continue   # the time of an event it names: "the strongest since the March 2011 disaster"
        lo = max(_clause_bounds(s, first)[0], first - 9)
        if any(w in _RECORD_WORDS or (len(w) > 4 and w.endswith("est") and w not in _NOT_SUPERLATIVES)
               for w in (s.toks[k].lower for k in range(lo, first - 1))):
            out.add(ti)
    return out


def _in_figure(toks: list[_Tok], k: int) -> bool:
    tok = toks[k]
    return (tok.text[0].isdigit() or tok.text[0] in "$£€¥" or tok.lower in _AMOUNT_WORDS or _currency_code(tok.text)
            or (tok.text == "." and k > 0 and (toks[k - 1].text[-1].isdigit() or toks[k - 1].text in CURRENCY_CODES))
            or (len(tok.text) <= 2 and tok.text.isupper() and k + 1 < len(toks) and toks[k + 1].text == "$"
                and toks[k + 1].start == tok.end)   # "C$9 million", "US$5", "S$2"
            or (tok.text[0].isupper() and k + 1 < len(toks)
                and toks[k + 1].lower in _CURRENCY_UNITS))   # "70 Canadian cents"


_CURRENCY_UNITS = frozenset("cents cent dollars dollar".split())
_DEGREE_BEFORE_FIGURE = frozenset("just over about nearly almost roughly some around more less than under".split())
# Words of a figure between a comparing preposition and its time ("from $1.2 billion, or 9 cents a share,").
_AMOUNT_WORDS = frozenset("""$ £ € ¥ ₹ c$ us$ % percent million billion trillion cents cent pence yen marks francs
                              pounds dollars euros euro rupees rupee yuan pesos roubles rubles reais rand lira
                              crowns kronor kroner baht ringgit rupiah dirhams riyals shekels crore crores lakh lakhs
                              a share , or""".split())


# Marks that close what a reporting clause after it reports ("..., Castro said.", "...,'' said Burleigh.");
# a lone "'" is the apostrophe of "didn't", a quote is typed "''" in wire copy.
_REPORT_BOUNDARIES = frozenset([",", '"', "”"])
_NOT_REPORTER_WORDS = lexicon.BE_HAVE | lexicon.AUXILIARIES | {"it", "that"}


def _is_report_boundary(toks: list[_Tok], j: int) -> bool:
    return toks[j].text in _REPORT_BOUNDARIES or (toks[j].text == "'" and j > 0 and toks[j - 1].text == "'")


REPORTER_WORDS = 8  # at most this many words name the speaker or the audience ("INS commissioner Doris Meissner")


def _closing_report(s: _Sentence, k: int) -> int | None:
    """For a reporting verb that closes its sentence after what it reports ("... as soon as Tuesday, Castro
    said.", "...,'' said the deputy ambassador.", "..., Solana added, referring to the wars."): the index
    of the comma or quote that ends the report; None for any other word. Only the speaker and a short
    object or phrase ("told reporters in Havana") may stand around the verb, and no time after it."""
    if s.toks[k].lower not in _REPORTING_FORMS or any(j > k for j in s.timex_of):
        return None
    j = k - 1
    while j > 0 and not _is_report_boundary(s.toks, j):
        if k - j > REPORTER_WORDS or _is_breaker(s.toks[j]) or _is_verb(s.toks, j) or j in s.timex_of:
            return None
        j -= 1
    if j <= 0 or not any(_is_event_word(s.toks, i) for i in range(j) if i not in s.timex_of):
        return None  # "A few days later, the company announced ...": a fronted time, no report before it
    m = k + 1
    while m < len(s.toks) and s.toks[m].text not in (",", "."):
        if (m - k > REPORTER_WORDS or _is_breaker(s.toks[m]) or _is_verb(s.toks, m)
                or s.toks[m].lower in _NOT_REPORTER_WORDS):
            return None  # "said the operation was over", "indicated it had a stake": the report follows
        m += 1
    return j


def _is_reported_time(s: _Sentence, k: int, tx: Timex) -> bool:
    """Whether `tx` lies in what the reporting verb at k reports, before it ("... by Jan. 14, Meissner told
    reporters."): it dates the report's content, not the reporting. "Now" in a quote is the time of
    speaking and still dates the verb ("``Right now my evidence is scant,'' he said")."""
    end = _closing_report(s, k)
    return end is not None and tx.value != "PRESENT_REF" and tx.char_start < s.toks[end].start


def _may_date_a_report(tx: Timex) -> bool:
    """Whether a carried `tx` may date a report: a day, a time within one or a week ("Friday", "Thursday
    morning", "last week"), or "now"; a month, a year or the future is what was reported on."""
    return tx.value == "PRESENT_REF" or (tx.type in ("DATE", "TIME") and not tx.value.endswith("_REF")
                                         and tx.granularity in ("time", "day", "weekend", "week"))


def _takes_news_day(toks: list[_Tok], k: int, carried: Timex | None, last_named: Timex | None,
                    news_day: Timex) -> bool:
    """Whether the event word at k, without a time in its sentence, takes the news day: when nothing is
    carried, if it is reported, in the present tense, or the news day was the last date named; a report
    also when the carried time is not one a report is made on (_may_date_a_report)."""
    if carried is not None:
        return toks[k].lower in _REPORTING_FORMS and not _may_date_a_report(carried)
    return (toks[k].lower in _REPORTING_FORMS or _is_present_tense(toks, k)
            or (last_named is not None and last_named.value == news_day.value))


NEWS_DAY_REACH = 400  # characters from the start of the article within which its lead names the news day
# further on, only a day named relative to the publication names it ("yesterday", "Friday"): an absolute
# date there is as often a deadline or a date from the background as the day of the news
DEICTIC_NEWS_DAY_REACH = 1000
_DEICTIC_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_FRAME_PREPOSITIONS = frozenset("in during over for".split())


def _news_day(ordered: list[Timex], start: int) -> Timex | None:
    """The article's news day: the first calendar day it names within NEWS_DAY_REACH characters, else the
    first day named relative to the publication within DEICTIC_NEWS_DAY_REACH."""
    days = [t for t in ordered if t.char_start >= start and t.type == "DATE" and t.granularity == "day"
            and t.start is not None and not t.value.endswith("_REF")]
    if days and days[0].char_start - start <= NEWS_DAY_REACH:
        return days[0]
    return next((t for t in days
                 if t.char_start - start <= DEICTIC_NEWS_DAY_REACH and _DEICTIC_DAY.search(t.text)), None)


def _carried_time(s: _Sentence, free: dict[int, int]) -> Timex | None:
    """The time a sentence hands on to the sentences after it: its one date or time, else a duration that
    frames the whole sentence ("In the nine months, profit rose 10%. Sales rose 3%.")."""
    times = [s.timexes[ti] for ti in sorted(set(free.values()))]
    dates = [t for t in times if t.type in ("DATE", "TIME")]
    if dates:
        return dates[0] if len(dates) == 1 else None
    frames = [t for t in times if t.type == "DURATION" and s.toks[0].lower in _FRAME_PREPOSITIONS
              and s.first_token_at(t.char_start) <= 2]
    return frames[0] if len(frames) == 1 else None


def anchor_events(text: str, timexes: list[Timex], start: int = 0, end: int | None = None) -> list[EventAnchor]:
    """Every event word of a sentence holding a time expression, with the expression that dates it.

    Wider than the timeline's choice of one event per expression: it measures how many annotated
    event-time links the event stage gets right. Within a sentence an event takes the expression of its
    own clause (coordinated clauses share a date: "sales rose and profits fell in the quarter"), else the
    sentence's expression nearest to it (after the word on a tie: "voted Friday"): a sentence that names
    one time mostly dates all it reports. A duration that modifies a noun ("a three hour meeting") dates
    that noun only; a date written before a noun ("his Aug. 2 power-grab", "Sunday's service") dates
    that noun; so does a date written as an adjective after the clause's verb ("expects to release
    third-quarter results in mid-November": the release is in mid-November) when the sentence names another
    date that is no comparison point; a frequency ("almost daily") dates the recurring event of its clause; a date that closes
    a period named before it ("for the year ended Sept. 30") leaves the sentence's events to the period.
    Event words are verbs in every form, "be" as a main verb ("was among the first") and what it
    predicates ("is much lower", "it's fairly intense"), "have" and "do" as main verbs ("than they have
    in the past", "expected to do better"), "due" before a time ("notes due Nov. 1, 2009"), event nouns
    and nominalizations. A reporting verb that closes its sentence after what it reports ("... as soon
    as Tuesday, Castro said.") is not dated by a time in the report, other than "now": it reports at the
    time of the report, as a sentence without a time would (below).

    A sentence without a time expression continues the time of the sentence before it in the same
    paragraph when that sentence names exactly one date or time ("Police found explosives Sunday in a
    shed. They arrested two men."), not counting the times its figures are compared with ("Net rose in
    the quarter from a year earlier. Sales rose 3%."), or a duration that frames it ("In the nine months,
    profit rose 10%. Sales rose 3%."); after a sentence with several dates or other durations the
    continuation is too uncertain and the events stay undated. Across a paragraph break only the news
    day continues ("..., officials said Friday. || A bomb went off at the embassy ..."); any other date
    carried across paragraphs is right less than half the time. The news day is the first calendar day
    the article names within its first NEWS_DAY_REACH characters, else the first day it names relative
    to the publication ("yesterday", "Friday") within DEICTIC_NEWS_DAY_REACH. An event left without a
    time takes the news day when it is reported ("said", "told", "announced"), in the present tense ("is
    fighting", "wants", "we lack"), or when the news day is the last date the article named; other
    past-tense events take it barely more often than not, so they do not. A report takes the news day
    over a carried month, year or future too ("The republic may come in 2001. Howard said ..."): it is
    made on a day, and that time is what it reports on.

    Share of TimeBank and AQUAINT gold-anchored events each rule dates to an annotated value: the clause's
    time 1142 of 1397, the sentence's nearest 202 of 301, a date before a noun 64 of 68 (2 more right than
    the clause rule gave them), a modifying duration 6 of 6, a carried date within the paragraph 76 of 94
    (4 more right, none lost, for leaving comparison times out) and a framing duration 4 of 7, the news
    day across paragraphs 82 of 91, the news day of a reported event 32 of 42, of a present-tense one 12
    of 13 and after it was the last date named 9 of 14; the period rather than the date closing it: 7
    right, 3 wrong (4 more take the period with a value other than the annotation's); what "be" predicates
    3 more right of 4; a closing reporting clause not dated by its report 9 more right, none lost (one
    wrong left undated); "due" before a time expression 5 more right (of 8 it adds, all 5 annotated events
    right); "have" before a preposition or a possessive as a main verb 3 more right (of 8 it adds, 5 of
    them annotated events); "do" after "to" or a modal 1 more right (of 12 it adds, 11 annotated events).
    A report taking the news day over a carried time coarser than a week: 4 more right, none lost (60
    anchors retimed, 4 of them annotated). An adjectival date leaving the verb to the clause's other date:
    1 more right, none lost (7 anchors retimed; without the comparison guard 7 fewer right, without the subject
    guard 5 anchors retimed wrong). Earlier measures: "be" as a main verb 14 more right (of 21 it
    adds), the news day named after the lead 10 more (of 11). Left out: the present tense overriding a carried date (-1) or a
    time elsewhere in its sentence (5 right, 3 wrong), a reported event doing so (6 right, 9 wrong), the
    present perfect taking the news day (0 of 2), any single duration carried (6 of 13), the latest date
    named dating any event left undated (35 right, 75 wrong), a frequency or duration found in another
    clause giving way to the carried date or news day (8 right, 15 wrong), a clause's date preferred to
    its duration (5 right, 19 wrong), comparison times skipped when an event takes the nearest time of
    its sentence (1 right, 4 wrong), a sentence's frequencies or durations dating events outside their
    clause removed (-2, -14), a definite event noun taking the date of an earlier mention of its kind (0
    of 2), "due" after a noun as an event word (3 right, 2 wrong).
    """
    anchors: list[EventAnchor] = []
    ordered = sorted(timexes, key=lambda t: t.char_start)
    carried: Timex | None = None  # the time the previous sentence of this paragraph hands on
    last_named: Timex | None = None  # the last date or time the article named before this sentence
    news_day = _news_day(ordered, start)
    previous_end = start
    for a, b, in_sentence in _with_timexes(_bounded_spans(text, sentence_spans(text, start, end), ordered), ordered):
        if _PARAGRAPH_BREAK.search(text, previous_end, a) and not (
                carried is not None and news_day is not None and carried.value == news_day.value):
            carried = None
        previous_end = b
        if not in_sentence and carried is None and news_day is None:
            continue
        s = _Sentence(text, a, b, in_sentence)
        modifies = _modified_phrases(s)
        ends = _period_ends(s)
        free = {j: ti for j, ti in s.timex_of.items() if ti not in modifies and ti not in ends}
        adjectival = _adjectival_dates(s, free)
        if adjectival:
            modifies = {**modifies, **adjectival}
            free = {j: ti for j, ti in free.items() if ti not in adjectival}
        heads = _dated_heads(s)
        for k, tok in enumerate(s.toks):
            if k in s.timex_of or not (_is_event_word(s.toks, k) or _is_predicate(s.toks, k) or k in heads
                                       or _is_due_date(s, k)):
                continue
            timex = next((s.timexes[ti] for ti, phrase in modifies.items() if k in phrase), None)
            if timex is None and k in heads:
                timex = s.timexes[heads[k]]
            if timex is None and free:
                lo, hi = _anchor_clause(s, k)
                # the nearest expression of the clause, else of the sentence; after the word on a tie
                near = [(abs(j - k), j < k, ti) for j, ti in free.items() if lo <= j < hi] \
                    or [(abs(j - k), j < k, ti) for j, ti in free.items()]
                timex = s.timexes[min(near)[-1]]
                if _is_reported_time(s, k, timex):
                    timex = None  # the report is dated as a sentence without a time would be
            if timex is None and news_day is not None and _takes_news_day(s.toks, k, carried, last_named, news_day):
                timex = news_day
            timex = timex or carried
            if timex is not None:
                anchors.append(EventAnchor(tok.start, tok.end, tok.text, timex))
        if free:
            comparisons = _comparison_times(s)
            carried = _carried_time(s, {j: ti for j, ti in free.items() if ti not in comparisons} or free)
            named = [s.timexes[ti] for ti in sorted(set(free.values())) if s.timexes[ti].type in ("DATE", "TIME")]
            last_named = named[-1] if named else last_named
    return anchors
