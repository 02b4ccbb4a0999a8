"""What someone demands, recommends or wishes another would do is not done (kg.extract.wishes;
factuality_cues.tsv: "demand", "recommend" ... as control verbs and nouns)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/203, business/368, politics/373: the wanter's wish, no plan of the doer's.
    ("Investors want Deutsche to return cash to shareholders rather than bid.", "return", ("possible", "want")),
    ("It said it wants Congress to overturn the legislation.", "overturn", ("possible", "want")),
    ("Barroso has indicated he wants the rebate to come to an end.", "come to end", ("possible", "want")),
    # sport: "would" is the wisher's, not the player's plan.
    ("McGeough would prefer him to build up his physique at home first.", "build up", ("possible", "prefer")),
    ("Sculthorpe said he would love the 19-year-old to come to Knowsley Road.", "come", ("possible", "love")),
    # business, tech: a demand or a recommendation, with a that-clause or an -ing clause.
    ("It has also demanded that shareholders be consulted about the proposed acquisition.", "consult",
     ("possible", "demand")),
    ("Security firm iDefence recommended that users upgrade to iTunes version 4.", "upgrade", ("possible", "recommend")),
    ("It recommended avoiding so-called third-party inks.", "avoid", ("possible", "recommend")),
    ("However, Anil's demand that Anand Jain be thrown out was not met.", "throw out", ("possible", "demand")),
])
def test_what_is_wished_or_demanded_of_another_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # The subject's own intent stays a plan; a permission keeps its own rule.
    ("He wants to leave the club.", "leave", ("planned", "want")),
    ("The new rule allows clubs to sign players outside the transfer window.", "sign", ("possible", "allow")),
    # Economic demand is no demand of anyone's.
    ("Demand for oil pushed prices up.", "push up", ("asserted", None)),
])
def test_own_intent_and_other_uses_are_kept(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
