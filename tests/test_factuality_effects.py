"""A "would" of an effect foreseen is the speaker's prediction, possible, not a plan
(kg.extract.effects), on BBC news sentences (index >= 200), paraphrased where needed."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_readings, sentence_events


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/462: GM foresees, it does not plan, a hurt performance
    ("GM said higher healthcare costs in North America, and lower profits at its financial services subsidiary "
     "would hurt its performance in 2005.", "hurt"),
    # BBC politics/202
    ("Notts police chief Steve Green said innocent people would suffer.", "suffer"),
    # BBC politics/351
    ("Mr Blair said that whether the public chose Michael Howard or Mr Kennedy, it would result in a Tory "
     "government.", "result"),
    # BBC politics/386
    ("Michael Ancram said lifting the arms embargo would be irresponsible and would damage Britain's relations "
     "with the US.", "damage"),
    # BBC politics/298: the gerund subject shares the foreseen "would"
    ("The commission says capping donations would mean taxpayers giving parties more cash.", "cap"),
    # BBC business/264
    ("This would weaken the position of shareholders when negotiating lower transaction fees.", "weaken"),
    # the brief's "claims" family: jobs lost are foreseen, not planned
    ("The trade body says jobs would be lost.", "lose"),
])
def test_a_would_of_an_effect_is_possible(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("possible", "would")


def test_the_speaker_stays_the_source_of_a_foreseen_effect(nlp):
    events = {e.lemma: e for e in sentence_events(nlp, "Notts police chief Steve Green said innocent people would suffer.")}
    assert events["suffer"].source is not None and "Steve Green" in events["suffer"].source.text


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC business/281: a decided act under "would" stays the speaker's plan
    ("Marvel said it would appeal and did not expect the decision to impact on financial forecasts.", "appeal",
     Factuality.PLANNED),
    # BBC business/297: "will" of a decision's announced effect is not read here
    ("The cuts will result in a one-off charge of 790m euros.", "result", Factuality.PLANNED),
])
def test_no_foreseen_effect_for_a_decided_act_or_a_will(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality.value
