"""What an estimate is of (kg.extract.estimates): "raised targets for its fields" keeps
"for its fields" in the theme, no reason of the raising; a time stays a time."""

from __future__ import annotations

import pytest

from kg.records import Document
from tests.extract_helpers import event_roles


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert len(events) == 1, events
    return event_roles(events[0])


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    ("The company raised targets for its Mangala and Aishwariya fields in India from 60,000 barrels a day to "
     "between 80,000 and 100,000 barrels a day.", "raise",
     {"theme": ["targets for its Mangala and Aishwariya fields in India"], "reason": None,
      "new_value": ["between 80,000 and 100,000 barrels a day"]}),
    ("The agency cut its forecasts for oil demand in Asia.", "cut",
     {"theme": ["its forecasts for oil demand in Asia"], "reason": None}),
    ("The watchdog will revise its output estimates from Russia.", "revise",
     {"theme": ["its output estimates from Russia"], "source": None}),
    # a time is when, not what the forecast is of
    ("The IMF raised its growth forecast for 2005 to 2.5%.", "raise",
     {"theme": ["its growth forecast"], "time": ["2005"], "new_value": ["2.5%"]}),
])
def test_an_estimate_keeps_what_it_is_of(nlp, sentence, lemma, expected):
    have = _roles(nlp, sentence, lemma)
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)
