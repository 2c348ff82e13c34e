"""Finding the people and organisations named in a sentence, offline, by rule.

A name is a run of capitalised words (with connectors such as "de" or "of"); titles before it
("Attorney General", "Mayor") are dropped, places and sentence-openers are not actors, and
within one article a short form ("Garcetti", "Trump") stands for the full name it abbreviates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from dateline.store.extract.discourse import YEAR, kind_of, model_core, sex_of
from dateline.store.extract.eventspans import poslex
from dateline.store.extract.lexicon import (
    AFFILIATED,
    AUXILIARIES,
    CALENDAR_WORDS,
    COMPANY_TAILS,
    COORDINATORS,
    CORE_TITLES,
    COUNTED,
    DATE_LINE_WORDS,
    DEFINITE_DETERMINERS,
    DEMONYM_ENDINGS,
    FUNCTION_WORDS,
    GENERIC_TAILS,
    HOLIDAY_DAYS,
    HOLIDAY_NAMES,
    INDEX_TAILS,
    IRREGULAR_DEMONYMS,
    LOCATIVE_PREPOSITIONS,
    MODEL_WORDS,
    NAME_BREAKS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NOT_NAMES,
    NUMBER_WORDS,
    ORG_WORDS,
    OWNED_BODIES,
    PARTY_ADJECTIVES,
    PLACE_NOUNS,
    PLACES,
    PORTFOLIOS,
    PREPOSITIONS,
    RELATION_NOUNS,
    ROUGHLY,
    SHORT_NAMES,
    SHOUTED,
    SITE_WORDS,
    TIME_UNITS,
    TITLE_INNER,
    TITLES,
    TRAILING_NOISE,
    VERBISH,
)
from dateline.store.extract.temporal.lexicon import MONTHS
from dateline.store.extract.verbs import VERB_FORMS, verb_form
from dateline.store.formats.article import dateline_end

_WORD = re.compile(r"[@A-Za-z0-9][\w’'.&-]*")
_PREFIXED = re.compile(r"([a-z]+)-(?=[A-Z])")  # "anti-Harbour", "ex-Orbex"
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")
# the same test for a word (which holds no line break, where "$" would match too): a string's
# end read directly, not searched for at each of its characters
_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")
# a company's legal form, after its name ("Acme Corp", "Siemens AG")
LEGAL_FORMS = r"(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Plc|L\.P|N\.?V|AG|S\.?A|SE|GmbH)"
_ORG_SUFFIX = re.compile(rf"(?:,?\s+|\s*&\s*){LEGAL_FORMS}\.?$")  # "Inc.", "& Co."
_GROUP_SUFFIX = re.compile(r"(?<=\w)\s+Group$")
# a stock ticker after a company's name: "(NYSE: JPM)", "(Nasdaq: CSCO)"
_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|AMEX|NYSEARCA|LSE|TSX|ASX|OTC)\s*:\s*[A-Z.]{1,6}\)")
_DOTTED = re.compile(r"^(?:[A-Z]\.){1,3}$")
_FISCAL_YEAR = re.compile(r"^(?:FY|Q[1-4])[-\s]?\d{2,4}$")
# "Chicago-based Boeing", "California-born Harris", "Award-winning reporter": a compound
# adjective before a name, or alone, is no part of it
_BASED = re.compile(
    r"^[\w.-]+-(?:based|born|bred|winning|led|backed|owned|run|funded|linked|made|style)"
    r"(?:\s+(?=\w)|$)"
)


def _demonym(word: str) -> bool:
    """A nationality's adjective ("pro-Ruritanian parties"): no name follows the hyphen."""
    return word.endswith(DEMONYM_ENDINGS) or word in IRREGULAR_DEMONYMS


# words that open a nationality of several words: "South Korean", "Anglo-Dutch"
_NATIONALITY_OPENERS = frozenset("North South East West Anglo Franco Sino Euro Latin".split())


def _nationality(name: str) -> bool:
    """Is a name of several words a nationality's adjective ("South Korean", "Anglo-Dutch",
    "Franco-German")?"""
    parts = re.split(r"[\s-]+", name)
    return (
        len(parts) > 1
        and sex_of(" ".join(parts[:2])) is None  # not "Sean Hickman", "Ayman Safadi"
        and _demonym(parts[-1])
        and all(p in _NATIONALITY_OPENERS or _demonym(p) for p in parts[:-1])
    )


