"""Bytes to text, refusing binaries and honouring byte-order marks and declared charsets.

Undeclared text is read as UTF-8 (what today's tools write). Damaged UTF-8 is repaired with
U+FFFD and a warning rather than refused, so one bad byte never costs a whole article; a
charset the file declares but Python does not know is refused, since guessing would store
mojibake. Line ends come out as LF, so every reader (front matter, line-based formats
included) sees one kind.
"""

from __future__ import annotations

import codecs
import re

from dateline.store.formats.article import ArticleError
from dateline.store.text import unix_newlines

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = (
    re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"'\s>]{1,40})""", re.I),
    re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([^"'\s/>;]{1,40})""", re.I),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of UTF-16 text saved without a byte-order mark, judged by its NULs: in
    mostly-ASCII UTF-16 every other byte is NUL and the bytes between almost never are."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, chars, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # a few characters whose low byte is NUL ("Ā" U+0100, "一" U+4E00) still read
        if zeros.count(0) >= 0.9 * len(zeros) and chars.count(0) <= max(1, len(chars) // 100):
            return codec
    return None


def _declared(data: bytes) -> str | None:
    head = data[:4096]
    for pattern in _DECLARED:
        m = pattern.search(head)
        if m:
            return m[1].decode("ascii", "replace")
    return None


def _codec(name: str) -> str:
    """The Python codec for a declared charset name; ArticleError when unknown."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise ArticleError(f"unknown encoding {name!r} declared in the file")
    if info.name.startswith(("utf-16", "utf-32")):  # readable as ASCII, so it is not
        return "utf-8"
    return info.name


def decode(data: bytes) -> tuple[str, list[str]]:
    """The file's text and warnings about it; ArticleError for binary or empty input."""
    if not data.strip():
        raise ArticleError("empty file: no text to read")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return unix_newlines(data.decode(codec)), []
            except UnicodeDecodeError:
                raise ArticleError(
                    f"binary file, not text (invalid {codec.upper()} after its byte-order mark)"
                ) from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(f"binary file ({kind}), not text")
    if b"\x00" in data[:8192]:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise ArticleError("binary file, not text")
        try:
            return unix_newlines(data.decode(codec)), []
        except UnicodeDecodeError:
            raise ArticleError(f"binary file, not text (invalid {codec.upper()})") from None
    declared = _declared(data)
    codec = _codec(declared) if declared else "utf-8"
    warnings: list[str] = []
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, "replace")
        bad = text.count("\ufffd")
        if bad > max(16, len(text) // 10):
            raise ArticleError(f"binary file, not text (mostly invalid {codec.upper()})") from None
        label = "UTF-8" if codec == "utf-8" else codec.upper()
        warnings.append(
            f"invalid {label} (first bad byte at offset {exc.start}); "
            f"{bad} character(s) replaced with U+FFFD"
        )
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        raise ArticleError("binary file, not text (control characters)")
    return unix_newlines(text), warnings
