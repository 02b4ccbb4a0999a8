"""An event noun that a verb of ending, undoing or dealing with takes as its object
already exists, whatever plans or doubts frame that verb (kg.extract.presupposed).
Sentences after business/001, business/097 and politics/136 of the BBC corpus, paraphrased."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Moves to lift the European Union's ban on arms exports to China have been condemned by rights groups.", "ban"),
    ("Viacom is to restate its accounts as part of efforts to resolve an inquiry into Paramount by US regulators.",
     "inquiry"),
    # business/097 (paraphrased): whether they act is open, the rise is not
    ("However, it is unclear whether ministers would issue a declaration aimed at curbing the euro's rise.", "rise"),
])
def test_the_thing_to_be_ended_exists(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # the ending itself stays planned
    ("Moves to lift the European Union's ban on arms exports to China have been condemned by rights groups.",
     "lift", "planned"),
    # a verb that brings an event about leaves it open
    ("Ministers are expected to announce an inquiry into BAE by the Serious Fraud Office.", "inquiry", "possible"),
])
def test_the_act_and_other_objects_keep_their_reading(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality
