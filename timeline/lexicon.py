"""Word lists the event stage reads: which words name events, which are verbs, which are titles of people.

Plain tables, one entry per word, so that adding a word never means touching the event logic.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if not w.startswith("#"))


# Nouns that name something that happens (singular forms; plurals are reduced by `noun_lemma`).
EVENT_NOUNS = _words("""
    attack bombing shooting massacre killing assassination murder raid strike airstrike offensive assault
    invasion war battle clash fighting conflict uprising revolution coup insurgency ceasefire truce siege
    explosion blast crash collision earthquake quake flood hurricane storm tsunami fire wildfire eruption
    outbreak epidemic pandemic famine drought disaster accident derailment
    summit talks meeting conference session dinner reception ceremony visit trip tour rally march protest
    demonstration strike walkout boycott riot parade festival celebration funeral wedding inauguration
    election vote referendum poll ballot primary caucus campaign debate hearing trial verdict ruling sentence
    appeal indictment arrest detention release escape resignation dismissal appointment nomination
    confirmation swearing-in retirement death birth
    agreement accord deal pact treaty settlement compromise communique statement declaration announcement
    speech address interview briefing report warning threat plea appeal request offer bid proposal plan
    launch unveiling opening closing merger acquisition takeover buyout sale purchase purchase investment
    bankruptcy default bailout rescue layoff layoffs cut hike increase decline drop fall rise surge jump
    loss gain profit earnings results recall shutdown closure opening lockout negotiation negotiations
    discussion discussions consultation consultations crackdown operation mission evacuation deployment
    withdrawal pullout occupation annexation sanction sanctions embargo blockade ban veto
    test landing liftoff flight voyage expedition
""")

# Kinds of event: words that name the same kind of happening share one kind, so that "the bombings" in one
# article and "the attacks" in another can be one event (same day, same story). Words not listed are
# their own kind.
EVENT_KINDS = {
    "attack": "attack", "bombing": "attack", "blast": "attack", "explosion": "attack", "assault": "attack",
    "raid": "attack", "shooting": "attack", "massacre": "attack",
    "talks": "talks", "negotiation": "talks", "negotiations": "talks", "discussion": "talks",
    "discussions": "talks", "consultation": "talks", "consultations": "talks",
    "quake": "earthquake", "earthquake": "earthquake",
    "accord": "agreement", "pact": "agreement", "deal": "agreement", "agreement": "agreement",
    "treaty": "agreement",
    "killing": "killing", "murder": "killing", "assassination": "killing",
    "protest": "protest", "demonstration": "protest", "rally": "protest",
}

# Nouns of business news that TimeML counts as events or states (reported for a period: "sales in the
# quarter", "income a year earlier"); used when anchoring events to time expressions, not for titles.
ECONOMIC_EVENT_NOUNS = _words("""
    sales income revenue revenues earnings profit profits loss losses charge charges dividend dividends
    offering offerings trading growth change decline gain gains output deficit surplus inflation demand
    supply orders shipments spending exports imports production volume results rally slump
""")

# Event nouns that are too generic to identify one real event across articles without a place or name.
GENERIC_EVENT_NOUNS = _words("""
    statement report warning threat plan request offer proposal increase decline drop fall rise gain loss
    cut session meeting discussion discussions talks fighting conflict campaign operation
""")

# Irregular past tense and participle forms (regular -ed forms are recognised by their ending).
IRREGULAR_VERBS = _words("""
    said told held met took made went came gave won lost fell rose began begun saw seen sought brought bought
    built sent spent left kept led read ran struck stood thought found got paid put set shut cut hit quit
    beat bore broke chose drew drove ate flew forbade forgot forgave froze grew hung hid knew laid lay
    meant rode rang sang sank shook shot slid spoke spread sprang stole stuck stung swore swept swam swung
    taught tore threw understood woke wore wove withdrew wrote overtook overthrew undertook upheld
    arose awoke became befell bent bid bled blew bred burnt caught clung crept dealt dug dove fled flung
    fought forecast foresaw ground leapt lent lit mistook outran overcame oversaw rebuilt repaid retook
    shone slept sold split strove sworn taken given gone done known shown written spoken stolen driven
    fallen risen chosen broken frozen forgotten beaten bitten hidden ridden sworn thrown torn worn
    announces announce says say tells tell holds hold meets meet takes take makes make goes go comes come
    gives give wins win loses lose falls fall rises rise begins begin sees see seeks seek plans plan
    expects expect reports report agrees agree vows vow warns warn calls call urges urge visits visit
    signs sign launches launch opens open closes close votes vote
""")

# Words ending in -ed that are not verbs in news text.
NOT_VERBS = _words("""
    red bed need shed seed feed speed weed breed deed creed hundred united limited kindred sacred naked
    wicked rugged ragged wretched beloved alleged aged ed fred ted ned
""")

# Modal and auxiliary words: the next word is a verb ("will meet", "did agree", "to sign").
AUXILIARIES = _words("""
    will would shall should can could may might must did does do to wo 'll ’ll
""")

# Forms of "be" and "have": the next word is a verb only in a verb form ("was killed", "is seeking",
# "has met"), not an adjective ("is scant").
BE_HAVE = _words("is are was were be been being has have had 's ’s")

# Function words that never start or head an event phrase.
STOPWORDS = _words("""
    a an the this that these those his her its their our your my some any each every no all both either
    neither of in on at by for from with without into onto over under about above below between among
    through during before after since until till against toward towards upon within across behind beyond
    and or but nor so yet as than then also too very more most less least much many few such own same
    other another he she it they we you i him them us me who whom whose which what when where why how
    not only just even still already again ever never there here is are was were be been being has have
    had do does did will would shall should can could may might must says said
""")

# Words before a name that mark a person (titles, honorifics, roles).
PERSON_TITLES = _words("""
    mr mrs ms miss dr prof sir lord lady president vice-president premier prime minister chancellor king queen
    prince princess pope sheikh emir sultan governor senator sen rep representative congressman
    congresswoman mayor judge justice general gen colonel col captain capt lieutenant lt admiral adm
    sergeant sgt secretary spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman chief
    director commissioner leader host presidential
""")

# Capitalised words that are not names (sentence-initial words, months, weekdays, organisations' generic words).
NOT_NAMES = _words("""
    The A An This That These Those It He She They We You I In On At By For From With And Or But If When While
    After Before Since Until As Despite However Only Some Many Most All Both Each Every No Not Our Their His
    Her Its My Your There Here What Which Who Whom Whose Why How Also Then Still Yet Even Just So Such
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mr Mrs Ms Dr President Prime Minister Chancellor Secretary General Leaders Leader Officials Sources
    Western Eastern Northern Southern Join Concretely Turkish Russian British
    German French American US U.S. UN EU
""")

# Prepositions that attach a time expression to the event before it ("attacks in Paris on Friday").
TEMPORAL_PREPOSITIONS = _words("on at in during since by until till from before after through throughout over for around")

# Words that end a noun phrase when walking left from a preposition.
PHRASE_BREAKERS = _words("""
    and or but that which who whom whose because although though while if when where whether said says
""")
