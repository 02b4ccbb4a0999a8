"""In a sports report, what a past deed brought is told, not planned: a side brought within
reach or level, a lead cut by a "by" -ing deed, a substitute's replacing (kg.extract.achieved)."""

import pytest

from tests.extract_helpers import event_readings

# bbc/sport/380 and bbc/sport/377, shortened, with a result line so the text reads as a match report.
MATCH = ("Ireland beat Argentina 21-19 in the rugby international on Saturday. O'Gara kicked a penalty and a dropped goal "
         "before the try, and the Pumas' fly-half scored 14 points in the match. ")


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("The Munsterman landed two more penalties to bring his team to within four points.", "bring"),
    ("However, Montgomery responded quickly by slotting over a superb penalty to cut Ireland's lead to five points.",
     "cut"),
    # bbc/sport/373: a substitution told after the fact, in a past "when" clause too.
    ("Wilkinson made his debut against Ireland when he came off the bench to replace Paul Grayson.", "replace"),
    ("Ronaldo came on to replace him after an hour.", "replace"),
])
def test_what_a_past_deed_brought_is_told(nlp, sentence, lemma):
    assert event_readings(nlp, MATCH + sentence)[lemma][0] == "asserted"


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A purpose of a signing, not what a deed in the match brought.
    ("Chelsea signed the defender to bring experience to the side.", "bring"),
    ("Chelsea will sign a striker to replace Drogba next season.", "replace"),
    # A deed still to come.
    ("Montgomery will need to land a penalty to cut Ireland's lead.", "cut"),
])
def test_purposes_and_deeds_to_come_stay_open(nlp, sentence, lemma):
    assert event_readings(nlp, MATCH + sentence)[lemma][0] in ("planned", "possible")
