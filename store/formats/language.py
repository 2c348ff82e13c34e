"""Which language an article is written in, offline: py3langid's model, shipped inside the
package (no download), behind a cheap test that settles most English text without it.

Dateline reads dates and events in English only: on a German page its rules find nothing or
nonsense (a German sentence typed `death`). Knowing the language lets the import store the
article with an empty timeline and say why, instead of a wrong one.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.store.formats.article import ParsedArticle

READ = frozenset({"en"})  # the languages whose dates and events Dateline reads
SAMPLE_CHARS = 3000  # of the title and the first paragraphs: enough to tell, cheap to score
MIN_WORDS = 12  # fewer words than this: too little to tell, read as English
CONFIDENT = 0.9  # the model's probability below which the language is left unknown
# English function words: text where they are this share of the words is English, no model
# needed (news prose runs at 30–45 %; German, French, Spanish at a few percent, from
# shared spellings such as "in", "a", "on").
_ENGLISH = frozenset(
    """the of and to in a is was for on that with as by at from it his her he she they
    has have had were are be been said will would not but an this which who their its
    after over about than more into also could when there""".split()
)
ENGLISH_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")
# The same words of an ASCII text, found faster: `[^\W\d_]` is a slow test of each
# character, while an ASCII text's letters are [A-Za-z] and the rest can be made spaces to
# split on. Typographic punctuation common in English news (quotes, dashes, a non-breaking
# space, £ and €: none of it a letter, so a word boundary either way) is made a space first,
# so that most English samples take the fast way.
_TYPOGRAPHY = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\xa0\xa3\u20ac]")
_NOT_LETTERS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalpha()})

NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ka": "Georgian", "ko": "Korean",
    "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ms": "Malay", "mt": "Maltese", "nb": "Norwegian", "nl": "Dutch",
    "nn": "Norwegian", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "th": "Thai",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip


def name(code: str) -> str:
    """ "de" → "German"; a code without a name here is shown as itself."""
    return NAMES.get(code, code)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # ~1 s: only when needed

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(article: ParsedArticle) -> str:
    parts, size = [article.title], len(article.title)
    for p in article.paragraphs:
        if p.kind == "body":
            parts.append(p.text)
            size += len(p.text)
            if size >= SAMPLE_CHARS:
                break
    return " ".join(parts)[:SAMPLE_CHARS]


def _words(text: str) -> list[str]:
    """`_WORD.findall(text)`, the fast way when the text is ASCII but for its typography."""
    if not text.isascii():
        plain = _TYPOGRAPHY.sub(" ", text)
        if not plain.isascii():
            return _WORD.findall(text)
        text = plain
    return text.translate(_NOT_LETTERS).split()


def detect(article: ParsedArticle) -> str | None:
    """The article's language as an ISO 639-1 code ("de"), or None when the text is too
    short or the model unsure (then it is read as English)."""
    sample = _sample(article)
    words = _words(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    # (`map` of the set's own test: a third of the time of a generator over ~500 words)
    if sum(map(_ENGLISH.__contains__, words)) >= ENGLISH_SHARE * len(words):
        return "en"
    code, probability = _identifier().classify(sample)
    return code if probability >= CONFIDENT else None


def unread(code: str | None) -> str | None:
    """Why an article's dates and events are not read — "German: dates and events are read
    in English only" — or None when they are."""
    if code is None or code in READ:
        return None
    return f"{name(code)}: dates and events are read in English only"
