"""What a page's extracted text still carries that is not the story: teaser blocks
("Related", "Trending On Reuters" and the headlines under them, "Read more: …" links),
newsletter and subscription pitches (and, after a sign-up box's "Thanks for subscribing", the
rest of the page), advertisers' disclosures, copyright lines ("© Thomson Reuters 2020"), photo
credits ("Photo by Ann Lee/Getty Images", a caption's "(Image: Police Scotland)"), shouted
lines (another story's headline in capitals, "CLICK HERE TO GET THE APP"), contributors'
lines ("Ann Lee contributed to this report."), and a
date line in the body ("Published March 5, 2020"), which dates the article instead of
becoming an event. Used for saved pages and feed entries; the patterns are data, here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from dateline.store.formats.article import parse_date_line
from dateline.store.text import unclosed

# A paragraph that is a teaser block's heading: it goes, with the headlines under it.
_TEASER_HEADING = re.compile(
    r"""^(?:related(?:\s+(?:articles?|stories|content|coverage|news|information|reading|links?))?
      | trending(?:\s+(?:now|stories|on\s+[\w .]{1,30}))?
      | most\s+(?:read|popular|viewed|shared)(?:\s+(?:in|on)\s+[\w .]{1,30})?
      | read\s+more(?:\s+(?:on|from)\s+[\w .]{1,30})?
      | more\s+(?:stories|news|information|to\s+read|on\s+this\s+story|from\s+[\w .]{1,30})
      | in\s+other\s+news | latest\s+news
      | recommended(?:\s+(?:for\s+you|stories|reading))?
      | editors?['’]?s?\s+picks | top\s+stories | you\s+may\s+(?:also\s+)?like
      | you\s+might\s+(?:also\s+)?like | see\s+also | don['’]t\s+miss | what\s+to\s+read\s+next
      | share\s+this(?:\s+(?:article|story))? | advertisement | [\w .]{1,30}\s+showcase
      | slideshow\s+\(\d+\s+images?\)
    )\s*[:.]?$""",
    re.I | re.X,
)
# A paragraph that is one teaser link: "Read more: Ferry returns to the harbour".
_TEASER_LINK = re.compile(
    r"""^(?:read(?:\s+more)?|also\s+read|related(?:\s+(?:article|story|link|coverage))?
      | you\s+may\s+(?:also\s+)?like|see\s+also|recommended|more|watch|listen|click\s+here)
      \s*(?::|\||—|–)\s*\S""",
    re.I | re.X,
)
# Newsletter and subscription pitches: "Subscribe to our free daily briefing", "Get the
# day's headlines sent to your inbox!"
_PITCH = re.compile(
    r"""^(?:sign\s+up|subscribe(?:d)?|register|follow\s+us|get\s+the\s+latest
      | get\s+(?:[\w'’-]+\s+){0,4}(?:delivered|sent)\s+(?:straight\s+|right\s+)?to\s+your\s+inbox
    )\b""",
    re.I | re.X,
)
_PITCH_WORDS = 30
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.I)
_COPYRIGHT_CHARS = 300
# A credit alone: "Photo by Ann Lee/Getty Images", "Image: Royal Free", "Credits: Instagram."
_CREDIT = re.compile(
    r"""^\(?(?:(?:main\s+)?(?:photo(?:graph)?s?|images?|pictures?|credits?|photo\s+source|source)
        \s*(?:by|:|/)|(?:photo|picture)s?\s+credit:?)\s*[^.]{1,100}\)?\.?$""",
    re.I | re.X,
)
# "Spencer Platt/Getty", "Evan Vucci / AP": a name and an agency, nothing else.
_NAME_SLASH_AGENCY = re.compile(r"^[\w.'’ -]{2,40}\s*/\s*[\w.&'’ -]{2,40}(?:/[\w.&'’ -]{2,30})?$")
# A credit at the end of a caption: "… in Gaza. Photograph: Ann Lee/AFP", "… (Image: SWNS)",
# "… (1761). Courtesy Louvre".
_CREDIT_TAIL = re.compile(
    r"""\s*(?:\((?:photo|image|picture|credit)s?(?:\s+by|:)[^()]{1,80}\)
      | \b(?:photograph|photo|image|picture|credits?)s?(?:\s+by|:)\s+[^.]{1,80}
      | \b(?:AFP|AP|EPA|Reuters|Bloomberg)\s+via\s+Getty\s+Images
      | (?<=[.(])\s*(?-i:Courtesy(?:\s+of)?\s+[A-Z][^.]{0,60})
      | \((?:[A-Z]{2,5}\s+photo|file|getty|reuters|ap|afp|[\w .'’-]{1,40}(?:/[\w .'’-]{1,40})+)\)
    )\s*\.?$""",
    re.I | re.X,
)
# A caption the page set as a paragraph: marked as a photo ("FILE PHOTO: The president
# speaks …", "FILE - In this May 1 photo, …") or ending with a wire photo's credit ("…, January
# 16, 2020. Ann Lee/Pool via REUTERS", "REUTERS/Ann Lee", "(AP Photo/Ann Lee)").
# Its date is the photo's, not the story's: kept as a caption, apart from the narrative.
_CAPTION_MARK = re.compile(r"^(?:FILE\s+PHOTO|FILE|PHOTO)\s*(?::|-|–|—)\s", re.X)
_WIRE_CREDIT = re.compile(
    r"""(?:(?:\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}/[\w'’-]+\s+)?\bvia\s+(?:REUTERS|AP|AFP|Getty\s+Images)
      | \bREUTERS/[\w.'’ -]{2,40}
      | \(AP\s+Photo/[^()]{1,60}\)
      | \bPhoto:\s+[\w.'’ -]{2,40}/(?:AFP|AP|EPA|Reuters|Getty\s+Images)
    )\s*\.?$""",
    re.X,
)
# A writer's sign-off closing a story's last paragraph ("… hates CNN. Peter Weber"): a digest
# page (a news brief after another) signs each brief, and the next brief is another story.
_SIGN_OFF = re.compile(r"(?<=[.!?\"”’])\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'’-]*)$")
_NOT_A_SIGNATURE = frozenset({"Full", "Read", "Click", "More", "Watch", "Listen", "See", "Related"})
# A teaser cut off mid-sentence: an ellipsis after a space or after a word no sentence ends
# on ("… as global investors awaited for ...", "If put into practice, this..."); a writer's
# own trailing off ends on a word ("Little did I know…").
_TRUNCATED = re.compile(
    r"(?:\s|\b(?:the|a|an|of|to|in|for|and|or|but|with|on|at|by|from|as|this|that|he|she|it"
    r"|they|we|his|her|its|their|our|is|was|are|were|be|has|have|had|will|would))"
    r"\s*(?:\.\.\.|…)\s*$",
    re.I,
)
# A teaser's "… more" link ("… a heavy blow was dealt to the plan... more", "…Read more »").
_MORE_TAIL = re.compile(r"(?:\.\.\.|…)\s*(?:read\s+)?more\s*[»›>]?\s*$", re.I)
# A gallery's link ("Plane found in the sea, in pictures", "In pictures: storm hits coast"),
# a list of headlines set as one paragraph ("• Two divers rescued • Captain had ignored the
# warning • …"), an address hidden from robots ("[email protected]"): furniture.
_GALLERY = re.compile(r"(?:^in\s+pictures\s*:|[,:–—-]\s*in\s+pictures\s*$)", re.I)
_HEADLINE_LIST = re.compile(r"\s*•[^•]+•")  # a paragraph that opens with its first bullet
_HIDDEN_EMAIL = re.compile(r"email\s*protected\]", re.I)
_FURNITURE_WORDS = 40
# A sign-up box's confirmation ("Sign-up Successful!", "Thanks for subscribing", "Welcome to
# The Points Guy!"): once the story has begun, it and everything after it is the page's
# offers and forms, not the story.
_PAGE_END = re.compile(
    r"""^(?:sign[- ]?up\s+(?:successful|complete)|thanks?(?:\s+you)?\s+for\s+(?:signing\s+up
      |subscribing|registering)|you['’]re\s+(?:all\s+)?(?:signed\s+up|subscribed|in)
      |welcome\s+to\s+[\w .'’&-]{1,40}!)\s*[.!]*$""",
    re.I | re.X,
)
# An advertiser's disclosure: "This page lists cards chosen by one or more of
# our advertisers", "Terms apply to the offers shown here".
_DISCLOSURE = re.compile(
    r"\b(?:one\s+or\s+more\s+of\s+our\s+advertisers|advertiser\s+disclosure"
    r"|terms\s+apply\s+to\s+the\s+offers|we\s+may\s+(?:receive|earn)\s+(?:a\s+)?compensation"
    r"|we\s+may\s+earn\s+(?:a\s+)?commission)",
    re.I,
)
_DISCLOSURE_WORDS = 60
# "Published March 5, 2020", "Posted on 5 March 2020 10:31", "Updated: 9.45pm".
_STAMP = re.compile(
    r"^(?:first\s+|last\s+|latest\s+)?(?:published|posted|updated?|modified|date)(?:\s+on)?\s*:?\s*",
    re.I,
)
_STAMP_CHARS = 80
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_HEADLINE_WORDS = 16  # the longest teaser headline kept under a heading's block
# A shouted line: another story's headline or a button ("PUTIN OVERSEES A DRILL: REPORTS",
# "CLICK HERE TO GET THE APP") — most of its letters capitals, over a few words.
_SHOUTED_SHARE = 0.8
# A contributors' line: "Ann Lee contributed to this report.", "Reporting by Ann Lee;
# Editing by Tom Ray", "This story was provided by Valley Post".
_CONTRIBUTORS = re.compile(
    r"""\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report(?:ing)?|story|article)\b
      | ^(?:posted|written|reported|compiled)\s+by\s*:?\s+[A-Z]
      | ^(?:additional\s+)?(?:reporting|writing|editing)\s+by\b
      | ^this\s+(?:story|article|report)\s+(?:was|is)\s+(?:provided|originally\s+published
        |republished|reprinted|produced)\b
      | ^this\s+(?:story|article|report|piece)\s+(?:originally|first)\s+(?:appeared|ran)\b""",
    re.I | re.X,
)
_CONTRIBUTORS_WORDS = 40


def date_line(text: str) -> tuple[bool, dt.date | None]:
    """Whether the paragraph is only a time stamp, and the date it gives."""
    if len(text) > _STAMP_CHARS:
        return False, None
    m = _STAMP.match(text)
    rest = text[m.end() :] if m else text
    rest = re.sub(r"\s+(?:by\s+.{1,60}|\|.{1,40})$", "", rest).strip(" ,|")
    found = parse_date_line(rest) if rest else None
    if found is not None:
        return True, found
    if m and (not rest or _CLOCK.match(rest)):
        return True, None  # "Posted on", "Updated: 9.45pm": a stamp without a date
    return False, None


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) < 3 or len(letters) < 12:
        return False
    return sum(c.isupper() for c in letters) >= _SHOUTED_SHARE * len(letters)


def _headline(text: str) -> bool:
    return len(text.split()) <= _HEADLINE_WORDS and unclosed(text)


def _credit_only(text: str) -> bool:
    return bool(_CREDIT.match(text) or _NAME_SLASH_AGENCY.match(text))


def clean_paragraphs(
    paragraphs: Iterable[tuple[str, str]],
) -> tuple[list[tuple[str, str]], dt.date | None]:
    """The story's paragraphs, and the first date a date line in them gave."""
    out: list[tuple[str, str]] = []
    found: dt.date | None = None
    in_teasers = False
    begun = False  # a body paragraph of the story kept
    for kind, text in paragraphs:
        text = text.strip()
        if not text:
            continue
        if in_teasers and _headline(text):
            continue
        in_teasers = False
        if _TEASER_HEADING.match(text):
            in_teasers = True
            continue
        if _TEASER_LINK.match(text) or _credit_only(text) or _shouted(text):
            continue
        # Another story's teaser cut off or with its "… more", a list of headlines, a
        # gallery's link, a hidden address: furniture once the story has begun (a feed's
        # item may be its cut summary, "… more" and all)
        if (
            kind == "body"
            and begun
            and (
                _TRUNCATED.search(text)
                or _MORE_TAIL.search(text)
                or _HEADLINE_LIST.match(text)
                or len(text.split()) <= _FURNITURE_WORDS
                and (_GALLERY.search(text) or _HIDDEN_EMAIL.search(text))
            )
        ):
            continue
        if kind == "body" and begun and _PAGE_END.match(text):
            break
        if _DISCLOSURE.search(text) and len(text.split()) <= _DISCLOSURE_WORDS:
            continue
        if _CONTRIBUTORS.search(text) and len(text.split()) <= _CONTRIBUTORS_WORDS:
            continue
        if _PITCH.match(text) and len(text.split()) <= _PITCH_WORDS:
            continue
        if _COPYRIGHT.search(text) and len(text) <= _COPYRIGHT_CHARS:
            continue
        stamp, day = date_line(text)
        if stamp:
            found = found or day
            continue
        if kind == "body" and (_CAPTION_MARK.match(text) or _WIRE_CREDIT.search(text)):
            kind = "caption"
            text = _WIRE_CREDIT.sub("", _CAPTION_MARK.sub("", text))
        if kind == "caption":
            text = _CREDIT_TAIL.sub("", text).strip()
            if not text:
                continue
        signed = _SIGN_OFF.search(text) if kind == "body" and out else None
        if signed and signed[1].split()[0] not in _NOT_A_SIGNATURE:
            out.append((kind, text[: signed.start()].rstrip()))
            break  # what follows the writer's name is the next story of a digest page
        out.append((kind, text))
        begun = begun or kind == "body"
    return out, found
