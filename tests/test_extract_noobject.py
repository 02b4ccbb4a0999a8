"""kg.extract.noobject: an event whose object is "no X" did not happen."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business, entertainment and tech (unseen articles): the object says nothing was left,
    # seen, sought or found.
    ("The company has been fractious since founder Dhirubhai Ambani died in 2002, leaving no will.",
     "leave", ("negated", "no")),
    ("Allianz has said it sees no significant impact on its profitability.", "see", ("negated", "no")),
    # A plan of nothing is negated, as "pledged not to seek" is.
    ("IBM will continue to hold the 500 patents but it has pledged to seek no royalties from the patents.",
     "seek", ("negated", "no")),
    # An ability: "could find no record" is "could not find a record", no chance of a find.
    ("San Francisco police said they could find no record of his arrest.", "find", ("negated", "no")),
])
def test_an_event_whose_object_is_no_x_is_negated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # "no" in a manner phrase, not the object: the performance was finished.
    ("Bouncers stepped in and the band left the stage, but returned after five minutes and finished their "
     "50-minute performance with no further trouble.", "finish", ("asserted", None)),
    # A condition and a doubt keep their reading.
    ("If police could find no evidence, the case would be dropped.", "find", ("possible", "if")),
    ("Police may find no evidence.", "find", ("possible", "may")),
    # The "no" of "no more than" rules "more", not the object: the jobs were cut.
    ("The firm cut no more than 10 jobs last year.", "cut", ("asserted", None)),
    ("He met none other than the Queen.", "meet", ("asserted", None)),
])
def test_no_outside_the_object_negates_nothing(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
