"""An opportunity taken or declined settles its act as a chance does, and a chance still to be
taken settles nothing (kg.extract.chances, kg.extract.contents), read from unseen BBC sentences
(index >= 200), paraphrased."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_roles, sentence_events


def _act(nlp, sentence: str, lemma: str):
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    return found[0] if found else None


@pytest.mark.parametrize(("sentence", "lemma", "agent", "factuality"), [
    # BBC entertainment/274 (paraphrased): an opportunity taken, its act done by who took it.
    ("The long-running presenter took the opportunity to thank the CD:UK team.", "thank", "The long-running presenter",
     Factuality.ASSERTED),
    # BBC sport/289 (paraphrased): one declined did not happen.
    ("Kaplan then declined the opportunity to consult the fourth official.", "consult", "Kaplan", Factuality.NEGATED),
])
def test_a_settled_opportunity_settles_its_act(nlp, sentence, lemma, agent, factuality):
    event = _act(nlp, sentence, lemma)
    assert event is not None, [(e.lemma, event_roles(e)) for e in sentence_events(nlp, sentence)]
    assert event.factuality is factuality
    assert event_roles(event)["agent"] == [agent]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/339 (paraphrased): an opportunity offered is what it is for, no event.
    ("Mutual homes will offer people the opportunity to build up an equity stake in a home.", "build up"),
    # An opportunity had is no act either.
    ("The presenter had the opportunity to thank the CD:UK team.", "thank"),
])
def test_an_unsettled_opportunity_tells_no_act(nlp, sentence, lemma):
    assert _act(nlp, sentence, lemma) is None


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport/247 (paraphrased): a chance to be taken is no fact.
    ("Butragueno will take the chance to confirm the game.", "confirm"),
    ("The presenter would like to take this opportunity to thank the CD:UK team.", "thank"),
])
def test_a_chance_still_to_take_is_no_fact(nlp, sentence, lemma):
    event = _act(nlp, sentence, lemma)
    assert event is None or event.factuality is not Factuality.ASSERTED
