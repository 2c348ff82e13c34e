"""Word lists for telling a speech verb's passive with no speaker from a saying.

Kept apart from the lexicon for now (a later review may move them there)."""

# Speech verbs whose passive with no agent tells that something happened or was counted,
# not that anyone spoke: "Six new cases were reported on Monday", "Long delays were reported
# at two airports" (the cases and the delays are the news; no one is quoted). With an agent
# it is a saying again: "The fares were reported by the council on Monday". Not "announce"
# or "confirm": "The merger was announced on Friday" is still someone's announcement.
OCCURRED_WHEN_PASSIVE = frozenset({"report"})

# Words after "by" that make it a deadline or a margin, not an agent: "were reported by
# Monday", "by noon", "by 5pm", "by the end of the week", "by far".
NOT_AGENT_AFTER_BY = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december noon midnight midday tonight
    today tomorrow yesterday then now far end close middle start time
    """.split()
)

# The words that join two nouns into a plural subject: "the fuel and labour estimates",
# "contract or transfer talks" take no "-s" verb after them (`verbs._after_paired_nouns`).
PAIRING_WORDS = frozenset({"and", "or"})
