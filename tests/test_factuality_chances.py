"""A chance declined or missed is an act that did not happen, a chance taken one that did
(kg.extract.chances, chance_verbs.tsv, chance_nouns.txt); unseen BBC sentences (index >= 200)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/407: he missed; the scores were not levelled.
    ("Italy's De Marigny narrowly missed a chance to level the scores again shortly after the break but his "
     "long-range kick shaved the right upright.", "level", ("negated", "miss")),
    # BBC sport/406 (shortened): the referee did not consult.
    ("Kaplan declined the chance to consult the fourth official when Josh Lewsey crossed the line.", "consult",
     ("negated", "decline")),
    ("Smith seized the chance to attack the plans.", "attack", ("asserted", None)),
])
def test_a_declined_chance_is_negated_and_a_taken_one_asserted(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A chance had, or a negated taking, stays open.
    ("Jones had the chance to criticise the plans.", "criticise"),
    ("Blair did not take the chance to criticise Howard.", "criticise"),
])
def test_a_chance_had_stays_open(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "possible"
