"""Reluctance leaves the act open: what someone is reluctant, loath or hesitant to do is possible, neither
done nor refused (factuality_cues.tsv: "reluctant", "loath", "loth", "hesitant" as adjectives)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC tech/387, politics/213, business/330, paraphrased.
    ("But Icann has been reluctant to approve the domain because of the difficulty.", "approve",
     ("possible", "reluctant")),
    ("Some hall wardens are reluctant to register students because of data protection fears.", "register",
     ("possible", "reluctant")),
    ("The banks are loath to lend money to the club.", "lend", ("possible", "loath")),
    ("The retailer was hesitant to cut its prices before Christmas.", "cut", ("possible", "hesitant")),
])
def test_what_one_is_reluctant_to_do_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # Willingness is a plan; unwillingness and inability a refusal; a hesitant recovery happened.
    ("The chancellor is willing to cut taxes in the budget.", "cut", ("planned", "willing")),
    ("Foreign firms were unwilling to meet US requirements.", "meet", ("negated", "unwilling")),
    ("The economy made a hesitant recovery in 2004.", "make recovery", ("asserted", None)),
])
def test_willingness_refusal_and_attributive_use_are_kept(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
