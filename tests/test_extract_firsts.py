"""Who did what a ranked noun's infinitive tells: the subject of the copula that ranks it
("has become the first star to be evicted": kg.extract.firsts), on sentences of BBC news."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "role", "doer"), [
    # BBC entertainment: the one ranked did it, not "the first star"
    ("Jackie Stallone has become the first star to be evicted from Celebrity Big Brother.", "evict", "patient",
     "Jackie Stallone"),
    ("Coronation Street has become the first soap to triumph at the South Bank Show Awards.", "triumph", "agent",
     "Coronation Street"),
    # BBC sport
    ("Jennifer Capriati has become the third leading lady to withdraw from the Australian Open.", "withdraw", "agent",
     "Jennifer Capriati"),
    ("Carlos Moya became the first man to successfully defend the Chennai Open title.", "defend", "agent",
     "Carlos Moya"),
    # BBC tech: a superlative of order
    ("Disney is the latest studio to announce its choice of format.", "announce", "agent", "Disney"),
])
def test_the_ranked_subject_did_it(nlp, sentence, lemma, role, doer):
    assert _roles(nlp, sentence, lemma).get(role) == [doer]


@pytest.mark.parametrize(("sentence", "lemma", "role", "doer"), [
    # a modal: not done yet (BBC entertainment, "will become the first cinematic institution to receive")
    ("Shochiku film studios could become the first studio to receive the award.", "receive", "agent",
     "Shochiku film studios"),
    # a noun of intent or choice: no deed of the one ranked (BBC entertainment)
    ("The new film is the latest attempt to turn children's television into box-office gold.", "turn", "agent",
     "The new film"),
    # a people's word for one person (BBC sport): resolution would make it the people
    ("Aged 18, the Mallorcan became the youngest player to win the Davis Cup.", "win", "agent", "the Mallorcan"),
    # what the subject hopes to be (BBC sport)
    ("Ferrero hopes to be the first player to win the title twice.", "win", "agent", "Ferrero"),
])
def test_no_deed_is_lent_the_ranked_subject(nlp, sentence, lemma, role, doer):
    roles = {event.lemma: event_roles(event) for event in sentence_events(nlp, sentence)}
    assert roles.get(lemma, {}).get(role) != [doer], roles
