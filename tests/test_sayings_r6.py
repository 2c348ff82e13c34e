"""Junk sayings: a speech verb that tells no one's saying here."""

from __future__ import annotations

from dateline.store.extract.article import extract
from dateline.store.formats.article import parse_article


def _events_of_text(body, published="Wednesday, November 8, 2023"):
    """[(sentence, event)] of an article of invented paragraphs."""
    article = parse_article(f"Title\n{published}\n\n{body}\n")
    found = extract(article)
    return [
        (p.text[e.sent_start : e.sent_end], e)
        for p, x in zip(article.paragraphs, found.paragraphs, strict=True)
        for e in x.events
    ]


def _types(events, contains):
    return [e.type for sentence, e in events if contains in sentence]


def test_a_report_in_the_passive_with_no_agent_is_no_saying():
    """ "Six new cases were reported on Monday", "Long delays were reported at two airports
    on Tuesday": what happened or was counted, told by no one; no statement. With its agent
    ("were reported by the council") it is a saying; "by Monday" is no agent, and other
    speech verbs keep their passive ("The merger was announced on Friday")."""
    events = _events_of_text(
        "The town's clinics extended their opening hours on Monday.\n\n"
        "Six new flu cases were reported on Monday in the northern district.\n\n"
        "Long delays were reported at two airports in the region on Tuesday.\n\n"
        "Nine cases were reported by Sunday in the three valley towns.\n\n"
        "The new fares were reported by the council on Monday.\n\n"
        "The merger of the two banks was announced on Friday.\n\n"
        "The ministry reported on Monday that the school would reopen."
    )
    assert "statement" not in _types(events, "Six new flu cases"), events
    assert "statement" not in _types(events, "Long delays"), events
    assert "statement" not in _types(events, "Nine cases"), events
    assert _types(events, "Long delays") == ["other"]
    assert [e.date for s, e in events if "Long delays" in s] == ["2023-11-07"]
    assert _types(events, "The new fares") == ["statement"]
    assert _types(events, "The merger") == ["statement"]
    assert _types(events, "The ministry reported") == ["statement"]
