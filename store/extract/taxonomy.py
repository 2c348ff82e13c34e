"""The event taxonomy, as data: each type with the verbs and nouns that report it.

Verbs are lemmas; `extract.lexicon.verb_forms` inflects them. A *generic* verb ("sent",
"issued", "held") takes its type from a typed noun in its clause ("sent letters" → letter),
else it is `other`. Nouns report an event only with an explicit date in their clause.
"""

from __future__ import annotations

# type → (description, verb lemmas, nouns). Order matters: earlier types win ties.
EVENT_TYPES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "letter": (
        "letter or correspondence sent or received",
        ("mail",),
        ("letter", "letters", "memo", "memos", "correspondence", "e-mail", "email", "emails"),
    ),
    "boycott": (
        "boycott, snub or walk-out",
        ("boycott", "snub", "shun", "skip"),
        ("boycott", "boycotts", "walkout", "walk-out"),
    ),
    "legal": (
        "court ruling or legal action: suits, rulings, charges, arrests, trials",
        (
            "sue",
            "rule",
            "indict",
            "charge",  # "charged with murder"; not "charged $5", "charged into" (`events`)
            "convict",
            "sentence",
            "arrest",
            "subpoena",
            "prosecute",
            "overturn",
            "uphold",
            "acquit",
            "testify",
            "settle",
            "countersue",
            "jail",
            "imprison",
            "plead guilty",
            "plead not",
            "plead innocent",
            "plead no",
            "detain",
            "remand",  # "remanded in custody"
        ),
        (
            "ruling",
            "rulings",
            "lawsuit",
            "lawsuits",
            "suit",
            "verdict",
            "injunction",
            "subpoena",
            "subpoenas",
            "indictment",
            "trial",
            "retrial",
            "sentencing",
            "prison sentences",  # "Long prison sentences were handed to them"
            "prison sentence",
            "jail sentences",
            "jail sentence",
            "jail terms",
            "jail term",
            "prison terms",
            "prison term",
            "arraignment",
            "court challenges",
            "court challenge",
            "appeal",
            "settlement",
            "litigation",
            "judgment",
            "judgement",
            "plea deal",  # "agreed a plea deal": not a purchase
            "plea bargain",
            "plea agreement",
        ),
    ),
    "protest": (
        "protest, rally, march or demonstration",
        ("protest", "rally", "march", "picket", "speak out"),
        (
            "protest",
            "protests",
            "rally",
            "rallies",
            "march",
            "demonstration",
            "demonstrations",
            "sit-in",
            # a strike of workers, named so ("a strike" alone may be lightning's or a shot)
            "national strike",
            "general strike",
            "hunger strike",
            "strike action",
        ),
    ),
    "meeting": (
        "meeting, summit, talks or conference",
        ("meet", "convene", "host", "summon", "gather"),
        ("meeting", "meetings", "summit", "talks", "conference", "hearing", "session"),
    ),
    "policy": (
        "policy or executive action: orders, bans, laws, decisions, regulations",
        (
            "sign",
            "ban",
            "approve",
            "enact",
            "veto",
            "impose",
            "mandate",
            "order",
            "decree",
            "legislate",
            "regulate",
            "decide",
            "require",
            "lower",
            "raise",
            "cut",
        ),
        (
            "executive order",
            "crackdown",
            "ban",
            "legislation",
            "decree",
            "regulation",
            "regulations",
            "price cut",
            "investigation",
        ),
    ),
    "launch": (
        "product launch, release or unveiling",
        (
            "launch",
            "release",
            "unveil",
            "introduce",
            "debut",
            "ship",
            "roll out",
            "open",
            "demonstrate",
            "showcase",
            "preview",
            "demo",
            "show off",
        ),
        ("launch", "release", "unveiling", "debut", "keynote", "special event", "update"),
    ),
    "acquisition": (
        "acquisition, merger, purchase or sale of a business",
        ("acquire", "buy", "purchase", "merge", "take over"),
        ("acquisition", "merger", "purchase", "takeover", "deal"),
    ),
    "founding": (
        "founding of a company or organisation",
        # not "establish" ("established that …") nor "start" ("started talks")
        ("found", "co-found", "cofound"),
        ("founding",),
    ),
    "appointment": (
        "appointment, hiring, resignation, departure or retirement",
        (
            "appoint",
            "hire",
            "fire",
            "resign",
            "retire",
            "nominate",
            "elect",
            "succeed",
            "replace",
            "step down",
            "name",
        ),
        (
            "resignation",
            "appointment",
            "departure",
            "retirement",
            "medical leave",
            "leave of absence",
        ),
    ),
    "financial": (
        "financial result: earnings, sales, revenue, share price",
        ("earn", "post", "sell"),
        (
            "earnings",
            "net income",
            "net loss",
            "loss",
            "profit",
            "profits",
            "revenue",
            "revenues",
            "sales",
            "quarterly results",
            "shares",
            "stock",
        ),
    ),
    "attack": (
        "attack, bombing, shooting or other violence",
        (
            "attack",
            "bomb",
            "shoot",
            "explode",
            "detonate",
            "assault",
            "invade",
            "shell",
            "ambush",
            "kidnap",
            "stab",
            "hijack",
            "bite",  # "A surfer was bitten by a shark"
        ),
        (
            "attack",
            "attacks",
            "bombing",
            "bombings",
            "explosion",
            "shooting",
            "blast",
            "invasion",
            "ambush",
            "kidnapping",
            "massacre",
            "air strike",
            "air strikes",
            "airstrike",
            "airstrikes",
        ),
    ),
    "accident": (
        "accident or disaster: crash, fire, earthquake, flood, storm",
        ("crash", "collapse", "derail", "sink", "erupt", "flood", "burn"),
        (
            "crash",
            "fire",
            "earthquake",
            "flood",
            "flooding",
            "storm",
            "hurricane",
            "collapse",
            "derailment",
            "eruption",
            "wildfire",
            "accident",
            "outbreak",
        ),
    ),
    "election": (
        "election, vote or referendum",
        ("vote", "elect", "reelect", "re-elect", "poll"),
        ("election", "elections", "vote", "referendum", "primary", "ballot", "runoff"),
    ),
    "birth": (
        "birth",
        ("bear",),
        ("birth",),
    ),
    "death": (
        "death or killing",
        ("die", "kill", "pass away"),
        ("death", "funeral", "killing", "obituary"),
    ),
    "statement": (
        "statement: said, tweeted, announced, criticised, warned",
        (
            "say",
            "tell",
            "announce",
            "state",
            "declare",
            "tweet",
            "claim",
            "insist",
            "argue",
            "deride",
            "denounce",
            "criticize",
            "criticise",
            "praise",
            "warn",
            "accuse",
            "condemn",
            "confirm",
            "deny",
            "reveal",
            "report",
            "comment",
            "explain",
            "caution",  # "He cautioned that the inquiry had only begun"
            "reiterate",
            "remind",  # "Lee reminded MPs that the ministry has raised fees"
            "counter",
            "lament",
            "boast",
            "enthuse",  # "“We are rolling out the first one,” enthused the project manager"
            "liken",  # "Schmidt likened the threshold to a speed limit": a view told, a saying
            "affirm",  # "Lee affirmed in an interview that she wrote the code"
            "recount",
            "assure",
            "retort",
            "clarify",
            "urge",
            "vow",
            "pledge",
            "promise",
            "respond",
            "reply",
            "predict",
            "acknowledge",
            "admit",
            "blast",
            "slam",
            "defend",
            "describe",
            "stress",
            "welcome",
            "rail",
            "write",
            "post",
            "demand",
            "threaten",
            "call",
            "ask",
            "add",
            "note",
            "suggest",
            "estimate",
            "speculate",
            "complain",
            "apologize",
            "apologise",
            "express",
            "talk",
            "speak",  # "Alley spoke to the magazine about her weight" ("spoke out": a protest)
            "discuss",
            "attribute",
            "joke",
            "quip",
            "share",
            "observe",
            "underline",
            "emphasize",
            "emphasise",
            "assert",
            "allege",
            "contend",
            "concede",
            "mention",
        ),
        (
            "statement",
            "statements",
            "remarks",
            "speech",
            "interview",
            "press conference",
            "announcement",
            "testimony",
            "tweet",
            "press release",
            "keynote address",
        ),
    ),
}

