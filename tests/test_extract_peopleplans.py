"""People who "are to" act plan to (kg.extract.peopleplans, read by kg.extract.frames.arranged);
sentences from unseen BBC articles (index >= 200), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_factualities, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/237.
    ("More than 800,000 Britannia Building Society members are to receive a profit share worth on average £52 each.",
     "receive"),
    # BBC business/392 (shortened).
    ("Bosses of Deutsche Boerse and the London Stock Exchange are to meet amid talk of a bid.", "meet"),
    # BBC business/468 (shortened).
    ("Commission officials are to look at the loan to the carrier.", "look"),
])
def test_people_who_are_to_act_plan_to(nlp, sentence, lemma):
    assert event_factualities(nlp, sentence).get(lemma) == "planned", [
        (e.lemma, e.factuality, event_roles(e)) for e in sentence_events(nlp, sentence)]


@pytest.mark.parametrize("sentence", [
    # BBC politics/231 (paraphrased): what a thing is for is no plan of anyone's.
    "The aim is to give murderers lighter sentences if they plead guilty.",
    # BBC sport/366 (paraphrased): a task, no people.
    "His task was to persuade the selectors.",
])
def test_no_plan_for_what_a_thing_is_for(nlp, sentence):
    factualities = event_factualities(nlp, sentence)
    assert "planned" not in factualities.values(), factualities