def _owned_body(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """Does the word at `j`, after a possessive, end a body's name ("Sheriff's Office",
    "Alzheimer's Foundation of America"), not open another name ("ESPN's College Football
    Final")?"""
    if words[j][2] not in OWNED_BODIES:
        return False
    if j + 1 == len(words):
        return True
    follower = words[j + 1][2]
    return bool(text[words[j][1] : words[j + 1][0]].strip()) or not _is_cap(follower)


def _is_cap(word: str) -> bool:
    """Capitalised, or a brand in camel case ("iTunes", "eBay")."""
    if len(word) > 3 and word[0].islower() and word[1].isupper():
        return True
    return word[:1].isupper() and word not in SHOUTED


_MODEL = re.compile(r"^(?:\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,2}\d{0,2})$")


def _is_model(word: str) -> bool:
    """A product's model part: "iPhone 4", "iPhone 3GS", "Boeing 787", "Mac OS X", "iPod
    nano"; not a year ("Apple 2010 results")."""
    return bool(_MODEL.match(word)) and not YEAR.match(word) or word in MODEL_WORDS


@lru_cache(maxsize=4096)
def candidate_names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised name runs in `text` with their offsets, titles and places removed.

    Cached: wire copies and boilerplate repeat sentences across the articles of an import."""
    # each word with its offsets; the rare word a hyphen or a full stop is in is read closer
    # (`_word_at`): one pass that builds no more than a tuple for the others
    words = [
        _word_at(m) if "-" in (w := m[0]) or w[-1] == "." else (m.start(), m.end(), w)
        for m in _WORD.finditer(text)
    ]
    if "(" in text and (tickers := [m.span() for m in _TICKER.finditer(text)]):
        # "(NYSE: JPM)": the company's ticker, named just before
        words = [t for t in words if not any(a <= t[0] < b for a, b in tickers)]
    out: list[tuple[int, int, str]] = []
    i = 0
    # where a name may start: most words are lowercase and no brand in camel case
    # ("iTunes"), so they open none (found in one pass, not word by word in the loop)
    for i_start in [
        k
        for k, t in enumerate(words)
        if not t[2][0].islower() or len(t[2]) > 3 and t[2][1].isupper()
    ]:
        if i_start < i:
            continue  # in the run just read
        i = i_start
        s, e, w = words[i]
        # "first 787 Dreamliner": a model number opens the name of the model
        model_first = (  # not a count: "300 Euros", "about 50 Airbus jets", "24 Hours"
            w[:1].isdigit()
            and _is_model(w)
            and len(w) >= 3
            and i + 1 < len(words)
            and _is_cap(words[i + 1][2])
            and not words[i + 1][2].endswith("s")
            and not text[e : words[i + 1][0]].strip()
            and (i == 0 or words[i - 1][2].lower() not in ROUGHLY)
            and not (s > 1 and text[s - 1] in ",." and text[s - 2].isdigit())  # "160,000"
        )
        if (not _is_cap(w) and not model_first) or w.startswith("@"):
            continue
        run = [(s, e, w)]
        j = i + 1
        while j < len(words):
            s2, e2, w2 = words[j]
            gap = text[run[-1][1] : s2]
            if gap.strip() and gap != "-" and not (gap.strip() == "&" and _is_cap(w2)):
                break  # "Abdullah-Muhammad", "Procter & Gamble" are one name, "LONDON - A" not
            if run[-1][2].endswith(_POSSESSIVE_ENDS) and not _owned_body(text, words, j):
                break  # "Apple's shares"; but "the Sheriff's Office" is one body's name
            if (
                _is_cap(w2)
                or (w2 in NAME_CONNECTORS or w2 == "and")
                and j + 1 < len(words)
                and (
                    _is_cap(words[j + 1][2])
                    # "Ursula von der Leyen", "Jan van der Berg": two particles, then the name
                    or w2 in NAME_PARTICLES
                    and words[j + 1][2] in NAME_PARTICLES
                    and j + 2 < len(words)
                    and _is_cap(words[j + 2][2])
                    # "Organization of the Petroleum Exporting Countries", "Bank of the
                    # West": a body's word, "of the", then the rest of its name
                    or w2 == "of"
                    and run[-1][2] in ORG_WORDS
                    and words[j + 1][2] == "the"
                    and j + 2 < len(words)
                    and _is_cap(words[j + 2][2])
                )
                or w2 == "the"
                and run[-1][2] == "of"
                and len(run) > 1
                and run[-2][2] in ORG_WORDS
                and j + 1 < len(words)
                and _is_cap(words[j + 1][2])
                or _is_model(w2)
                and run[-1][2] not in NAME_CONNECTORS
                and not _counts_units(words, j)
            ):
                run.append((s2, e2, w2))
            else:
                break
            j += 1
        i = j
        out.extend(_split_run(text, run))
    return out


# What follows a teaser's "Read" ("ALSO READ | …", "Read more", "Read: …", a line's end),
# not a surname's ("Ian Read would become chief executive", "… named Ian Read.")
_TEASER_AFTER = re.compile(r"\s*(?:$|[|:»›>–—-]|more\b|More\b|MORE\b|\n)")


def _word_at(m: re.Match[str]) -> tuple[int, int, str]:
    """A word `candidate_names` found that holds a hyphen or ends in a full stop, with its
    offsets: without a prefix before a name ("anti-Harbour Cup": "Harbour") and without a
    sentence's full stop (not an abbreviation's: "Gov.", "W.")."""
    word, at = m[0], m.start()
    prefix = _PREFIXED.match(word) if "-" in word else None
    if prefix and prefix[1] in NAME_PREFIXES and not _demonym(word[prefix.end() :]):
        word, at = word[prefix.end() :], at + prefix.end()  # "anti-Harbour Cup"
    if (
        word.endswith(".")
        and "." not in word[:-1]
        and word not in TITLES
        and not (len(word) == 2 and word[0].isupper())  # an initial: "Lewis W. Teperman"
    ):
        word = word[:-1]  # sentence-final full stop, not an abbreviation
    return at, at + len(word), word


def _counts_units(words: list[tuple[int, int, str]], j: int) -> bool:
    """Is the number at `j` a count ("Singapore Airlines (SIA) 18 months behind"), not a
    model ("Boeing 787 jets")?"""
    nxt = words[j + 1][2].lower() if j + 1 < len(words) else ""
    return words[j][2].isdigit() and (nxt in TIME_UNITS or nxt in COUNTED)


_JOB_TITLES = TITLES - CORE_TITLES  # titles that mark a name only after another


def _person_follows(run: list[tuple[int, int, str]], k: int) -> bool:
    """Do the run's words after `k` name a person in full: two or three, the first a known
    given name ("… Manager Jared Okafor"; not "General Electric", "Police Department")?"""
    rest = [t[2] for t in run[k + 1 :]]
    return 2 <= len(rest) <= 3 and sex_of(" ".join(rest)) is not None


def _cut_at_titles(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The pieces of a capitalised run between its titles and its breaks ("New York Mayor
    Bill de Blasio": "New York", "Bill de Blasio")."""
    pieces: list[list[tuple[int, int, str]]] = [[]]
    after_title = False
    # "and" joins an organisation's name ("Immigration and Customs Enforcement") but
    # separates names in a list ("Chicago and New Orleans").
    joins = run[-1][2].rstrip(".") in ORG_WORDS
    for k, tok in enumerate(run):
        word = tok[2]
        if word == "and" and (not joins or pieces[-1] and pieces[-1][-1][2] in ORG_WORDS):
            # "Shanghai Airlines and Xiamen Airlines": two whole names
            pieces.append([])
            continue
        if word in NAME_BREAKS and k and run[k - 1][2] not in NAME_CONNECTORS:
            pieces.append([])  # "Rafi Schwartz The Week": two names ("Bank of The West": one)
        inner = (  # "Chief Financial Officer": one title, not "Financial Officer" a name
            after_title and word in TITLE_INNER and k + 1 < len(run) and run[k + 1][2] in TITLES
        )
        leads = (  # "Boeing Executive Vice President Scott Carson": the title starts early
            word in TITLES and k + 2 < len(run) and run[k + 1][2] in CORE_TITLES
        )
        # "Harbour Manager Jared Okafor", "Rear Admiral Dana Holt": a job's last word
        # before a person's whole name (a known given name opens it) ends a title too
        job = word in _JOB_TITLES and word not in ORG_WORDS and _person_follows(run, k)
        titled = word in CORE_TITLES or (after_title and word in TITLES) or inner or leads or job
        if titled and k + 1 < len(run):  # a title must precede a name
            if pieces[-1] and all(t[2] in PORTFOLIOS for t in pieces[-1]):
                pieces[-1] = []  # "Defense Secretary", "Transport Minister": the title's
            elif job and pieces[-1] and all(t[2].lower() in poslex() for t in pieces[-1]):
                pieces[-1] = []  # "Emergency Manager", "Rear Admiral": common words, the job's
            pieces.append([])
            after_title = True
        else:
            pieces[-1].append(tok)
            after_title = False
    return pieces


