"""Event mentions (`extract.eventspans`): spans, TimeML classes, hints, the shipped model,
`dateline tag --events`, and the training command on a toy corpus."""

from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from dateline.store.extract import eventspans as ev
from dateline.store.extract.eventspans import event_spans
from dateline.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _found(text: str) -> dict[str, ev.EventSpan]:
    return {e.text: e for e in event_spans(text)}


def test_reporting_and_a_future_occurrence() -> None:
    found = _found("The company said it will cut 3,000 jobs.")
    assert set(found) == {"said", "cut"}
    assert found["said"].cls == "REPORTING" and not found["said"].future
    assert found["cut"].cls == "OCCURRENCE" and found["cut"].future


@pytest.mark.parametrize(
    "text, word, hint",
    [
        ("The minister did not sign the treaty.", "sign", "negated"),
        ("The minister didn\u2019t sign the treaty.", "sign", "negated"),
        ("The mayor never resigned.", "resigned", "negated"),
        ("Nobody was injured in the blast.", "injured", "negated"),
        ("Officials may approve the merger next week.", "approve", "modal"),
        ("The court would reject such an appeal.", "reject", "modal"),
        ("If the council approves the budget, taxes will rise.", "approves", "modal"),
        ("If the council approves the budget, taxes will rise.", "rise", "future"),
        ("The ferry usually leaves at noon.", "leaves", "habitual"),
        ("The firm agreed to buy the rival for 2 billion dollars.", "buy", "intended"),
        ("The minister is expected to resign on Friday.", "resign", "intended"),
    ],
)
def test_hints_mark_what_did_not_plainly_happen(text: str, word: str, hint: str) -> None:
    span = _found(text)[word]
    assert getattr(span, hint)
    assert [h for h in ev.HINTS if getattr(span, h)] == [hint]


@pytest.mark.parametrize(
    "text, events",
    [
        ("Rebels attacked the town on Friday and seized the airport.", {"attacked", "seized"}),
        ("Police arrested two men after the robbery.", {"arrested", "robbery"}),
        ("He was born in 1955 and died in 2011.", {"born", "died"}),
    ],
)
def test_plain_past_events_have_no_hints_and_names_are_not_events(
    text: str, events: set[str]
) -> None:
    found = _found(text)
    assert set(found) == events
    assert not any(getattr(e, h) for e in found.values() for h in ev.HINTS)


@pytest.mark.parametrize(
    "text, hinted, plain",
    [
        ("The board did not meet, and the chairman resigned on Monday.", "meet", "resigned"),
        ("Police would not say how many people died.", "say", "died"),
    ],
)
def test_a_hint_stays_with_its_own_verb(text: str, hinted: str, plain: str) -> None:
    found = _found(text)
    assert found[hinted].negated
    assert not any(getattr(found[plain], h) for h in ev.HINTS)


def test_offsets_index_the_text() -> None:
    text = "Caf\u00e9 owners\u2019 union said on Monday it had called off the strike.\r\n"
    spans = event_spans(text)
    assert {e.text for e in spans} >= {"said", "strike"}
    for e in spans:
        assert text[e.start : e.end] == e.text
        assert e.cls in ev.CLASSES
    assert [e.start for e in spans] == sorted(e.start for e in spans)


@pytest.mark.parametrize("text", ["", "   \n", "2018-01-24", "\u2014 \u2014"])
def test_nothing_to_find(text: str) -> None:
    assert event_spans(text) == []


def test_the_fast_score_is_the_sum_of_the_features_weights() -> None:
    """`detect` sums cached per-form parts; it must agree with the feature list the model
    was trained on, or training and use would silently differ."""
    m = ev.model()
    text = "Shares of the bank fell 5% in early trading after it did not report its results."
    fs = ev.forms([t[2] for t in ev.tokens(text)])
    slow = [
        i
        for i in range(len(fs) - 4)
        if m.bias + sum(m.binary.get(f, 0.0) for f in ev.features(fs, i)) > 0.0
    ]
    assert ev.detect(fs, m) == slow
    assert slow  # the sentence does hold events
    for i in slow:
        totals = [0.0] * len(m.classes)
        for f in ev.features(fs, i):
            for k, x in enumerate(m.cls.get(f, ())):
                totals[k] += x
        assert ev.classify(fs, i, m) == m.classes[totals.index(max(totals))]


