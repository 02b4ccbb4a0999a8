"""What is done at an occasion to come is planned too (kg.extract.occasionacts), on BBC arts sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # the hosting is part of a ceremony still to come (was asserted)
    ("The Oscars ceremony, hosted by Chris Rock, takes place on 27 February.", "host", ("planned", "on")),
    ("The awards ceremony, hosted by comedian Jack Dee, will take place in London next month.", "host",
     ("planned", "will")),
])
def test_a_participle_on_an_occasion_to_come_is_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    # an occasion gone: the hosting happened
    ("The ceremony, hosted by Chris Rock, took place on Sunday.", "host"),
    # only a plan passes: a doubt on the show is none on who hosted it
    ("The show, hosted by Chris Rock, could be cancelled.", "host"),
    # a thing, no occasion: the directing is done
    ("The film, directed by Ron Howard, will open on Friday.", "direct"),
])
def test_a_participle_elsewhere_keeps_its_reading(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("asserted", None)