# Verbs that say little on their own: their clause's nouns give the type.
GENERIC_VERBS: tuple[str, ...] = (
    "undergo",
    "extend",
    "show",
    "send",
    "issue",
    "hold",
    "file",
    "receive",
    "take",
    "make",
    "give",
    "reach",
    "begin",
    "start",
    "complete",
    "win",
    "lose",
    "beat",  # "Riverton beat Lakeside 3-1": the detector, trained on little sport, misses it
    "commit",  # "In 2019, the towns committed to halving emissions": a pledge it misses too
    "agree",
    "reject",
    "fight",
    "sign",
    "stage",
    "organize",
    "organise",
    "schedule",
    "attend",
    "deliver",
    "publish",
    "join",
    "leave",
    "return",
    "drop",
    "block",
    "offer",
    "plan",
    "hit",
    "force",
    "follow",
    "pay",
    "rename",
    "change",
    "create",
    "establish",
    "develop",
    "build",
)

# Nouns that type the verb beside them ("Apple shares fell 5%", "sold its stock") but name
# no happening of their own: "a top stock to buy for 2015" is no financial event in 2015.
TYPING_ONLY: frozenset[str] = frozenset({"stock", "shares"})
# Nouns of a happening whose verb is another word ("a deal" but "to deal with threats", "a
# suit" but "to suit their needs", "an appeal" but "to appeal to voters"): after "to", the verb.
OTHER_AS_VERB: frozenset[str] = frozenset({"deal", "suit", "appeal"})
# The nouns that name a happening, of any type ("crash", "election", "deal").
EVENT_NOUNS: frozenset[str] = frozenset(
    n for _d, _v, ns in EVENT_TYPES.values() for n in ns if n not in TYPING_ONLY
)

