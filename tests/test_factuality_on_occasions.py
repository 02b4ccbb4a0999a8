"""An -ing of learning, perceiving or arriving after "on" tells when, not what a control verb
governs (on_occasion_verbs.txt, kg.extract.phrasalcues)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # Paraphrased from bbc/politics/400: told of sadness when he heard; no order of "tell".
    ("Lord Hattersley told of his immense sadness on hearing that Jim Callaghan had died.", "die"),
    ("Lord Hattersley told of his immense sadness on hearing that Jim Callaghan had died.", "hear"),
    # The same with "learning" (the construction of issue 14's "told of his joy on learning he fathered a daughter").
    ("Lord Hattersley told of his immense sadness on learning that Jim Callaghan had died.", "learn"),
])
def test_an_ing_of_learning_after_on_is_no_plan(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/politics/259, paraphrased: "insisted on" governs its -ing.
    ("The former porn star insisted on removing her top to make her point.", "remove", ("planned", "insist")),
    # bbc/tech/396: "planned on" governs its -ing.
    ("EA now planned on dominating the market by releasing mobile versions of its games.", "dominate",
     ("planned", "planned")),
])
def test_an_on_a_control_verb_governs_keeps_its_cue(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
