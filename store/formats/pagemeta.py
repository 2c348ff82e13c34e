"""What a saved page says about itself: its title without the site's name, the site's name,
its canonical address, and whether it is an error page or a paywall stub, not an article.

A page's <title> often ends with the site ("Ferry found off the coast - Daily Post",
"CRISPR patents spark fight | MIT Technology Review"); its own metadata (`og:title`, the
JSON-LD `headline`) usually does not, and its `og:site_name` / JSON-LD publisher say which
trailing part is the site. Saved error pages ("Page Not Found", "403 Forbidden", "Access
denied") and paywall stubs are refused with the reason rather than stored as articles.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dateline.store.formats.common import plain_text

_JSON_LD_MAX = 200_000  # characters of one JSON-LD block read
SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|«|»|/)\s+")
_WORDS = re.compile(r"[^\w]+")
_BYLINE = re.compile(r"^by\s+\w", re.I)
_DOMAIN = re.compile(r"\w\.(?:com|net|org|co\.uk|online|ie|in|au|ca|de|fr|\w{2})$", re.I)
_STAMP = re.compile(r"^[\d\s./:-]+$")  # "19.01.2020" after "DW | "
_STAMPED = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<hour>\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?$"
)
_SAME_DAY_HOURS = (8, 16)  # UTC hours of one calendar day from UTC-8 to UTC+8
_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"}
)


@dataclass
class PageMeta:
    titles: list[str] = field(default_factory=list)  # the page's own, best first
    sites: list[str] = field(default_factory=list)
    url: str | None = None  # rel=canonical or og:url
    published: str | None = None  # the article's own datePublished, YYYY-MM-DD


def _meta(tree, *names: str) -> list[str]:
    out = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key in names and (el.get("content") or "").strip():
            out.append(el.get("content"))
    return out


def _json_ld(tree) -> list[dict]:
    """Every JSON object in the page's JSON-LD blocks (@graph members included)."""
    found: list[dict] = []

    def walk(value, depth: int) -> None:
        if depth > 6:
            return
        if isinstance(value, list):
            for v in value[:50]:
                walk(v, depth + 1)
        elif isinstance(value, dict):
            found.append(value)
            walk(value.get("@graph"), depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = (script.text or "")[:_JSON_LD_MAX]
        try:
            walk(json.loads(text), 0)
        except (ValueError, RecursionError):
            continue
    return found


def _name(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def local_day(stamp: str) -> str | None:
    """The publisher's own day of a JSON-LD time stamp: the date written, when it is local
    ("2021-05-04T07:15:00-04:00", "2021-05-03 18:40:10", "2021-05-03"); of a UTC stamp only
    when the hour is one where the day is the same from California to China ("…T01:09:55Z",
    an evening's story in Denver, is the day before there)."""
    m = _STAMPED.match(stamp.strip())
    if m is None:
        return None
    if (
        m["zone"] in ("Z", "+00:00", "+0000")
        and not _SAME_DAY_HOURS[0] <= int(m["hour"]) < _SAME_DAY_HOURS[1]
    ):
        return None
    return m["day"]


def page_meta(tree) -> PageMeta:
    """Read from the parsed page before anything prunes it."""
    meta = PageMeta()
    objects = _json_ld(tree)
    # og:title first: JSON-LD headlines are at times a summary (Wikipedia) or mangled
    meta.titles += _meta(tree, "og:title")
    meta.titles += [o["headline"] for o in objects if isinstance(o.get("headline"), str)]
    meta.titles += _meta(tree, "twitter:title")
    meta.sites += _meta(tree, "og:site_name", "application-name", "apple-mobile-web-app-title")
    for o in objects:
        kind = o.get("@type")
        if kind == "WebSite" or (isinstance(kind, list) and "WebSite" in kind):
            meta.sites += [n for n in [_name(o)] if n]
        meta.sites += [n for n in [_name(o.get("publisher"))] if n]
    canonical = [
        el.get("href")
        for el in tree.iter("link")
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")
    ]
    # The article's own declared publication day: a news page's JSON-LD object of an
    # article type (a CMS's "created" field is when the draft began, a day early at times).
    for o in objects:
        kind = o.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        day = o.get("datePublished")
        if any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds) and isinstance(day, str):
            meta.published = local_day(day)
            if meta.published:
                break
    urls = [u for u in canonical + _meta(tree, "og:url") if u.startswith(("http://", "https://"))]
    meta.url = urls[0].strip() if urls else None
    meta.titles = [t for t in (plain_text(t) for t in meta.titles) if t]
    meta.sites = [s for s in (plain_text(s) for s in meta.sites) if s]
    return meta


def _squeezed(text: str) -> str:
    words = _WORDS.sub(" ", text.lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return "".join(words)


def _is_site(part: str, sites: list[str]) -> bool:
    """ "Telegraph" for telegraph.co.uk, "US News" for "US News & World Report"."""
    key = _squeezed(part)
    if len(key) < 2:
        return False
    return any(
        key == s
        or (len(key) >= 4 and (s.startswith(key) or key.startswith(s) and len(s) >= 4))
        or (len(key) >= 6 and key in s)
        for s in sites
    )


def _site_keys(sites: list[str], url: str | None) -> list[str]:
    keys = [_squeezed(s) for s in sites]
    keys += [_squeezed(s.split(".")[0]) for s in sites if _DOMAIN.search(s)]  # "DW.COM"
    host = urlsplit(url).hostname if url else None
    if host:
        keys.append(_squeezed(host.removeprefix("www.")))
        keys.append(_squeezed(host.removeprefix("www.").split(".")[0]))
    return [k for k in keys if k]


def without_site(title: str, sites: list[str], url: str | None = None) -> str:
    """The title with the site's name, a byline or a stamp cut from its ends:
    "Bridge reopens - Valley News" → "Bridge reopens" when the site is Valley News."""
    parts = SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    keys = _site_keys(sites, url)
    keys += [_squeezed(p) for p in parts if parts.count(p) > 1]  # "X | Site | Site"

    def noise(part: str, others: list[str]) -> bool:
        return (
            _is_site(part, keys)
            or _BYLINE.match(part) is not None
            or _STAMP.match(part) is not None
            or part.strip().lower() in (o.strip().lower() for o in others)  # "X | X"
        )

    while len(parts) > 1 and noise(parts[-1], parts[:-1]):
        parts.pop()
    while len(parts) > 1 and noise(parts[0], parts[1:]):
        parts.pop(0)
    if len(parts) == 1:
        return parts[0].strip()
    # Separators inside the headline itself stay as written.
    start = title.index(parts[0])
    end = title.rindex(parts[-1]) + len(parts[-1])
    return title[start:end].strip()


def best_title(meta: PageMeta, *fallbacks: str | None, url: str | None = None) -> str | None:
    """The page's own headline without the site's name; the extractor's title or the
    <title> element when the page names none."""
    shown = [plain_text(f) for f in fallbacks if f]
    words = {w for t in shown for w in _words(t)}
    for candidate in meta.titles:
        if not words or words & _words(candidate):  # else a summary, not the headline
            return without_site(candidate, meta.sites, url or meta.url)
    for candidate in shown:
        if candidate:
            return without_site(candidate, meta.sites, url or meta.url)
    return None


def _words(text: str) -> set[str]:
    return {w for w in _WORDS.split(text.lower()) if len(w) >= 4}


# -- error pages and paywall stubs ------------------------------------------------------------

_ERROR_TITLE = re.compile(
    r"""^(?:error\s*)?(?:\d{3}\b[\s:—–-]*)?(?:
        page\s+(?:not\s+found|cannot\s+be\s+found|unavailable|does\s*n[o']t\s+exist)
      | (?:file\s+|article\s+|content\s+)?not\s+found | forbidden | access\s+(?:denied|forbidden)
      | unauthori[sz]ed | (?<=410\s)gone | internal\s+server\s+error
      | service\s+(?:temporarily\s+)?unavailable
      | bad\s+gateway | gateway\s+time-?out | error | oops.{0,40} | something\s+went\s+wrong
      | (?:this\s+)?page\s+(?:is\s+)?no\s+longer\s+available | just\s+a\s+moment\.*
      | attention\s+required.{0,40} | are\s+you\s+a\s+robot\??
    )\s*[.!]*$
    | ^(?:401|403|404|410|500|502|503)$""",
    re.I | re.X,
)
_ERROR_TEXT = re.compile(
    r"""\b(?:page|article|content)\s+(?:you\s+(?:requested|are\s+looking\s+for|were\s+looking\s+for)
          \s+)?(?:could\s+not\s+be\s+found|cannot\s+be\s+found|can['’]t\s+be\s+found
          |does\s*n['’o]t\s+exist|no\s+longer\s+exists|is\s+no\s+longer\s+available|was\s+not\s+found)
      | \b(?:error\s+)?(?:404|403|401|410)\b.{0,30}\b(?:not\s+found|forbidden|unauthori[sz]ed|gone)
      | \byou\s+(?:do\s*n['’o]t|do\s+not)\s+have\s+permission\s+to\s+access
      | \baccess\s+(?:to\s+this\s+page\s+(?:has\s+been|is)\s+)?denied\b""",
    re.I | re.X,
)
_PAYWALL_TEXT = re.compile(
    r"""\b(?:subscribe|sign\s+in|log\s*in|register)\s+(?:now\s+)?to\s+(?:continue\s+reading|read
          (?:\s+the)?\s+(?:full|rest|this)|keep\s+reading|unlock)
      | \bto\s+continue\s+reading,?\s+(?:please\s+)?(?:subscribe|sign\s+in|log\s*in|register)
      | \bthis\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?(?:exclusively\s+)?
          (?:to|for)\s+(?:our\s+)?(?:subscribers|members)
      | \balready\s+a\s+subscriber\?""",
    re.I | re.X,
)
_STUB_WORDS = 150  # a page with more words of its own than this is an article, whatever it says


def refusal(titles: list[str], paragraphs: list[str]) -> str | None:
    """Why the page is not an article (an error page, a paywall stub), or None."""
    words = sum(len(p.split()) for p in paragraphs)
    for title in titles:
        parts = SEPARATOR.split(title.strip()) if title else []
        ends = {title.strip(), parts[0], parts[-1]} if parts else set()
        if any(_ERROR_TITLE.match(t.strip()) for t in ends) and words < _STUB_WORDS * 2:
            return f"an error page, not an article (titled {title.strip()[:60]!r})"
    if words >= _STUB_WORDS:
        return None
    text = " ".join(paragraphs)
    m = _ERROR_TEXT.search(text)
    if m:
        return f"an error page, not an article ({m[0].strip()[:60]!r})"
    m = _PAYWALL_TEXT.search(text)
    if m:
        return f"a paywall stub, not the article ({m[0].strip()[:60]!r})"
    return None
