"""Normalisers: regex match -> TIMEX3 value, one function per rule family.

Each takes the match and the document `Context` and returns a `Norm`, or None to drop the
candidate.  Calendar arithmetic lives in `calendrics`, tense guessing in `tense`.  A year
written in the text is kept as written ("January 1, 0001") and the expression dropped when
no `datetime.date` holds it; a year counted from the DCT that leaves 1..9999 ("next year"
written in 9999) leaves the expression unresolved, as without a DCT.
"""

import datetime as dt
import functools
import re

from . import lexicon as lx
from .calendrics import (
    FLOATING_HOLIDAYS,
    OutOfRange,
    closest_year,
    floating_holiday,
    fmt,
    in_range,
    placeholder,
    safe_date,
    shift,
)
from .context import (
    FINENESS,
    UNIT_GRAN,
    Context,
    Norm,
    day_of_phrase,
    from_anchor,
    from_dct,
    group,
    is_plural,
    low,
    month_num,
    next_word,
    numstr,
    parse_number,
    point_mod,
    quant_mod,
    unit_word,
    weekday_date,
)
from .rules import DAYPHRASE
from .tense import sentence_window


def iso(m: re.Match, ctx: Context) -> Norm | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None:
        return None
    if m.group("hh"):
        return Norm(f"{d.isoformat()}T{m.group('hh')}:{m.group('mm')}", "TIME", anchor=(d, "D"))
    return Norm(d.isoformat(), anchor=(d, "D"))


def slash(m: re.Match, ctx: Context) -> Norm | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 >= b:
        a, b = b, a
    if y < 100:
        y += 1900 if y >= 50 else 2000
    d = safe_date(y, a, b)
    return Norm(d.isoformat(), anchor=(d, "D")) if d else None


def month_day(m: re.Match, ctx: Context) -> Norm | None:
    mo, day = month_num(m.group("mo")), int(m.group("d"))
    mod = point_mod(group(m, "pmod"))
    if m.group("y"):
        d = safe_date(int(m.group("y")), mo, day)
        return Norm(d.isoformat(), mod=mod, anchor=(d, "D")) if d else None
    if safe_date(2000, mo, day) is None:
        return None
    base = ctx.dct or (ctx.ref[0] if ctx.ref else None)
    if base is None:
        return Norm(f"XXXX-{mo:02d}-{day:02d}", mod=mod, anchored=True, resolved=False)
    d = safe_date(ctx.year_for(m, mo, day, base), mo, day)
    if d is None:
        return None
    return Norm(d.isoformat(), mod=mod, anchored=True, anchor=(d, "D"))


def month_year(m: re.Match, ctx: Context) -> Norm | None:
    mo, mod = month_num(m.group("mo")), point_mod(m.group("pmod"))
    if m.group("rel"):  # "June last year"
        if ctx.dct is None:
            return Norm(f"XXXX-{mo:02d}", mod=mod, anchored=True, resolved=False)
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
        if not in_range(y):
            return Norm(f"XXXX-{mo:02d}", mod=mod, anchored=True, resolved=False)
        d = dt.date(y, mo, 1)
        return Norm(fmt(d, "M"), mod=mod, anchored=True, anchor=(d, "M"))
    y = int(m.group("y")) if m.group("y") else _spelled(m.group("sy"))
    if y is None:
        return None
    d = dt.date(y, mo, 1)
    return Norm(fmt(d, "M"), mod=mod, anchor=(d, "M"))


def week_of(m: re.Match, ctx: Context) -> Norm | None:
    res = month_day(m, ctx)
    if res is None or not res.resolved or res.anchor is None:
        return res
    d = res.anchor[0]
    return Norm(fmt(d, "W"), anchored=res.anchored, anchor=(d, "W"))


