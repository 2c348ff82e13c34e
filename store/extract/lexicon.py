"""English word lists the extraction rules read: verb inflection, auxiliaries, function words,
titles, places, abbreviations.

Kept as data so a rule can be found and changed without touching the engine, and each list
defined once: the sentence splitter, the clause, verb, dating and summary rules, and the actor
rules all read theirs from here (the tagger keeps its own in `temporal/lexicon.py`).
"""

from __future__ import annotations

from pathlib import Path

from dateline.store.extract.temporal.lexicon import CLOCK_WORDS, MONTHS, WEEKDAYS

# lemma → (simple past, past participle) for verbs whose forms are not lemma + "ed".
IRREGULAR: dict[str, tuple[str, str]] = {
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "send": ("sent", "sent"),
    "hold": ("held", "held"),
    "take": ("took", "taken"),
    "make": ("made", "made"),
    "give": ("gave", "given"),
    "begin": ("began", "begun"),
    "win": ("won", "won"),
    "lose": ("lost", "lost"),
    "fight": ("fought", "fought"),
    "meet": ("met", "met"),
    "buy": ("bought", "bought"),
    "sell": ("sold", "sold"),
    "write": ("wrote", "written"),
    "leave": ("left", "left"),
    "hit": ("hit", "hit"),
    "cut": ("cut", "cut"),
    "quit": ("quit", "quit"),
    "set": ("set", "set"),
    "put": ("put", "put"),
    "shut": ("shut", "shut"),
    "burst": ("burst", "burst"),  # "The river burst its banks on Thursday"
    "bleed": ("bled", "bled"),
    "sting": ("stung", "stung"),
    "weep": ("wept", "wept"),
    "pay": ("paid", "paid"),
    "build": ("built", "built"),
    "speak": ("spoke", "spoken"),
    "rise": ("rose", "risen"),
    "fall": ("fell", "fallen"),
    "die": ("died", "died"),
    # Only the passive reports an event in news ("was born in 1955"); "bore" means endure.
    "bear": ("born", "born"),
    "lie": ("lay", "lain"),
    "shun": ("shunned", "shunned"),
    "skip": ("skipped", "skipped"),
    "snub": ("snubbed", "snubbed"),
    "ship": ("shipped", "shipped"),
    "plan": ("planned", "planned"),
    "drop": ("dropped", "dropped"),
    "stop": ("stopped", "stopped"),
    "quip": ("quipped", "quipped"),
    "step": ("stepped", "stepped"),
    "ban": ("banned", "banned"),
    "admit": ("admitted", "admitted"),
    "commit": ("committed", "committed"),
    "rally": ("rallied", "rallied"),
    "deny": ("denied", "denied"),
    "reply": ("replied", "replied"),
    "apply": ("applied", "applied"),
    "testify": ("testified", "testified"),
    "veto": ("vetoed", "vetoed"),
    "find": ("found", "found"),
    "found": ("founded", "founded"),
    "come": ("came", "come"),
    "go": ("went", "gone"),
    "run": ("ran", "run"),
    "get": ("got", "gotten"),
    "see": ("saw", "seen"),
    "know": ("knew", "known"),
    "think": ("thought", "thought"),
    "bring": ("brought", "brought"),
    "keep": ("kept", "kept"),
    "lead": ("led", "led"),
    "spend": ("spent", "spent"),
    "show": ("showed", "shown"),
    "grow": ("grew", "grown"),
    "draw": ("drew", "drawn"),
    "strike": ("struck", "struck"),
    "swear": ("swore", "sworn"),
    "become": ("became", "become"),
    "forbid": ("forbade", "forbidden"),
    "kill": ("killed", "killed"),
    "undergo": ("underwent", "undergone"),
    "shoot": ("shot", "shot"),
    "sink": ("sank", "sunk"),
    "stab": ("stabbed", "stabbed"),
    "burn": ("burned", "burned"),
    "shell": ("shelled", "shelled"),
    "choose": ("chose", "chosen"),
    "demo": ("demoed", "demoed"),
    "post": ("posted", "posted"),
    "pass": ("passed", "passed"),
    # Irregular verbs outside the taxonomy, for the tense of any verb the event detector finds
    "fly": ("flew", "flown"),
    "uphold": ("upheld", "upheld"),
    "withdraw": ("withdrew", "withdrawn"),
    "break": ("broke", "broken"),
    "steal": ("stole", "stolen"),
    "drive": ("drove", "driven"),
    "ride": ("rode", "ridden"),
    "throw": ("threw", "thrown"),
    "blow": ("blew", "blown"),
    "hide": ("hid", "hidden"),
    "freeze": ("froze", "frozen"),
    "feel": ("felt", "felt"),
    "deal": ("dealt", "dealt"),
    "lend": ("lent", "lent"),
    "catch": ("caught", "caught"),
    "teach": ("taught", "taught"),
    "seek": ("sought", "sought"),
    "sit": ("sat", "sat"),
    "stand": ("stood", "stood"),
    "understand": ("understood", "understood"),
    "overtake": ("overtook", "overtaken"),
    "hang": ("hung", "hung"),
    "lay": ("laid", "laid"),
    "mislead": ("misled", "misled"),
    "overcome": ("overcame", "overcome"),
    "rebuild": ("rebuilt", "rebuilt"),
    "undertake": ("undertook", "undertaken"),
    "withhold": ("withheld", "withheld"),
    "beat": ("beat", "beaten"),
    "bite": ("bit", "bitten"),
    "spread": ("spread", "spread"),
    "split": ("split", "split"),
    "broadcast": ("broadcast", "broadcast"),
    "forecast": ("forecast", "forecast"),
    "flee": ("fled", "fled"),
    "feed": ("fed", "fed"),
    "swing": ("swung", "swung"),
    "dig": ("dug", "dug"),
    "stick": ("stuck", "stuck"),
    "arise": ("arose", "arisen"),
    "outsell": ("outsold", "outsold"),
    "oversee": ("oversaw", "overseen"),
    "shake": ("shook", "shaken"),
    "hear": ("heard", "heard"),
    "wear": ("wore", "worn"),
    "tear": ("tore", "torn"),
    "spin": ("spun", "spun"),
    "sweep": ("swept", "swept"),
    "sleep": ("slept", "slept"),
    "light": ("lit", "lit"),
    "hurt": ("hurt", "hurt"),
    "let": ("let", "let"),
    "shed": ("shed", "shed"),
    "upset": ("upset", "upset"),
    "sing": ("sang", "sung"),
    "ring": ("rang", "rung"),
    "drink": ("drank", "drunk"),
    "swim": ("swam", "swum"),
    "shrink": ("shrank", "shrunk"),
    "eat": ("ate", "eaten"),
    "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"),
    "bid": ("bid", "bid"),
    "bet": ("bet", "bet"),
    "cast": ("cast", "cast"),
    "slide": ("slid", "slid"),
    "bind": ("bound", "bound"),
    "grind": ("ground", "ground"),
    "wind": ("wound", "wound"),
    "mean": ("meant", "meant"),
    "retake": ("retook", "retaken"),
    "resell": ("resold", "resold"),
    "rewrite": ("rewrote", "rewritten"),
    "reshape": ("reshaped", "reshaped"),
    "offset": ("offset", "offset"),
    "overrun": ("overran", "overrun"),
    "outrun": ("outran", "outrun"),
    "foresee": ("foresaw", "foreseen"),
}

# Forms left out of the verb table because another, more frequent verb owns them: "found"
# is far more often the past of "find" ("they found the body") than the base form of
# "found", and "find" reports no event, so the bare form is not read as a verb at all. So
# with a noun: "bit" is far more often "a little bit", "a comedy bit" than "bite"'s past.
OTHER_VERBS_FORMS = frozenset({"found", "bit"})

