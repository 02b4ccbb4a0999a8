"""kg.extract.emphatic: a "not" that stresses ("not only X but Y", "not one but two") negates nothing."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC tech 384 (paraphrased): the curbing is the policy's aim, not denied.
    ("The rule is not just to modernise cinemas but also to curb piracy.", "curb", ("planned", "to")),
    # "not one but two": two reports were delivered.
    ("The inspector delivered not one but two major reports on the prison service.", "deliver", ("asserted", None)),
    ("The striker scored not one, but three goals in the cup tie.", "score", ("asserted", None)),
    # A subject "Not one but two" (BBC business, paraphrased): the banks did lend.
    ("Not one but two banks have lent the airline money.", "lend", ("asserted", None)),
    ("The firm not only cut its prices but also raised its dividend.", "cut", ("asserted", None)),
])
def test_an_emphatic_not_negates_nothing(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # No narrowing adverb: the cut is denied, the rise told.
    ("The firm did not cut jobs but raised its prices.", "cut", ("negated", "not")),
    # A narrowing "not" with no larger claim after it: the negation stands.
    ("The government will not simply hand over the money to the rail firms.", "hand over", ("negated", "not")),
    # "not one" with no "but": none was conceded or lent.
    ("The side conceded not one goal in the whole tournament.", "concede", ("negated", "not one")),
    ("Not one bank has lent the airline money.", "lend", ("negated", "not one")),
])
def test_a_plain_not_still_negates(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