def test_the_model_and_word_lists_ship_in_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["dateline.store.extract"]
    data = ROOT / "store" / "extract" / "data"
    files = [p.relative_to(data.parent).as_posix() for p in data.iterdir() if p.is_file()]
    assert {ev.MODEL_PATH.name, ev.WORDS_PATH.name} <= {Path(f).name for f in files}
    for f in files:
        assert any(fnmatch.fnmatch(f, pat) for pat in patterns), f"{f} is not package data"


def test_tag_events_offsets_point_into_the_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "t.txt"
    text = "Caf\u00e9 news\r\n\r\nThe council voted on Monday to ban cars.\r\nIt will not appeal."
    path.write_bytes(text.encode("utf-8"))
    code = main(["tag", str(path), "--events", "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {f["text"] for f in found} >= {"voted", "ban", "appeal"}
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["class"] in ev.CLASSES
    assert next(f for f in found if f["text"] == "appeal")["hints"] == ["negated", "future"]


_PROBE = """
import sys
from dateline.tui.cli import main
code = main({argv!r})
heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {{'textual', 'sqlalchemy'}})
print('LOADED', heavy, code, 'dateline.store.extract.eventspans' in sys.modules, file=sys.stderr)
"""


@pytest.mark.parametrize("events", [False, True])
def test_tag_loads_the_event_model_only_for_events(tmp_path: Path, events: bool) -> None:
    path = tmp_path / "t.txt"
    path.write_text("The mayor resigned on Monday.\n", encoding="utf-8")
    argv = ["tag", str(path), "--format", "json"] + (["--events"] if events else [])
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(argv=argv)], capture_output=True, text=True
    )
    assert done.stderr.strip().splitlines()[-1] == f"LOADED [] 0 {events}", done.stderr
    assert ("resigned" if events else "Monday") in done.stdout


_TML = """<?xml version="1.0" ?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03">2001-02-03</TIMEX3></DCT>
<TEXT>{body}</TEXT>
</TimeML>
"""
_SENTENCES = [
    'The guards <EVENT eid="e1" class="OCCURRENCE">zorbled</EVENT> the gate and a clerk '
    '<EVENT eid="e2" class="REPORTING">flumped</EVENT> that the wall stood.',
    'A clerk <EVENT eid="e1" class="REPORTING">flumped</EVENT> that the guards had '
    '<EVENT eid="e2" class="OCCURRENCE">zorbled</EVENT> the door.',
]


def test_training_is_deterministic_and_learns_the_toy_corpus(tmp_path: Path) -> None:
    from bench import train_events

    for corpus in ("TimeBank", "AQUAINT"):
        for k in range(4):
            folder = tmp_path / "tbaq" / corpus
            folder.mkdir(parents=True, exist_ok=True)
            body = " ".join(_SENTENCES[(k + j) % 2] for j in range(3))
            (folder / f"doc{k}.tml").write_text(_TML.format(body=body), encoding="utf-8")
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        assert train_events.main([str(tmp_path / "tbaq"), "--out", str(out)]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    m = ev.Model.from_json(json.loads(outs[0].read_text(encoding="utf-8")))
    text = "A clerk flumped that the guards had zorbled the door."  # a training sentence
    found = {e.text: e.cls for e in event_spans(text, m)}
    assert found == {"flumped": "REPORTING", "zorbled": "OCCURRENCE"}


def test_asking_one_word_agrees_with_reading_the_whole_text():
    """`Detected` scores only the words it is asked about; its answers must be those of
    `event_spans` over the whole text, for every word."""
    from dateline.store.extract.eventspans import _TOKEN, Detected, event_spans

    text = (
        "The company said on Monday it had cut 3,000 jobs after the merger, and the union "
        "did not strike. Officials expect the plant to reopen in May; the attack was over."
    )
    whole = {e.start: e.cls for e in event_spans(text)}
    asked = Detected(text)
    for m in _TOKEN.finditer(text):
        assert asked.cls(m.start()) == whole.get(m.start()), m.group()
