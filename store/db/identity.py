"""The keys that tell two copies of one story apart from two stories: the same address
(`url_key`), or the same text under other boilerplate (`text_key`).

A story saved twice — from a link with tracking parameters and from the canonical address,
or once with a "Related" block and once without — and a feed item beside the saved page of
its link are one article. Pure functions: the import computes them, the schema upgrade
fills them in for an older library.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

# Query parameters that say how a reader arrived, not what they read.
TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|mc_[ce]id|cmpid|ocid|ref|ref_src|src|source|smid|"
    r"share|CMP|ito|mbid|__twitter_impression|guccounter|guce_\w+|taid|soc_src|soc_trk)$",
    re.I,
)
_AMP = re.compile(r"(?:/amp|\.amp|/amp\.html)$")
_WORD = re.compile(r"[^\W_]+")
# Formats whose text comes wrapped in a site's boilerplate: saved pages and feeds. Plain
# text, Markdown and JSON Lines are the user's own cut of an article, matched by address only
# (two such files with the same long paragraphs may be reports a user keeps on purpose).
TEXT_KEY_FORMATS = frozenset({"html", "mhtml", "feed", "jsonfeed"})
TEXT_MIN_WORDS = 20  # a paragraph shorter than this may be boilerplate: not fingerprinted
TEXT_PARAGRAPHS = 3  # the longest few paragraphs are the story, whatever surrounds them
TEXT_KEY_WORDS = 60  # less story than this is too little to call two texts one


def url_key(url: str | None) -> str | None:
    """ "https://www.example.net/a/story/?utm_source=x#top" → "example.net/a/story"."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("amp.")
    if not host:
        return None
    path = _AMP.sub("", parts.path).rstrip("/")
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if not TRACKING.match(k)]
    if not path and not query:
        return None  # a site's front page, which some pages wrongly give as their own address
    return host + path + (f"?{urlencode(sorted(query))}" if query else "")


def text_key(paragraphs: Iterable[str]) -> str | None:
    """A fingerprint of the story's longest paragraphs, words only (case, punctuation and
    spacing ignored); None when the text is too short to tell one story from another."""
    words = [_WORD.findall(p.lower()) for p in paragraphs]
    long = sorted((w for w in words if len(w) >= TEXT_MIN_WORDS), key=len, reverse=True)
    top = long[:TEXT_PARAGRAPHS]
    if sum(map(len, top)) < TEXT_KEY_WORDS:
        return None
    blob = "\n".join(sorted(" ".join(w) for w in top))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]
