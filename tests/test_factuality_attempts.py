"""An attempt told as done leaves what it tried open: "tried to play down the row" is possible, not
planned (kg.extract.attempts; attempt_verbs.txt); an attempt under way or ahead keeps its plan."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics and sport articles (index 200 and up), paraphrased.
    ("The minister tried to play down the row over the budget.", "play down", ("possible", "try")),
    ("Mr Blair tried to use the questioners' first names.", "use", ("possible", "try")),
    ("Chelsea boss Jose Mourinho has attempted to pile the pressure on title rivals Arsenal.", "pile",
     ("possible", "attempt")),
    ("Chavez has sought to extend the state's role in all sectors of the economy.", "extend",
     ("possible", "seek")),
    ("Rates went up five times as the bank sought to cool the housing market.", "cool", ("possible", "seek")),
])
def test_what_a_done_attempt_tried_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("Marsh's new chief executive is trying to negotiate a settlement with Mr Spitzer.", "negotiate",
     ("planned", "try")),
    ("The club will try to sign a new striker in January.", "sign", ("planned", "will")),
    ("The firm plans to cut 500 jobs next year.", "cut", ("planned", "plan")),
])
def test_an_attempt_under_way_or_ahead_stays_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
