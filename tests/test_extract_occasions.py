"""kg.extract.occasions: a speech to someone, named as the occasion of a clause, is its subject's."""

import pytest

from tests.extract_helpers import event_roles, one_event


def test_a_speech_to_an_audience_is_the_clause_subjects(nlp):
    # bbc/politics/268
    event = one_event(nlp, "Mr Milburn gave more details of planned reforms in a speech to Labour's Fabian Society.", "speech")
    assert event_roles(event).get("agent") == ["Mr Milburn"]


@pytest.mark.parametrize("sentence", [
    # A speech by someone else, or one the passive clause's subject only heard.
    "The plan was praised in a speech to the CBI by Mr Brown.",
    "Ministers were told in a speech to the Commons that the plan would go ahead.",
])
def test_a_speech_with_its_own_doer_or_under_a_passive_takes_no_subject(nlp, sentence):
    agents = event_roles(one_event(nlp, sentence, "speech")).get("agent", [])
    assert "The plan" not in agents and "Ministers" not in agents

