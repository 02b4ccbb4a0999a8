"""A relative clause's event that says nothing but the noun it modifies is left out
(kg.extract.fragments); one with a name, a number or a date of its own is kept."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


@pytest.mark.parametrize(("sentence", "lemma"), [
    # business/261, business/268: which people, which risks, no event
    ("According to estimates from India, only one-quarter of those affected there were wealthy enough to afford "
     "insurance.", "affect"),
    ("Investing for children helps to reduce the risks associated with investing in shares.", "associate"),
])
def test_a_bare_relative_clause_is_no_event(nlp, sentence: str, lemma: str) -> None:
    events = _events(nlp, sentence)
    assert lemma not in [event.lemma for event in events], [(e.lemma, event_roles(e)) for e in events]


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # an agent, a date: the clause tells something
    ("Opec has helped rebuild US stocks hit by supply disruptions after Hurricane Ivan in September.", "hit",
     "agent", "supply disruptions"),
    ("All children born after 1st September 2002 will be eligible.", "bear", "time", "1st September 2002"),
    # a content clause: what the news is, not which news
    ("Oil prices have fallen after news that US crude stocks have improved.", "improve", "theme", "US crude stocks"),
])
def test_a_relative_clause_that_says_something_stays(nlp, sentence: str, lemma: str, role: str, text: str) -> None:
    events = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert events and any(text in argument for argument in event_roles(events[0]).get(role, []))