AUX_PERFECT_PRESENT = frozenset({"has", "have", "'ve", "’ve"})
AUX_PERFECT_PAST = frozenset({"had", "'d", "’d"})
# … as clitics fused to their subject ("they've", "she'd"), for a word's ending
PERFECT_CLITICS = tuple(w for w in AUX_PERFECT_PRESENT | AUX_PERFECT_PAST if w[0] in "'’")
PRESENT_PERFECT_CLITICS = tuple(w for w in AUX_PERFECT_PRESENT if w[0] in "'’")
# A perfect done as the story is published: "has just been found", "have now tested negative"
JUST_NOW = frozenset({"just", "now"})
# … and one done some time before it: "Relatives have already given DNA samples"
ALREADY = frozenset({"already"})
# Modals of a past that did not happen, before "have": "would have", "could have been"
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})
# A headline's words before a year that make the page a review of it: "Our favourite albums
# of 2014", "The best and worst gadgets from 2020"
YEAR_REVIEWED_BY = frozenset({"in", "of", "from", "during", "throughout"})
# … and words that put a happening the review tells before its year: "The drama was filmed
# before the floods", "She won the title once, years ago"
BEFORE_THE_YEAR = frozenset({"before", "ago", "earlier", "once", "previously", "formerly"})
# Adverbs of a past before the story's day: "Recently, von der Leyen stated …" was said
# some time before publication, not on its day.
RECENT_PAST = frozenset({"recently", "lately", "previously", "formerly"})
# "-ly" adverbs that time a participle rather than tell its manner: "a newly elected mayor",
# "recently issued bonds" keep the happening behind the adjective (unlike "freshly baked
# bread", "neatly trimmed hedges", which only describe the noun).
TIMING_LY = RECENT_PAST | frozenset({"newly"})
# Words that sharpen the preposition after them: "cheese made right in the valley", "parts
# shipped straight from the plant" (an adverb, not the noun "right").
SHARPENING = frozenset({"right", "straight"})
# Where a text points into itself: "the ferries described above", "the steps listed below"
# name a passage of the article, and the verbs that do the pointing; no one says anything.
TEXT_PLACES = frozenset({"above", "below"})
TEXT_POINTING = frozenset(
    "describe mention note outline list cite detail quote show discuss explain".split()
)
# What a thing is said to "tell" when it only shows something: "the figures told the story
# of a shrinking fleet", "The data tell a grim tale" (a person telling one is a saying).
STORY_NOUNS = frozenset({"story", "tale"})
# Words before "ago" that give no number ("weeks ago", "long ago", "a while ago"): a past
# before the story's day, told with no date the tagger can read.
VAGUE_AGO = frozenset("days weeks months years decades long while time".split())
# Spans too long for one day, told with no number: "The owners argued over the lease for
# years", "The firm dumped waste in the river for decades", "for over a decade". A happening
# that lasted so long is no happening of the day the story narrates; it lies before it. (Not
# a number of years, which as often measures what the happening set up: "banned him for two
# years", "signed for three years".)
LONG_SPANS = frozenset("weeks months years decades generations centuries".split())
LONG_SPAN_ONE = frozenset("decade century generation lifetime".split())  # after "a"
# words between "for" and the span: "for many years", "for well over a decade"
LONG_SPAN_HEDGES = frozenset("many several some a nearly almost more than over well".split())
# Words of the present day that after a plural noun mean "nowadays" ("Farmers today sell
# online", "shoppers now expect free delivery"): the people of our time, no day of news.
NOWADAYS = frozenset({"today", "now"})
AUX_BE_PAST = frozenset({"was", "were"})
# A subject fused with its present "be" ("I'm told", "we're told"): "am" or "are", a form of
# "be" as the rules read it. Not "he's"/"it's": "has" or "is"? ("she's told" is "has told")
BE_CLITICS = frozenset(
    f"{who}{mark}{be}"
    for who, be in (("i", "m"), ("we", "re"), ("you", "re"), ("they", "re"))
    for mark in "'’"
)
AUX_BE_PRESENT = (
    frozenset(
        """
    is are am 's ’s 're ’re be being been
    """.split()
    )
    | BE_CLITICS
)
BE_FORMS = AUX_BE_PAST | AUX_BE_PRESENT  # every form of "be" an auxiliary may take
MODALS = frozenset(
    """
    will would could should might may must can shall 'll ’ll wo ca to gonna
    """.split()
)
# The modals proper, without the infinitive's "to": "will", "could" make a verb group finite.
FINITE_MODALS = MODALS - {"to"}
# Verbs of a figure or a state going up or down ("prices rose", "the outlook worsened"),
# for `FORECAST_VERBS` and `FIGURE_MOVES`.
FIGURE_CHANGES = frozenset(
    """
    rise fall grow increase decrease decline drop plummet plunge soar surge climb slump
    shrink worsen improve
    """.split()
)
# Verbs of change no one does: told of the future they forecast, they plan nothing ("prices
# will rise", "conflict will grow", "supplies will be drained").
FORECAST_VERBS = FIGURE_CHANGES | frozenset(
    """
    slow exceed remain continue become happen occur last spread drain dry melt warm cool hit
    reach top double triple halve peak
    """.split()
)
# Words that make a guess of a statement about the future: "will likely appear".
HEDGES = frozenset("likely probably possibly perhaps maybe presumably".split())
# A plan told with such a word is a guess at what will come ("will undoubtedly be welcomed",
# "will almost certainly rise"), not something anyone has set.
PREDICTING_ADVERBS = HEDGES | frozenset("undoubtedly surely certainly doubtless inevitably".split())
# Modals of a possibility: "the storm could bring flooding on Friday" tells no happening.
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})
# A modal that makes a plan or schedule, not a possibility: "will deliver", "'ll sign".
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll"})
# Words before "to" that make the infinitive a plan: "plans to buy", "is expected to enter
# service", "is set to open", "agreed to pay", "is due to arrive".
PLAN_WORDS = frozenset(
    """
    plan plans planned planning expect expects expected schedule scheduled set due intend
    intends intended aim aims aimed agree agrees agreed going prepare prepares preparing
    prepared decide decides decided vow vows vowed pledge pledges pledged promise promises
    promised
    """.split()
)
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "nor", "neither", "without"})
# Subjects that deny the happening: "Nothing matched the power of her words", "No one covered
# it more diligently", "Nobody was hurt", "Neither side has budged".
NEGATIVE_SUBJECTS = frozenset({"nothing", "nobody", "none", "noone", "neither"})
# Words that all but deny the subject they open: "Barely a shot was fired", "Hardly anyone
# came", "Few knew the deal was coming" (not "a few", nor "Barely a week later").
NEAR_NEGATIONS = frozenset({"barely", "hardly", "scarcely"})
NEAR_NEGATED = frozenset({"a", "an", "any", "anyone", "anybody", "anything", "one"})
HABITUAL = frozenset(
    """
    often repeatedly frequently usually regularly always routinely sometimes typically
    generally long previously already once formerly
    """.split()
)
# Adverbs of how often, in a verb's own group: a habit, no one happening ("Critics
# frequently mocked the mayor's golfing", "We are often asked about it", "The ferry has
# always left at noon"); not "repeatedly" ("repeatedly warned on Monday": warnings told
# one by one), "generally" ("was generally welcomed": how, not how often), "long" ("has
# long argued": a stand held, still told) nor the adverbs of a time before.
FREQUENCY = (
    HABITUAL - frozenset("repeatedly generally long previously already once formerly".split())
) | frozenset(
    """
    normally occasionally invariably constantly habitually customarily commonly rarely
    seldom
    """.split()
)
# Adverbs of a thing done again and again, in a verb's own group: with no date in the
# clause, a habit, no one happening ("The senator has repeatedly criticised the ferry
# contract", "Residents persistently complained about the noise"); with a date the times are
# told ("repeatedly warned on Monday": kept, see `FREQUENCY`).
REPEATING = frozenset({"repeatedly", "continually", "persistently"})
# Words that make a noun the newest of its kind: "Her latest release is a pear cider" tells
# the release, just before the story.
NEWEST = frozenset({"latest", "newest"})
# What a news site makes of its own coverage: "We will pause our live coverage here for
# tonight", "Our photo desk has put together a gallery of the flooding" tell the site's own
# work, no happening of the story.
OWN_COVERAGE = frozenset("coverage gallery newsletter podcast liveblog updates".split())
# The site speaking of itself.
OUR_WORDS = frozenset({"we", "our", "we'll", "we’ll", "we're", "we’re"})
# The site's own people, after "our": "Our correspondent has just arrived at the airport", "our
# analyst has published his top pick" tell the site's work, no happening of the story.
SITE_STAFF = frozenset(
    """
    correspondent correspondents reporter reporters editor editors photographer photographers
    analyst analysts columnist columnists critic critics reviewer reviewers
    """.split()
)
# What a writer's byline says of the writer's work: "His essays have appeared in the Herald and
# the Courier", "Her essays have appeared in …": a career, no happening ("The suspect has
# appeared in court" has no such subject: kept).
BYLINE_WORKS = frozenset(
    """
    work writing writings articles essays stories reporting journalism poems poetry fiction
    photographs photography columns reviews byline bylines
    """.split()
)
# The verbs of a byline's career, each with the word after it: "has appeared in", "has
# written for", "has contributed to".
BYLINE_VERBS = {"appear": ("in", "on"), "write": ("for",), "contribute": ("to",)}
# Verbs whose colon sets down a text in the story's next paragraphs, in the author's own
# first person ("The note reads: …", "She wrote: …"): no writer's voice in them.
TEXT_SETTING_DOWN = frozenset("reads read says said writes wrote states stated adds added".split())
FIRST_PERSON = frozenset("i me my mine we us our ours".split())
# The writer as a verb's subject, outside any quote: "I", "we" and their contractions with an
# auxiliary ("I've just spoken to …", "We’d asked …").
WRITER_SUBJECTS = frozenset(
    p + a
    for p in ("i", "we")
    for a in ("", "'ve", "’ve", "'d", "’d", "'m", "’m", "'re", "’re", "'ll", "’ll")
)
# What a writer does to report or work out a story: "I have talked with two of the
# families", "We asked readers which ferry they take", "We plotted the index against prices
# and found a link", "We reached out to the firm": the writer's own work, told in the first
# person, no happening of the story (a minister's "I signed the order on Monday" is hers).
# No verb of deciding ("choose", "pick", "select"): on a firm's blog or in an interview set
# down without quotes, "we" is the firm, and "We chose the Lisbon plant for its port" is its
# decision, a happening.
# Verbs of the writer's own view, with "I" or "we": "I really do think the city dodged a
# bullet", "We'd bet the mayor regrets it", "I suspect the deal is dead" are opinion, and what
# they hold is no happening the story tells (`writers.writer_opines`).
WRITER_OPINING = frozenset(
    "think believe suspect feel guess bet reckon suppose imagine doubt wonder".split()
)
WRITER_TASKS = frozenset(
    """
    speak talk ask interview contact reach write note mention explain report plot chart count
    find analyse analyze compare examine notice check review
    """.split()
)
# A writer's note that what follows was told before on the same page ("As we reported
# earlier, divers found two more bodies", "As noted above, the pool will close"): a live
# blog's later update retelling a development, no happening of its own. "As we reported last
# week" points at another story, and what follows is still told.
TOLD_EARLIER_VERBS = frozenset("reported mentioned noted said wrote told".split())
TOLD_EARLIER = frozenset({"earlier", "above"})
# Adjectives after "it is" that leave the clause they open unsettled: "It is unclear whether
# the driver fled", "It's unknown who carved the gate", "It is possible that the ring was lost
# at sea" tell what is not known, not a happening. Those of `SETTLED_IF_DENIED` do so only
# denied ("It was not clear who fired first"; "It is clear that the dam broke" tells it).
UNSETTLED = frozenset("unclear unknown uncertain possible likely unlikely probable".split())
SETTLED_IF_DENIED = frozenset("clear known certain".split())
# Words that open such a clause after the adjective.
UNSETTLED_LINKS = frozenset("that whether if who whom what when where why which how".split())
# Prepositions between a noun of a guessed cause and its clause: "possible explanations for
# why the ferry sank", "likely reasons behind how the fire spread".
OPEN_EXPLANATION_PREPOSITIONS = frozenset("for of about behind".split())
# The words that open such a clause (not "that", a relative: "the possible sites that the
# council chose" tells the choosing).
OPEN_EXPLANATION_LINKS = frozenset("why how whether".split())
# A verb with "it" that only frames what follows, with the word that follows it: "When it
# came to spending, the board held firm", "It turned out that the ledger was forged" — no
# happening of their own ("It came to light on Friday" stays: no "when" before it).
FRAMING_IT = {"come": "to", "turn": "out"}
# Set phrases built on a verb of saying that only comment on the sentence, set off by commas:
# "All told, the mill is a bargain", "Having said that, the club kept its coach" — no one
# says anything.
SAYING_ASIDES = ("all told", "having said that", "having said this", "that being said")
# Verbs of what someone has on or a vehicle has aboard: in the progressive, a description of
# how things stood ("The suspect was wearing a green cap", "The ferry was carrying 240
# passengers", "is described as wearing a grey hoodie"), no happening.
HAVING_ON = frozenset({"wear", "carry"})
# Verbs of gaining or losing after "stand to": a prospect, no happening ("The bank stood to
# gain the most from the bailout", "Farmers stand to lose millions"); "stood to applaud the
# singer" is a rising, kept.
PROSPECT_VERBS = frozenset(
    "gain lose benefit profit earn make win collect receive garner inherit reap pocket".split()
)
# Words that open a clause of every time something happens: "The mayor posts a photo whenever
# he visits a school", "Every time the river rose, the road flooded" — a habit, both verbs.
HABIT_OPENERS = ("whenever", "every time", "each time")
# Words of a timetable: with a present simple they tell what is done each time, a schedule,
# no one happening ("The museum opens at 9 a.m. every day", "The bakery opens daily at 6
# a.m.", "The pool closes at noon on Sundays"); see `SCHEDULE_EVERY` for "every"/"each".
SCHEDULE_WORDS = frozenset(
    """
    daily nightly weekdays weekends mondays tuesdays wednesdays thursdays fridays saturdays
    sundays mornings evenings afternoons nights
    """.split()
)
# What "every"/"each" counts in a timetable: "every day", "each morning", "every Friday".
SCHEDULE_EVERY = frozenset(
    """
    day morning evening afternoon night week weekday weekend hour monday tuesday wednesday
    thursday friday saturday sunday
    """.split()
)
# Verbs of a habit before "to": what "tends to" be done, and any verb joined to that
# infinitive ("Shoppers tend to browse online, or come from review sites"), is done as a
# rule, no one happening.
HABIT_TO_VERBS = frozenset({"tend", "tends", "tended"})
# Words that open a clause of time: with a present simple and no date of its own, such a
# clause tells what is done each time, a habit ("We check the prices when we write our
# guides", "When buyers complain, the shop refunds them"), no one happening.
WHEN_WORDS = frozenset({"when", "whenever"})
# After "once", a happening told again, not a past habit or state (`HABITUAL`): "Cole once
# again accused Ray of raising fees" is that night's accusing, "the union once
# more walked out" a walkout of the story's time, while "Lee once ran a bakery" is before.
REPEATED = frozenset({"again", "more"})
# Adverbs put before a past verb that tell it came after the happening told before, with
# no time of its own: "The mayor quickly ordered a recount", "Lee then spent weeks on
# it", "He was later charged", "Rivals quickly claimed she knew" -- after that happening,
# not at publication (`story_time.sequel_after`; opening the sentence, "Later, …",
# "Subsequently, …" is `events._SEQUEL`'s).
SEQUEL_VERB_ADVERBS = frozenset({"then", "later", "subsequently", "quickly", "soon", "swiftly"})
# … not after words that make it another thing: "the then mayor", "by then", "until then",
# "back then", "even then", "only then", "since then" (a process, `story_time.since_then`)
NOT_SEQUEL_BEFORE = frozenset(
    {"the", "by", "until", "till", "back", "even", "only", "since", "just"}
)
# Adverbs that may stand between an auxiliary and its verb.
ADVERBS = frozenset(
    {
        "also",
        "just",
        "recently",
        "then",
        "still",
        "reportedly",
        "allegedly",
        "officially",
        "finally",
        "quickly",
        "publicly",
        "formally",
        "abruptly",
        "initially",
        "later",
        "again",
        "first",
        "jointly",
        "effectively",
        "immediately",
        "swiftly",
        "even",
        "only",
        "now",
        "subsequently",
        "eventually",
        "ultimately",
        "twice",
        "before",  # "has twice before sued": an adverb between the auxiliary and its verb
    }
    | HABITUAL
)
# Speech verbs that may come after what is said and before the speaker ("…, said Smith").
QUOTATIVE_INVERSION = frozenset(
    {"say", "add", "tell", "write", "note", "explain", "ask", "reply", "comment", "state"}
)
# Sayings that take no "that" clause: "has been speaking to families that lost …" is a
# relative clause about the families, not what was said.
NO_THAT_CLAUSE = frozenset({"speak", "talk", "discuss"})
# Languages: what is spoken ("spoke no English", "speaks Mandarin"), not a saying to someone.
LANGUAGES = frozenset(
    """English French Spanish German Italian Portuguese Russian Arabic Chinese Mandarin
    Cantonese Japanese Korean Hindi Urdu Bengali Turkish Dutch Polish Greek Hebrew Swahili
    Irish Welsh Gaelic""".split()
)
# Participles that describe a scene after "there are": "There are 40 buses lined up",
# "There were crowds gathered outside" (not "There were 20 people killed": a happening).
SCENE_PARTICIPLES = frozenset(
    "lined gathered parked queued stationed seated crowded assembled camped massed".split()
)
# Participles that say where someone or something is kept after "be", with no date and
# no agent: "The battalion was stationed at the fort", "The firm is based in Leeds", "The
# depot was situated by the river" tell a standing place, not a happening ("were located
# by divers", a finding, is another verb; "was stationed there in 1950" keeps its year).
PLACED_PARTICIPLES = frozenset("stationed based situated headquartered".split())
CONDITIONALS = frozenset({"if", "unless", "whether", "should", "lest"})
DETERMINERS = frozenset(
    """
    the a an its their his her our my your this that these those some any each every no
    """.split()
)
# Determiners of a thing the reader already knows: "the attack", "this ruling" retell a
# happening the story has told (db.merge)
DEFINITE_DETERMINERS = frozenset("the this that".split())
# Determiners of a speaker the story names again the same way: "the guild said", "its board
# said" (not "a source said": someone else each time) (db.statements)
SPEAKER_DETERMINERS = frozenset("the its their".split())
# Words that introduce a speaker the story has not named before, whom "the" takes up later:
# "an official statement said …" and "the statement said …"; "Two officials said …" and
# "One of the officials said …" (db.statements)
INTRODUCING = frozenset("a an two three four five six several".split())
# Nouns of people who speak for the body the words before them name: "the zoo announced …"
# and "…, zoo officials said" are one body's statement (db.statements)
SPEAKING_FOR = frozenset(
    "official officials spokesman spokeswoman spokesperson spokespeople representatives".split()
)
# A speaker's post written in capitals, read as the lowercase words of a post between the
# body a name speaks for and the name: "Deep Water CEO Ana Ruiz said …" after "the Deep Water
# Trust said …" is the trust's statement, as "Deep Water spokesman Ana Ruiz" (db.statements)
POST_ABBREVIATIONS = frozenset("CEO CFO COO CTO".split())
# Nouns a story calls one team of researchers by in turn: "the group describes a fern …" ¶
# "…, the researchers note, …" are the study's authors, one statement (db.statements)
RESEARCH_TEAM = frozenset("group team researchers scientists authors".split())
# Pronouns that take up an unnamed speaker quoted just before: "The memo said … They
# said …", "the geologists argue … They argue" (db.statements)
SPEAKING_PRONOUNS = frozenset({"they", "it"})
# Speech verbs that go on with a quote begun before: "In a memo dated May 2, Ortiz said …" ¶
# "…, Ortiz added" is more of that memo, not a saying of the day the story came out
# (db.statements)
GOING_ON_SPEECH = frozenset({"added", "adds", "adding", "continued", "continues"})
# ... and adverbs that say so of any speech verb: "She further noted that …"
GOING_ON_ADVERBS = frozenset({"further"})
# Words that move a saying to another occasion than the speaker's sayings told before:
# opening its sentence ("Later, at the team hotel, Lund said …", not "Later in the speech":
# the same one), or near its verb ("Lund told reporters afterwards") (db.statements)
NEW_OCCASION = frozenset({"later", "afterward", "afterwards"})
# Nouns of a written statement a story quotes sentence after sentence as the subject of its
# speech verbs: "Its statement claimed …" ¶ "The firm's statement asserted …" (db.statements)
RELEASE_NOUNS = frozenset({"statement", "release", "communique", "communiqué"})
# Adverbs before a verb told before that add to the same act: "On Monday the court found
# the ban unlawful" … "The court also found that the fines must be repaid" (db.statements)
ADDING_ADVERBS = GOING_ON_ADVERBS | {"also"}
# Determiners before an adjective that looks like a verb: "the alleged buyers", "a reported
# sighting", "its planned merger" (not "that", "some": "Some said that …").
POSSESSIVE_DETERMINERS = frozenset("its their his her our my your".split())
# People named by their tie to someone ("his mother", "her lawyer", "their neighbour"): after
# a possessive they are another person, who speaks for no one but themselves (an "office",
# a "spokesman" speaks for its owner: `sentence.Sentence._possessor`).
KIN_NOUNS = frozenset(
    """
    mother father wife husband son daughter sister brother parents family widow widower
    uncle aunt cousin grandmother grandfather girlfriend boyfriend fiancee fiance friend
    friends neighbour neighbor neighbours neighbors lawyer lawyers attorney attorneys
    colleague colleagues
    """.split()
)
ARTICLES_AND_POSSESSIVES = frozenset("the a an".split()) | POSSESSIVE_DETERMINERS
# Prepositions whose noun phrase cannot be a subject: a verb-like word closing a name after
# one is the phrase's noun ("froze during Zoom calls, …"); not "for",
# "at", "in" ("a spokesman for Acme says", "Officials in Ohio say": the verb of the clause).
NOUN_ONLY_PREPOSITIONS = frozenset("during amid amidst via throughout despite".split())
# Verbs that take an adjective or a participle of their own ("to get married", "will become
# known", "to feel rested"): the participle after them is no modifier of an object.
LINKING_VERBS = frozenset("get become feel seem look remain stay keep go come".split())
# Linking verbs of staying as one was: the word after them tells the state kept ("Both
# piers will remain shut until Friday", "The loan remained guaranteed by the cargo", "The
# deficit remains cause for alarm", "The gates stayed locked"), no happening of its own.
STAYING_VERBS = frozenset({"remain", "stay"})
# Words after a verb of staying that tell no state ("stayed home on Monday", "stayed up
# late", "stayed on as coach", "stayed behind"): the staying may be a happening.
NOT_STAYED = frozenset("home late up on back behind long over".split())
# Nouns of standing aside: kept ("The union kept its distance from any strike", "kept a
# low profile") or stayed in ("The firm stayed on the sidelines"), a stance held, a state.
ASIDE_NOUNS = frozenset({"distance", "profile", "sidelines", "silence"})
# Verbs of keeping something as it is: the word after their object tells the state kept
# ("The levy kept fares low", "The talks were kept secret"), no happening of its own.
KEEPING_VERBS = frozenset({"keep"})
# Words that open a subordinate clause: a clause boundary for tense and dating.
SUBORDINATORS = frozenset(
    """
    after before because while when although though since until who which whom whose where
    whereas if unless
    """.split()
)
# Words of quantity: "23 states", "three times" read a noun, not a verb, after them.
# Number words that make a count large ("2 million visitors", "tens of thousands").
LARGE_NUMBER_WORDS = frozenset({"thousand", "million", "billion"})
NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion dozen dozens several many
    few
    """.split()
)
# Prepositions: a bare present or a participle after one is a noun or a modifier ("of dropped
# calls"), and a word after a verb that is one is no direct object.
PREPOSITIONS = frozenset(
    """
    of in on at by for with from to into onto over under about against between among through
    during without within across per than like via
    """.split()
)
# Coordinators: a bare present after one is a noun in a list ("cuts and plans").
COORDINATORS = frozenset({"and", "or", "nor"})
# Auxiliaries of a finite verb: after a participle they make it a modifier ("the iPhone developed
# by Cisco is").
FINITE_AUX = frozenset("is are was were has have had".split())
# The forms of "do" before a verb: "will vote", "did not reopen", "I really do think".
DO_FORMS = frozenset({"do", "does", "did"})
# Every auxiliary and modal: words that belong to a verb group, not to a clause of their own.
AUXILIARIES = AUX_PERFECT_PRESENT | AUX_PERFECT_PAST | AUX_BE_PAST | AUX_BE_PRESENT | MODALS
# Words a date after them may not modify: "the 2010 budget" is attributive, "2010 was" is not.
FUNCTION_WORDS = (
    PREPOSITIONS | COORDINATORS | SUBORDINATORS | MODALS | FINITE_AUX | {"that", "when", "to"}
)
# Particles of phrasal verbs: a past form before one is a verb ("shares opened up 2%", "the
# road was closed off"), not an adjective before a noun.
VERB_PARTICLES = frozenset("up down out off back away".split())
# Subjects a bare present agrees with ("officials say", "they say"), besides a plural noun.
PLURAL_SUBJECTS = frozenset(
    "we they i you who people police men women children staff crew media".split()
)
# Words that only quantify a noun: a form after them is the noun ("more states look to
# reopen", "other reports"); not "all"/"both", which a verb may follow ("they all say").
NOUN_QUANTIFIERS = frozenset("more other fewer".split())
# Quantifiers of plural nouns only: an -s word after one is a plural noun ("lower than in
# most states", "several reports of looting"), never a verb, which would want a singular
# subject (though "Many say" and "Most agree" are subjects of a bare verb).
PLURAL_QUANTIFIERS = frozenset("many several few most numerous various".split())
# Verbs that take "of" ("officials warn of floods", "residents complain of noise"): any other
# bare form before "of" is a noun ("the northern state of Kerria", "a report of shots").
OF_VERBS = frozenset(
    "speak talk warn complain think dream boast approve consist hear know tell die despair dispose"
    " beware rid accuse suspect".split()  # "whom it accuses of hiding"
)
# Subject pronouns: a participle after one is a verb ("they created"), not a modifier.
PRONOUNS = frozenset("i you he she it we they who which".split())
# Subject pronouns that open a relative clause with no "that" after a noun ("the training
# they had undergone", "the calm it offered"): the clause describes the noun (events).
CONTACT_SUBJECTS = frozenset("i you he she it we they".split())
# Nouns of a time or a manner that a clause with no "that" dates or describes ("the day they
# left", "the way she won"): the clause may still tell a happening.
CONTACT_TIME_NOUNS = frozenset(
    "time times moment day days night week weekend month year years season hour minute way".split()
)
# Verbs of a deed done that such a clause tells of its noun ("the steps it has taken", "the
# changes they made"): the deed is a happening, still told.
CONTACT_DEEDS = frozenset("take make do".split())
# Lowercase words after a name that are no noun the name modifies ("Lee herself said", "Lee
# and her aides said", "Lee too said", "Lee, who …"): the name is still the subject.
NOT_MODIFIED_NOUNS = frozenset(
    "herself himself themselves itself and or nor too who which that".split()
)
# Subjects of a clause a verb may take without "that" ("added this is …", "added they were")
CLAUSE_SUBJECTS = (PRONOUNS - {"who", "which"}) | {"this", "there"}
# Words that join a clause to the one before and leave its subject first ("But little has
# changed", "Yet few came")
CLAUSE_JOINERS = frozenset({"but", "yet", "so"})
# Object pronouns: a participle before one is a verb with its object ("known for convinced
# us"), never a modifier of it.
OBJECT_PRONOUNS = frozenset("me us him them".split())
# Relative pronouns: ", who …," opens a clause about the noun before it.
RELATIVES = frozenset({"who", "which", "whom", "whose"})
# The ones that open a clause with a verb of its own about the noun before them ("a man who
# stabbed", "the plane which crashed"); "whose" opens a noun phrase first.
CLAUSE_RELATIVES = RELATIVES - {"whose"}
# Nouns a "that" after opens what they hold, no clause about them ("the fact that the mill
# has closed", "signs that the fleet has left"): the "that" is no relative pronoun.
THAT_OF_CONTENT = frozenset(
    """fact news sign signs evidence hope hopes idea belief view fears concerns reports
    word possibility likelihood chance suggestion so such now given""".split()
)
# Words that open a temporal clause, whose date may anchor the main clause's event.
TEMPORAL_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "until", "since"})
# Verbs after which "before" is a place, before whom one stands: "appeared before
# magistrates on Thursday", "testified before Congress in May", "was brought before a judge"
APPEARING_VERBS = frozenset("appear testify bring come go stand haul drag parade kneel".split())
# Words that open a clause a summary should not start with: it keeps the words it hangs on.
SUBORDINATE_OPENERS = frozenset(
    "that which who whom whose where when while since after before as because".split()
)
# Words after which a clause of its own opens, with its own verb: in "Vets said they saw
# no cure and in May that it had spread" the spreading's clause opens after "that".
CLAUSE_OPENING = SUBORDINATE_OPENERS | COORDINATORS
# Words that open a clause of its own before a speech verb's subject ("…, and critics
# said", "when officials said", "but one reader wrote"): the subject's noun phrase starts
# after them (`Sentence` finds a saying's common-noun subject by them).
SUBJECT_CLAUSE_OPENING = COORDINATORS | SUBORDINATORS | {"but", "as", "than", "so"}
# Endings of a possessive word ("Lee's"), and with the bare apostrophe of a plural or a name
# ending in s ("the Joneses'", "Jones' lawyer").
POSSESSIVE_ENDINGS = ("'s", "’s")
OWNING_MARKS = (*POSSESSIVE_ENDINGS, "'", "’")
# The pronouns that tell a person's sex, as `discourse.sex_of` tells a name's; also those
# that take up the person quoted just before when no speaker was read for them ("“…,” Ruiz
# said. Asked about the rival lab's paper, she said “not much.”": db.statements)
SEXED_PRONOUNS = frozenset({"he", "she"})
# Words that may stand between "who"/"which" and the saying verb of a relative aside
# ("Ruiz, who had warned …", "the panel, which once said …").
BEFORE_AN_ASIDE_SAYING = frozenset({"had", "also", "once", "earlier", "previously"})
# Speech verbs whose passive with no agent tells that something happened or was counted,
# not that anyone spoke: "Six new cases were reported on Monday", "Long delays were reported
# at two airports" (the cases and the delays are the news; no one is quoted). With an agent
# it is a saying again: "The fares were reported by the council on Monday". Not "announce"
# or "confirm": "The merger was announced on Friday" is still someone's announcement.
OCCURRED_WHEN_PASSIVE = frozenset({"report"})
# Words after "by" that make it a deadline or a margin, not an agent: "were reported by
# Monday", "by noon", "by 5pm", "by the end of the week", "by far".
NOT_AGENT_AFTER_BY = (
    # each month by its full name (the longest of its spellings), each weekday, clock words
    frozenset(max((w for w in MONTHS if MONTHS[w] == n), key=len) for n in range(1, 13))
    | frozenset(WEEKDAYS)
    | frozenset(CLOCK_WORDS)
    | frozenset("tonight today tomorrow yesterday then now far end close middle start time".split())
)
# The words that join two nouns into a plural subject: "the fuel and labour estimates",
# "contract or transfer talks" take no "-s" verb after them (`verbs._after_paired_nouns`).
PAIRING_WORDS = frozenset({"and", "or"})
# Words anywhere in a sentence that make its modal conditional, not a plan ("If the town
# refuses, the agency will sue").
IF_WORDS = frozenset({"if", "unless", "whether"})
# Words opening a sentence that only supposes: "If you …", "Imagine you needed …", "Let's
# say the deal fails".
SUPPOSING = IF_WORDS | frozenset({"imagine", "suppose", "supposing", "let's", "let’s"})
# Verbs that have something done, with a participle after their object: an order opening
# with one tells the reader what to get done ("Get the week's news delivered to your
# inbox", "Have your bins emptied on time"), no past.
CAUSATIVE_VERBS = frozenset({"get", "have"})
# Words after a bare verb that opens a line and make it an order or advice to the reader
# ("Stay indoors", "Keep track of the forecast", "Check on elderly neighbours", "Make sure
# they have supplies"): what it is told to do, not what happened.
IMPERATIVE_NEXT = DETERMINERS - {"no"} | frozenset(
    """
        it them him her us me yourself yourselves everyone up out away off back down indoors
        inside outside home safe calm clear alert informed updated tuned warm hydrated sure
        track
        """.split()
)
# Words that may open an order before its bare verb ("Then sign up for match alerts", "So
# stay tuned", "Just click here"): the order is still the reader's, nothing that happened.
ORDER_OPENERS = frozenset("then so now just also simply please".split())
# Words for a time that may stand between a speech verb and its "that" ("said yesterday that").
TIME_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "again", "on"})
# Words of a time between a speech verb and what is said: "said last month that …", "said
# this week the treaty was dead" (the saying's time, not what was said).
SAYING_TIME_WORDS = TIME_WORDS | frozenset(
    "last this next week month year weekend night morning afternoon evening".split()
)
# Verbs of not doing what follows ("declined to comment", "refused to say"), and words that
# are speech only after them: together a saying (`sayings.to_speak`).
REFUSING = frozenset({"decline", "refuse"})  # lemmas
SPEECH_REFUSED = frozenset({"discuss", "elaborate", "speculate", "answer", "respond"})
# Verbs that are a saying only when they frame a quote ("“We will rebuild,” concluded the
# mayor", "“It was dark,” she recalled", "He went on: “…”"); elsewhere something else ("The
# inquiry concluded in May", "The firm recalled 900 heaters") (`sayings.quoted_on`).
QUOTE_FRAMING_VERBS = frozenset(
    """
    continue conclude recall remark exclaim muse reflect wonder whisper shout sigh laugh
    """.split()
)
# Adverbs of a first schedule: "the vote, originally set for May, …" tells when it was due.
ORIGINALLY = frozenset("originally initially previously first once".split())
# Participles of a schedule: "originally scheduled for May" says when it was due, a state;
# "originally signed in 1996" is a signing.
SCHEDULED = frozenset("due scheduled planned set slated expected meant intended".split())
# Verbs that fix a day for something: the day after their "for" is the coming thing's ("set
# the trial for Feb. 25"), not the setting's (not "planned": "the release, planned for early
# November" was told after it).
SETTING_FOR = frozenset("set scheduled rescheduled slated fixed booked".split())
# Verbs of moving a happening in time: the dates after "from"/"to" are the happening's, not
# the moving's ("was moved from April to June", "postponed until March").
RESCHEDULING = frozenset(
    "move postpone delay reschedule defer push extend bring shift change".split()
)
# Verbs of putting a happening off until a date ("the job we deferred until 2019 was …",
# "kept back until May"): what was put off happens then, not before it.
DEFERRING = ("deferred", "postponed", "delayed", "put off", "held off", "pushed back", "held back")
# Verbs of calling a happening off: "The concert, planned for June 8, was cancelled" — the
# plan's day is the concert's, not a happening of its own.
CANCELLING = frozenset("cancel scrap axe abandon".split())
# Verbs of a schedule whose "to be" may foretell a state, no one's act: "Next year is slated
# to be the wettest on record" ("is scheduled to be held in May" keeps its holding).
SCHEDULING_VERBS = frozenset({"slate", "schedule"})
# Infinitives of a state after them: "is slated to be", "to become", "to remain".
STATE_INFINITIVES = frozenset({"be", "become", "remain", "stay"})
# Verbs of coming back: after "expected to" with no place to come back to, a thing's return
# foretold ("The dividend is expected to return in March", "Frost is expected to return"),
# not a trip ("The crew is expected to return to port on Friday").
COMING_BACK = frozenset({"return"})
# Verbs and words of believing or guessing: a future in the clause they govern is someone's
# guess, not a plan ("Most traders think the bank will cut rates in May", "I'm sure the
# fans will come back", "The figures suggest prices will keep rising"); what is said
# ("Lee said the bridge will open") stays a plan told.
GUESSING_VERBS = frozenset(
    """think believe expect suggest hope fear doubt predict bet reckon guess assume
    anticipate""".split()
)
GUESSING_WORDS = frozenset("sure confident convinced optimistic certain likely unlikely".split())
# Verbs of predicting: "is forecast to", "are expected to" say what may come, no happening
PREDICTING = frozenset({"forecast", "predict", "project", "expect", "anticipate"})
# Verbs that tell what may come: a happening they name is foretold ("Analysts predicted a fall
# in sales"), and a coming date beside them is the forecast's, not the day it was made ("The
# bank predicts a recession next year")
FORETELLING = GUESSING_VERBS | PREDICTING
# Signs that open an amount of money ("$40", "£3m"), stripped off it to read its number.
MONEY_SIGN_CHARS = "$£€¥"
# Words after a number that make it a sum of money ("40 million dollars"; "pounds" may weigh).
CURRENCY_WORDS = frozenset("dollars euros pounds yen yuan rupees francs".split())
# Speech only without a direct object: "he added", "added that…", not "added audio recording";
# "threatened to resign", not "Rising water threatens the mill" (a harm that looms, no saying)
SPEECH_WITHOUT_OBJECT = frozenset({"add", "share", "observe", "threaten"})
# What is fired in an attack ("fired two missiles at Kyiv"; "fired the coach" is a dismissal).
WEAPONS = frozenset(
    """
    missile missiles rocket rockets shot shots round rounds shell shells bullet bullets gun
    guns weapon weapons gas drone drones torpedo torpedoes projectile projectiles artillery
    mortar mortars grenade grenades flares salvo volley
    """.split()
)
# Where a price or a market went as trading began or ended: "Markets opened lower", "Shares
# closed higher" tell a market's move, not a launch or a closure.
MARKET_DIRECTIONS = frozenset("higher lower up down flat mixed firmer weaker".split())
# The parts of a game a match report tells its moments by ("in the 34th minute", "just after
# half-time", "in stoppage time", "in the second half", "in the ninth inning"): what happens
# in one happens on the day of the game the story tells.
GAME_PARTS = frozenset("minute half inning innings set lap".split())
GAME_TIMES = ("half-time", "halftime", "stoppage time", "injury time", "extra time", "overtime")
# Where someone is held: "released from prison", "freed on bail" is a step of the law, not
# a product's release.
CONFINEMENT = frozenset("prison jail custody detention captivity bail parole".split())
# Verbs of disclosing, whose object says more than they do ("reported a fourth-quarter loss").
DISCLOSING = frozenset({"report", "post", "announce", "disclose", "unveil"})
# Modals that look ahead to a date after them: a noun's happening on that date is still to
# come ("said terms would be released after a vote on Friday").
# Verbs that count ("has recorded 51,309 cases", "has garnered some 40,000 members"): with a
# number and no time, a running total;
# the words that may stand between the verb and its number ("more than", "a total of"), and
# those that give the count a time of its own ("in the past week", "since March").
TALLY_VERBS = frozenset(
    """
    record report register log confirm count tally reach top surpass garner amass accumulate
    """.split()
)
TALLY_FILLERS = frozenset("a total of than".split())
COUNT_TIME_WORDS = frozenset("past last since today yesterday".split())
# Verbs of losing lives: a count of those who died with nothing after the verb ("In 1850,
# 64 miners perished", "just 58 died") over a year is a death toll, a statistic.
DYING_VERBS = frozenset("die perish drown starve succumb kill".split())
# What may end a bare count's clause right after its verb ("110 men died, and …", "one
# soldier died every three days").
BARE_COUNT_ENDS = frozenset(".,;:—–!") | {"and", "but", "while", "every", "each", "per"}
# The units of a span of several ("in the last ten years", "over the past few months"): a
# change or a count over one is a trend, not a happening.
TREND_UNITS = frozenset("years decades months weeks".split())
# Words after a count that make it a streak ("have won nine straight games", "has topped the
# chart six consecutive weeks"): a record, not a happening. An ordinal is the streak's latest
# ("missed his third straight debate on Monday"): that one happened.
STREAK_WORDS = frozenset("straight consecutive successive".split())
# Nouns of a rate over a rolling span ("a seven-day average of 310 cases", "the 14-day
# incidence rate rose to 108"): a statistic, not a happening.
RATE_NOUNS = frozenset("average rate incidence".split())
# Verbs that multiply an amount ("Car thefts more than doubled"): with no date of their own
# and no object, a trend over some span, not a happening ("doubled its dividend" is one).
MULTIPLYING = frozenset("double triple quadruple halve".split())
# Verbs that move a figure, and the nouns of a figure that is a measure of many ("The town's
# burglary rate rose 8% in the first half", "Trends have worsened in 2017", "The number of
# thefts has fallen"): a statistic over a stretch, not a happening (a move on a day or in a
# month, "the rate fell to 4% in May", is news).
FIGURE_MOVES = FIGURE_CHANGES | frozenset("fluctuate jump dip double triple halve".split())
MEASURE_NOUNS = frozenset(
    "rate rates number numbers amount level levels figures trend trends percentage".split()
)
# and the measures a running total may be too ("So far this year the average rainfall has
# already exceeded the record": no count of its own, still a measure that runs)
RUNNING_MEASURES = MEASURE_NOUNS | frozenset({"average", "averages"})
# Word pairs that make a count one still running ("has raised £12,000 so far"; "till date"
# is how South Asian papers write "to date"; "as of Monday" is the day the count was read,
# "4,100 claims have been filed as of Monday").
RUNNING_WORDS = frozenset(
    {("so", "far"), ("thus", "far"), ("to", "date"), ("till", "date"), ("as", "of")}
)
# Where one is admitted, taken or sent to: "admitted to hospital" is no saying.
INSTITUTIONS = frozenset("hospital hospitals clinic care intensive ward icu prison jail".split())
# Words that set another's saying against the one before: "…, while Air Canada has estimated".
CONTRASTS = frozenset("while whereas although though but".split())
# Words that tell a date from the present ("last December", "next month"), and those before a
# date that make it a bound ("since 1960", "until May"): neither sets a story in its year.
FROM_NOW_WORDS = frozenset("last next this coming past ago previous current".split())
BOUND_WORDS = frozenset("since until till before after than from between".split())
# Words before a date a noun names that look ahead to it: "is scheduled to", "may still be
# battling the virus when the hurricane season begins June 1" (the coming June 1)
LOOKING_AHEAD = FUTURE_MODALS | {"would", "may", "might", "could", "scheduled", "slated", "due"}
# Words before a noun that names a happening: "the first flight", "its maiden voyage".
ORDINALS = frozenset("first second third last final maiden latest new".split())
# Superlatives without "-est" ("the most valuable", "the best team"): a rank, like an
# ordinal ("has become the most valuable firm in Europe" tells a record reached).
SUPERLATIVES = frozenset({"most", "least", "best", "worst"})
# What a title is of, when it comes between the title and the name ("Secretary of State
# Madeleine Albright", "Minister of Finance Ngozi Okonjo-Iweala"); any other word after "of"
# starts an organisation's name ("CEO of Boeing Commercial Airplanes").
PORTFOLIOS = frozenset(
    """
    State Defense Defence Justice Health Finance Treasury Transportation Transport Commerce
    Energy Labor Labour Education Agriculture Interior Housing Veterans Homeland Staff Police
    Foreign Home Trade Industry Culture Environment Communications Information Security
    """.split()
)
# Words inside a title of office ("Chief Financial Officer", "Chief Operating Officer"):
# between two title words they belong to the title, not to the name after it.
TITLE_INNER = frozenset(
    """
    Financial Operating Technology Technical Marketing Information Medical Legal Investment
    Commercial Strategy Content Digital Science Scientific People Product Communications
    """.split()
)
# Titles that mark a name on their own; the others ("General", "Executive") only after one.
CORE_TITLES = frozenset(
    """
    Mayor President Vice Attorney Gov Gov. Governor Sen Sen. Senator Rep Rep. Representative
    Secretary Chief CEO CFO COO Chairman Chairwoman Judge Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof
    Prof. Professor Gen. Col. Lt. Sgt. Capt. Commissioner Director Minister Prime Premier
    King Queen Prince Princess Pope Rev. Sheriff Chancellor Ambassador Speaker Deputy
    Spokesman Spokeswoman Spokesperson Employee Founder Co-founder Cofounder Superintendent Sir Dame
    Supt Supt. Insp Insp. Inspector Det. Detective Constable PM Supervisor Sergeant Captain
    Ranger Coordinator Sens. Reps. Drs. Profs.
    """.split()
)
# Titles that precede a person's name and are not part of it: those that mark a name on
# their own, and those that do only after one ("Executive", "General", "Former").
TITLES = CORE_TITLES | frozenset(
    """
    Acting Admiral Analyst Assistant Bishop Capt Cardinal Chair Col Commander Councilman
    Councilwoman Designer Det Engineer Executive Former Gen General Head Imam Lady Lawyer
    Leader Lord Lt Manager Officer Police Rabbi Rev Senior Sgt Vice-President
    """.split()
)
# Lowercase words that end a product's name ("iPod nano", "MacBook Air" is capitalised anyway).
MODEL_WORDS = frozenset({"nano", "mini", "touch", "shuffle", "classic", "pro", "plus", "max"})
# Lowercase particles inside people's names ("Bill de Blasio", "Laurence des Cars",
# "Ursula von der Leyen").
NAME_PARTICLES = frozenset("de des du da di van von der den ter bin al".split())
# Name-internal lowercase connectors ("Bill de Blasio", "Department of Justice").
NAME_CONNECTORS = NAME_PARTICLES | frozenset(
    "es el del della dos das do ten st. y la le ibn of for &".split()
)
# Organisation words: a name containing one is an organisation, not a place or a person.
# Common nouns that name who acts in the news ("Agents inspected the vessel", "The council has
# adopted a quota"): a clause they open tells a deed though it names no actor
# (`article.Extraction.entries`).
DOER_NOUNS = frozenset(
    """
    police officer officers agent agents deputy deputies trooper troopers detective detectives
    investigator investigators prosecutor prosecutors authorities official officials
    government ministry minister council committee board court judge jury senate congress
    parliament lawmakers legislators senators voters company firm bank agency army troops
    soldiers forces rebels militants protesters demonstrators researchers scientists doctors
    nurses firefighters rescuers paramedics team club regulators union workers residents
    students airline airlines government's
    """.split()
)
ORG_WORDS = frozenset(
    """
    Department Ministry Agency Bureau Office Service Commission Committee Council Conference
    Court Congress Senate House Parliament Administration Association Union Party Police
    Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC Group Bank Fund University College
    Institute Foundation Board Authority Enforcement Records Records, Corps Computer
    Electronics Times Post Journal News Press Register Network Studios Pictures Labs Systems
    Store Music Aviation Airlines Airways Airplanes Aerospace Motors Motor Energy Technologies
    Technology Holdings Partners Capital Media Industries Communications Entertainment
    Pharmaceuticals Software Petroleum Telecom Bancorp Financial Securities Insurance Airport
    Railways Steel Chemicals Semiconductor Robotics Exchange Ventures Trust Reserve Force Navy
    Army Marines Guard Club League Federation Council Senate Assembly Tribunal Police
    Index Average Composite Alliance Coalition Society Organization Organisation Producers
    Services Workers Employers
    """.split()
)
# Capitalised words that start sentences or name calendar things, never actors by themselves
# (stripped from either end of a name: "Is Biden", "The Week US Published").
NOT_NAMES = frozenset(
    """
    The A An And But Or If In On At For From To Of By With As Instead Some Many Most All Any
    This That These Those It Its He She They We I You His Her Their Our My Your There Here
    When While After Before Since Until Although Though Because However Meanwhile Also Then
    Now Today Yesterday Tomorrow Tonight According Eager Earlier Later Last Next First
    Second Third Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun FILE Photo AP Reuters Democrats
    Democrat Republicans Republican Not Yes No Mayors Mayor Officials Critics Both Each
    Under Over Despite Amid During Against Without Within Among Between Following What Who
    Why How Where Which Whether Once Still Even Only Just Such Other Another Several Few
    Published Updated Posted Modified Former Ex Analyst Analysts Economist Economists Writer
    About Around Nearly Almost Roughly Approximately Shares Stock Stocks Till
    Anyone Anybody Everyone Everybody Someone Somebody Nobody I'm I’m I've I’ve I'd I’d I'll I’ll
    Reporter Correspondent Editor Columnist Commentator Coach Manager Officer Officers
    Spokesperson Investor Investors Customers Residents Sources Witnesses Experts UTC GMT
    EST EDT PST PDT CET CEST BST Is Are Was Were Has Have Had Will Would Can Could Does Did
    Do Should Might Must Shall Am READ Read More Watch Listen Share Subscribe Advertisement
    GDP GNP CPI PMI VAT Rs Boxer Actor Actress Singer Rapper Author Journalist Resident
    Striker Goalkeeper Midfielder Defender Artist Photographer Comedian Novelist Playwright
    Lawmaker So Neither Nor Whereas Please Error Yet Thus Hence Indeed Unlike Like Via Per
    Plus Except Besides Otherwise Sadly Luckily Unfortunately Fortunately Notably
    """.split()
)
CALENDAR_WORDS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Christmas Christmases Easter Thanksgiving Halloween Hanukkah Ramadan
    Diwali Eid Passover Whitsun
    """.split()
)
# Bodies named by whose they are: the word after a possessive that ends the name
# ("Washington County Sheriff's Office", "Alzheimer's Foundation of America", "Women's
# Institute"), not "Apple's shares".
OWNED_BODIES = frozenset(
    """
    Office Foundation Association Department Hospital Society Fund Church Council Union
    Institute College School University Bureau Club Center Centre Trust Alliance League
    Commission Committee Court Chapel Cathedral Home Service Services
    """.split()
)
# Holidays of several words: a time, not an actor ("the New Year shopping period")
HOLIDAY_NAMES = frozenset({"New Year", "Lunar New Year", "Chinese New Year", "Boxing Day"})
# The day a holiday's possessive names ("New Year's Day" or "New Year's Eve"): a time too.
HOLIDAY_DAYS = frozenset({"Eve", "Day"})