def month(m: re.Match, ctx: Context) -> Norm | None:
    mo = month_num(m.group("mo"))
    rel = low(m.group("rel")).rstrip("- ")
    mod = None if rel in ("this past", "this", "last", "next", "past", "coming") else point_mod(rel)
    base = ctx.dct or (ctx.ref[0] if ctx.ref else None)
    if base is None:
        return Norm(f"XXXX-{mo:02d}", mod=mod, anchored=True, resolved=False)
    y = base.year
    if rel == "last":
        # "last October" written in November is a year back: the October just ended is
        # "last month" ("this past October" is that one)
        y = base.year if mo < base.month - 1 else base.year - 1
    elif rel in ("past", "this past"):
        y = base.year if mo < base.month else base.year - 1
    elif rel in ("next", "coming"):
        y = base.year if mo > base.month else base.year + 1
    elif mo == base.month and _month_part_begun(mod, base.day) and ctx.tense(m) != "FUTURE":
        # "The index has lost 2,000 points since the start of October", "rose in early
        # October", written on 10 October: the month under way, not last year's (its 15th,
        # which `year_for` weighs, may lie ahead; "late October" on the 10th has not begun)
        y = base.year
    elif rel != "this":
        y = ctx.year_for(m, mo, 15, base, bare=True)
    if not in_range(y):  # "next January" written in December 9999
        return Norm(f"XXXX-{mo:02d}", mod=mod, anchored=True, resolved=False)
    d = dt.date(y, mo, 1)
    return Norm(fmt(d, "M"), mod=mod, anchored=True, anchor=(d, "M"))


# The first day of a month's part ("early", "mid", "late" October), for `month`
_PART_BEGINS = {None: 1, "START": 1, "MID": 11, "END": 21}


def _month_part_begun(mod: str | None, day: int) -> bool:
    """Whether the part of the month `mod` names has begun by `day` of that month."""
    return day >= _PART_BEGINS.get(mod, 1)


def year(m: re.Match, ctx: Context) -> Norm | None:
    y = int(m.group("y"))
    d = dt.date(y, 1, 1)
    return Norm(f"{y:04d}", mod=point_mod(m.group("pre")), anchor=(d, "Y"))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


def decade(m: re.Match, ctx: Context) -> Norm | None:
    mod = point_mod(m.group("pmod"))
    if m.group("c"):
        if m.group("d") == "0" and int(m.group("c")) < 19:
            # "the 1600s", "the early 1800s": a century, as writers use them (its first
            # decade would be "the first decade of the 1600s"); "the 1900s" and "the 2000s"
            # name decades as often, and stay ones
            return Norm(m.group("c"), mod=mod)
        return Norm(f"{m.group('c')}{m.group('d')}X", mod=mod)
    dig = int(m.group("d2")) if m.group("d2") else _DECADE_WORDS[m.group("dw").lower()]
    now = ctx.dct.year if ctx.dct else 1999
    cent = now // 100 if dig <= (now % 100) // 10 else now // 100 - 1
    if cent < 0:  # "the nineties" written in year 50: no century before the first
        return Norm("XXXX", mod=mod, anchored=True, resolved=False)
    return Norm(f"{cent:02d}{dig}X", mod=mod, anchored=True)


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def century(m: re.Match, ctx: Context) -> Norm | None:
    n = int(m.group("n")) if m.group("n") else _CENTURY_WORDS[m.group("w").lower()]
    return Norm(f"{n - 1:02d}", mod=point_mod(m.group("pmod")))


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _reported_quarter(dct: dt.date) -> dt.date:
    """First day of the last quarter completed before `dct`."""
    return shift(dt.date(dct.year, (_quarter_of(dct) - 1) * 3 + 1, 1), "Q", -1)


def _last_quarter_anchor(ctx: Context) -> dt.date | None:
    """The quarter a report is about: the last quarter the text named (dates named since,
    such as "ended Sept. 30", do not change the topic), otherwise the last completed
    quarter before the DCT.  A quarter that has not ended by
    the DCT (a forecast, or the quarter in progress) is not one a report can be about."""
    named = next((a[0] for a in reversed(ctx.history) if a[1] == "Q"), None)
    if named is not None and (ctx.dct is None or _ended_by(named, ctx.dct)):
        return named
    if ctx.dct is None:
        return None
    return _reported_quarter(ctx.dct)


def _ended_by(quarter_start: dt.date, dct: dt.date) -> bool:
    try:
        return shift(quarter_start, "Q", 1) <= dct
    except OutOfRange:  # the fourth quarter of 9999 ends with the calendar: never before
        return False


