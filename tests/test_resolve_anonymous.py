"""Events that name no one and nothing are not kept (kg.resolve.anonymous); a value's
change, an agent, a name inside a participant's words, a figure or a time keep one."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _lemmas(nlp, text: str) -> set[str]:
    return {event.lemma for event in resolve(extract(Document(id="t", text=text), nlp(text))).events}


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        # "buying a home": who bought which home? The fall of its cost is a value's change: kept.
        ("The cost of buying a home fell in seven out of 10 regions between the third and fourth quarters of 2004.",
         "buy", "fall"),
        ("It is likely that the most efficient way of heating the building is with electricity.", "heat", None),
        ("The scheme has been set up to reward developing countries that embrace good governance.", "set up", None),
    ],
)
def test_an_event_naming_no_one_is_not_kept(nlp, text, dropped, kept):
    lemmas = _lemmas(nlp, text)
    assert dropped not in lemmas, lemmas
    assert kept is None or kept in lemmas, lemmas


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The scheme was set up by the World Bank in 2002.", "set up"),  # a named agent
        ("The new service will be rolled out in March.", "roll out"),  # a time
        # how long it took (kg.extract.timephrases: a duration) keeps it as a time did
        ("The demonstrations quickly spread nationwide, descending into violence within several days.", "descend"),
    ],
)
def test_an_event_with_a_name_an_agent_or_a_time_is_kept(nlp, text, kept):
    assert kept in _lemmas(nlp, text)
