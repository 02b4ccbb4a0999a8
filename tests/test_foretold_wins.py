"""A win a "will" or "would" of its own foretells is a forecast, possible (kg.extract.foretoldwins):
never a plan, and, negated, never a win denied as a fact; a fixture, a selection, a framed
belief, a past told and a plain negation keep their readings."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC entertainment/368 ("Martin Scorsese's The Aviator will win best film at the Oscars,
    # according to the UK's leading movie critics"), "Mr Karger said ... it will beat Aviator".
    ("Martin Scorsese's The Aviator will win best film at the Oscars.", "win", ("possible", "will")),
    ("Mr Karger said Million Dollar Baby would beat The Aviator.", "beat", ("possible", "would")),
    # BBC politics/238 ("George Foulkes said the campaigners would not make any difference to the
    # outcome of the election and would not win the argument"), paraphrased.
    ("George Foulkes said the campaigners would not win the argument.", "win", ("possible", "would")),
    ("Arsenal won't win the league this season.", "win", ("possible", "will")),
    # A perfect modal, negated: a case that did not come about, no denied fact.
    ("Labour would not have won the seat without Tony Blair.", "win", ("possible", "would")),
])
def test_a_foretold_win_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/417 ("Maggs, who will win his 67th cap, was the obvious replacement"): a selection.
    ("Maggs, who will win his 67th cap, was the obvious replacement at centre.", "win", ("planned", "will")),
    # A fixture, not a win (BBC sport/476: "Tim Henman will face France's Cyril Saulnier").
    ("England will face Wales in Cardiff on Saturday.", "face", ("planned", "will")),
    ("Henman will play Saulnier in the first round.", "play", ("planned", "will")),
    # BBC sport/218 ("I have said I believed Chelsea would win the league this season"): a belief frames it.
    ("Mourinho believes Chelsea will win the league this season.", "win", ("speculated", "believe")),
    # No modal of its own: told, or denied as told.
    ("Arsenal did not win the league.", "win", ("negated", "not")),
])
def test_other_wins_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