def quarter(m: re.Match, ctx: Context) -> Norm | None:
    ordn = lx.ORDINALS[m.group("ord").lower()]
    half = m.group("unit").lower() == "half"
    if half and m.group("ord").lower() in ("last", "final"):
        ordn = 2
    gran = "H" if half else "Q"
    if half and ordn > 2:
        return None
    ye, q1 = low(m.group("yexpr")), low(m.group("q1"))
    if m.group("ytail"):  # "the fourth quarter of last year"
        ye = low(m.group("ytail")) + " year"
    y: int | None = None
    anchored = False
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("y1"):
        y = int(m.group("y1"))
    elif ctx.dct is not None:
        anchored = True
        if ye in ("this year", "last year", "next year"):
            y = ctx.dct.year + {"this year": 0, "last year": -1, "next year": 1}[ye]
        else:
            y = ctx.dct.year
            cur = _quarter_of(ctx.dct) if not half else (ctx.dct.month - 1) // 6 + 1
            if ordn > cur and ctx.tense(m) != "FUTURE":
                y -= 1
            if q1 in ("year-earlier", "year-ago"):
                y -= 1
    if y is None or (anchored and not in_range(y)):
        return Norm(f"XXXX-{gran}{ordn}", anchored=True, resolved=False)
    d = dt.date(y, (ordn - 1) * (6 if half else 3) + 1, 1)
    return Norm(fmt(d, gran), anchored=anchored, anchor=(d, gran))


def quarter_rel(m: re.Match, ctx: Context) -> Norm | None:
    """ "the quarter", "the latest period", "the year-ago quarter", "the 1988 quarter",
    "the same period last year": the quarter being reported on, shifted as asked."""
    rel = low(group(m, "rel") or group(m, "rel2"))
    back = 1 if m.group("ly") or m.group("ly2") or rel in ("year-earlier", "year-ago") else 0
    if m.group("y"):
        base = _last_quarter_anchor(ctx)
        y = int(m.group("y"))
        if base is None:
            return Norm(f"{y:04d}-QX", anchored=True, resolved=False)
        return Norm(f"{y:04d}-Q{_quarter_of(base)}", anchored=True)
    if rel == "current" and not back:
        return from_dct(ctx, "Q", 0)
    if rel in lx.MONTHS and ctx.dct is not None:
        mo = lx.MONTHS[rel]
        d = shift(dt.date(closest_year(mo, 15, ctx.dct, "PAST"), mo, 1), "Y", -back)
        return Norm(fmt(d, "Q"), anchored=True, anchor=(d, "Q"))
    base = _last_quarter_anchor(ctx)
    if base is None:
        return Norm("XXXX-QX", anchored=True, resolved=False)
    if rel in ("previous", "preceding"):
        base = shift(base, "Q", -1)
    if back:
        return Norm(fmt(shift(base, "Y", -1), "Q"), anchored=True)
    return Norm(fmt(base, "Q"), anchored=True, anchor=(base, "Q"))


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season(m: re.Match, ctx: Context) -> Norm | None:
    code = lx.SEASONS[m.group("s").lower()]
    rel = low(m.group("rel"))
    mod = point_mod(m.group("pmod"))
    if m.group("y") or m.group("sy"):
        y = int(m.group("y")) if m.group("y") else _spelled(m.group("sy"))
        if y is None or not in_range(y):
            return None
        return Norm(f"{y:04d}-{code}", mod=mod, anchor=(dt.date(y, _SEASON_START[code], 1), "Y"))
    if ctx.dct is None:
        return Norm(f"XXXX-{code}", mod=mod, anchored=True, resolved=False)
    start, y = _SEASON_START[code], ctx.dct.year
    yrel = low(m.group("yrel"))
    if yrel:  # "the spring of last year": that year's season, whatever the month now
        y += {"last": -1, "next": 1, "this": 0}.get(yrel, 0)
        if yrel.startswith("the"):  # "the summer of the previous year": from the narrative
            base = ctx.ref[0].year if ctx.ref else y
            y = base - 1 if "previous" in yrel else base + 1
    elif rel in ("last", "past", "this past"):
        y = y if start < ctx.dct.month - 2 else y - 1
    elif rel in ("next", "coming"):
        y = y if start > ctx.dct.month else y + 1
    elif ctx.tense(m) == "FUTURE" and start + 2 < ctx.dct.month:
        y += 1
    if not in_range(y):  # "next winter" written in 9999: not "10000-WI"
        return Norm(f"XXXX-{code}", mod=mod, anchored=True, resolved=False)
    return Norm(f"{y:04d}-{code}", mod=mod, anchored=True)


