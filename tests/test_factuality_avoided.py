"""What a verb of avoiding or stopping leaves of its -ing, by how sure the avoiding or stopping
is (kg.extract.avoided)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/business/424: an avoiding hoped for; the resolving is neither done nor denied.
    ("Mr Mandelson said the EU and US hoped to avoid having to resolve the dispute at the WTO.", "resolve",
     ("possible", "avoid")),
    # bbc/business/375: an avoiding that is only a purpose.
    ("LG Card returned to profit but needed further capital to avoid being thrown off the market.", "throw off",
     ("possible", "avoid")),
    # bbc/business/342 paraphrased: a stopping ordered, the selling open.
    ("A court ruled that the group must stop selling Honda brand motorbikes.", "sell", ("possible", "stop")),
    ("The firm will stop selling the phones in May.", "sell", ("possible", "stop")),
])
def test_an_avoiding_or_stopping_not_done_leaves_the_act_open(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/business/237: the payments are stopped, no longer made.
    ("Britannia has also stopped making payments to members if they are worth less than £5.", "make payment",
     ("negated", "stop")),
    # bbc/entertainment/315 paraphrased: a stopping told.
    ("The 67-year-old also said he stopped working a few years ago.", "work", ("negated", "stop")),
    # bbc/entertainment/369 paraphrased: a stopping negated: the ringing went on.
    ("The phone didn't stop ringing for a week after I got nominated.", "ring", ("asserted", None)),
    ("The society has never stopped making payments to its members.", "make payment", ("asserted", None)),
])
def test_a_stopping_told_or_denied(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # An avoiding done: the act did not happen, as before.
    ("LG Card avoided being delisted from the Korea Stock Exchange.", "delist", ("negated", "avoid")),
    ("The band managed to avoid being dropped by their label.", "drop", ("negated", "avoid")),
    # A "to" after "stop" is a purpose, no stopped act.
    ("He stopped to talk to fans outside the theatre.", "talk", ("asserted", None)),
])
def test_other_readings_are_unchanged(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
