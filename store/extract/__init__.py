"""Extraction: one article's text → its time expressions and events, by rule, offline.

    sentences.py  sentence spans (abbreviation- and quote-aware, of bounded length)
    temporal/     the TIMEX3 tagger: vocabularies and rules as data, engine, normalisation
    lexicon.py    word lists for events and actors: verb forms, auxiliaries, titles, places
    taxonomy.py   event types with the verbs and nouns that report them
    actors.py     people, organisations and products by rule; whether a name means an entity
    discourse.py  what a story carries between sentences: who "he" is, the lead time
    events.py     events per sentence, anchored in time with the reason (`dating`)
    article.py    `extract(article)`: one article → time expressions and events per paragraph

Work is linear in the text: every stage is bounded per sentence, and the tagger reads at most
a window at a time, so a 10 MB paragraph costs ten times a 1 MB one.

Pure functions of text: imports only `formats.article` (the article shape), `dates` and
`text`; never the database, import, read side or UI (checked by `tests/test_layers.py`).
"""
