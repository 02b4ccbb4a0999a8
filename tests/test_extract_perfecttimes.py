"""A present perfect coordinated with a simple past takes no time from it
(kg.extract.perfecttimes): "shut its office last year and has withdrawn" - the withdrawal
is not dated last year. Real sentences (BBC business/357, tech/317, business/403)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    (event,) = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    return event_roles(event)


@pytest.mark.parametrize(("sentence", "past", "perfect"), [
    ("The OSI shut its office in Moscow last year and has withdrawn from Uzbekistan and Belarus.", "shut", "withdraw"),
    ("It launched its DS handheld in Japan and the US last year and has sold 2.8 million units.", "launch", "sell"),
])
def test_a_perfect_takes_no_time_from_a_past(nlp, sentence, past, perfect):
    assert _roles(nlp, sentence, past).get("time") == ["last year"]
    assert "time" not in _roles(nlp, sentence, perfect), _roles(nlp, sentence, perfect)


def test_two_pasts_share_their_time(nlp):
    sentence = "The company emerged from Chapter 11 protection last year and changed its name to MCI Inc."
    assert _roles(nlp, sentence, "emerge").get("time") == ["last year"]
    assert _roles(nlp, sentence, "change").get("time") == ["last year"]
