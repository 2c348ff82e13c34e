"""TimeML (`.tml`) research documents: the DCT is the publication date, `<TEXT>` the body.

Parsed with defusedxml, which refuses entity declarations and external references, so an
entity bomb or an external entity is reported instead of expanded or fetched.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from dateline.store.formats.article import ArticleError
from dateline.store.formats.common import Entry, Warn, build, one_line, paragraphs_of

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].upper() if isinstance(tag, str) else ""


def read(text: str, warn: Warn) -> list[Entry]:
    try:
        root = SafeET.fromstring(
            _XML_DECL.sub("", text, count=1), forbid_dtd=False, forbid_entities=True
        )
    except defusedxml.EntitiesForbidden:
        raise ArticleError(
            "XML entity declarations refused (possible entity bomb or external entity)"
        ) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise ArticleError("external XML references refused (never fetched)") from None
    except ParseError as exc:
        raise ArticleError(f"malformed TimeML: {one_line(exc, 120)}") from None
    except (ValueError, RecursionError) as exc:
        raise ArticleError(f"malformed TimeML: {one_line(exc, 120) or 'unreadable'}") from None
    elements = {_local(el.tag): el for el in reversed(list(root.iter()))}
    body = elements.get("TEXT")
    if body is None:
        raise ArticleError("TimeML document without a <TEXT> element")
    dct = None
    dct_el = elements.get("DCT")
    if dct_el is not None:
        for timex in dct_el.iter():
            if timex.get("value"):
                dct = timex.get("value")
                break
        dct = dct or "".join(dct_el.itertext())
    title_el = elements.get("TITLE")  # else build() takes the text's opening words
    title = "".join(title_el.itertext()) if title_el is not None else None
    paragraphs = [("body", p) for p in paragraphs_of("".join(body.itertext()))]
    return [
        Entry(
            build(
                fmt="timeml",
                title=title,
                paragraphs=paragraphs,
                published=_dct_date(dct),
                source=one_line("".join(elements["SOURCE"].itertext()))
                if "SOURCE" in elements
                else None,
            )
        )
    ]


def _dct_date(value: str | None) -> str | None:
    """TimeML writes DCTs as 1998-02-06 or 19980206 (sometimes with a time)."""
    if not value:
        return None
    m = re.search(r"(\d{4})-?(\d\d)-?(\d\d)", value)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else value
