"""`bench.replay_calls`: a function's calls recorded while articles are extracted, replayed
on the current and a base version, which must agree."""

from pathlib import Path

from bench.replay_calls import main

ROOT = Path(__file__).resolve().parents[1]


def test_replay_times_a_function_and_compares_it_with_a_base(capsys):
    assert main(["dateline.store.extract.clauses", "tokenise", "--articles", "3"]) == 0
    assert "ms/article" in capsys.readouterr().out
    # the checkout itself as the base: the same function, the same results
    argv = ["dateline.store.text", "may_hold", "--articles", "3", "--base", str(ROOT)]
    assert main(argv) == 0
    assert "same results" in capsys.readouterr().out


def test_replay_copies_a_method_object_at_its_call(capsys):
    argv = ["dateline.store.extract.discourse", "kind", "--class", "Discourse", "--articles", "3"]
    assert main(argv) == 0
    assert "calls in 3 articles" in capsys.readouterr().out