def weekday(m: re.Match, ctx: Context) -> Norm | None:
    wd = lx.WEEKDAYS[m.group("wd").lower()]
    rel = low(m.group("rel"))
    mod = point_mod(rel) if rel in ("early", "late", "earlier", "later") else None
    pod = lx.PARTS_OF_DAY.get(low(m.group("pod")))
    typ = "TIME" if pod else None
    suffix = f"T{pod}" if pod else ""
    d = weekday_date(ctx, m, wd, rel)
    if d is None:
        return Norm(f"XXXX-WXX-{wd}{suffix}", typ, mod, anchored=True, resolved=False)
    return Norm(d.isoformat() + suffix, typ, mod, anchored=True, anchor=(d, "D"))


def weekday_set(m: re.Match, ctx: Context) -> Norm | None:
    wd = lx.WEEKDAYS[m.group("wd").lower()]
    pod = lx.PARTS_OF_DAY.get(low(m.group("pod")).rstrip("s"))
    return Norm(f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))


_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def deictic(m: re.Match, ctx: Context) -> Norm | None:
    w = m.group("w").lower()
    pod = lx.PARTS_OF_DAY.get(low(m.group("pod"))) or ("NI" if w == "tonight" else None)
    mod = point_mod(m.group("pmod"))
    n = from_dct(ctx, "D", _DEICTIC_DAYS[w], mod)
    if pod:
        n.type = "TIME"
        n.value += f"T{pod}"
    return n


def day_before(m: re.Match, ctx: Context) -> Norm | None:
    return from_dct(ctx, "D", -2 if m.group("w").lower().startswith("before") else 2)


def pod_rel(m: re.Match, ctx: Context) -> Norm | None:
    rel, pod = low(m.group("rel")), lx.PARTS_OF_DAY[m.group("pod").lower()]
    mod = point_mod(m.group("pmod"))
    if rel in ("this", "tomorrow", "yesterday", "last"):
        n = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[rel]
        if rel == "last" and pod != "NI" and pod != "EV":
            return None
        res = from_dct(ctx, "D", n, mod)
    else:
        n = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        res = from_anchor(ctx, "D", n, mod)
    res.value += f"T{pod}"
    return res


def pod_alone(m: re.Match, ctx: Context) -> Norm | None:
    """ "mid afternoon", "the morning": a part of the narrative day."""
    pod = lx.PARTS_OF_DAY[m.group("pod").lower()]
    res = from_anchor(ctx, "D", 0, point_mod(m.group("pmod") or m.group("pmod2")))
    res.value += f"T{pod}"
    return res


_REL_OFFSET = {
    "this": 0, "current": 0, "that": 0, "that same": 0, "the full": 0, "the latest": 0,
    "the entire": 0, "the same": 0, "the current": 0, "the": 0,
    "last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1,
    "the previous": -1, "the preceding": -1, "the prior": -1,
    "next": 1, "coming": 1, "the next": 1, "the following": 1, "the coming": 1,
}  # fmt: skip
_ANAPHORIC_REL = {"that", "that same", "the same", "the next", "the following", "the previous",
                  "the preceding", "the prior", "the"}  # fmt: skip
_PERIOD_END = {"ended", "ending", "ends", "through", "to"}
_DURATION_REL = {"the past", "the next", "the coming"}
_DURATION_UNIT = {"W": "P1W", "M": "P1M", "Y": "P1Y", "DE": "P10Y", "CE": "P100Y", "Q": "P1Q"}


