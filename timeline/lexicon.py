"""Word lists the event stage reads: which words name events, which are verbs, which are titles of people.

Plain tables, one entry per word, so that adding a word never means touching the event logic.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if not w.startswith("#"))


# Nouns that name something that happens (singular forms; plurals are reduced by `noun_lemma`).
EVENT_NOUNS = _words("""
    attack bombing shooting stabbing massacre killing assassination murder execution raid strike airstrike
    offensive assault kidnapping abduction hijacking capture
    invasion war battle clash fighting conflict uprising revolution coup insurgency ceasefire cease-fire truce siege
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
    test landing liftoff flight voyage expedition recess
    olympics paralympics championship championships tournament marathon convention expo contest
    match race bout concert
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
    "cease-fire": "ceasefire", "truce": "ceasefire",
}
# A verb and an event noun that together name another kind of event: (verb, noun) -> kind ("opened fire"
# is a shooting, not a blaze).
EVENT_IDIOMS = {("open", "fire"): "attack", ("set", "fire"): "fire", ("cease", "fire"): "ceasefire"}

# Last words of names that name an event, not someone who acts ("G-20 Summit", "Vietnam War", "Pan Am Flight"
# 103); names of groups ending in an event word ("Warsaw Pact", "Operation Rescue") stay actors.
EVENT_NAME_HEADS = _words("""
    summit conference convention war revolution uprising flight olympics paralympics championship
    championships tournament festival expo marathon parade massacre bombing bombings attack attacks crisis
""")

# Kinds of event that come round again (this year's conference, the next summit, another election): a
# name without a date that an article uses refers to a recent or coming occurrence, not one long past.
RECURRING_EVENT_KINDS = _words("""
    conference summit election olympics paralympics championship championships tournament festival
    convention expo marathon session parade celebration
""")

# Nouns of business news that TimeML counts as events or states (reported for a period: "sales in the
# quarter", "income a year earlier"); used when anchoring events to time expressions, not for titles.
ECONOMIC_EVENT_NOUNS = _words("""
    sales income revenue revenues earnings profit profits loss losses charge charges dividend dividends
    offering offerings trading growth change decline gain gains output deficit surplus inflation demand
    supply orders shipments spending exports imports production volume results rally slump
""")

# The verb of each irregular past form or participle: "fought" and "fighting" report one kind of event.
IRREGULAR_LEMMAS = {form: lemma for lemma, forms in (line.split(":") for line in """
    say:said tell:told hold:held meet:met take:took,taken make:made go:went,gone come:came give:gave,given
    win:won lose:lost fall:fell,fallen rise:rose,risen begin:began,begun see:saw,seen seek:sought
    bring:brought buy:bought build:built send:sent spend:spent leave:left keep:kept lead:led run:ran
    strike:struck stand:stood think:thought find:found get:got pay:paid beat:beaten bear:bore,born
    break:broke,broken choose:chose,chosen draw:drew,drawn drive:drove,driven eat:ate,eaten fly:flew,flown
    forget:forgot,forgotten forgive:forgave,forgiven freeze:froze,frozen grow:grew,grown hang:hung
    hide:hid,hidden know:knew,known lay:laid mean:meant ride:rode,ridden ring:rang,rung sing:sang,sung
    sink:sank,sunk shake:shook,shaken shoot:shot slide:slid speak:spoke,spoken spring:sprang steal:stole,stolen
    stick:stuck sting:stung swear:swore,sworn sweep:swept swim:swam swing:swung teach:taught tear:tore,torn
    throw:threw,thrown understand:understood wake:woke wear:wore,worn weave:wove withdraw:withdrew,withdrawn
    write:wrote,written overtake:overtook overthrow:overthrew undertake:undertook uphold:upheld arise:arose
    become:became befall:befell bend:bent bleed:bled blow:blew,blown breed:bred burn:burnt catch:caught
    cling:clung creep:crept deal:dealt dig:dug flee:fled fling:flung fight:fought foresee:foresaw
    grind:ground leap:leapt lend:lent light:lit mistake:mistook outrun:outran overcome:overcame
    oversee:oversaw rebuild:rebuilt repay:repaid retake:retook shine:shone sleep:slept sell:sold strive:strove
    do:did,done show:shown bite:bitten undergo:underwent,undergone die:died,dying lie:lying
    shrink:shrank,shrunk slay:slain mislead:misled spin:spun
    """.split()) for form in forms.split(",")}