def _listed(name: str) -> frozenset[str]:
    """A word list kept as data (`data/NAME`): one entry a line, `#` comments."""
    lines = (Path(__file__).with_name("data") / name).read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.strip()) and not s.startswith("#"))


def sectioned(path: Path) -> dict[str, str]:
    """A word list kept as data in sections ("## NAME", then its words, any number a line;
    `#` comments): each word → the name of its section (`poslex.txt`, `given_names.txt`)."""
    out: dict[str, str] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line and not line.startswith("#"):
            out.update(dict.fromkeys(line.split(), section))
    return out


# Places never count as actors unless they act: a gazetteer of the world's countries,
# regions, US states and large cities (`data/places.txt`); unknown places are caught by "in X".
PLACES = _listed("places.txt")

# What kind of thing a product is, by the noun the story puts after its name ("its 777
# airliner", "Trent 900 engines"): "the aircraft" takes up no engine, "the phone" no laptop.
# A part is no product a description of another kind stands for.
PRODUCT_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        "aircraft plane airplane aeroplane airliner jet jetliner superjumbo".split(), "aircraft"
    ),
    **dict.fromkeys("phone handset smartphone".split(), "phone"),
    **dict.fromkeys("computer laptop tablet".split(), "computer"),
    **dict.fromkeys("car vehicle truck sedan".split(), "vehicle"),
    **dict.fromkeys("drug vaccine".split(), "drug"),
    **dict.fromkeys("engine chip processor battery".split(), "part"),
}
# Names news gives a few institutions and market indexes that are neither their initials nor
# their first words, each with the full name it stands for: "The Fed kept rates on hold",
# "the Nikkei fell 2 percent", "the Footsie closed higher", "shares on the Big Board". An
# index's number is part of its name ("Nikkei 225"), where a model's is not its maker's
# ("Boeing" is no "Boeing 777"): so the index's short names are listed, not derived.
SHORT_NAMES: dict[str, str] = {
    "Fed": "Federal Reserve",
    "Big Board": "New York Stock Exchange",
    "Dow": "Dow Jones Industrial Average",
    "FTSE": "FTSE 100",
    "Footsie": "FTSE 100",
    "Nikkei": "Nikkei 225",
    "S&P": "S&P 500",
    "CAC": "CAC 40",
    "ASX": "ASX 200",
    "Euro Stoxx": "Euro Stoxx 50",
    "Stoxx": "Stoxx 600",
    "IBEX": "IBEX 35",
    "Ibex": "IBEX 35",
    "Russell": "Russell 2000",
}
# … of them, the indexes' (a full name ending in its number or "Average"): cue words of
# "the index", "the benchmark", which no "Fed" or "Big Board" is
INDEX_SHORT_NAMES = tuple(
    short
    for short, full in SHORT_NAMES.items()
    if full.split()[-1].isdigit() or full.endswith("Average")
)
# Definite descriptions that stand for an entity named earlier in the article, by the kind of
# name they take up: "the planemaker said" is the company last named, "the aircraft flew" the
# model, "the senator" the person. Where the noun says more, the words the name must hold:
# "the airline" is "Ryanair" or "Singapore Airlines", not "Airbus".
# ("plane", "jet", "aircraft"… are products: a model number makes a name a product, see
# `discourse.kind_of`.)
DESCRIPTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(
        """company firm corporation group conglomerate department organisation
        organization label manufacturer maker planemaker carmaker automaker chipmaker
        drugmaker retailer lender insurer giant startup business brokerage""".split(),
        ("org", ()),
    ),
    **dict.fromkeys("airline carrier".split(), ("org", ("Air", "Airlines", "Airways", "air"))),
    # "the central bank" after "the Federal Reserve" (or "the Fed": see `SHORT_NAMES`)
    "bank": ("org", ("Bank", "bank", "Reserve")),
    # "the agency" after the Food and Drug Administration took up the drugmaker named since
    "agency": (
        "org",
        tuple("Administration Agency Commission Authority Bureau Service Office".split()),
    ),
    "exchange": ("org", ("Exchange",)),  # "the exchange said" after "the Big Board"
    # "the club said", "the charity revealed": the side or the body named last
    **dict.fromkeys("club team charity nonprofit regulator watchdog".split(), ("org", ())),
    **{
        noun: ("org", (noun.capitalize(),))
        for noun in "fund foundation union council university hospital ministry party court".split()
    },
    # "the blue-chip average", "London's benchmark", "the broader gauge"
    **dict.fromkeys(
        "index benchmark average gauge".split(),
        ("org", ("Index", "Average", "Composite", "Nasdaq", "DAX", "Hang", *INDEX_SHORT_NAMES)),
    ),
    **dict.fromkeys(
        [
            *(noun for noun, kind in PRODUCT_CLASSES.items() if kind != "part"),
            *"device player software system service store product gadget model".split(),
        ],
        ("product", ()),
    ),
    **dict.fromkeys(
        """senator president executive chairman chairwoman minister governor mayor founder
        co-founder spokesman spokeswoman judge prosecutor ceo superintendent inspector
        detective chancellor premier secretary director commissioner sheriff coach
        manager""".split(),
        ("person", ()),
    ),
}
# Happenings told by their noun alone, whose doer is the thing in view, by its kind: "The
# take-off was normal" after the A380's first flight is the A380's; "The cuts will fall on
# contractors" after Airbus announced them is Airbus's. An occasion's noun takes up both the
# company and the product in view: "The ceremony drew 3,000 guests", after Vexa unveiled its
# X90 truck, is Vexa's and the X90's. Only a sentence that opens with one and names no one
# takes it up (`discourse.Discourse.references`).
BRIDGING_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """flight take-off takeoff landing delivery rollout roll-out unveiling debut""".split(),
        "product",
    ),
    **dict.fromkeys(
        """cuts layoffs restructuring takeover merger project programme program move
        decision announcement""".split(),
        "org",
    ),
    **dict.fromkeys(
        "event ceremony".split(),
        "occasion",
    ),
}
# Products whose plural names units of the one last named ("The first jets will be delivered
# in 2014", after an order for 787s); not "the products", "the services": anything at all.
UNIT_NOUNS = frozenset(
    """aircraft plane airplane aeroplane airliner jet jetliner superjumbo car vehicle truck
    phone handset smartphone laptop tablet""".split()
)
# Short titles before names, by the description that takes them up ("Supt Ann Lake" … "the
# superintendent said").
TITLE_ALIASES = {
    "supt": "superintendent",
    "gov": "governor",
    "sen": "senator",
    "insp": "inspector",
    "det": "detective",
    "pres": "president",
}