_WILL = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)
_LONG_GONE_DAYS = 31  # a day more than a month before publication is no "the weekend"'s


def rel_unit(m: re.Match, ctx: Context) -> Norm | None:
    rel, unit = low(m.group("rel")), m.group("unit").lower()
    gran = UNIT_GRAN[unit]
    mod = point_mod(m.group("pmod"))
    if rel in _DURATION_REL and gran in _DURATION_UNIT:
        return Norm(_DURATION_UNIT[gran], "DURATION", mod)
    if rel == "the" and gran in _DURATION_UNIT and next_word(ctx.text, m.end()) in _PERIOD_END:
        return Norm(_DURATION_UNIT[gran], "DURATION", mod)  # "the year ended Sept. 30"
    n = _REL_OFFSET.get(rel, 0)
    anaphoric = rel in _ANAPHORIC_REL and not (rel == "the" and ctx.ref is None)
    if (
        anaphoric
        and rel == "the"
        and ctx.dct
        and ctx.ref
        and ctx.ref[0] < ctx.dct.replace(day=1)
        and _WILL.search(ctx.text, sentence_window(ctx.text, m.start(), m.end())[0], m.start())
    ):
        # "The firm listed in 2022. It will launch a second lander by the end of the year",
        # written in 2024: what will be is this year's, not the past year the story told
        # (what "was scheduled for the end of the year" stays that year's)
        anaphoric = False
    if gran == "WE" and rel == "the" and ctx.ref and FINENESS.get(ctx.ref[1], 9) > FINENESS["W"]:
        # "On June 7, 2021, the tribunal ruled … In 2018 he resigned … in a video released
        # over the weekend": the story has moved on to a coarser time; no older day is "the"
        # weekend's, the one of the telling is
        anaphoric = False
    if (
        anaphoric
        and gran == "WE"
        and rel == "the"
        and ctx.ref
        and ctx.dct
        and (ctx.dct - ctx.ref[0]).days > _LONG_GONE_DAYS
        and "\n\n" in ctx.text[ctx.pushed_at : m.start()]
    ):
        # "On June 7, 2030, a tribunal found … ¶ Kell apologized in a video released over
        # the weekend", published in 2031: a new paragraph's "the weekend" is the one just
        # past, not one after a day the story told a year back
        anaphoric = False
    if gran == "WE" and rel == "the":
        # "vanished over the weekend", told on a weekday: the one just past; with no tense
        # to go on, told on a Monday to Wednesday, too ("the weekend's storms")
        base = ctx.anchor_for(gran) if anaphoric else ((ctx.dct, "D") if ctx.dct else None)
        tense = ctx.tense(m)
        last_day = {"PAST": 5, None: 3}.get(tense, 0)
        if base and base[1] == "D" and base[0].weekday() < last_day:
            n = -1
    return from_anchor(ctx, gran, n, mod) if anaphoric else from_dct(ctx, gran, n, mod)


def in_the_unit(m: re.Match, ctx: Context) -> Norm | None:
    return from_anchor(ctx, UNIT_GRAN[m.group("unit").lower()], 0, point_mod(m.group("pmod")))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")
_PAST_DIRS = {"ago", "earlier", "before", "back", "previously", "prior"}
_DEICTIC_DIRS = {"ago", "from now", "hence", "back"}


