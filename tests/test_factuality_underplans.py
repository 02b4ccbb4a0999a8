"""What a proposal sets out is planned, not told: a present or "be to" clause with an "under"
phrase whose noun is a proposal's (kg.extract.underplans; proposal_nouns.txt). On BBC news
sentences, paraphrased where needed."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/339: a present under a party's plan
    ("Under the plan, councils secure deals with developers where they keep a 1% share in a property scheme.",
     "secure"),
    # BBC business/382: a past "be to" under proposals, the event two verbs down
    ("Under age discrimination proposals from the Department of Trade and Industry last year workers were "
     "to be allowed to work on till 70 if they wished.", "work"),
    # BBC politics/226, paraphrased: a present under a bill
    ("Under the bill, regional assemblies lose their powers to plan housing.", "lose"),
])
def test_a_proposals_content_is_planned(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == (Factuality.PLANNED.value, "under")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # a past under a plan tells what was done
    ("Under the plan, councils signed deals with developers last year.", "sign"),
    # BBC tech/382, paraphrased: rules in force, not a proposal
    ("Under the new rules, ten firms lose their licences each month.", "lose"),
    # an "under" of no proposal (BBC business/2xx style)
    ("Under pressure from investors, the firm cuts its prices.", "cut"),
])
def test_a_past_or_a_rule_in_force_stays_told(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == Factuality.ASSERTED.value
