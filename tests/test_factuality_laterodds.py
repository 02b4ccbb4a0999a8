"""A low guess beside an "until" is a guess of when: "is unlikely to cut production until March",
"is not expected to reach the shops until the end of 2005" leave the event possible (cue "until"),
not negated (kg.extract.laterodds). On BBC news sentences, paraphrased where needed."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC tech/396
    ("The first new console, Microsoft's Xbox 2, is not expected to reach the shops until the end of 2005.", "reach"),
    # BBC business/325
    ("The loss-making newspaper is not expected to reach break-even until 2006.", "reach"),
    # BBC business/2xx style, paraphrased: "unlikely" with "until"
    ("Opec is unlikely to cut production until March, analysts said.", "cut"),
])
def test_a_low_guess_of_when_leaves_it_possible(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == (Factuality.POSSIBLE.value, "until")


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # no "until": the low guess negates
    ("Opec is unlikely to cut production this year, analysts said.", "cut", Factuality.NEGATED),
    ("The newspaper is not expected to reach break-even this year.", "reach", Factuality.NEGATED),
    # a "not ... until" on the event's own verb is excluding.put_off's: done then
    ("Opec did not cut production until March.", "cut", Factuality.ASSERTED),
])
def test_no_until_or_the_events_own_not(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality.value