# Last words that make a name a street or a site, a place where things happen and never an
# actor ("Topanga Mall", "Coldstream Terrace", "Dumpton Park Drive"): not "Court" or
# "University", which act ("the court ruled"), nor surnames ("Nathan Lane", "Lauryn Hill",
# "Grace Park").
SITE_WORDS = frozenset(
    """
    Road Rd Street St Avenue Ave Drive Boulevard Blvd Terrace Square Mall Plaza Bridge
    Highway Freeway Motorway Expressway Parkway Gardens Quay Wharf Pier Airport Station
    Terminal Stadium
    """.split()
)
# A party's adjectives: before a person's name they are no part of it ("Republican Kristy
# Marmorato"), but they open a party body's name ("Democratic National Committee").
PARTY_ADJECTIVES = frozenset("Republican Democratic Democrat".split())
# Speech verbs whose object is the one spoken to ("told The Associated Press", "assured
# investors"): a name right after them is not the speaker.
SPOKEN_TO_VERBS = frozenset("tell ask remind warn urge inform assure brief".split())
# Of those, the ones a summary cannot end at: "Lee told: “…”" says nothing of to whom, where
# "Lee warned: “…”" and "Lee asked: “…”" read whole.
TOLD_TO_VERBS = SPOKEN_TO_VERBS - {"ask", "warn", "urge"}
# Pronouns that sit between a phrasal verb and its particle ("ruled that out", "rolled it
# out").
PARTICLE_OBJECTS = frozenset("it that this them him her".split())
# Participles that serve as prepositions before a noun phrase ("given the losses", "following
# the vote", "including the coach"): no happening of their own there.
PARTICIPLE_PREPOSITIONS = frozenset(
    "given following including excluding considering regarding concerning barring".split()
)
# Participles that compare, before "to"/"with": "34 deaths in May compared to four in
# April", "up 5% compared with last year" — a figure set beside another, no happening.
COMPARING = frozenset({"compared", "contrasted"})
# Prepositions that only ever place something: a name after them is where it happened, not
# who took part ("found near The Hague", "a march across Westminster"); not "in" or "at",
# which also take part ("a stake in Tesla", "an analyst at Jefferies").
LOCATIVE_PREPOSITIONS = frozenset(
    "near nearby outside inside across along around throughout beside off".split()
)
# Buildings, rooms and the parts they are built with. "Have" + a participle between two of
# them tells what the first is built like, not what anyone did: "The cabins have vaulted
# ceilings", "Some of the flats have tiled floors" (see `states.built_like`), unlike "The
# council has closed schools" or "Rioters have smashed windows".
BUILT_PARTS = frozenset(
    """
    room rooms suite suites cabin cabins villa villas house houses cottage cottages flat
    flats apartment apartments chalet chalets lodge lodges hall halls tower towers chapel
    chapels barn barns bedroom bedrooms bathroom bathrooms kitchen kitchens ceiling ceilings
    wall walls floor floors window windows door doors roof roofs beam beams arch arches
    balcony balconies terrace terraces courtyard courtyards staircase staircases stairs
    fireplace fireplaces tub tubs facade facades façade façades column columns
    """.split()
)
# Pronouns standing for some of the things a clause before them named ("Many rooms have
# tiled floors and some have carved doors", "… ; others have balconies").
PARTITIVE_PRONOUNS = frozenset("some others many most all both".split())
# Words a phrase does not end on: where a summary's clause was cut before its last words
# ("ordered goods from six firms, three of | which …", "would suppress the vote as | “…”")
DANGLING_WORDS = frozenset(
    "a an the of to as in on at by for from with into than and or that his her its their".split()
)
# Quantities a cut "of" leaves behind: "three of | which", "most of | them"
CUT_PARTITIVES = (PARTITIVE_PRONOUNS - {"others"}) | frozenset(
    "one two three four five six each none few".split()
)
# Verbs of a place holding people or things ("The cabins have housed famous guests", "The
# barns have hosted weddings"): with a building or room as subject, a state (see
# `states.housed_in`).
HOUSING_VERBS = frozenset("house host accommodate shelter".split())
# Lowercase nouns of a place after a name make it a place ("Zandmotor beach", "the Singhu
# border", "Hudson river"), not an actor.
PLACE_NOUNS = frozenset(
    """
    beach border coast island islands river lake valley mountain mountains bay county
    district province region neighborhood neighbourhood village town suburb borough
    peninsula canyon creek desert forest harbor harbour estuary strait gulf sea
    """.split()
)
# Words after a company's own word that only say it is a company ("Norsk Motors", "Toyota
# Motor Corporation", "Ford Motor Company", "Acme Holdings"): its first word alone is the
# company in the same story. Not "Airlines", "Records", "Corps", "Computer": "Singapore",
# "Apple" alone name a place or another company.
COMPANY_TAILS = frozenset(
    """Motors Motor Company Corporation Corp Corp. Co Co. Inc Inc. Ltd Ltd. LLC plc PLC AG SA
    NV SE GmbH Group Holdings Industries""".split()
)
# Last words of a law's or a pact's name ("the Dodd-Frank Act", "the Kyoto Protocol", "the
# Paris Agreement"): a writing, neither a person "she" may take up nor a body that acts.
DOCUMENT_NAME_TAILS = frozenset(
    "Act Treaty Accord Accords Agreement Amendment Directive Protocol".split()
)
# Prefixes a hyphen joins to a name ("an anti-Harbour Cup rally", "a pro-Lindqvist
# march", "an ex-Orbex engineer"): the name is the words after the hyphen.
NAME_PREFIXES = frozenset("anti pro ex non".split())
# Last words of a contest's name ("the Northern Cup", "the Winter Games", "the Masters
# Tournament", "the Dutch Grand Prix"): a happening, neither a person "he" may take up nor a
# club "the club" or "the team" stands for.
CONTEST_NAME_TAILS = frozenset(
    """Cup Games Olympics Paralympics Championship Championships Tournament Prix Marathon
    Series Open Festival Awards Award Prize Medal Trophy Bowl""".split()
)
# Last words of a sports club's name ("Kestrel Rovers", "Millbrook United", "Port Vale
# Athletic"): an organisation, not a person.
CLUB_NAME_TAILS = frozenset("United City Rovers Athletic Wanderers Rangers Albion Hotspur".split())
# Last words of a market index's name ("Dow Jones Industrial Average", "Nasdaq Composite",
# "Hang Seng Index"): its first word alone is the index in the same story ("the Dow fell").
INDEX_TAILS = frozenset("Average Composite Index".split())
# Last words that name a kind, not the entity: "Airlines" alone is not "Singapore Airlines".
GENERIC_TAILS = frozenset("airline airlines airway airways force corps store group company".split())
# How a nationality's adjective usually ends: "Russian", "Chinese", "British", "Icelandic",
# "Pakistani".
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
# Nationalities, creeds and regions whose adjective has none of those endings: "a Swiss
# bank said", "the Dutch carrier", "Western powers" name no one.
IRREGULAR_DEMONYMS = frozenset(
    """
    Swiss French Dutch Greek Thai Czech Welsh Scots Filipino Argentine Cypriot Croat Serb
    Slovak Slovene Basque Arab Muslim Hindu Sikh Maori Inuit Lao Khmer Uzbek Kazakh Tajik
    Western Eastern Northern Southern
    """.split()
)
# Words after a capitalised word that show it is a name acting, not a nationality adjective
# ("Garcetti said", not "a British expert").
VERBISH = frozenset("said told has had was is will would can could may might did".split())
# Capitalised for emphasis, not as a name ("NOT", "BREAKING", "FILE").
SHOUTED = frozenset(
    """
    NOT NO YES FILE BREAKING UPDATE NEW EXCLUSIVE ALSO READ WATCH MORE RELATED SEE LIVE
    """.split()
)
# The words of a date line ("Published 5 May 2023"): they end a name, never belong to one.
DATE_LINE_WORDS = frozenset({"Published", "Updated", "Posted", "Modified"})
# Left at a name's end by a teaser line ("ALSO READ | …") or a date line.
TRAILING_NOISE = DATE_LINE_WORDS | {"READ", "Read"}
# Stretches a perfect can last "throughout" ("has kept a portrait in her office throughout
# her term", "has avoided new curbs throughout the autumn"): a state kept up, not a
# happening ("has spread throughout the region" is no stretch of time).
STRETCHES = frozenset(
    """presidency career tenure term reign life lifetime history premiership season year
    month week campaign summer autumn fall winter spring""".split()
)
# Nouns of time before a participle that says what remains ("13 months left").
TIME_UNITS = frozenset(
    "seconds minutes hours days weeks months years decades points games laps".split()
)
# Words after a number that make it a share or a change in one ("rose 4.1 percent", "took
# 20 per cent of the vote", "gained two percentage points"): a figure (and "%" itself).
SHARE_WORDS = frozenset({"%", "percent", "percentage", "pct"})  # and "per cent"
# Words after a number that make it a count, not a model number ("18 months", "30 percent").
COUNTED = frozenset({"percent", "per", "people", "million", "billion", "more", "of"})
# Participles that report a past event at second hand, before a perfect infinitive ("is
# said to have landed in 1911", "are believed to have fled"): the event is told as past.
EVIDENTIAL = frozenset(
    "said reported believed thought alleged understood known claimed rumoured rumored".split()
)
# Phrases of a life story or career told as background ("Tellez grew up in Fresno", "As a
# teenager she marched with farm workers", "She received her degree in nursing", "He worked
# as a missionary"): an undated sentence with one is before the story, not at the
# day the story's lead tells. Not "previously", which as often modifies a word ("previously
# unknown failures", "sites that lacked maps previously").
_EARNED = ("received", "earned", "got", "obtained")  # a degree
_DEGREES = r"(?:degree|diploma|doctorate|bachelor|master|b\.\s?[as]\.|m\.\s?[as]\.|ph\.\s?d\.)"
# Each phrase with the words (lowercase) one of which every match of it holds: looked for
# first, as most sentences have none and the phrases are slow to rule out.
BACKGROUND_PHRASES: dict[str, tuple[str, ...]] = {
    r"grew up": ("grew up",),
    r"was (?:born and )?raised": ("raised",),
    r"as an? (?:child|boy|girl|teenager|teen|youngster|student|young (?:man|woman)"
    r"|[\w-]+-year-old)": ("as a",),
    r"graduated": ("graduated",),
    rf"(?:{'|'.join(_EARNED)}) (?:a|an|her|his|their) (?:[\w.'’-]+ ){{0,2}}{_DEGREES}": _EARNED,
    r"(?:worked|served) (?:as|for|under)": ("worked", "served"),
    r"(?:began|started) (?:his|her|their) career": ("career",),
    r"early in (?:his|her|their) career": ("career",),
    r"went on to": ("went on to",),
    # "She recently moved to Leeds": before, not that day
    r"(?:had |was |were )?recently": ("recently",),
    # a sport's or a theatre's season before this one, of no calendar season: "The team
    # spent last season playing home games across town" was months before, not that day
    r"(?:last|the previous|the past) season": ("season",),
    # a sentence opened by an undated earlier time: "In the past, the zoo bred lions", "Over
    # the years, keepers trained her to paint", "For decades the mill dumped waste in the
    # river", "Originally, the council approved a smaller barn": before the story, not on
    # the day its lead tells (opening only: "the elephant, which grew weaker over the
    # years, died on Tuesday" dies that day)
    r"^(?:in the past|over the (?:years|decades)|for (?:many )?(?:years|decades|generations)"
    r"|in (?:years|decades) past|in (?:earlier|previous) years|in the early days"
    r"|originally|historically|formerly)": (
        "past",
        "years",
        "decades",
        "generations",
        "early",
        "originally",
        "historically",
        "formerly",
    ),
}
# Background told in passing, amid a scene the story goes on with: the start of a long span
# ("The minister began the crisis insisting all was well", "The club started the season with
# three defeats") and works that took months ("The hall underwent a $5 million refit") came
# before the day the story tells; unlike a life story (`BACKGROUND_PHRASES`), the paragraph's
# next sentence is back in the scene ("Fans began the day with a march": that day).
BACKGROUND_ASIDES: dict[str, tuple[str, ...]] = {
    r"(?:began|started) (?:the|this|that|his|her|their|its) (?:[\w-]+ )?"
    r"(?:crisis|pandemic|outbreak|war|season|year|decade|tenure|term|presidency)\b": (
        "began",
        "started",
    ),
    r"underwent (?:a |an |the )?(?:[$\w.,-]+ ){0,4}?(?:upgrades?|renovations?|refits?"
    r"|refurbishments?|overhauls?|makeovers?|restorations?|repairs|works|expansions?)\b": (
        "underwent",
    ),
}
# "Prior work has found traces of …", "Earlier studies found …": what others did
# before the news, even told in the lead's present perfect (which "has recently begun to
# sell" is not: that is the news)
PRIOR_WORK = (
    r"(?:prior|previous|earlier|past|older) (?:work|research|studies|study|excavations|"
    r"surveys|investigations|reports|findings|experiments)"
)
PRIOR_WORK_WORDS = ("prior", "previous", "earlier", "past", "older")  # one opens each match
# Writings and acts a year before them dates when they speak or act: "a 2014 study warned",
# "A 2003 federal law made it a crime …", "In his 1931 book, Lee describes …" (else "the
# 2009 report" only says which report; and "the 2020 candidate" is no writing).
DOCUMENT_NOUNS = frozenset(
    """study report survey poll paper analysis review audit census assessment investigation
    law act bill book article letter memo ruling decision order agreement treaty accord
    filing complaint indictment affidavit petition""".split()
)
# What one stands for when running for it, not a meaning ("stood for parliament", "stands
# for re-election", "stood for the leadership"): `states.stands_for`
SEATS_STOOD_FOR = frozenset(
    """election reelection office parliament congress senate president presidency mayor
    governor leader leadership seat council chair""".split()
)
# Whom a story asks for comment: "Tom Preston, a professor of communication at Easton
# College, said …" after a debate was said to the reporter, as the story was written, not
# at the debate (`sayings.expert_comment`).
EXPERT_TITLES = (
    "professor", "analyst", "economist", "expert", "strategist", "researcher", "scholar",
    "historian", "lecturer", "political scientist", "pollster", "consultant",
)  # fmt: skip
# What a proposal or a law says, in a relative clause after its noun: "an amendment to her
# motion, which dropped the word 'permanent'", "a budget that cut school funding", "the
# deal, which valued the firm at $5bn" tell what it holds, no happening beside its passing
# or its tabling ("the bill, which passed the House in May" is one: "pass" is no such verb).
PROPOSAL_NOUNS = frozenset(
    """motion amendment proposal plan measure resolution ordinance bill law act policy rule
    regulation deal agreement treaty contract budget package draft scheme""".split()
)
CONTENT_VERBS = frozenset(
    """drop add remove include require ban allow cap raise cut set create extend limit give
    grant provide exempt restrict replace change value call""".split()
)
# Verbs that make the document they take as object: "wrote a letter", "sent a memo", "signed
# a letter" (db.statements): the writing and the document are one act ("cited a report",
# "read the ruling" name a document made before)
WRITING_VERBS = frozenset({"write", "send", "pen", "sign", "draft", "submit", "deliver"})
# Figures and plans a period after "for" names ("published figures for the third quarter",
# "approved the budget for 2025", "issued its forecast for March"): what they cover, not when
# they were released, approved or issued.
FIGURES_FOR = frozenset(
    """data figures statistics numbers results accounts forecast forecasts outlook guidance
    budget budgets targets profit profits loss losses earnings revenue revenues
    income""".split()
)
# Kept writings a date after "from" names ("cabinet papers from 1979", "letters from 1952"):
# which ones, not when they were released, found or destroyed.
RECORD_NOUNS = frozenset(
    """papers files documents records letters memos notes minutes cables diaries emails
    e-mails archives correspondence""".split()
)
# Writings and things that show what they hold, as the subject of a present saying ("The
# timeline says the council asked in May", "The help page explains the new features",
# "The cases suggest a pattern", "The map shows two routes"): what they hold, read now, not
# something someone said (a lead's "A new report says …" is still the day's news).
TELLING_THINGS = DOCUMENT_NOUNS | frozenset(
    """page website site timeline map chart graph table figures data document entry guide
    manual novel film documentary episode charge indictment complaint scenario case
    example screenshot finding""".split()
)
FINDING_VERBS = frozenset(
    "say warn find show conclude estimate suggest predict reveal note report".split()
)
# The present forms of a writing's telling, "The figures show", "The survey finds", "Data
# indicate": what follows with a figure ("… show that 40 per cent of buses now run on
# batteries") is what the writing holds, a statistic, no happening of its own.
FIGURE_TELLING = frozenset(f for verb in FINDING_VERBS | {"indicate"} for f in (verb, verb + "s"))
# The forms, past ones too, of a writing showing figures: "The March poll showed 61% of
# voters are unhappy", "a recent study found that only 30 per cent of clinics offer it";
# a figure right after the telling is what the poll or study holds, a statistic.
SHOWN_FIGURE_VERBS = FIGURE_TELLING | frozenset(
    "showed shown found revealed suggested indicated reported estimated".split()
)
# The writings whose figures those are: a poll's, a study's, data's (not a newspaper's: "The
# paper reported that 40 people died" tells a happening).
FIGURE_WRITINGS = frozenset(
    """poll polls survey surveys study studies census data figures statistics analysis
    research audit review report estimates numbers findings results""".split()
)
# Verbs of being allotted a sum, and the writings of spending that allot one: "The rail
# programme received $40 million in the bill", "Flood defences will get $2 billion, an
# increase of $300 million over the request": an item of the bill or budget, what it
# holds, no happening (a firm that "received $5 million in funding on Monday" has news).
ALLOTTED_VERBS = frozenset("receive get win gain".split())
SPENDING_WRITINGS = frozenset("bill budget measure legislation package plan".split())
FUNDING_WORDS = frozenset("funding funds".split())
# Quantities a story measures over a period ("U.S. sales fell 45% in October", "exports grew
# 3% in 2014", "inflation hit 4% in May"): that month or year is the period the figure
# covers, not the time the story has come to ("… in October. Halden shares dropped 9%": today).
MEASURED_QUANTITIES = frozenset(
    """sales revenue revenues profit profits earnings exports imports output production
    inflation unemployment gdp turnover shipments""".split()
)
# Verbs of reckoning a figure: "The agency estimated that 4,000 homes lack power", "Analysts
# calculate sales will reach 8 million": a figure reckoned, a statistic or a forecast, no
# happening unless dated ("Officials estimated on Monday that 300 homes burned").
RECKONING_VERBS = frozenset("estimate calculate".split())
# A verb that reckons when a figure follows its "at" or "as high as": "Estimates put the
# loss as high as 30 percent", "Police put the crowd at 5,000" (not "put 300 jobs at risk").
PUTTING_AT = frozenset({"put"})
# Reckonings as the subject of such a verb, even in a story's lead ("New estimates put the
# loss at 30 percent": what the estimates hold; "Police put the toll at 40" may be news).
RECKONINGS = frozenset("estimate estimates projections forecasts calculations".split())
# Words that rank the noun a copula gives its subject ("This is not the first time the
# mill has flooded", "Ruiz was the only rider who finished", "It will be the third time
# Lee has stood"): the clause after the noun says what makes the subject so, a
# characterisation, no happening of its own.
RANKS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last only".split()
)
# Words of degree before an adjective or a feeling ("was deeply saddened", "so pleased").
DEGREE_WORDS = frozenset({"so", "very", "too", "deeply", "really", "quite", "extremely"})
# Comparatives with no "-er" ("looked worse", "will feel more brisk"), and the words that
# may raise a comparative ("will feel even colder", "sounded much better"): after a verb of
# seeming, how something seemed, a state.
COMPARATIVES = frozenset({"more", "less", "worse", "better"})
COMPARATIVE_RAISERS = frozenset({"even", "much", "far", "still"})
# "better" before a bare verb ("The hosts had better come out firing", "You better believe
# it"): advice or a warning, no happening.
ADVISING = frozenset({"better"})
# A subject that tells a trend ("A growing number of fans have put his face on mugs", "a
# rising share of towns have banned cars"): what many do more and more, no one happening.
TREND_WORDS = frozenset("growing increasing rising dwindling shrinking".split())
TREND_COUNTS = frozenset("number share proportion".split())
# Words that grade an adjective or count a noun: a participle right after one is graded, so
# an adjective ("a more layered sauce", "the most watched final", "were quite dedicated",
# "were very much tilted toward the owners", "fewer insured homes"), not a verb.
# "too" and "so" also follow a subject as adverbs ("She too resigned"), so they grade only
# after "be" ("were too tired to go").
GRADING_WORDS = frozenset(
    """
    more most less least fewer much very quite rather fairly somewhat extremely increasingly
    overly
    """.split()
)
# Verbs of seeming: before "like", "as if" or a word of degree they tell how something
# seemed ("The plan looked like a winner", "It felt as if the roof would go", "The rule
# sounded too strict"), a state, not a happening ("felt the quake", "looked into it").
SEEMING = frozenset({"look", "seem", "sound", "feel"})
# Verbs that tell something going on, with "to" and a verb: "Prices continue to rise", "The
# mayor has continued to press for a vote", "as crews continued to clear the roads" tell a
# process or a stance that goes on, a state, when their clause gives no date ("continued
# to search the lake on Tuesday" is that day's search; "He continued, “…”" speaks).
GOING_ON = frozenset({"continue"})
# Verbs of taking a side: in a perfect with no date they tell a stance held over time ("The
# union has long championed rail", "Democrats have pushed for more aid", "Some mayors have
# embraced the curbs"), no happening of a day ("has opposed it since March 2017" has one);
# "push" only with "for" or "to" ("has pushed the car" is done).
STANCE_VERBS = frozenset(
    "advocate champion embrace favor favour oppose lobby campaign push".split()
)
# Sayings whose passive with "to" tells hearsay, no one speaking: "Ms Ortiz was said to
# be calm", "The chef is reported to own three boats" (what someone is said to have done,
# "is said to have fled on Monday", is told by its own verb).
HEARSAY = frozenset({"say", "report", "rumour", "rumor"})
# Verbs of claiming and finding whose passive with "it" tells a claim held, no one's saying
# at a time: "It has been shown that the drug works", "It is now recommended that all
# patients be tested", "It has been proposed to widen the road" (not "announce" or
# "confirm": "It has been announced that the plant will close" is a day's news).
CLAIMED = frozenset(
    """
    demonstrate show prove propose suggest recommend argue believe think know understand
    assume theorize theorise hypothesize hypothesise posit establish
    """.split()
)
# Verbs of seeming that take "to" and a verb: "The plan appears to work", "Their fears seem
# to echo the council's", "The cure appeared to be a fraud" tell how something seems or
# seemed, a state ("appears to have sunk on Monday" hedges a happening, kept; "appeared in
# court" is no seeming).
SEEMING_TO = frozenset({"seem", "appear"})
# Links that close a teaser of another article ("A new ferry line opens in May, and the
# harbour is ready… READ THE REST", "… Continue reading"): the paragraph they end is a
# page's pointer to another story, whose happenings are not this story's.
READ_ON_TAILS = (
    "read the rest",
    "read more",
    "continue reading",
    "keep reading",
    "read full story",
)
# Verbs that, with "to be" after them, tell what something or someone turned out to be:
# "The stranger happened to be a surgeon", "The rumour turned out to be false", "The
# deal proved to be a bargain" say what was so, a state ("happened to see the crash",
# "turned out the lights", "proved the charge in court" keep their happening).
BEING_TO = frozenset({"happen", "turn", "prove"})
# Verbs a site uses to note a change to its own text, with the nouns that name that text
# after "this": "This story was updated on Friday to correct the mayor's name", "This blog
# post was revised on 9 May" tell the page's upkeep, no happening of the story ("The
# council's plan was updated on Friday" names no page: kept).
SELF_EDITS = frozenset({"update", "edit", "correct", "amend", "revise"})
OWN_TEXTS = frozenset({"story", "article", "post", "piece", "column", "page", "report"})
# Pronouns that stand for a happening not told: as a verb's subject they make a free
# relative or an indirect question ("Nobody knows what went wrong", "Rain is what kept the
# crowd away", "The report asks what caused the delay", "Whatever happened next, the
# ferry sailed") that names a thing or asks about one; the happening, if any, is told
# elsewhere.
WHAT_SUBJECTS = frozenset({"what", "whatever"})
# Heads of a free or generic relative: a verb whose subject is the "who"/"that" after one
# of them describes a group of people or things ("thanks to everyone who helped", "those
# who fought for independence", "all that was needed was time"), no happening the story
# tells; "people" only without a determiner ("the number of people who had enrolled",
# but "she thanked the people who had voted for her").
GENERIC_HEADS = frozenset(
    {"those", "everyone", "anyone", "everybody", "anybody", "all", "people", "whoever"}
)
# Nouns that count what follows them: after "the" ("the number of patients discharged", "the
# share of voters who backed the levy", "the highest number of loans approved in a decade")
# the verb of their noun says what is counted, a figure, no happening told ("a number of
# parcels were posted" is "several parcels", and tells one).
COUNTING_NOUNS = frozenset({"number", "numbers", "share", "proportion", "percentage", "tally"})
# Verbs of intending: in the pluperfect with "to" they tell an intention the story's past
# had already held ("The club had planned to open in May", "She had hoped to retire",
# "The firm had intended to sell the plant"), a state of mind that the story usually
# overturns, no happening ("had agreed to", "had decided to", "had vowed to" still tell
# an agreement, a decision, a vow).
INTENDING = frozenset({"plan", "intend", "hope", "want", "aim", "mean", "expect", "wish"})
# Verbs of judging what someone or something is: in the passive with "as" or "to be"/"to
# have" and no agent they tell how the subject is seen, a state ("The port is regarded as
# the safest in the region", "She was depicted as a saint", "The coach was deemed to have
# broken the rules", "Lee is considered to be the favourite"), no happening. With "by" and
# an agent, or with a date, someone judged ("was deemed unsafe by inspectors on Monday").
CHARACTERISING = frozenset(
    """regard consider view see deem depict portray perceive describe characterise
    characterize brand label bill tout hail""".split()
)
# Nouns of an aim or a difficulty: as the subject of "be" and an -ing word they say what
# the aim or difficulty was ("The main goal was getting the ferry afloat", "The hardest
# part is finding staff", "One of the obstacles was removing the old rails"), a gerund
# that names a task, no happening told.
TASK_NOUNS = frozenset(
    """goal goals aim aims task tasks challenge challenges problem problems priority
    priorities focus plan idea job mission obstacle obstacles blocker blockers hurdle
    hurdles part step difficulty issue purpose objective""".split()
)
# Subject pronouns of people: someone named to do what a clause says ("which she will run").
PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
# Verbs of being and holding that tell a state in any tense, when active: "The drill
# involved 40 ships", "Its fleet included two ferries", "The bill totalled $3bn", "The
# town lacked a bridge", "Sales remained flat in May" say what something was, not what
# happened (but "was involved in a crash", "were included in the list" may tell one); so do
# verbs of how things differ ("Fares varied by route", "Their accounts differed").
STATES = frozenset(
    """include involve lack consist comprise remain belong mean seem feature resemble
    deserve depend exist total like love hate vary differ""".split()
)
# Adverbs that mark a participle after "be" as a state held, not one undergone ("was
# already involved in the design", "is still involved in the club": see `STATES`).
HELD_ADVERBS = frozenset({"already", "still", "long", "always"})
# Verbs that tell a state with the word that follows them: where something comes from or
# what it turns on ("The delays stemmed from a staff shortage", "The row has centred on the
# cost", "The trial hinged on one witness"), in any tense; without it they may tell a
# happening ("Crews stemmed the leak on Monday").
STATES_WITH = {
    "stem": "from",
    "centre": "on",
    "center": "on",
    "hinge": "on",
    "revolve": "around",
}
# Participles that tell what a thing holds or turns on, after "be" with the word that
# follows them and no date of their clause: "The hall was filled with smoke", "The talks
# were focused on trade", "The board is composed of nine members" describe it, a state
# ("was filled with sand on Monday" keeps its day; "The post was filled in May" is another
# reading, with no "with").
HELD_PARTICIPLES = {
    "filled": "with",
    "packed": "with",
    "lined": "with",
    "crammed": "with",
    "littered": "with",
    "composed": "of",
    "focused": "on",
    "focussed": "on",
    "centred": "on",
    "centered": "on",
}
# Words of a court's or a jury's finding after a verb: "was found guilty of setting fire to
# a mosque", "found not guilty", "was held liable", "was found in contempt" tell a verdict,
# whatever the offence's nouns would type the verb by.
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "contempt"})
# Participles that, right after a noun and before their word, say who someone is by what
# he is said to have done: "A man accused of arson was jailed", "a driver suspected of
# drink-driving", "a woman wanted for fraud". A description, no saying or happening of its
# own ("Police accused him of arson" has its object before "of"; "was accused of" is kept).
CHARGE_PARTICIPLES = {
    "accused": "of",
    "suspected": "of",
    "alleged": "to",
    "wanted": "for",
}
# Participles that tell how a thing is cut up, in the present with "into": "The county is
# split into four wards", "The course is divided into six modules" describe it, a state
# (their past may tell a happening: "The firm was split into two companies").
SPLIT_PARTICIPLES = frozenset({"split", "divided"})
# Verbs of holding, having and being that tell a state in the simple present, whatever
# date the sentence gives ("Today, the company employs 30", "All rooms feature linens",
# "The plan costs $5m this year"): no happening. Their past may tell one ("had surgery",
# "contained the fire", "cost him his seat", "required surgery", "employed 30 guards in
# 2016" is kept with its year), unless it is one of the STATES.
STATIVE_VERBS = STATES | frozenset(
    """employ own have contain need want know believe cost weigh represent require""".split()
)
# Verbs that say what post or job someone holds when "as" and a role follow ("She works as a
# ferry pilot", "He worked as a teacher in Lyon for a decade", "who serves as the club's
# treasurer"): a state of a career, not a happening (but "worked on the bridge", "served
# a year in jail", "served the court papers").
POST_VERBS = frozenset({"work", "serve"})
# Words after "as" that make no role ("worked as hard as", "served as well", "worked as
# planned" is caught as a participle).
NOT_ROLES = frozenset("well hard much long soon far if though usual part one".split())
# Verbs of running, holding or keeping something over time: as a participle right after
# its noun, with its agent ("flights operated by a partner airline", "a lab led by Dr Oto",
# "the seat held by a Green", "figures compiled by the agency", "a lobby group backed by
# two oil firms"), they describe the noun, no happening of their own.
TENDING_VERBS = frozenset(
    """operate run lead own hold manage control head chair compile host fund maintain back
    sponsor finance bankroll""".split()
)
# Verbs that tell what a thing holds or takes, a state like STATIVE_VERBS when no date
# makes them a happening ("The new ferry will seat 300 and carry 40 cars"; not "The ferry
# will carry the team to Calais on Friday").
CAPACITY_VERBS = frozenset({"seat", "carry", "hold", "accommodate"})
# Verbs that tell what a service, a course or an event has on offer: in the future with no
# date they describe it ("The course will offer six sessions", "The fair will cover soil
# care", "The talks will focus on farming", "Guests will be offered a tour of the
# vineyard"), no one's plan of a day ("will offer refunds from Monday" keeps its day).
OFFERING_VERBS = frozenset({"offer", "provide", "cover", "focus"})
# Verbs of a duty, a post or a leave given: in the future passive with no date they tell
# the role or the rule to come ("As coach, Ruiz will be tasked with scouting", "Forty
# refugees will be employed at the depot", "Cyclists will still be allowed on the bridge"),
# a state, no one's plan of a day ("will be allowed back from Monday" keeps its day).
DUTY_VERBS = frozenset(
    {"task", "employ", "staff", "allow", "permit", "entrust", "oblige", "require"}
)
# Verbs that take a reception as their object ("The plan has drawn criticism from
# farmers", "The ban sparked outrage among fans", "The mayor faced scrutiny over the
# contract"): with a noun of `REACTIONS` and no date, how something has been received over
# time, a standing situation, no happening of a day ("drew boos on Sunday" keeps its day).
DRAWING_VERBS = frozenset({"draw", "spark", "attract", "garner", "earn", "face", "provoke"})
REACTIONS = frozenset(
    """criticism criticisms ire scrutiny praise condemnation attention interest accusations
    concern concerns fears debate outrage backlash controversy anger complaints derision
    ridicule acclaim scepticism skepticism opposition""".split()
)
# Verbs of turning down what others urge: in a perfect with no date, with a noun of
# `URGINGS` as their object ("The ministry has rejected calls for a truce", "The
# mayor has resisted pressure to resign"), a stand held over time, a state ("The court
# has rejected the appeal" is a ruling: no noun of urging).
REBUFFING_VERBS = frozenset({"reject", "dismiss", "rebuff", "resist", "ignore", "spurn"})
URGINGS = frozenset({"call", "calls", "demand", "demands", "pressure"})
# Verbs of running something: in the future passive with the one who will run it ("The
# inquiry will be led by a judge", "The depot will be run by the council"), a role to come,
# no happening (see TENDING_VERBS for their participles).
RUNNING_VERBS = frozenset({"lead", "run", "head", "chair", "manage", "operate"})
# Participles that say how someone felt, after "was"/"were" with no agent: a state, not a
# happening ("Ms Ruiz was impressed.", "Residents were worried about the fumes", "Pupils
# were bored in the long lessons"); "was impressed by the plan" still tells who impressed
# whom.
FEELINGS = frozenset(
    """impressed pleased delighted excited thrilled worried concerned surprised shocked
    stunned disappointed frustrated annoyed upset interested convinced satisfied tired
    scared frightened amazed confused embarrassed relieved horrified saddened
    heartbroken devastated bored puzzled alarmed outraged overwhelmed""".split()
)
# Participles that name a quality, after "was"/"were" like FEELINGS: "The pilot was
# experienced", "The cost was staggering", "The results were encouraging" say what someone
# or something was, no happening ("was encouraging voters to stay home" does something).
QUALITIES = frozenset(
    """experienced qualified skilled talented accomplished renowned gifted staggering
    stunning amazing astonishing surprising disappointing interesting exciting alarming
    worrying troubling encouraging promising daunting striking fascinating shocking
    heartbreaking""".split()
)
# Verbs that give a name after a common noun ("a seller called “E-Life”"), not speech.
NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "title"})
# Adverbs between "be" and a naming participle that still give a term ("are instead called
# acquired faults", "is often called the city's lung"), beside the listed ADVERBS.
NAMING_ADVERBS = frozenset("instead often sometimes commonly usually generally also now".split())
# Words that set a place or a time after a common noun, before the name a naming participle
# gives the noun ("a new tenants' group in Leeds called FairRent").
NAMING_PLACE_WORDS = frozenset("in from of at near outside across".split())
# Words before a number that still make it an object ("added about 80 jobs").
ROUGHLY = frozenset("about nearly almost some more over roughly around another up".split())
# Words before the length of time in "comes just one week after …", "came nearly two
# years after …", "came only days after …".
GAP_HEDGES = frozenset("just only nearly almost about roughly around exactly barely".split())
# Occasions for speaking: later sayings of a story were made at the one it dates.
OCCASIONS = (
    "news conference",
    "press conference",
    "briefing",
    "interview",
    "hearing",
    "speech",
    "town hall",
    "press release",
    "keynote",
    "rally",
    "debate",
)
# Scenes at which people speak: the occasions for speaking, and gatherings ("Jobs unveiled the
# phone at the developers' conference yesterday"): a story whose lead dates one quotes what
# was said there, even when it tells a death or an attack (`Discourse.lead_happened`).
SPEAKING_SCENES = OCCASIONS + (
    "conference", "summit", "ceremony", "convention", "meeting", "forum", "awards",
    "testimony", "session", "sitting",
    # a house that debates ("A bill on fares fell in the Senate on Tuesday")
    "senate", "parliament", "legislature", "assembly",
)  # fmt: skip
# A patient's state as a hospital reports it ("was in fair condition", "remained
# stable"): a time put after it is the time of the report ("A hospital spokesman said the
# diver was in stable condition on Sunday night": said then), not of a happening.
REPORTED_CONDITIONS = ("condition", "stable", "critical")
# What a saying is made in: a date before one dates the saying ("told the AP in an August
# interview", "said in a Monday statement").
SAYING_MEDIA = OCCASIONS + ("statement", "post", "letter", "tweet", "email", "memo", "video")
# … by their last word ("video", "conference"), as a participle follows it ("said in a
# video released on Sunday")
MEDIUM_NOUNS = frozenset(m.split()[-1] for m in SAYING_MEDIA)
# Participles that only say which medium a saying was made in: "said in a video released on
# Sunday", "wrote in a letter posted last week" — its date is the saying's, no clause and no
# happening of its own (`dating._clause_between`, `sayings.which_medium`).
MEDIUM_PARTICIPLES = frozenset(
    "released posted published issued shared uploaded aired broadcast recorded sent".split()
)
# What "It is …" says of no one before "that", "to", "whether" …: "It is expected that",
# "It was not immediately clear whether", "It remains to be seen" (not "It was ordered to
# pay a fine", "It is set to open": a thing named before)
EXPLETIVE_PREDICATES = frozenset(
    """
    clear unclear likely unlikely expected possible impossible thought believed understood
    known unknown estimated feared hoped assumed certain uncertain true false important
    necessary hard difficult easy time seen worth surprising remarkable
    """.split()
)
# Nouns a "that" clause after tells the content of ("the announcement on Friday that the
# depot will close": what will happen, with its own time); not a saying's medium ("wrote
# in a memo Friday that …": the saying's summary keeps what it said)
CONTENT_NOUNS = frozenset(
    """
    announcement warning decision claim promise pledge notice admission assurance threat
    ruling
    """.split()
)
# Words that end one name and start another inside a run of capitalised words: a byline
# "By Jo Lane The Daily Post Published 5 May" is a person, a paper and a date line.
NAME_BREAKS = frozenset({"The", "By"}) | DATE_LINE_WORDS
# Words a full stop after does not end a sentence ("Jan.", "Inc.", "v."), lowercased.
ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st sr jr hon pres
    supt inc corp co ltd llc bros dept univ assn no vs etc approx est fig al ave blvd rd mt
    ft v
    """.split()
)
# Verbs (lemmas) that tell one happening in other words: a court story dates "were
# sentenced at Kingsford Crown Court on Friday 3 March" and tells undated that "Reed was
# jailed for nine years": the sentencing, that day. Each group is one happening's.
SAME_HAPPENING = (
    frozenset({"sentence", "jail", "imprison"}),
    frozenset({"vanish", "disappear"}),  # "vanished on Sunday" … "before he disappeared"
)
# Verbs that date a happening named by its noun: "Approval came on a 52-48 vote Wednesday",
# "The robbery took place at 3 p.m. Monday" — the approving, the robbing told before or
# after (db.statements)
DATING_A_HAPPENING = frozenset({"come", "happen", "occur", "take"})
# Happenings that set a scene: a later undated sentence about "the flight", "the storm"
# narrates that day ("The A380 has made its maiden flight." … "About 50,000 people watched
# the maiden flight": that day, not some time before it).
SCENE_NOUNS = frozenset(
    """
    attack blast bombing ceremony collision concert crash debate derailment drill earthquake
    eruption exercise explosion festival fire flight game hearing hurricane keynote landing
    launch match parade presentation protest race raid rally riot shooting speech storm
    summit take-off takeoff tournament unveiling visit wildfire
    """.split()
)
# Verbs one does only at a scene of a kind, with the scenes ("testified" after "At a Feb. 25
# hearing, …": at that hearing, that day; `story_time.done_at_scene`)
SCENES_OF_VERBS: dict[str, tuple[str, ...]] = {"testify": ("hearing", "trial")}
# Verbs of a saying told as a deed of the story's past, not the way a reporter quotes a
# source ("said", "told", "added", "noted"): "With the 2001 crash the boom ended. 'The
# party is over,' declared the minister" was declared then.
NARRATED_SAYINGS = frozenset(
    """
    accuse admit boast claim concede confess criticise criticize declare denounce post proclaim
    tweet urge vow write
    """.split()
)
# A court's decision, and the case made to it: in a story whose lead tells a court's decision
# ("On Thursday the appeals court ruled the landlord liable", lexicon `RULINGS` with one of
# `COURTS` in the sentence), a party's undated "The landlord argued it owed nothing" was
# argued in the case, before the decision, not on its day; a saying about the decision
# (`RULING_NOUNS`: "Critics argued the ruling would raise rents") came after it.
RULINGS = frozenset("rule find overturn uphold reverse overrule quash acquit convict".split())
COURTS = frozenset("court courts judge judges justices jury tribunal".split())
CASE_MADE = frozenset("argue contend".split())
RULING_NOUNS = frozenset("ruling rulings decision verdict judgment judgement opinion".split())
# Nouns of a mishap or a crime, happenings whatever verb tells them: "photos of a suspect in
# the bank robbery on Dec. 4" names the robbery's day, not the photos'.
# Nouns of a happening that no event type lists ("the 2011 tsunami", "the 2008 crisis", "the
# 1923 putsch"): a year before one dates what the happening did, as before a taxonomy noun
# ("The 2011 tsunami killed 18,000 people": 2011, not the story's day). Not "final" or
# "offensive", which also stand before other nouns ("the 2020 final report").
HISTORIC_NOUNS = frozenset(
    """
    avalanche bailout blaze blackout coup crisis cyclone default downturn drought epidemic
    famine floods genocide heatwave hijacking insurgency landslide lockdown meltdown mudslide
    pandemic putsch quake rebellion recession revolution riot riots scandal shutdown siege
    sinking slump spill strike truce tsunami typhoon tornado unrest uprising war wildfire
    wildfires
    """.split()
)
INCIDENT_NOUNS = frozenset(
    """
    accident arson assault blackout break-in burglary carjacking heist incident murder
    outage robbery theft
    """.split()
)
# Words that hedge a clock time and leave it a clock time alone, no day: "about midnight",
# "just after 1am", "shortly before 6 p.m." (`dating.clock_on_story_day`).
CLOCK_HEDGES = frozenset(
    "about around approximately roughly nearly almost just shortly after before".split()
)
# Parts of a day that "before"/"after" a happening move to the day before or after it: "the
# night before he vanished", "the morning after it crashed" (`story_time.near_happening`).
DAY_PARTS = frozenset("night day evening morning".split())
# Spans that keep "before"/"after" a happening on its day: "hours after it crashed",
# "shortly before they left".
NEAR_UNITS = frozenset("hours minutes moments shortly just soon".split())
# The verbs that retell a scene's happening (`SCENE_NOUNS`): "The drone flew over the lake",
# after "The K7 has made its first flight", tells that flight, on its day.
SCENE_VERBS = {
    "fly": "flight",
    "land": "landing",
    "crash": "crash",
    "explode": "explosion",
    "erupt": "eruption",
    "collide": "collision",
    "derail": "derailment",
}
# Verbs that say little but that the happening their object names took place: "makes its
# maiden flight", "holds a rally", "stages a protest" (the flight, the rally, the protest).
LIGHT_VERBS = frozenset("make hold stage conduct complete perform".split())
# People "at", "of" or "for" an organisation: "economists at Goldman Sachs", "a fellow at
# the Brookings Institution", "the chief executive of Acme Foods", "a spokesman for the
# union" name where they work, not a place they are in.
AFFILIATED = frozenset(
    """
    analyst analysts economist economists professor professors researcher researchers
    scientist scientists official officials executive executives engineer engineers
    spokesman spokeswoman spokesperson strategist strategists director directors fellow
    fellows manager managers lawyer lawyers employee employees worker workers partner
    partners head chief officer president chairman chairwoman ceo founder owner
    """.split()
)
# Nouns that name another party by its tie to a company or a product ("Orbex rival Zenith",
# "Zenith's parent company", "a subsidiary of Orbex", "Vega 300 buyers"): the company or
# product they are of only says who the other party is, and takes no part in what that party
# does.
RELATION_NOUNS = frozenset(
    """
    parent parents owner owners rival rivals competitor competitors subsidiary subsidiaries
    affiliate affiliates supplier suppliers customer customers user users buyer buyers
    subscriber subscribers
    """.split()
)
# Words that open a phrase put before a sentence's subject ("Before his move to Orbex, Lee
# ran a bank", "Despite its losses, Zenith hired"): with the subjects that follow it
# (`discourse.Discourse.references`).
FRONTED_OPENERS = (
    frozenset("despite upon amid following unlike throughout ahead".split())
    | PREPOSITIONS
    | SUBORDINATORS
)


# Verbs whose present tells what comes after a happening they name ("The ban follows a review
# in March", "The vote follows weeks of protests in June"): its date is past, and bounds
# what follows from below
FOLLOWING_VERBS = frozenset({"follow"})
# Verbs of keeping a happening from coming about ("worked to avert a strike in October",
# "to head off a shutdown at the end of May"): the date after them is the averted thing's
PREVENTING = frozenset(
    {"avert", "avoid", "prevent", "head off", "stave off", "forestall", "ward off"}
)


# What a camera "shoots": with one of these as its object or subject, "shot" is a filming,
# no attack ("The campaign images were shot in Lisbon", "She shot the video herself").
FILMED_THINGS = frozenset(
    """photo photos photograph photographs picture pictures image images film films movie
    movies video videos footage scene scenes episode episodes portrait portraits selfie
    selfies documentary documentaries commercial commercials advert adverts""".split()
)


# Words a date is told in besides its numbers and names ("on Tuesday", "last week", "this
# morning", "two days ago"): left out when two reports of one happening are compared whose
# dates differ, so "the strike began Tuesday" and "the strike began last week" share as much
# as two copies of one sentence (db.crossday)
DATE_TALK = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(
        """today yesterday tomorrow tonight morning afternoon evening night last next this
        week month year earlier later ago""".split()
    )
)
# Words before what a verb was done to that do not name it: "launched the iTunes Music
# Store", "opened its new Leeds depot" are told of "iTunes Music Store", "Leeds depot"
# (db.crossday)
OBJECT_OPENERS = frozenset("the a an its his her their new first".split())
