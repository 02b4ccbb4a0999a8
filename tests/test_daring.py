"""Daring settles the act it dares by the verb that has it: had, showed or held it, the act was
done; lacked it, or did not have it, not; still to have, only possible (kg.extract.chances,
daring_nouns.txt, daring_verbs.tsv), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_roles, sentence_events


def _act(nlp, sentence: str, lemma: str):
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return found[0]


@pytest.mark.parametrize(("sentence", "lemma", "agent", "factuality"), [
    # BBC sport/446 (shortened).
    ("Dementieva held her nerve to seal the win.", "seal", "Dementieva", Factuality.ASSERTED),
    # BBC politics/301 (paraphrased): daring lacked.
    ("The Liberal Democrats lack the courage to tackle waste and bureaucracy.", "tackle", "The Liberal Democrats",
     Factuality.NEGATED),
    # BBC politics/299 (paraphrased): daring had.
    ("The Tories had the courage to challenge public opinion.", "challenge", "The Tories", Factuality.ASSERTED),
    # BBC politics/299 (paraphrased): daring not had.
    ("The Tories did not have the courage to challenge public opinion.", "challenge", "The Tories",
     Factuality.NEGATED),
])
def test_daring_settles_its_act(nlp, sentence, lemma, agent, factuality):
    event = _act(nlp, sentence, lemma)
    assert event.factuality is factuality
    assert event_roles(event)["agent"] == [agent]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/299 (shortened): daring still to have is no fact.
    ("The Tories should have the courage to challenge public opinion.", "challenge"),
    ("The Tories would not have the courage to challenge public opinion.", "challenge"),
])
def test_daring_still_to_have_is_no_fact(nlp, sentence, lemma):
    assert _act(nlp, sentence, lemma).factuality not in (Factuality.ASSERTED, Factuality.NEGATED)