# Irregular past tense and participle forms (regular -ed forms are recognised by their ending).
IRREGULAR_VERBS = _words("""
    said told held met took made went came gave won lost fell rose began begun saw seen sought brought bought
    built sent spent left kept led read ran struck stood thought found got paid put set shut cut hit quit
    beat bore broke chose drew drove ate flew forbade forgot forgave froze grew hung hid knew laid lay
    meant rode rang sang sank shook shot slid spoke spread sprang stole stuck stung swore swept swam swung
    taught tore threw understood woke wore wove withdrew wrote overtook overthrew undertook upheld
    arose awoke became befell bent bid bled blew bred burnt caught clung crept dealt dug dove fled flung
    fought forecast foresaw ground leapt lent lit mistook outran overcame oversaw rebuilt repaid retook
    shrank shrunk slain misled born spun
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

# Verbs that open with "un": any other word of "un" and -ed is an adjective ("left rates unchanged",
# "an unidentified man", "undisclosed terms"), while these are done ("unveiled a plan").
UN_VERBS = _words("""
    unveil unearth unload unleash unlock unpack unravel unfold unite uncover unseat unblock unfreeze
    unplug unsettle unwind unseal unmask unify unnerve unroll
""")


def is_un_adjective(word: str) -> bool:
    """A lower-case word like "unchanged" or "unidentified": un- and -ed, but no verb of UN_VERBS (nor under-)."""
    if not (word.startswith("un") and word.endswith("ed")) or word.startswith("under"):
        return False
    # the verb before -d, -ed, a doubled consonant and -ed, or -ied: united, unveiled, unplugged, unified
    return UN_VERBS.isdisjoint((word[:-1], word[:-2], word[:-3], word[:-3] + "y"))

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
    prince princess pope sheikh emir sultan governor gov senator sen rep representative congressman
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

# Words that end the name of a body or a place: an event noun before them is part of that name ("North
# Atlantic Treaty Organization", "DPC Acquisition Partners", "Moscone West Convention Center", "Revolution
# Square", "Mission Control"), not an event.
ORGANIZATION_WORDS = _words("""
    Organization Organisation Partners Corp Corporation Inc Co Company Group Fund Funds Trust Holdings LLC
    Ltd Association Council Committee Commission Agency Bank Authority Institute Foundation Services Center
    Centre Society Board Office Department Bureau Party Alliance Federation League Network Systems Capital
    Court Courts Ministry Tribunal Associates Partnership Limited Control N.V. S.A. AG PLC GmbH
    Square Street Avenue Road Park Plaza Hall Tower Bridge Station Airport Stadium Arena
""")

# Prepositions that attach a time expression to the event before it ("attacks in Paris on Friday").
TEMPORAL_PREPOSITIONS = _words("on at in during since by until till from before after through throughout over for around")

# Words that end a noun phrase when walking left from a preposition.
PHRASE_BREAKERS = _words("""
    and or but that which who whom whose because although though while if when where whether said says
""")

# Base forms of verbs common in news, for recognising event words in every form ("think", "owns",
# "returned", "moving"); inflected forms are derived by `events.verb_forms`. Irregular past forms are in
# IRREGULAR_VERBS.
VERB_LEMMAS = _words("""
    accept accuse achieve acquire act add address admit adopt affect agree aim allow announce answer appear
    apply appoint approve argue arrest arrive ask assess assume attack attempt attend attribute avoid back ban
    base battle bear beat become begin believe benefit bid block boost borrow break bring build buy call
    campaign cancel capture care carry cause challenge change charge check cite claim clash clear close
    collapse combine come comment commit compare compete complain complete concern conclude condemn confirm
    consider consolidate contain continue contribute control convert convict cost count cover create cut
    deal debate decide declare decline defeat defend delay deliver demand deny depend describe design destroy
    determine develop die disclose discover discuss dismiss dispute divulge double doubt drag draw drive drop
    earn ease elaborate elect eliminate emerge encounter encourage end enforce engage enjoy ensure enter
    escape establish estimate evacuate examine exceed exist expand expect experience explain explode express
    extend face fail fall fear feel fend fight file finance find fine finish fire flee follow force forecast
    form found free gain get give go govern grow guarantee halt hand handle happen harm head hear help hire
    hit hold hope hurt identify ignore impose improve include increase indicate inform injure insist intend
    introduce invest investigate invite involve issue join judge jump keep kill know lack launch lead leave
    lend let lie lift like limit link list live look lose maintain make manage mark matter mean meet mention
    merge miss move name need negotiate note notice object obtain occur offer offset open operate oppose
    order organize outline owe own participate pass pay perform permit pick place plan play plead plunge point post
    postpone pray predict prefer prepare present press prevent price produce promise promote propose protect protest
    prove provide publish pull purchase purport pursue push put question raise rally reach react read
    receive recognize recommend record recover reduce refer refuse regard reject relate release rely remain
    remember remove rent repay replace report represent request require rescue resign resist resolve
    respond rest restore restructure result resume retain retire return reveal review rise rule run save
    say search secure see seek seem seize sell send serve set settle shift show sign slip slow slump soar
    solve speak spend split stand start state stay step stop strengthen strike struggle study submit
    succeed sue suffer suggest supply support suppose surge survive suspect suspend take talk target tell tend
    tender terminate testify think threaten tie total trade train transfer travel treat try turn understand
    undermine urge use value vote wait want warn watch weaken welcome win wish withdraw wonder work worry write yield
""")

# Nouns that name a happening or a state in news (TimeML events) but are not among the EVENT_NOUNS the
# timeline titles events with; read when anchoring events to time expressions.
ANCHOR_EVENT_NOUNS = _words("""
    act action anniversary attempt boom breakthrough buildup buy-out cease-fire ceasefire challenge change
    collapse conquest crime crisis criticism cutback delay demise dispute downturn effect effort encounter
    entry event exodus fight flow fraud genocide harm homicide impact initiative journey lease manhunt move
    order outflow plunge practice problem process pursuit quiz race remark reply response result retreat
    return reunion sabotage search service setback shift slowdown standoff strategy struggle suit support
    tragedy trend turnaround upturn weakness work wreck write-down write-off
""")

# Short predicative words after "be" that name a state ("was due", "were up 2%", "is low").
PREDICATIVE_WORDS = _words("due up down off low high ill out open shut")

# Verbs that report speech or writing ("said", "told", "announced"); news reports them on the news day.
REPORTING_LEMMAS = _words("""
    say tell report announce state add claim deny note explain confirm disclose reveal insist acknowledge
    admit comment indicate predict warn assert contend maintain argue describe declare testify write quote
""")
