"""kg.extract.unprevented: a past failure to prevent an act leaves the act told."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport 293: the draw was grabbed.
    ("Tait scored one try and made another, but he could not stop Gloucester grabbing a draw.", "grab",
     ("asserted", None)),
    ("The ban did not prevent the band from playing the festival.", "play", ("asserted", None)),
    ("The police failed to stop the fans invading the pitch.", "invade", ("asserted", None)),
])
def test_a_failed_prevention_leaves_its_act_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # To come, or in general: open.
    ("The new law will not stop firms selling the data abroad.", "sell", ("possible", "not stop")),
    ("Critics say the rules could not stop firms selling the data.", "sell", ("possible", "not stop")),
    # Not barred is only allowed, not done.
    ("The rules did not bar the MP from standing in the election.", "stand", ("possible", "not bar")),
    # A prevention made: no act.
    ("Police were barred from questioning the witness.", "question", ("negated", "bar")),
])
def test_an_open_or_made_prevention_is_no_fact(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
