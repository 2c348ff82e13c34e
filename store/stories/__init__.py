"""Stories: the library's articles grouped into developing stories ("Jobs takes medical
leave", "Jobs resigns", "Jobs dies" — one story), for the story list.

    features.py    what an article is compared by: its words, its actors (from the library)
    background.py  how common a word is in general English: the rarity a library starts with
    group.py       `group_new`: place the articles not grouped yet; `forget`: take some out
    describe.py    what the story list shows of a story: a member's headline, span, actors

Grouping runs after an import, never inside it (`group_new` from the reader's worker and the
`stories` command); an import only calls `forget` for the articles it replaces.

May import `db` and `extract` (word lists, actor names); never `ingest` or `library`
(`ingest` calls `forget`).
"""
