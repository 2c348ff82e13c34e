"""MHTML (`.mhtml`, `.mht`): a page saved by a browser as one MIME message, the HTML in its
first `text/html` part (quoted-printable or base64), pictures and styles in the others.

The part's bytes are decoded by evidence like any file's (`decode`), then read as a page.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace

from dateline.store.formats import html
from dateline.store.formats.article import ArticleError
from dateline.store.formats.common import Entry, Warn, one_line
from dateline.store.formats.decode import decode

# The headers a browser writes before the parts: how a misnamed .mhtml is recognised.
HEADERS = re.compile(
    r"\A(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*){1,40}?"
    r"(?i:content-type):\s*multipart/related",
)


def _page(message) -> tuple[bytes, str | None] | None:
    """The HTML part's bytes and the address it was saved from."""
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                where = message["Snapshot-Content-Location"] or part["Content-Location"]
                return payload, one_line(where, 2000)
    return None


def read(text: str, warn: Warn) -> list[Entry]:
    message = email.message_from_string(text, policy=email.policy.compat32)
    found = _page(message)
    if found is None:
        raise ArticleError("MHTML file without an HTML page in it")
    payload, url = found
    page, warnings = decode(payload)
    for w in warnings:
        warn(w)
    return [
        Entry(
            e.article and replace(e.article, format="mhtml", url=e.article.url or url),
            e.error,
            e.where,
        )
        for e in html.read(page, warn)
    ]
