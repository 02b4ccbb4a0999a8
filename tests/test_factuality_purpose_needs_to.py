"""Only a "to" infinitive is a purpose: an -ing the parser hung after a verb's own argument is
no plan of that verb's subject (kg.extract.purposes)."""

import pytest

from tests.extract_helpers import event_readings


def test_an_ing_after_an_argument_is_no_purpose(nlp):
    # bbc/sport/240: Taylor forced Howard to save; nothing was planned.
    readings = event_readings(nlp, "Exeter had chances of their own, Sean Devine twice volleying wide and Andrew Taylor "
                                   "forcing Tim Howard to save.")
    assert (readings["force"], readings["save"]) == (("asserted", None), ("asserted", None))


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # A "to" infinitive after the verb's own argument stays a purpose (paraphrased from bbc/politics/305).
    ("Instead Mr Blair travelled to key cities to deliver the party's message.", "deliver", ("planned", "to")),
    # bbc/sport/450: after the verb's own argument.
    ("Minar was forced to pull out of the Australian Open qualifying draw to play in his first ATP final.", "play",
     ("planned", "to")),
])
def test_a_to_infinitive_stays_a_purpose(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