# Nouns of a saying ("announcement", "statement", "interview"): made when told of.
SAYING_NOUNS: frozenset[str] = frozenset(EVENT_TYPES["statement"][2])
# Speech verbs: the event is the act of saying, dated by the report, not by the quote.
REPORTING_VERBS: frozenset[str] = frozenset(EVENT_TYPES["statement"][1])

OTHER = "other"
# Happenings, not scenes for speaking: what is said of one is said after it, so a story led
# by one dates its undated sayings at publication (`Discourse.lead_happened`)
HAPPENING_TYPES: frozenset[str] = frozenset({"accident", "attack", "death"})
# Phrasal verbs whose particle takes the head's type away: "ruled out a move", "ruled that
# out" is no court's ruling.
UNTYPED_PHRASALS = ("rule out",)
TYPE_DESCRIPTIONS = {name: spec[0] for name, spec in EVENT_TYPES.items()} | {
    OTHER: "any other reported action"
}


# The lookups the event finder reads the taxonomy by, built once from `EVENT_TYPES` (the first
# type that lists a word wins; `NOUNS_IN_ORDER` for a search that finds the same one).
VERB_TYPE: dict[str, str] = {}  # single-word lemma → type
PHRASAL: dict[str, dict[str, str]] = {}  # head lemma → {particle: type}
_VERBS_BY_TYPE = [(t, verbs) for t, (_d, verbs, _n) in EVENT_TYPES.items()]
for _type, _verbs in [*_VERBS_BY_TYPE, (OTHER, UNTYPED_PHRASALS)]:
    for _v in _verbs:
        if " " in _v:
            _head, _particle = _v.split(maxsplit=1)
            PHRASAL.setdefault(_head, {}).setdefault(_particle, _type)
        else:
            VERB_TYPE.setdefault(_v, _type)
NOUN_TYPE: dict[str, str] = {}  # taxonomy noun → the first type that lists it
NOUNS_IN_ORDER: list[str] = []  # type by type, in the taxonomy's order, each type's longest first
for _type, (_d, _v, _nouns) in EVENT_TYPES.items():
    for _noun in sorted(_nouns, key=len, reverse=True):
        NOUN_TYPE.setdefault(_noun, _type)
        NOUNS_IN_ORDER.append(_noun)