def ago(m: re.Match, ctx: Context) -> Norm | None:
    d = low(m.group("dir"))
    unit = unit_word(m.group("unit"))
    sign = -1 if d in _PAST_DIRS else 1
    n = parse_number(m.group("n"))
    mod = quant_mod(m.group("qmod"))
    if n is None:
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    code, clock = lx.UNITS.get(unit, ("Y", False))
    if clock:
        return Norm(f"PT{numstr(n)}{code}", "DURATION", mod)
    gran = UNIT_GRAN.get(unit, "Y")
    if n != int(n):  # 1.5 years -> 18 months
        if gran in ("Y", "Q", "DE", "CE"):
            n, gran = round(n * {"Y": 12, "Q": 3, "DE": 120, "CE": 1200}[gran]), "M"
        else:
            n = round(n)
    count = int(n)
    if gran == "DE":
        gran, count = "Y", count * 10
    if gran == "WE":
        gran = "W"
    anaphoric = d not in _DEICTIC_DIRS
    base = ctx.anchor_for(gran) if anaphoric else ((ctx.dct, "D") if ctx.dct else None)
    if base is None:
        return Norm(placeholder(gran), mod=mod, anchored=True, resolved=False)
    out_gran = gran
    coarser = ctx.history[-1] if anaphoric and ctx.history else None
    if (
        coarser
        and FINENESS.get(coarser[1], 9) > FINENESS.get(gran, 0)
        and base == (ctx.dct, "D")
        and len(_SENTENCE_END.findall(ctx.text, ctx.pushed_at, m.start() + 1)) <= 1
    ):
        # "She opened a brewery in March 2015. Two weeks later it flooded": counted from
        # the story's month, not from the publication day, and no finer than that month;
        # only from the sentence before ("In 2015 she brewed a porter. … She opened with
        # the aged porter. Five months later …" counts from an undated opening)
        base, out_gran = coarser, coarser[1]
    if gran == "Y" and ctx.ref and ctx.ref[1] in ("Q", "H") and (anaphoric or count == 1):
        base, out_gran = ctx.ref, ctx.ref[1]  # "a year earlier" after "the third quarter"
    try:
        day = shift(base[0], gran, sign * count)
    except OutOfRange:  # "two days later" after 31 December 9999
        return Norm(placeholder(gran), mod=mod, anchored=True, resolved=False)
    # a day moves the story's time; so does any step forward ("Five months later she
    # released …"), while "a year earlier" mostly compares ("up from $2 a year earlier")
    moves = out_gran == "D" or anaphoric and sign > 0
    return Norm(fmt(day, out_gran), mod=mod, anchored=True,
                anchor=(day, out_gran) if moves else None)  # fmt: skip


def year_earlier(m: re.Match, ctx: Context) -> Norm | None:
    what = low(m.group("what"))
    if "quarter" in what:
        base = _last_quarter_anchor(ctx)
        if what != "quarter" and base is not None:
            ordn = lx.ORDINALS[what.split()[0]]
            base = dt.date(base.year, (ordn - 1) * 3 + 1, 1)
        gran = "Q"
    elif "half" in what:
        base = ctx.ref[0] if ctx.ref else ctx.dct
        gran = "H"
        if base is not None:
            base = dt.date(base.year, 1 if what.startswith("first") else 7, 1)
    else:
        base = ctx.ref[0] if ctx.ref else None
        gran = ctx.ref[1] if ctx.ref and ctx.ref[1] in ("Q", "H", "M") else "Y"
        if base is not None and ctx.dct is not None:
            if base > ctx.dct:  # the text looked ahead: compare with the reported quarter
                base, gran = _last_quarter_anchor(ctx) or base, "Q"
            elif fmt(base, gran) == fmt(shift(_reported_quarter(ctx.dct), "Y", -1), gran):
                # "in the 1988 period. The year-ago results...": the anchor already is the
                # period a year before the one being reported
                return Norm(fmt(base, gran), anchored=True)
    if base is None:
        return Norm(placeholder(gran), anchored=True, resolved=False)
    return Norm(fmt(shift(base, "Y", -1), gran), anchored=True)


def duration(m: re.Match, ctx: Context) -> Norm | None:
    unit = unit_word(m.group("unit"))
    code, clock = lx.UNITS[unit]
    n = parse_number(m.group("n"))
    if n is not None and m.group("half"):
        n += 0.5
    mod = quant_mod(m.group("qmod"))
    return Norm(_duration_value(n, code, clock), mod=mod)


def _duration_value(n: float | None, code: str, clock: bool) -> str:
    p = "PT" if clock else "P"
    if n is None:
        return f"{p}X{code}"
    if code == "DE":
        n, code = n * 10, "Y"
    elif code == "CE":
        n, code = n * 100, "Y"
    elif code == "WE":
        n, code = n * 2, "D"
    if n != int(n):  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        sub = _SUBUNIT.get((code, clock))
        if sub:
            rest = round((n - int(n)) * sub[1])
            whole = f"{int(n)}{code}" if int(n) else ""
            if code == "D":
                return f"P{whole}T{rest}H"
            return f"{p}{whole}{rest}{sub[0]}"
    return f"{p}{numstr(n)}{code}"


