"""Bytes to text by evidence: a byte-order mark, then bytes that decode cleanly, then detection.

A declaration alone is not trusted: pages saved as UTF-8 often still say
`<meta charset="ISO-8859-1">`, and reading them as declared stores mojibake ("CafÃ© owner
ZoÃ«"). So valid UTF-8 is read as UTF-8 whatever the file declares; a declared charset is used
when the bytes decode cleanly under it; anything else (undeclared windows-1252, Big5, KOI8-R,
Shift-JIS…) is identified by charset-normalizer. Damaged UTF-8 — a few bad bytes in otherwise
valid UTF-8, with or without a byte-order mark — is repaired with U+FFFD and a warning rather
than refused, so one bad byte never costs a whole article. A charset the file declares but
Python does not know is refused, since guessing would store mojibake. Line ends come out as LF,
so every reader (front matter, line-based formats included) sees one kind.
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


# Labels browsers read as windows-1252 (WHATWG): its curly quotes and dashes sit in 0x80–0x9F,
# which ISO-8859-1 leaves as control characters.
_AS_WINDOWS_1252 = {"ascii", "iso8859-1", "cp1252"}
# Of the non-ASCII characters, the share that must decode as UTF-8 for bad bytes to be damage
# rather than another charset: windows-1252 or Big5 read as UTF-8 has hardly any that do.
_UTF8_SHARE = 0.5


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
    if info.name in _AS_WINDOWS_1252:
        return "cp1252"
    return info.name


def _clean(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 with a few bad bytes ("Café" then one stray \\xff): most of its non-ASCII
    sequences decode. A file with no valid one is another charset, however few its bytes."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good > 0 and good >= _UTF8_SHARE * (good + bad)


def _detected(data: bytes) -> tuple[str, str] | None:
    """(text, codec) as charset-normalizer reads bytes that are not UTF-8; None if unsure."""
    from charset_normalizer import from_bytes  # installed with trafilatura; loads on need

    best = from_bytes(data[:262_144]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    text = _clean(data, best.encoding)
    return None if text is None else (text, best.encoding)


def _repaired_utf8(data: bytes, warnings: list[str]) -> str:
    """UTF-8 with its bad bytes replaced, said in a warning; ArticleError when mostly bad."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if bad > max(16, len(text) // 10):
        raise ArticleError("binary file, not text (mostly invalid UTF-8)")
    warnings.append(
        f"invalid UTF-8 (first bad byte at offset {first}); {bad} character(s) replaced with U+FFFD"
    )
    return text


def _by_evidence(data: bytes, declared: str | None, warnings: list[str]) -> str:
    """UTF-8 when the bytes are UTF-8; else the declared charset when they decode cleanly
    under it; else what detection finds; else UTF-8 repaired."""
    codec = _codec(declared) if declared else None
    text = _clean(data, "utf-8")
    if text is not None:
        return text
    if codec and codec != "utf-8":
        text = _clean(data, codec)
        if text is None and codec == "cp1252":  # five bytes cp1252 leaves undefined
            text = data.decode("latin-1")
        if text is not None:
            return text
    if _mostly_utf8(data):
        return _repaired_utf8(data, warnings)
    found = _detected(data)
    if found is not None:
        return found[0]
    return _repaired_utf8(data, warnings)


def decode(data: bytes) -> tuple[str, list[str]]:
    """The file's text and warnings about it; ArticleError for binary or empty input."""
    if not data.strip():
        raise ArticleError("empty file: no text to read")
    warnings: list[str] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":  # the mark says UTF-8: damaged bytes are repaired alike
                text = _repaired_utf8(data[len(bom) :], warnings)
                return unix_newlines(_checked(text)), warnings
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
    text = _by_evidence(data, _declared(data), warnings)
    return unix_newlines(_checked(text)), warnings


def _checked(text: str) -> str:
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        raise ArticleError("binary file, not text (control characters)")
    return text
