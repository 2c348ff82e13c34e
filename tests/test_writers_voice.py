"""The writer's own voice and the site's furniture make no timeline entry (invented news)."""

from __future__ import annotations

from conftest import sentence_events


def test_a_sign_off_of_the_sites_own_coverage_makes_no_entry_at_all():
    """ "We will pause our live coverage here, but will be back … as the search goes on": the
    site signing off, none of its clauses a happening; a release of a gallery by the police
    is still one."""
    events = sentence_events(
        "We will leave our coverage here for today, but will be back at dawn (around 5am GMT) "
        "with further updates as the hunt for the trawler continues.\n\n"
        "Police released a gallery of photos of the trawler as the search continues.",
        lead=True,
    )
    sources = [s for s, _e in events]
    assert not any(s.startswith("We will leave") for s in sources), sources
    assert any(s.startswith("Police released") for s in sources), sources