_SUBUNIT = {("Y", False): ("M", 12), ("D", False): ("H", 24), ("H", True): ("M", 60),
            ("M", True): ("S", 60), ("W", False): ("D", 7)}  # fmt: skip


def duration_vague(m: re.Match, ctx: Context) -> Norm | None:
    u = m.group("unit") or m.group("unit2") or m.group("unit3")
    code, clock = lx.UNITS[unit_word(u)]
    return Norm(_duration_value(None, code, clock))


def long(m: re.Match, ctx: Context) -> Norm | None:
    u = m.group("unit")
    code, clock = lx.UNITS[unit_word(u)]
    return Norm(_duration_value(None if is_plural(u) else 1, code, clock))


def set(m: re.Match, ctx: Context) -> Norm | None:  # noqa: A001 - rule name
    what = low(m.group("what")).rstrip(".")
    nraw = low(m.group("n"))
    n = 2 if nraw == "other" else (parse_number(nraw) if nraw else 1)
    if what in lx.WEEKDAYS:
        return Norm(f"XXXX-WXX-{lx.WEEKDAYS[what]}")
    if what in lx.MONTHS:
        return Norm(f"XXXX-{lx.MONTHS[what]:02d}")
    if what in lx.SEASONS:
        return Norm(f"XXXX-{lx.SEASONS[what]}")
    if what in lx.PARTS_OF_DAY:
        return Norm(f"XXXX-XX-XXT{lx.PARTS_OF_DAY[what]}")
    code, clock = lx.UNITS[unit_word(what)]
    return Norm(_duration_value(n, code, clock))


def freq_word(m: re.Match, ctx: Context) -> Norm | None:
    return Norm(lx.FREQUENCY_WORDS[m.group("w").lower()])


def _with_day(ctx: Context, m: re.Match, phrase: str | None, clock: str, mod=None) -> Norm:
    d, _ = day_of_phrase(ctx, m, phrase)
    if d is None:
        return Norm(f"XXXX-XX-XXT{clock}", mod=mod, anchored=True, resolved=False)
    return Norm(f"{d.isoformat()}T{clock}", mod=mod, anchored=True, anchor=(d, "D"))


_ON_DAY = rf",?\s+on\s+({DAYPHRASE})"
_FULL_DATE_AFTER = re.compile(r",?\s+([A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)\b")


@functools.cache
def _on_day() -> re.Pattern:
    """`_ON_DAY` compiled on first use (only clock times need it; the day phrase spells out
    every month and weekday, which takes `re` a while to compile)."""
    return re.compile(_ON_DAY, re.IGNORECASE)


def _following_day(ctx: Context, m: re.Match) -> str | None:
    """ "3 p.m. on Friday": the day phrase after "on" (not part of the span) dates it."""
    if group(m, "day") or group(m, "pre"):
        return group(m, "day") or group(m, "pre")
    f = _on_day().match(ctx.text, m.end())
    if f is None:
        return None
    # "3am on Saturday October 5, 2013": the date after the weekday dates it, not the weekday
    full = _FULL_DATE_AFTER.match(ctx.text, f.end())
    return full.group(1) if full and f.group(1).lower() in lx.WEEKDAYS else f.group(1)


def clock(m: re.Match, ctx: Context) -> Norm | None:
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    ap = low(group(m, "ampm")).replace(" ", "")
    if ap.startswith("p") or ap.endswith(("afternoon", "evening")) or (ap == "atnight" and h > 5):
        if h > 12:
            return None
        h = h % 12 + 12
    elif ap.startswith("a") or ap.endswith("morning"):
        if h > 12:
            return None
        h = h % 12
    qmod = low(m.group("qmod"))
    mod = "APPROX" if qmod in ("about", "around", "approximately", "roughly") else None
    if qmod.endswith("before"):
        mod = "BEFORE"
    elif qmod.endswith("after"):
        mod = "AFTER"
    return _with_day(ctx, m, _following_day(ctx, m), f"{h:02d}:{mi:02d}", mod)