def _split_run(text: str, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut a capitalised run at titles ("New York Mayor Bill de Blasio") and clean its ends."""
    # most runs are one word, which no title precedes: `_cut_at_titles` would keep it whole
    pieces = [run] if len(run) == 1 and run[0][2] != "and" else _cut_at_titles(run)
    names = []
    for piece in pieces:
        # "Secretary of State Madeleine Albright": "of State" belongs to the title
        if (
            len(piece) >= 4
            and piece[0][2] in ("of", "for")
            and all(_is_cap(t[2]) for t in piece[1:])
        ):  # but "CEO of Boeing Commercial Airplanes": an organisation, whole
            piece = piece[2:] if piece[1][2] in PORTFOLIOS else piece[1:]
        if piece and piece[0][2] in CALENDAR_WORDS:
            continue  # "May Day", "Wednesday Jan": calendar words, not actors
        if (  # (one word: a calendar word was not, just above)
            len(piece) > 1
            and any(t[2] in CALENDAR_WORDS for t in piece)
            and any(t[2][:1].isdigit() for t in piece)
        ):
            continue  # "5 May", "Published 5 May 2023", "28th September": a date
        while piece and (
            piece[0][2] in NOT_NAMES
            and not _party_of(piece)
            or piece[0][2] in NAME_CONNECTORS
            or piece[0][2].lower() in NUMBER_WORDS
            and len(piece) > 1
        ):  # "Two US officials", "One of Cork's": a count opens the run, not the name
            roughly = piece[0][2].lower() in ROUGHLY
            piece = piece[1:]
            while roughly and piece and piece[0][2][:1].isdigit():
                piece = piece[1:]  # "Around 50 Airbus jets": a count, then the name
        if piece and piece[0][2] in CALENDAR_WORDS:
            continue  # "Till Sunday", "Since March": a time, not an actor
        if piece and all(t[2] in PORTFOLIOS or t[2] in NAME_CONNECTORS for t in piece):
            continue  # "the Minister of Industry": a portfolio, not a name
        while piece and (
            piece[-1][2] in NAME_CONNECTORS
            or piece[-1][2] in TRAILING_NOISE
            and (
                piece[-1][2] in DATE_LINE_WORDS
                or _TEASER_AFTER.match(text, piece[-1][1]) is not None
            )
            or len(piece) > 1
            and YEAR.match(piece[-1][2])
        ):  # "Trump 2016 campaign", "the Library 2015 conference": the year is no part of it
            piece = piece[:-1]
        if not piece:
            continue
        if len(piece) > 1:  # (one word has no place before it)
            piece = _without_leading_place(piece)
        while len(piece) > 1 and piece[0][2] in NOT_NAMES and not _party_of(piece):
            piece = piece[1:]  # "Bronx Republican Kristy Marmorato": the place, then the party
        start, end = piece[0][0], piece[-1][1]
        name = _POSSESSIVE.sub("", text[start:end]).rstrip(",")
        if name.startswith("U.S. ") and len(piece) > 1:
            name = name[5:]
            start += 5
        if not name.isalnum():  # (a legal form follows a space or "&")
            name = _ORG_SUFFIX.sub("", name)  # "Apple Inc." is "Apple"
        based = _BASED.match(name) if "-" in name else None  # "Chicago-based Boeing" is "Boeing"
        if based:
            name, start = name[based.end() :], start + based.end()
        if (
            len(name) < 2
            or not any(c.isalpha() for c in name)  # "24", "9/11"
            or name.lower() in NUMBER_WORDS  # "TWO men were killed"
            or _FISCAL_YEAR.match(name)  # "growth in FY21": a year, not an actor
            or name in NOT_NAMES
            or name in HOLIDAY_NAMES  # "the New Year shopping period": a time
            or name in HOLIDAY_DAYS  # "New Year's Eve"
            and _HOLIDAY_BEFORE.search(text, max(0, start - 24), start) is not None
            or name in TITLES
            or (name in PLACES or name.title() in PLACES or _DOTTED.match(name))
            and not _acts(text, end)  # "in Texas", "D.C.": a place; "Russia fired": a state
            and not _acted_on(text, start, end)  # "Moody's downgraded Greece", "Greece's debt"
            or start
            and text[start - 1] in "/=#"  # "pic.twitter.com/QiXysgpqA4": a link
            or name.split()[-1].rstrip(".") in SITE_WORDS  # "Topanga Mall", "Rubio Avenue"
            or piece[-1][2].endswith(_POSSESSIVE_ENDS)
            and _site_follows(text, end)  # "St Mildred's Road"
        ):
            continue
        # "Kenyan and Tanzanian capitals", "a British expert": a nationality adjective.
        after = text[start + len(name) : start + len(name) + 20]
        follower = _FOLLOWER.match(after) if " " not in name else None
        if (
            " " not in name
            and follower
            and follower[1] not in VERBISH
            and name not in SHORT_NAMES  # "the Nikkei average": the index, no nationality
            and (
                name.endswith(DEMONYM_ENDINGS)
                # "Garcetti said", "Cisco states", "the Nikkei rose"; but "Indonesian
                # rescuers": a noun only
                and not (
                    follower[1].endswith("ed")
                    or _verb_with_s(follower[1])
                    or verb_form(follower[1])[1] == "past"
                )
                or name in IRREGULAR_DEMONYMS  # never a name: "Swiss banks", "Western powers"
                and not follower[1].endswith("ed")
            )
        ):
            continue
        # "the South Korean company", "the Anglo-Dutch group": a nationality of several
        # words before a noun names no one
        noun = _FOLLOWER.match(after) if _nationality(name) else None
        if noun and not (noun[1].endswith("ed") or _verb_with_s(noun[1])):
            continue
        # "a fellow Ohioan", "a Ruritanian owned firm": a nationality after "a"
        # is a kind of person or thing, no one named (a name takes no article)
        if _demonym(name.split()[-1]) and _KIND_BEFORE.search(text, max(0, start - 12), start):
            continue
        # "its Cupertino headquarters", "a Toronto-based firm", "on Zandmotor beach": a
        # place naming where
        if name.endswith("-based") or _PLACE_AFTER.match(after):
            continue
        # "in Albuquerque", "from Chicago", "near The Hague": a bare name after a place
        # preposition is a place.
        if (
            (
                _PLACE_BEFORE.search(text, max(0, start - 16), start)
                # "from Italy and Spain": the list's last place too (not "shares in BP
                # and Shell")
                or _listed_place(text, start)
            )
            and not _HELD_IN.search(text, max(0, start - 24), start)  # "shares in BP"
            and not piece[-1][2].endswith(_POSSESSIVE_ENDS)  # "inside Duffy's fridge": his
            and not _not_a_place(name)
            and not works_at(text, start)
        ):
            continue
        # a masked nickname leaves a gap ("Joko “Jokowi” Widodo"): one space between words
        names.append((start, start + len(name), " ".join(name.split())))
    return names


# the lowercase word after a name ("Indonesian rescuers"), past "and" and another name
_FOLLOWER = re.compile(r"\s+(?:and\s+[A-Z]\w+\s+)?([a-z]\w*)")
_KIND_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|fellow)\s+$")
_HOLIDAY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, HOLIDAY_NAMES)))})['’]s\s$")
_PLACE_AFTER = re.compile(
    rf"\s+(?:headquarters|campus|offices?|plant|factory|{'|'.join(sorted(PLACE_NOUNS))})\b"
)
# what one holds "in" a company, not a place: "Shares in BP rose", "its stake in Vodafone"
_HOLDINGS = r"(?i:shares|stakes?|holdings?|investments?|interest)"
_HELD_IN = re.compile(rf"\b{_HOLDINGS}\s+in\s+$")
_PLACE_BEFORE = re.compile(
    rf"\b(?:(?i:in|from|at)|(?i:{'|'.join(sorted(LOCATIVE_PREPOSITIONS))})(?:\s+[Tt]he)?)\s+$"
)


def _listed_place(text: str, start: int) -> bool:
    """Does the name at `start` end a list of names after a place preposition that opens with
    a known place ("from Italy and Spain", "in Texas, Ohio or Iowa"), not one of what is held
    "in" ("shares in BP and Shell")?"""
    m = _PLACE_LISTED.search(text, max(0, start - 60), start)
    return (
        m is not None
        and m["first"] in PLACES  # a place the list opens with: not "in October and Hachette"
        and not _HOLDING_BEFORE.search(text, max(0, m.start() - 24), m.start())
    )


_HOLDING_BEFORE = re.compile(rf"\b{_HOLDINGS}\s+$")
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_PLACE_LISTED = re.compile(
    rf"\b(?:(?i:in|from|at)|(?i:{'|'.join(sorted(LOCATIVE_PREPOSITIONS))}))\s+"
    rf"(?P<first>{_PLACE_NAME})(?:,\s+{_PLACE_NAME})*,?\s+(?:and|or)\s+$"
)


# "Russia fired", "China has imposed", "The U.S. also signed": a country or state as the
# subject of a verb is its government acting, an actor; elsewhere ("in Texas", "US
# officials", "Russia's navy") it says where
_SUBJECT_OF = re.compile(
    r"\s+(?:(?:also|then|now|later|quickly|first|already|just|has|have|had)\s+){0,2}([a-z]+)\b"
)


def _acts(text: str, end: int) -> bool:
    """Is the place name ending at `end` the subject of the verb after it?"""
    m = _SUBJECT_OF.match(text, end)
    if m is None:
        return False
    word = m[1]
    if word in VERBISH:
        return True
    form = VERB_FORMS.get(word)
    if form is not None:
        return form[1] in ("past", "s")
    # a regular verb the table leaves out ("Greece requested aid", "Greece has also
    # applied"), as the dictionary knows it
    lemma, form_of = verb_form(word)
    return form_of in ("past", "pp") and "V" in poslex().get(lemma, "")


# the word before a name, and a possessive after it with the lowercase word it owns
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_OWNS_THING = re.compile(r"['’]s?\s+(?:[a-z]+-)?([a-z]+)\b")


def _acted_on(text: str, start: int, end: int) -> bool:
    """Is the country or state at `start`..`end` what a verb acts on ("Moody's downgraded
    Greece", "agreed to lend Greece €10 billion") or the owner of a thing a story tells of
    ("Greece's debt", "Fitch cut Greece's rating")? Then its government takes part, as
    when it acts; after a preposition ("in Greece", "to Greece") it says where."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is not None:
        word = before[1]
        if word not in PREPOSITIONS and word not in FUNCTION_WORDS and word not in VERBISH:
            lemma, form = verb_form(word)
            tags = poslex().get(lemma, "")
            # a past or participle that may be a verb ("downgraded"), a base only a verb
            # ("lend", not "debt")
            if form in ("past", "pp") and "V" in tags or form == "base" and tags == "V":
                return True
    owned = _OWNS_THING.match(text, end)
    return owned is not None and "N" in poslex().get(owned[1], "")


def _verb_with_s(word: str) -> bool:
    """ "states", "warns": a word in -s that may be a verb ("rescuers" may not)."""
    return word.endswith("s") and "V" in poslex().get(word, "V")


def _not_a_name_word(word: str) -> bool:
    """A title, place or function word: no part of a person's name ("Leader", "California",
    "And")."""
    return word in TITLES or word in PLACES or word.lower() in COORDINATORS | PREPOSITIONS


_ROLE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(at|of|for)\s+(?:the\s+)?$")  # "an analyst at "


def works_at(text: str, start: int) -> str | None:
    """The "at", "of" or "for" before the name at `start` when it follows someone's role
    ("economists at Goldman Sachs", "an analyst at Jefferies", "Chief Financial Officer of
    Harbour Mart", "a spokesman for Acme Foods"), naming where they work; else None."""
    before = text[max(0, start - 12) : start]
    if "at " not in before and "of " not in before and "for " not in before:
        return None  # most names have none of these before them: no need for the pattern
    m = _ROLE_BEFORE.search(text[max(0, start - 40) : start])
    return m[2] if m is not None and m[1].lower() in AFFILIATED else None


_RELATION = "|".join(sorted(RELATION_NOUNS))
# "Orbex rival Zenith", "Orbex's European rival", "Orbex's parent company": a relation noun
# right after the name (after its possessive, up to two describing words)
_RELATION_AFTER = re.compile(
    rf"(?:['’]s?)?\s+((?:[A-Za-z][a-z-]+\s+){{0,2}})(?:{_RELATION})\b(?!['’])"
)
# "the parent company of European planemaker Orbex", "a subsidiary of Orbex": the name after
# a relation noun's "of" (up to two describing words between)
_RELATION_BEFORE = re.compile(
    rf"\b(?:{_RELATION})(?:\s+(?:company|firm|group))?\s+of\s+(?:the\s+)?"
    r"((?:[A-Za-z][a-z-]+\s+){0,2})$"
)


_NEXT_LOWER = re.compile(r"\s+([a-z]+)")


# words that end a relation noun's describing run ("Orbex's sales to customers")
_NOT_DESCRIBING = PREPOSITIONS | COORDINATORS | DEFINITE_DETERMINERS


# the relation nouns no other one holds ("rival", not "rivals"): one of them is in every
# text `_RELATION_AFTER` or `_RELATION_BEFORE` matches in (both are case-sensitive)
_RELATION_STEMS = tuple(
    sorted(n for n in RELATION_NOUNS if not any(m != n and m in n for m in RELATION_NOUNS))
)


def may_relate(text: str) -> bool:
    """Could `only_relates` hold of any name in `text`? Not without a relation noun in it
    (most sentences): a test once a sentence, not a search or two a name."""
    return any(map(text.__contains__, _RELATION_STEMS))


def only_relates(text: str, start: int, end: int) -> bool:
    """Does the name at `start`–`end` only tell whose parent, rival, owner or customer
    another party is ("Orbex rival Zenith won the bid", "Zenith, the parent company of
    Orbex, said")? That party acts, not the company it is told by."""
    m = _RELATION_AFTER.match(text, end)
    if m is not None and m[1] and text[end] not in "'’":
        m = None  # "Orbex's main rival", but not "Orbex beat rival Zenith"
    if m is None:
        lo = max(0, start - 60)
        # its "of" looked for first: most names have none before them
        m = _RELATION_BEFORE.search(text, lo, start) if "of" in text[lo:start] else None
        noun = _NEXT_LOWER.match(text, end)
        if (
            m is not None
            and noun
            and "N" in poslex().get(noun[1], "")
            and noun[1] not in VERB_FORMS
        ):
            return False  # "users of older Orbex devices": the devices', not Orbex's
    return m is not None and not any(  # "Orbex's sales to customers": not a description
        w.lower() in _NOT_DESCRIBING for w in m[1].split()
    )


def _site_follows(text: str, end: int) -> bool:
    """Is the possessive name at `end` the first part of a site ("St Mildred's Road")?"""
    m = re.match(r"\s+([A-Z][a-z]+)", text[end : end + 30])
    return bool(m) and m[1] in SITE_WORDS


def _party_of(piece: list[tuple[int, int, str]]) -> bool:
    """Does a party's adjective open an organisation's name ("Republican National
    Committee", "Democratic Party"), not stand before a person's ("Republican Kristy
    Marmorato")?"""
    return piece[0][2] in PARTY_ADJECTIVES and any(t[2] in ORG_WORDS for t in piece[1:])


def _without_leading_place(piece: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "United States Barack Obama", "Texas Gov Greg Abbott" with the title lost: a place
    before a person's name is where they are from, not part of it ("China Eastern Airlines"
    is an airline's whole name and keeps its place). "covered Venezuela for The Guardian":
    a place before "for" is what was covered, and the name is the one after."""
    for k in range(1, min(3, len(piece) - 1) + 1):
        if piece[k][2] == "for" and " ".join(t[2] for t in piece[:k]) in PLACES:
            return piece[k + 1 :]
    for k in (2, 1):
        if len(piece) > k + 1 and " ".join(t[2] for t in piece[:k]) in PLACES:
            rest = " ".join(t[2] for t in piece[k:])
            if kind_of(rest) == "person":
                return piece[k:]
    return piece


def _not_a_place(name: str) -> bool:
    """Names a place preposition does not make places: an organisation ("in Congress") and
    a product, shaped by digits or camel case ("from iPod use", "in iOS 4")."""
    return any(w in ORG_WORDS for w in name.split()) or kind_of(name) == "product"


_WORD_CHAR = re.compile(r"\w")


# what only a name takes after it: a relative, a possessive, a company's legal form ("Acme
# Corp and Zenith Corp signed": "Acme" is a dictionary word, but not here)
_NAME_FOLLOWS = re.compile(rf",\s+(?:which|who)\b|['’]s\b|,?\s+{LEGAL_FORMS}(?!\w)")


# A politician's party and state after the name: "R-Ky", "D-N.Y", "I-Vt", "R-Texas".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,12}")


def _shouted(name: str) -> bool:
    """A word or line in capitals that is not an acronym: "REPORTS", "VATICAN CITY" (a
    dateline), "BREAKING NEWS" — not "NASA", "GM", "USAF"."""
    if not name.isupper():
        return False
    words = name.split()
    if len(words) > 1:
        return all(w.isalpha() and len(w) > 2 for w in words)
    return len(name) > 4 and name.lower() in poslex()


def is_initial(text: str, start: int, end: int | None = None) -> bool:
    """Does the name open its sentence (where any word is capitalised), or the story after
    its dateline ("NEW YORK (WABC) -- Starting on Sunday, …"), with nothing after it that
    only a name takes ("Ford, which …", "Ford's chief")?"""
    if end is not None and _NAME_FOLLOWS.match(text, end):
        return False
    if not _WORD_CHAR.search(text, 0, start):
        return True
    story = dateline_end(text) if text[:1].isupper() else 0
    return 0 < story <= start and not _WORD_CHAR.search(text, story, start)


# A lowercase word ("consumption"), and a capitalised one after a lowercase word or a comma
# ("sales at Ford"). Each is written letter first, its look-behind after: a search then
# skips to the letters, where a look-behind first is tried at every character of the
# article (the same matches, in a quarter less and half the time).
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'-].)[a-z]+(?![\w’'-])")
_CAPITAL_MID = re.compile(r"[A-Z](?<=[a-z,;] .)[a-z]+")
_SPEAKS_ALONE = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]{2,})(?=\s+(?:said|says|announced|reported|told)\b)"
)
_COMMON_HEAD = re.compile(r"^([A-Z][a-z]+) (?:of|for) ([A-Z].*)$")

# "Singapore Airlines (SIA)", "the Government Accountability Office (GAO)": a name, then
# the short form the story will use for it.
_DEFINED = re.compile(r"\(([A-Z][A-Z&]{1,5})\)")


def _defined_short_forms(texts: tuple[str, ...]) -> dict[str, str]:
    """Short forms a story defines in brackets after a name, when the short form starts
    with the name's first letter ("SIA" for "Singapore Airlines", not "ANA" for "Japan")."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            tail = text[max(0, m.start() - 80) : m.start()].rstrip()
            before = candidate_names(tail)
            if not before:
                continue
            _a, end, name = before[-1]
            if end == len(tail) and " " in name and name[0] == m[1][0]:
                out.setdefault(m[1], name)
    return out


def _opener(word: str) -> bool:
    """Is a capitalised word one that only opens a sentence, never a name's: a dictionary
    word that is no noun ("Revamping", "Actual", "Accusing"), nor a title ("Former")?"""
    tag = poslex().get(word.lower())
    return tag is not None and "N" not in tag and word not in TITLES and word not in ORG_WORDS


def _company_tailed(name: str) -> bool:
    """Do the words after a name's first only say it is a company ("Toyota Motor Corp")?"""
    return all(w in COMPANY_TAILS for w in name.split()[1:])


class ActorIndex:
    """In-article aliasing and vetting of the names found in one article.

    A short form resolves to the full name it abbreviates ("Garcetti" → "Eric Garcetti",
    "Justice Department" → "U.S. Justice Department" is kept as the shorter, common form).
    A single capitalised word that only ever opens sentences ("Formerly", "Structure-wise")
    is not taken for a name.
    """

    def __init__(
        self,
        names: list[tuple[str, bool]],
        places: tuple[str, ...] = (),
        texts: tuple[str, ...] = (),
    ) -> None:
        # longest first, ties in order of mention (a set's order would change from run to
        # run: "Wikipedia" for "English Wikipedia" one day, "Italian Wikipedia" the next)
        full = sorted(dict.fromkeys(n for n, _i in names if " " in n), key=len, reverse=True)
        self._short = _defined_short_forms(texts)
        self._mid_sentence = {n for n, initial in names if not initial}
        # Words the article writes in lowercase ("services consumption") and capitalised
        # words it writes after a lowercase one ("sales at Ford"): a sentence's first word
        # that is only ever the former ("Consumption, which makes up 60 per cent of GDP,
        # …") is that word, not a name.
        # (read in the paragraphs joined by a line break, which neither pattern takes in or
        # looks at: the same words, found in one search each)
        whole = "\n".join(texts)
        self._lowercase = set(_LOWER_WORD.findall(whole))
        self._capital_mid = set(_CAPITAL_MID.findall(whole))
        # "Pfizer said …", "Chrysler announced …" opening a sentence: a word alone that
        # speaks is a name, though a dictionary lists it ("Chrysler filed for bankruptcy"
        # in the same story is that company), not a plural ("Analysts said")
        self._speaks = {
            w
            for w in _SPEAKS_ALONE.findall(whole)
            if not w.endswith("s") and w not in NOT_NAMES and w not in TITLES
        }
        # "President of Harbour Mart Nadia Ferrand said": a name the article also writes
        # alone ("Harbour Mart said") run into a person's name the article also calls by
        # the surname alone ("Ferrand spoke") is the two of them; the person is the one
        # who acts. Not a title's words ("Senate Majority Leader Mitch McConnell"), a place
        # ("Oakland Zoo California Trail"), a suffix ("Allan Bryant Snr") or common words
        # ("Emacspeak And Advice").
        alone = {n for n, _i in names}
        self._person_in: dict[str, str] = {}
        self._employer: dict[str, str] = {}
        for n in full:
            parts = n.split()
            # "Revamping Hatchmap so it …", "Actual Orbex job cuts would …": a sentence's
            # first word, no noun, run into a name the article writes on its own is that
            # name (not "United Nations", "New Yorker": names the article writes whole)
            head, _, rest = n.partition(" ")
            if n not in self._mid_sentence and rest in self._mid_sentence and _opener(head):
                self._person_in[n] = rest
                continue
            # "Chuck Schumer of New York", "Karen Holt of Northwind": a person (by a given
            # name) of a place or a firm is the person; not "Bank of America", "Lord Baker
            # of Dorking" (no given name), "University of Michigan"
            person, of, _rest = n.partition(" of ")
            if of and " " in person and kind_of(person) == "person" and sex_of(person):
                self._person_in[n] = person
                continue
            if parts[-1] not in alone:
                continue
            for k in range(max(1, len(parts) - 3), len(parts) - 1):
                rest = " ".join(parts[k:])
                if (
                    (
                        " ".join(parts[:k]) in alone
                        # "Chair of the Ports Authority Ann Lowe told MPs": a body's
                        # name run into a person's, by a given name, the story writes alone
                        or sex_of(rest) is not None
                        and any(w in ORG_WORDS for w in parts[:k])
                    )
                    and sex_of(n) is None  # "Jada Pinkett Smith": a given name, one person
                    and kind_of(rest) == "person"
                    and not any(_not_a_name_word(w) or self._common(w) for w in parts[k:])
                ):
                    self._person_in[n] = rest
                    self._employer[n] = " ".join(parts[:k])
                    break
        full = list(dict.fromkeys(self._person_in.get(n, n) for n in full))
        # Full names of people by their last and first word: looking a short form up costs
        # the same in a 300-word story and in a 10 MB file of names. A surname two people
        # share is the one the story names most, then first ("Meadows said" is Mark Meadows,
        # the story's subject, not Debbie Meadows named later).
        mentions = Counter(n for n, _i in names)
        first = {n: k for k, (n, _i) in reversed(list(enumerate(names)))}
        self._by_last: dict[str, str] = {}
        self._by_first: dict[str, list[str]] = {}
        for n in sorted(full, key=lambda n: (-mentions[n], first.get(n, 0))):
            if kind_of(n) == "person":  # "Garcetti", not "Shares of Apple"
                parts = n.split()
                self._by_last.setdefault(parts[-1], n)
                # … and a first word alone only after the full name: "Steve" after "Steve
                # Jobs"; not "Telmark" written before "the Telmark World conference"
                if first.get(n, 0) < first.get(parts[0], len(names)):
                    self._by_first.setdefault(parts[0], []).append(n)
        # "Norsk shares rose" after "Norsk Motors said": a company's own word alone, when
        # its other words only say it is a company and no other name of the story opens
        # with that word ("Apple" beside "Apple Corps" and "Apple Inc." stays ambiguous);
        # so too an index's ("the Dow rose" after the Dow Jones Industrial Average fell)
        heads: dict[str, list[str]] = {}
        for n in full:
            heads.setdefault(n.split()[0], []).append(n)
        # "Toyota recalled …" after "Toyota Motor said": the one company whose name opens
        # with the word, though a name of a person's shape does too ("Toyota Crown", a car);
        # not beside another body's ("Kestrel Records" beside "Kestrel Group": neither)
        firms = {
            head: [n for n in ns if len(n.split()) > 1 and _company_tailed(n)]
            for head, ns in heads.items()
            if all(_company_tailed(n) or kind_of(n) == "person" for n in ns)
        }
        self._firm_of = {head: ns[0] for head, ns in firms.items() if len(ns) == 1}
        self._company_of = {
            head: ns[0]
            for head, ns in heads.items()
            if len(ns) == 1
            and head not in PLACES
            and kind_of(ns[0]) != "person"
            and (
                all(w in COMPANY_TAILS for w in ns[0].split()[1:])
                or ns[0].split()[-1] in INDEX_TAILS
            )
        }
        # "The Commission said …" after "the European Commission": a body's own word alone
        # is the one body of the story whose name ends with it ("the Bank" the European
        # Central Bank; not when the story names two commissions)
        tails: dict[str, list[str]] = {}
        for n in full:
            if " " in n and n.split()[-1] in ORG_WORDS and kind_of(n) == "org":
                tails.setdefault(n.split()[-1], []).append(n)
        self._body_of = {tail: ns[0] for tail, ns in tails.items() if len(ns) == 1}
        # a dateline's city ("O'SMACH, Cambodia", "LAS VEGAS, Nev.") and a state it gives
        # short are places; not a country, which acts ("NAIROBI, Kenya — … Kenya shut
        # its ports last week")
        # `is_actor` of each name asked about (the index is fixed by now)
        self._actor: dict[str, bool] = {}
        self._places = {
            p.rstrip(".").casefold()
            for place in places
            for k, p in enumerate(re.split(r",\s*", place))
            if k == 0 or p.endswith(".") or len(p) <= 4
        }

    def canonical(self, name: str) -> str:
        if " " in name:
            return self._untitled(self._without_common_head(self._person_in.get(name, name)))
        if name in self._short:
            return self._short[name]  # "SIA" after "Singapore Airlines (SIA)"
        if name in self._company_of:
            return self._company_of[name]  # "Norsk" after "Norsk Motors"
        if name in self._by_last:
            return self._by_last[name]
        if name in self._firm_of and name not in PLACES:
            return self._firm_of[name]  # "Toyota" after "Toyota Motor Corp"
        if name in self._body_of:
            return self._body_of[name]  # "the Commission" after "the European Commission"
        # A first name stands for the one person in the article who has it ("Steve").
        firsts = self._by_first.get(name, ())
        return firsts[0] if len(firsts) == 1 else name

    def employer(self, name: str, preposition: str) -> str | None:
        """The organisation a name found after a role's "at", "of" or "for" is ("an analyst
        at Jefferies": Jefferies; "Officer of Harbour Mart Nadia Ferrand": Harbour Mart);
        after "of" or "for" not a person ("a spokeswoman for Joe Biden")."""
        if name in self._employer:
            return self._employer[name]
        canonical = self.canonical(name)
        return canonical if preposition == "at" or kind_of(canonical) != "person" else None

    def _common(self, word: str) -> bool:
        """Is a capitalised word one the article otherwise writes in lowercase, and never
        capitalised after a lowercase word?"""
        return word.lower() in self._lowercase and word not in self._capital_mid

    def _without_common_head(self, name: str) -> str:
        """ "Sales of Orbex Systems", "Demand for Orbex Systems" opening a sentence: the
        name is what follows the common noun (not "Bank of America": an organisation's
        word; not "Secretary of State": a title)."""
        m = _COMMON_HEAD.match(name) if " of " in name or " for " in name else None
        if (
            m is None
            or name in self._mid_sentence
            or m[1] in ORG_WORDS
            or m[1] in TITLES
            or m[1] in PORTFOLIOS
            or m[1].lower() not in poslex()
            or m[1] in self._capital_mid
        ):
            return name
        return m[2]

    def _untitled(self, name: str) -> str:
        """ "Oceanographer Tamsin Reyes … Oceanographer Reyes said", opening a sentence: a
        job capitalised as a sentence's first word, before the surname of a person the
        article names in full, is that person (not "Mark Reyes": a given name; not a name
        the article also writes mid-sentence)."""
        head, _, rest = name.partition(" ")
        if (
            " " in rest
            or rest not in self._by_last
            or name in self._mid_sentence
            or head.lower() not in poslex()
            or head in TITLES
            or sex_of(name) is not None
        ):
            return name
        return self._by_last[rest]

    def is_actor(self, name: str) -> bool:
        """Does the name stand for an actor, not a place of the dateline, a shout, a party
        tag or a common word? (Read once a name: a story names its actors again and again.)"""
        found = self._actor.get(name)
        if found is None:
            found = self._actor[name] = self._is_actor(name)
        return found

    def _is_actor(self, name: str) -> bool:
        if name.rstrip(".").casefold() in self._places or _shouted(name):
            return False
        if _PARTY_TAG.fullmatch(name):
            return False  # "Sen. Ann Cole, D-Ore., said": her party and state, no actor
        if " " not in name and self._common(name):
            return False
        return (
            " " in name
            or name in self._mid_sentence
            or name in self._speaks
            or name.isupper()
            or name in PLACES  # "Russia fired …" opening a sentence: a country that acts
            # "Toyota recalled …", "Mulally said …": opening a sentence, a word no
            # dictionary knows is a name ("Formerly", "Meanwhile" are words)
            or name.isalpha()
            and name.lower() not in poslex()
            and name.lower() not in NUMBER_WORDS
            and name not in NOT_NAMES
        )


def _plain(word: str) -> str:
    """A name word without its plural: "Dreamliners", "787s", "A380s" name the model."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        stem = word[:-1].rstrip("’'")
        if any(c.isdigit() for c in stem) or _is_cap(stem):
            return stem
    return word


def actor_matches(entity: str, actor: str) -> bool:
    """Does an extracted actor name refer to the entity asked for?

    Case-insensitive. Besides the name itself, a name refers to the entity when it is:
    - its last words: "Jobs" for "Steve Jobs", "Apple Corps" for "Beatles Apple Corps",
      "Dreamliner" for "Boeing 787 Dreamliner", "Air Force" for "United States Air Force";
    - a run of its words holding a model number: "787" and "Boeing 787" for "Boeing 787
      Dreamliner", "A380" for "Airbus A380" (plurals too: "Dreamliners", "A380s"; and
      variants: "A380-800", "Airbus 380", "777-200LR");
    - its first words, two or more: "China Eastern" for "China Eastern Airlines" — one
      first word alone is the maker or the place ("Boeing", "Singapore"), not the entity;
    - a longer name with its words in order: "iTunes Music Store" for "iTunes store";
    - the name without its legal form ("Apple" for "Apple Inc."), or a company's division
      named by what it does ("Boeing Commercial Airplanes").
    - a short name the lexicon gives it (`SHORT_NAMES`: "Fed", "Nikkei", "Footsie");
    - the first part of a name run together ("Glaxo" for "GlaxoSmithKline"), or its
      initials ("GSK").
    A model of a line is not the line ("iPod nano", "iPhone 4" are not "iPod", "iPhone"),
    nor a company's product the company ("Airbus A380" did not do what Airbus did).
    """
    if _same_name(entity, actor):
        return True
    long_entity, long_actor = SHORT_NAMES.get(entity), SHORT_NAMES.get(actor)
    return bool(
        long_actor
        and _same_name(entity, long_actor)
        or long_entity
        and _same_name(long_entity, actor)
    )


def _same_name(entity: str, actor: str) -> bool:
    """`actor_matches` without the lexicon's short names."""
    if _acronym_of(actor, entity) or _acronym_of(entity, actor):
        return True  # "USAF" for "United States Air Force"
    if _run_together_head(actor, entity) or _run_together_head(entity, actor):
        return True  # "Glaxo" for "GlaxoSmithKline"
    if actor.endswith(" " + entity) and actor[: -len(entity) - 1] in PLACES and " " in entity:
        return True  # "U.S. Federal Reserve", "US Food and Drug Administration"
    e, a = _match_words(entity), _match_words(actor)
    if not e or not a:
        return False
    if e == a or e[-len(a) :] == a and not (len(a) == 1 and len(e) > 1 and _generic(a[0])):
        return True
    if (
        len(a) < len(e)
        and _run_of(a, e)
        and (any(any(c.isdigit() for c in w) for w in a) or len(a) >= 2 and e[: len(a)] == a)
    ):
        return True
    # the entity's words in order inside the actor's, same first word:
    # "iTunes Music Store" for "iTunes store"
    if a[0] != e[0]:
        # "Steve Jobs" for "Jobs"; not "Bank of Greece" for "Greece", "University of
        # Michigan" for "Michigan": a body of the place, not the place
        return len(e) == 1 and a[-1] == e[0] and "of" not in a
    if len(e) == 1:  # "iPod nano", "Apple Corps", "Airbus A380": another entity
        return _division(entity, actor)
    rest = iter(a[1:])
    return all(word in rest for word in e[1:])


@lru_cache(maxsize=1 << 16)
def _match_words(name: str) -> tuple[str, ...]:
    """The name's words as `actor_matches` compares them (cached: clustering an import asks
    about the same names for report after report)."""
    name = _ORG_SUFFIX.sub("", name) or name  # "Apple Inc." asked for is the "Apple" found
    # "the new Chrysler Group", "Fiat Group": the company of the name, as a legal form is
    # (not "Apple Corps", "Apple Records": other companies of the name)
    name = _GROUP_SUFFIX.sub("", name) or name
    return tuple(model_core(_plain(w).casefold()) for w in name.split())


def _division(company: str, name: str) -> bool:
    """Is `name` a division of the one-word `company`, named by what it does ("Boeing
    Commercial Airplanes", "Boeing Integrated Defense Systems") or where ("Acme North
    America", "Acme Japan")? One kind word alone may be
    another company of the name ("Apple Records" is not Apple), a place's company is not the
    place ("Singapore Airlines"), nor is a generic tail the company ("Apple Corps")."""
    words = name.split()
    if len(words) >= 2 and " ".join(words[1:]) in PLACES and kind_of(company) == "org":
        return company not in PLACES  # its arm in a region: "Acme North America", "Acme Japan"
    return (
        len(words) >= 3
        and company not in PLACES
        and kind_of(company) == "org"
        and words[-1] in ORG_WORDS
        and words[-1].casefold() not in GENERIC_TAILS
    )


def match_keys(entity: str) -> set[str]:
    """Words one of which every name `actor_matches` to `entity` holds: its own words, and
    its initials ("USAF"), so a store can narrow its names down before asking."""
    words = set(entity.split())
    words |= {model_core(w.casefold()) for w in words}  # "380" for "A380" ("Airbus 380")
    parts = [
        part
        for w in entity.split()
        if w not in NAME_CONNECTORS and w not in ("and", "&", "the")
        for part in _parts(w)
    ]
    if len(parts) >= 2 and kind_of(entity) != "person":
        words.add("".join(w[0] for w in parts).upper())
    words.update(parts[:1])  # "Glaxo" for "GlaxoSmithKline"
    # the lexicon's short names of the entity ("Fed"), and the full name of one asked for
    words.update(s for s, full in SHORT_NAMES.items() if _same_name(entity, full))
    if entity in SHORT_NAMES:
        words.update(SHORT_NAMES[entity].split())
    return words


def name_keys(name: str) -> frozenset[str]:
    """Keys one of which any two names that `actor_matches` (either way round) both have:
    the words it compares ("787" for "Boeing 787s", "jobs" for "Steve Jobs") and a long
    name's initials ("usaf" for "United States Air Force", which "USAF" is). A store finds a
    name's candidates by them without comparing it with every name it holds."""
    keys = set(_match_words(name))
    parts = [w for w in name.split() if w not in NAME_CONNECTORS and w not in ("and", "&")]
    if len(parts) >= 2 and kind_of(name) != "person":
        keys.add("".join(w[0] for w in parts).casefold())
    return frozenset(keys)


def _acronym_of(short: str, name: str) -> bool:
    """Is `short` the initials of `name`'s words ("USAF": "United States Air Force", "EADS":
    "European Aeronautic Defence and Space"), or of the parts of a name run together ("GSK":
    "GlaxoSmithKline")? Connectors ("and", "of") have no letter."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    words = [
        part
        for w in name.split()
        if w not in NAME_CONNECTORS and w not in ("and", "&", "the")
        for part in _parts(w)
    ]
    if len(words) < 2 or kind_of(name) == "person":  # "LG" is not Louis Gallois
        return False
    return "".join(w[0] for w in words).upper() == short


# the capitalised parts of a name run together: "GlaxoSmithKline", "PricewaterhouseCoopers"
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]{2,}")


def _parts(word: str) -> tuple[str, ...]:
    """The capitalised parts of a word that runs them together, else the word."""
    parts = tuple(_RUN_TOGETHER.findall(word))
    return parts if len(parts) >= 2 and "".join(parts) == word else (word,)


def _run_together_head(head: str, name: str) -> bool:
    """Is `head` the first part of the one word `name` runs two or more capitalised parts
    together in ("Glaxo" for "GlaxoSmithKline")?"""
    if " " in name or " " in head or not name.startswith(head) or name == head:
        return False
    parts = _parts(name)
    return len(parts) >= 2 and parts[0] == head


def _run_of(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _generic(word: str) -> bool:
    """A last word that names a kind, not the entity: "Airlines", "Force", "Inc"."""
    return word.capitalize() in ORG_WORDS or word in GENERIC_TAILS


_MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")


def with_month_surnames(
    readings: list[list[tuple[str, Sequence[tuple[int, int, str]]]]], names: list[tuple[str, bool]]
) -> None:
    """Add the lone surname that is also a month's name ("May said on Friday" after "Prime
    Minister Theresa May", "Mrs May's government", "June, who chairs the board" after
    "Alex June") to the names of each sentence it acts in: a month word is never a
    candidate name alone, so every saying of hers went unattributed. Only a surname of a
    person the article names in full, after a title or before a verb, a possessive or an
    apposition: "in May", "May 5" and "May 2019" stay months."""
    surnames = {
        n.rsplit(" ", 1)[1]
        for n, _i in names
        if " " in n and n.rsplit(" ", 1)[1] in _MONTH_NAMES and kind_of(n) == "person"
    }
    if not surnames:
        return
    pattern = re.compile(rf"\b({'|'.join(sorted(surnames))})\b(’s|'s)?(,)?\s*(\S*)")
    for para in readings:
        for k, (masked, found) in enumerate(para):
            added = []
            for m in pattern.finditer(masked):
                if any(a <= m.start(1) < b for a, b, _n in found):
                    continue  # inside a name found whole: "Theresa May"
                before = masked[: m.start(1)].split()
                titled = bool(before) and before[-1].rstrip(".") in TITLES
                nxt = m[4].strip(",.;:").lower()
                acting = (
                    m[2] is not None  # "May's government"
                    or m[3] is not None
                    and nxt in ("who", "whose")  # "June, who chairs"
                    or m[3] is None
                    and (nxt in AUXILIARIES or VERB_FORMS.get(nxt, ("", ""))[1] in ("past", "s"))
                )
                if titled or acting:
                    added.append((m.start(1), m.end(1), m[1]))
            if added:
                para[k] = (masked, tuple(sorted([*found, *added])))
