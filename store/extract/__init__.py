"""Extraction: one article's text → its time expressions and events, by rule, offline.

    sentences.py  sentence spans (abbreviation- and quote-aware)
    temporal/     the TIMEX3 tagger: vocabularies and rules as data, engine, normalisation
    lexicon.py    word lists for events and actors: verb forms, auxiliaries, titles, places
    taxonomy.py   event types with the verbs and nouns that report them
    actors.py     people, organisations and products by rule; whether a name means an entity
    discourse.py  what a story carries between sentences: who "he" is, the lead time
    events.py     events per sentence, anchored in time with the reason (`dating`)
    article.py    `extract(article)`: one article → time expressions and events per paragraph

Pure functions of text: imports only `formats.article` (the article shape), `dates` and
`text`; never the database, import, read side or UI (checked by `tests/test_layers.py`).
"""
