"""What someone opposes or objects to doing is not done, nor the opposer's act
(kg.extract.opposed, the cues "oppose", "object to", "be against" of factuality_cues.tsv);
the verb of opposing stays an event of its own. Sentences paraphrased from BBC politics 239."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _event(nlp, sentence, lemma):
    return next(event for event in sentence_events(nlp, sentence) if event.lemma == lemma)


def _agents(event):
    return event_roles(event).get("agent", [])


@pytest.mark.parametrize("sentence", [
    # was extend(agent=Police Federation) [asserted]: the federation does not want them extended
    "The Police Federation strongly opposes extending the powers of support officers.",
    "The Police Federation is opposed to extending the powers of support officers.",
    "Police chiefs object to extending the powers of support officers.",
    "The Police Federation is against extending the powers of support officers.",
    "The Police Federation resisted extending the powers of support officers.",
])
def test_what_is_opposed_is_possible_and_not_the_opposers_act(nlp, sentence):
    event = _event(nlp, sentence, "extend")
    assert event.factuality.value == "possible"
    assert not _agents(event)


def test_the_verb_of_opposing_keeps_its_doer(nlp):
    event = _event(nlp, "The Police Federation strongly opposes extending the powers of support officers.", "oppose")
    assert event.factuality.value == "asserted"
    assert _agents(event) == ["The Police Federation"]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # the subject's own act or choice: as before
    ("The Police Federation strongly backs extending the powers of support officers.", "extend"),
    ("Capriati also decided against competing in the Australian Open warm-up event.", "compete"),
    ("The Police Federation started extending the powers of support officers.", "extend"),
])
def test_other_verbs_keep_the_doer(nlp, sentence, lemma):
    assert _agents(_event(nlp, sentence, lemma))


def test_a_noun_opposed_is_no_complement(nlp):
    event = _event(nlp, "The Police Federation strongly opposes the new powers for support officers.", "oppose")
    assert event.factuality.value == "asserted"
    assert _agents(event) == ["The Police Federation"]