def clock_word(m: re.Match, ctx: Context) -> Norm | None:
    t = lx.CLOCK_WORDS[m.group("cw").lower()]
    return _with_day(ctx, m, _following_day(ctx, m), t)


def pod_day(m: re.Match, ctx: Context) -> Norm | None:
    pod = lx.PARTS_OF_DAY[low(m.group("pod"))]
    res = _with_day(ctx, m, m.group("day"), pod, point_mod(m.group("pmod")))
    return res


def quarter_code(m: re.Match, ctx: Context) -> Norm | None:
    """ "Q3 2018", "Q4", "H1 2017"."""
    unit, n = m.group("u").upper(), int(m.group("n"))
    if unit == "H" and n > 2:
        return None
    y = m.group("y") or m.group("y2")
    if y:
        year = int(y) if len(y) == 4 else 2000 + int(y)
        d = dt.date(year, (n - 1) * (6 if unit == "H" else 3) + 1, 1)
        return Norm(fmt(d, unit), anchor=(d, unit))
    if ctx.dct is None:
        return Norm(f"XXXX-{unit}{n}", anchored=True, resolved=False)
    y0 = ctx.dct.year
    if n > (_quarter_of(ctx.dct) if unit == "Q" else (ctx.dct.month - 1) // 6 + 1):
        y0 -= 1 if ctx.tense(m) != "FUTURE" else 0
    if not in_range(y0):  # "Q4" written in the first quarter of year 1
        return Norm(f"XXXX-{unit}{n}", anchored=True, resolved=False)
    d = dt.date(y0, (n - 1) * (6 if unit == "H" else 3) + 1, 1)
    return Norm(fmt(d, unit), anchored=True, anchor=(d, unit))


def holiday(m: re.Match, ctx: Context) -> Norm | None:
    h = low(m.group("h")).removeprefix("the ")
    y = int(m.group("y")) if m.group("y") else None
    base = ctx.dct or (ctx.ref[0] if ctx.ref else None)
    if y is None and base is None:
        return Norm("XXXX-XX-XX", anchored=True, resolved=False)
    if h.split()[0] in FLOATING_HOLIDAYS:
        if y is None:
            y = ctx.year_for(m, 11, 25 if h[0] == "t" else 5, base)
        d = floating_holiday(h, y)
    else:
        mo, day = lx.HOLIDAYS.get(h, (None, None))
        if mo is None:
            return None
        if y is None:  # a written year, even 0000 (then dropped), is never replaced
            y = closest_year(mo, day, base, ctx.tense(m))
        d = dt.date(y, mo, day)
    return Norm(d.isoformat(), anchored=not m.group("y"), anchor=(d, "D"))


def vague(m: re.Match, ctx: Context) -> Norm | None:
    return Norm(lx.VAGUE_REFS[low(m.group("w"))])


def year_end(m: re.Match, ctx: Context) -> Norm | None:
    return from_anchor(ctx, "Y", 0, "END")


_SPELLED_TEENS = {
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "ten": 10,
}


def _spelled(s: str | None) -> int | None:
    """ "nineteen ninety-four" -> 1994 (the `_SPELLED_YEAR` fragment of the rules)."""
    c, _, rest = low(s).replace("-", " ").partition(" ")
    n = _SPELLED_TEENS.get(rest) or parse_number(rest.replace("oh ", ""))
    if c not in ("nineteen", "eighteen") or n is None or n >= 100:
        return None
    return {"nineteen": 1900, "eighteen": 1800}[c] + int(n)


def spelled_year(m: re.Match, ctx: Context) -> Norm | None:
    c = low(m.group("c"))
    rest = low(m.group("rest"))
    if c == "two thousand":
        y = 2000 + (int(parse_number(rest) or 0) if rest else 0)
    else:
        n = _SPELLED_TEENS.get(rest) or parse_number(rest)
        if n is None or n >= 100:
            return None
        y = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[c] + int(n)
    return Norm(f"{y:04d}", anchor=(dt.date(y, 1, 1), "Y"))
