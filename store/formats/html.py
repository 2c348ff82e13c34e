"""Saved web pages: main text and metadata by trafilatura/htmldate, never by our own scraping.

The page is parsed by lxml here (no network, no DTD) and the *tree* is handed to trafilatura,
so nothing ever sees a string it could take for a URL and fetch. Figure captions, which
trafilatura drops, are kept as caption paragraphs.
"""

from __future__ import annotations

import calendar
import logging
import re

import lxml.etree
import lxml.html

from dateline.store.formats.article import ArticleError
from dateline.store.formats.boilerplate import clean_paragraphs
from dateline.store.formats.common import Entry, Warn, build, refuse_entities
from dateline.store.formats.pagemeta import best_title, page_meta, refusal

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    _log = logging.getLogger(_name)  # their errors would add stray lines to our output
    _log.addHandler(logging.NullHandler())
    _log.propagate = False

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SPACE = re.compile(r"\s+")
_DOCUMENT = re.compile(r"\A\s*(?:<!DOCTYPE\s+html|<html)", re.I)


def _truncated(text: str) -> bool:
    """A whole saved page (not a fragment) that stops before its end tag."""
    return bool(_DOCUMENT.match(text)) and "</html" not in text[-4096:].lower()


_BLOCKS = {"p", "head", "quote", "list", "table", "item", "code"}
_BREAK = "\ue000"  # a paragraph break: private use, not whitespace, allowed in lxml text
_PAGE_BREAKS = (
    *("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "section", "article"),
    *("main", "header", "footer", "nav", "aside", "figure", "figcaption", "address", "form"),
)


def _text(el) -> str:
    return _SPACE.sub(" ", " ".join(el.itertext())).strip()


def _parse(text: str):
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)
    try:
        tree = lxml.html.document_fromstring(_XML_DECL.sub("", text, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ArticleError(f"malformed HTML: {exc}") from None
    if tree is None:
        raise ArticleError("malformed HTML: nothing to parse")
    return tree


def _body_paragraphs(body, title: str | None) -> list[tuple[str, str]]:
    """trafilatura's blocks, and the loose text between them (a page whose text sits
    straight in <body>, lines split by <br>, comes back as text beside `lb` elements)."""
    out: list[tuple[str, str]] = []
    loose: list[str] = [body.text or ""]

    def flush() -> None:
        runs = _runs("".join(loose))
        out.extend(("body", run) for run in runs if run)
        loose.clear()

    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "lb":
            loose.append(_BREAK)  # a line break ends a loose paragraph, as in feeds
        elif tag in _BLOCKS:
            flush()
            out += _block(el, tag, title)
        elif tag:
            loose.append(" ".join(el.itertext()))  # inline: <hi>, <ref>
        loose.append(el.tail or "")
    flush()
    return out


def _block(el, tag: str, title: str | None) -> list[tuple[str, str]]:
    """One trafilatura block as paragraphs: a list's items and a table's rows each make
    one; a heading that repeats the page title makes none."""
    if tag == "list":
        return [("body", _text(item)) for item in el if isinstance(item.tag, str)]
    if tag == "table":
        return [("body", " · ".join(_text(c) for c in row)) for row in el]
    text = _text(el)
    return [] if tag == "head" and title and text == title else [("body", text)]


def _runs(text: str) -> list[str]:
    """The text between paragraph-break marks, spaces collapsed."""
    return [_SPACE.sub(" ", run).strip() for run in text.split(_BREAK)]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _page_blocks(body, text: str, title: str | None) -> list[tuple[str, str]] | None:
    """trafilatura's last resort on a short page is its whole text as one paragraph (a line
    per text node, so inline tags break lines too); the page's own block boundaries give
    the paragraphs back. None unless they hold exactly that text."""
    kids = [el for el in body if isinstance(el.tag, str)]
    if len(kids) != 1 or kids[0].tag != "p" or len(kids[0]) or "\n" not in (kids[0].text or ""):
        return None
    page = _parse(text).find("body")
    if page is None:
        return None
    for el in page.iter(*_PAGE_BREAKS):
        el.text = _BREAK + (el.text or "")
        el.tail = _BREAK + (el.tail or "")
    dump = _squeeze(kids[0].text)
    runs = _runs(page.text_content())
    found = [run for run in runs if run and _squeeze(run) in dump]
    if "".join(map(_squeeze, found)) != dump:
        return None  # its blocks do not add up to the dump: keep the dump whole
    return [("body", run) for run in found[1 if found and found[0] == title else 0 :]]


# A date the page labels as its own, in the words after its headline ("Colder Temperatures
# Forecast Written: 2021-03-02 09:41:05 / Updated: …"): a site's own stamp, where
# htmldate may take a sidebar item's date (2023-11-03) first
_MONTH = "|".join(calendar.month_name[1:] + calendar.month_abbr[1:] + ["Sept"])
_LABELLED = re.compile(
    r"\b(?:Written|Published|Posted|First published)(?:\s+on)?\s*:?\s*"
    rf"(\d{{4}}-\d{{2}}-\d{{2}}|(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{_MONTH})\.?\s+\d{{4}})\b"
)
_AFTER_TITLE = 200  # characters after the headline where its stamp stands


def _visible(el) -> str:
    """The text a reader sees, without scripts and styles, in one line."""
    skip = {"script", "style", "noscript", "template"}
    parts = (
        t
        for node in el.iter()
        for t in (
            node.text if isinstance(node.tag, str) and node.tag not in skip else None,
            node.tail if node.getparent() is not None else None,  # after a script too
        )
        if t
    )
    return _SPACE.sub(" ", " ".join(parts))


def _labelled_date(visible: str, title: str | None) -> str | None:
    """The date the page stamps on its headline, labelled as its writing or publication."""
    if not title:
        return None
    at = visible.find(title)
    for _ in range(4):  # the <title>'s own, a breadcrumb's, the headline's
        if at < 0:
            return None
        m = _LABELLED.search(visible, at + len(title), at + len(title) + _AFTER_TITLE)
        if m is not None:
            from dateutil import parser as dateparser

            try:
                return dateparser.parse(m[1]).date().isoformat()
            except (ValueError, OverflowError):
                return None
        at = visible.find(title, at + len(title))
    return None


def _text_date(text: str) -> str | None:
    """htmldate's search of the visible text, when the markup gives no date. A bare year
    ("© 2018") comes back as January 1st: no publication date at all is better than that."""
    from htmldate import find_date

    try:
        found = find_date(_parse(text), extensive_search=True, original_date=True)
    except (ValueError, TypeError, AttributeError, lxml.etree.LxmlError):
        return None
    return None if not found or found.endswith("-01-01") else found


def read(text: str, warn: Warn) -> list[Entry]:
    import trafilatura  # loads in ~0.3 s: only when a page is read

    refuse_entities(text)
    if _truncated(text):
        warn("page looks truncated (no closing </html>); imported the text it has")
    tree = _parse(text)
    meta = page_meta(tree)  # before trafilatura prunes the tree
    visible = _visible(tree)
    scope = tree.find(".//article")  # the article's own pictures, not a sidebar's
    if scope is None:
        scope = tree.find(".//main")
    captions = [_text(c) for c in (scope if scope is not None else tree).iter("figcaption")]
    fallback_title = tree.findtext(".//title")
    doc = None
    for recall in (False, True):
        try:
            doc = trafilatura.bare_extraction(
                tree,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=recall,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except (ValueError, TypeError, AttributeError, IndexError, lxml.etree.LxmlError):
            doc = None
        if doc is not None and doc.body is not None and len(doc.body):
            break
        tree = _parse(text)  # trafilatura prunes the tree it is given
    if doc is None or doc.body is None:
        raise ArticleError("no article text found in the page")
    found = _page_blocks(doc.body, text, doc.title) or _body_paragraphs(doc.body, doc.title)
    body = [(k, t) for k, t in found if t not in captions]
    meta.sites = [*meta.sites, *([doc.sitename] if doc.sitename else [])]
    url = meta.url or doc.url
    title = best_title(meta, doc.title, fallback_title, url=url)
    paragraphs, stamped = clean_paragraphs([("caption", c) for c in captions] + body)
    reason = refusal(
        [t for t in (title, fallback_title, doc.title) if t],
        [t for k, t in paragraphs if k == "body"],
    )
    if reason:
        raise ArticleError(reason)
    if not any(k == "body" for k, _t in paragraphs):
        raise ArticleError("no article text found in the page")
    if title and paragraphs and paragraphs[0] == ("body", title):
        paragraphs = paragraphs[1:] or paragraphs  # the headline again, as a first paragraph
    return [
        Entry(
            build(
                fmt="html",
                title=title,
                paragraphs=paragraphs,
                published=_labelled_date(visible, title)
                or meta.published
                or doc.date
                or stamped
                or _text_date(text),
                source=(meta.sites[0] if meta.sites else None) or doc.hostname,
                url=url,
                author=doc.author,
            )
        )
    ]
