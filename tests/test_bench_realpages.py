"""`bench.realpages_eval`: readers' verdicts carried over to today's timeline by sentence and
date, never to an entry they did not judge; and the shipped labels hold no page text."""

import re
from pathlib import Path

from bench.realpages_eval import LABELS, PARTS, Tally, read_labels, score_page, summary_sha
from dateline.store.library import Library

STORY = (
    "Bridge closed after crack found\n\nTuesday, April 9, 2024\n\n"
    "Engineers closed the Mill Lane bridge on Monday after finding a crack in a beam.\n\n"
    "The council said repairs would take a month.\n"
)


def _timeline(tmp_path: Path):
    page = tmp_path / "bridge.txt"
    page.write_text(STORY, encoding="utf-8")
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths([page])
    (article,) = lib.articles()
    return lib.timeline(article_id=article.id), article.id


def _label(k: int, entry, **verdict) -> dict:
    s = entry.sources[0]  # the body's sentence (the headline's is the second)
    return {
        "id": k,
        "paragraph": s.paragraph + 1,
        "start": s.start,
        "end": s.end,
        "date": entry.date,
        "dating": entry.dating,
        "type": entry.type,
        "summary_sha": summary_sha(entry.summary),
        **verdict,
    }


def test_a_verdict_carries_to_the_entry_of_its_sentence_and_date(tmp_path):
    entries, article = _timeline(tmp_path)
    assert len(entries) == 2, [e.summary for e in entries]
    closed, said = entries
    record = {
        "entries": [
            _label(1, closed, event=True, reason=None, date_verdict="right"),
            _label(2, said, event=False, reason="repeat", date_verdict=None),
        ],
        "salient": [[1], []],
    }
    tally = Tally()
    score_page(record, entries, article, tally)
    assert (tally.entries, tally.unjudged) == (2, 0)
    assert tally.dates[closed.dating]["right"] == 1
    assert tally.non_events == {"repeat": 1}
    # the second salient event no judged entry told: missing
    assert (tally.salient, tally.salient_found) == (2, 1)


def test_an_entry_dated_otherwise_than_when_judged_is_unjudged(tmp_path):
    entries, article = _timeline(tmp_path)
    closed = entries[0]
    label = _label(1, closed, event=True, reason=None, date_verdict="right")
    label["date"] = "2024-04-01"  # judged when it had another day
    tally = Tally()
    score_page({"entries": [label], "salient": [[1]]}, entries, article, tally)
    assert tally.unjudged == 2 and not tally.dates
    # the sentence is still cited: the salient event it told is found
    assert tally.salient_found == 1


def test_one_judged_entry_answers_for_one_entry_only(tmp_path):
    entries, article = _timeline(tmp_path)
    label = _label(1, entries[0], event=True, reason=None, date_verdict="wrong")
    tally = Tally()
    score_page({"entries": [label], "salient": []}, entries + entries[:1], article, tally)
    assert tally.dates[entries[0].dating]["wrong"] == 1 and tally.unjudged == 2


def test_the_shipped_labels_hold_keys_and_verdicts_not_text():
    records = read_labels(LABELS)
    assert {r["part"] for r in records} == set(PARTS)
    keys = {
        "id",
        "paragraph",
        "start",
        "end",
        "date",
        "dating",
        "type",
        "summary_sha",
        "event",
        "reason",
        "date_verdict",
    }
    for r in records:
        assert set(r) == {"set", "part", "page", "entries", "salient"}
        for e in r["entries"]:
            assert set(e) == keys
            assert re.fullmatch(r"[0-9a-f]{12}", e["summary_sha"])
            assert e["date"] is None or re.fullmatch(r"[0-9X]{2,4}[-0-9A-Z]*", e["date"]), e["date"]
            assert e["date_verdict"] in ({"right", "vague", "wrong"} if e["event"] else {None})
        ids = {e["id"] for e in r["entries"]}
        assert all(set(told) <= ids for told in r["salient"])
