"""What a person types into search, read into terms, then written for each engine.

People type words with apostrophes and hyphens (`Apple's`, `co-founder`), "quoted
phrases", `-word` or `NOT word` to leave a word out, `OR` between alternatives and
`prefix*`. Nothing typed ever reaches FTS5 or tsquery as syntax: every term becomes a
quoted FTS5 phrase, or a bound parameter of PostgreSQL's own text-to-query functions. A
query that cannot match anything (only exclusions, nothing but punctuation) raises
`SearchError` with a sentence saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class SearchError(ValueError):
    """A query that cannot be searched for; the message is meant for the reader."""


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # the words as typed (a phrase when quoted, or one hyphenated word)
    prefix: bool = False  # `word*`: any word starting so

    @property
    def words(self) -> list[str]:
        """The term's words as the indexes split them (letters and digits)."""
        return re.findall(r"\w+", self.text)


@dataclass(frozen=True, slots=True)
class Query:
    """Every group must match (AND); a group matches when one of its terms does (OR); no
    excluded term may match."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = field(default=())

    @property
    def terms(self) -> list[Term]:
        return [t for group in self.groups for t in group]


_TOKENS = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse(typed: str) -> Query:
    """Read a typed query; raises `SearchError` when it can match nothing."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    negate = join = False
    for match in _TOKENS.finditer(typed):
        minus, quoted, word = match.groups()
        if word is not None:
            if word == "NOT":
                negate = True
                continue
            if word == "OR" and groups:
                join = True
                continue
            if word == "AND":
                continue
            if word.startswith("-") and len(word) > 1:
                negate, word = True, word[1:]
            prefix = word.endswith("*")
            term = Term(word.rstrip("*"), prefix)
        else:
            negate = negate or bool(minus)
            term = Term(quoted)
        if not term.words:
            continue  # punctuation alone: nothing to look for
        if negate:
            excluded.append(term)
        elif join:
            groups[-1].append(term)
        else:
            groups.append([term])
        negate = join = False
    if not groups:
        shown = " ".join(typed.split())
        if excluded:
            raise SearchError(
                f"Nothing to look for in {shown!r}: NOT and -word only leave words out; "
                "add a word to find (e.g. apple NOT corps)."
            )
        raise SearchError(f"Nothing to look for in {shown!r}: type a word or a phrase.")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _fts5_term(term: Term) -> str:
    """A term as an FTS5 phrase: its words quoted (the tokenizer splits them as it split
    the text), `*` after the phrase for a prefix."""
    phrase = '"' + " ".join(term.words) + '"'
    return phrase + ("*" if term.prefix else "")


def fts5(query: Query) -> str:
    """The query in FTS5 syntax, built only from quoted phrases and operators."""
    groups = []
    for group in query.groups:
        alternatives = " OR ".join(_fts5_term(t) for t in group)
        groups.append(f"({alternatives})" if len(group) > 1 else alternatives)
    wanted = " AND ".join(groups)
    for term in query.excluded:
        wanted = f"({wanted}) NOT {_fts5_term(term)}"
    return wanted


def tsquery(query: Query, config: str = "english") -> tuple[str, dict[str, str]]:
    """The query as a PostgreSQL tsquery expression and its parameters: every term is
    passed to `phraseto_tsquery` (or, for a prefix, a bare word with `:*`), never parsed
    as query syntax."""
    params: dict[str, str] = {}

    def one(term: Term) -> str:
        name = f"q{len(params)}"
        if term.prefix:
            params[name] = term.words[-1].lower()  # letters and digits only: safe in to_tsquery
            prefix = f"to_tsquery('simple', :{name} || ':*')"
            if len(term.words) == 1:
                return prefix
            head = f"q{len(params)}"
            params[head] = " ".join(term.words[:-1])
            return f"(phraseto_tsquery('{config}', :{head}) <-> {prefix})"
        params[name] = " ".join(term.words)
        return f"phraseto_tsquery('{config}', :{name})"

    groups = [" || ".join(one(t) for t in group) for group in query.groups]
    expression = " && ".join(f"({g})" for g in groups)
    for term in query.excluded:
        expression = f"({expression}) && !!({one(term)})"
    return expression, params


def matches(query: Query, body: str) -> bool:
    """Whether `body` satisfies the query, by plain case-insensitive substrings (the
    fallback for engines without a full-text index)."""
    words = " ".join(re.findall(r"\w+", body.lower()))  # once, not once per term

    def found(term: Term) -> bool:
        return " ".join(term.words).lower() in words

    return all(any(found(t) for t in group) for group in query.groups) and not any(
        found(t) for t in query.excluded
    )
