"""A "will" or "would" with an adverb of frequency is a habit, not a plan (kg.extract.habits),
on BBC news sentences (index >= 200), paraphrased where needed."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/346: what policies usually cover, as the association says it
    ("It said loss of possessions will usually be covered, but the Association stressed the importance of "
     "checking the wording of travel policies.", "cover", ("reported", "say")),
    # BBC entertainment/305: a past habit
    ("They would frequently fall out with their parents and each other.", "fall out", ("asserted", None)),
    # BBC politics/372: a standing practice, reported
    ("But the government said it would normally invite observers to any UK election.", "invite", ("reported", "say")),
    # BBC sport/367: fans revere him now; the win happened
    ("Johnson will always be revered by England fans for captaining England to their World Cup win against "
     "Australia.", "revere", ("asserted", None)),
    # BBC tech/218: what a player of the game keeps doing
    ("All too often, you will perform a stunning triple somersault and knock out three enemies in one glorious "
     "swoop.", "knock out", ("asserted", None)),
])
def test_a_modal_with_an_adverb_of_frequency_is_a_habit(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC politics/372: no adverb of frequency: the ministers' plan
    ("Ministers will invite international observers to check the forthcoming UK general election is fairly run.",
     "invite", "planned"),
    # BBC sport/206: a habit under a condition stays a case
    ("I will always choose football if a great club makes me an offer.", "choose", "possible"),
    # a perfect modal is a case that did not come about, not a habit
    ("The side would always have beaten Italy with a full squad.", "beat", "possible"),
    # a negated habit is not told
    ("Wales will not always win away from home.", "win away", "possible"),
])
def test_no_habit_without_an_adverb_of_frequency_or_under_a_condition(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality
