"""kg.extract.allegednot: a negation inside what someone is charged with or accused of stays alleged."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport 234 (paraphrased): the failure is the charge, not the writer's fact.
    ("Millwall have been charged with failing to ensure that fans behaved.", "ensure", ("speculated", "charged")),
    ("The club was accused of failing to protect its young player.", "protect", ("speculated", "accused")),
    ("The minister is accused of not paying the tax on his second home.", "pay", ("speculated", "accused")),
])
def test_a_negation_inside_a_charge_is_alleged(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics 375, 399 (paraphrased): a criticism or a punishment tells the failure as a fact.
    ("The Tories criticised Mr Brown for failing to mention the council tax.", "mention", ("negated", "fail")),
    ("The party suspended the local association for refusing to deselect its candidate.", "deselect",
     ("negated", "refuse")),
    # No negation in the charge: speculated as before.
    ("Senior executives are accused of orchestrating a huge fraud at the firm.", "orchestrate", ("speculated", "accused")),
])
def test_a_told_failure_stays_negated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
