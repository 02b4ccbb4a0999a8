"""A "which" clause the parser hung on a person is the body the person's apposition names
(kg.extract.appositiverelatives), on sentences of BBC news."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _agent(nlp, sentence: str, lemma: str) -> list[str] | None:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0]).get("agent")


def test_which_after_a_persons_apposition_is_the_body(nlp):
    # BBC tech: the research firm monitors the markets, not its director
    sentence = ('"The UK is the largest display market in Europe," according to John Binks, director of GfK, '
                "which monitors global consumer markets.")
    assert _agent(nlp, sentence, "monitor") == ["GfK"]


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business, paraphrased: a firm NER read as a person, no apposition: stays
    ("Shares in Marsh McLennan, which brokers insurance deals, fell sharply.", "broker", ["Marsh McLennan"]),
    # BBC entertainment: the parser hung the clause on the distributor itself
    ('"We certainly had higher expectations," said Rob Schwartz, head of distribution for Newmarket Films, '
     "which released The Passion of the Christ.", "release", ["Newmarket Films"]),
    # "who" is left as the parser hung it
    ("The award went to Ken Livingstone, mayor of London, who backed the Olympic bid.", "back", ["Ken Livingstone"]),
])
def test_other_relatives_are_read_as_before(nlp, sentence, lemma, agent):
    assert _agent(nlp, sentence, lemma) == agent


def test_who_hung_on_a_person_named_in_anothers_apposition_is_no_one(nlp):
    # BBC entertainment (entertainment/346): son or father may have inherited; neither is read
    sentence = "At number one is Dhani Harrison, son of the late Beatle George Harrison, who has inherited £140m."
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == "inherit"]
    assert not any("George Harrison" in agent for event in found for agent in event_roles(event).get("agent") or [])
