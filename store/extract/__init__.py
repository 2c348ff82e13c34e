"""Extraction: one article's text → its time expressions and events, by rule, offline.

    sentences.py  sentence spans (abbreviation- and quote-aware, of bounded length)
    temporal/     the TIMEX3 tagger: vocabularies and rules as data, engine, normalisation
    lexicon.py    every word list the rules read: verb forms, function words, titles, places
    taxonomy.py   event types with the verbs and nouns that report them
    verbs.py      the verb table; whether a word is a verb here, its tense, aspect and mood
    clauses.py    tokens, quoted speech masked, clauses, what a speech verb reports
    dating.py     an event's date, with the reason (`dating`): explicit, inferred, before, after
    summaries.py  one line per event: the speaker and quote, or the clause around the trigger
    actors.py     people, organisations and products by rule; whether a name means an entity
    discourse.py  what a story carries between sentences: who "he" is, the lead time
    sentence.py   one sentence as events reads it: masked quotes, names, dates, who takes part
                  in an event found there and the line that sums it up
    grammar.py    small grammar tests the event checks share (the word before a verb, passives)
    figures.py    verbs that tell a figure, not a happening: counts, shares, records, polls
    states.py     words that describe: participles as adjectives, qualities, habits, traits
    guesses.py    predictions, expectations, hedged pasts and open questions: no entry
    writers.py    the writer and the site at work ("I have talked with …", bylines): no entry
    sayings.py    when a saying was made: the dated occasion an undated "said" belongs to
    story_time.py the story's clock: sequels, flashbacks, scenes, "before"/"after"/"since"
    events.py     events per sentence: found, typed, and put together from the modules above
    article.py    `extract(article)`: one article → time expressions and events per paragraph

Work is linear in the text: every stage is bounded per sentence, and the tagger reads at most
a window at a time, so a 10 MB paragraph costs ten times a 1 MB one.

Pure functions of text: imports only `formats.article` (the article shape), `dates` and
`text`; never the database, import, read side or UI (checked by `tests/test_layers.py`).
"""
