"""An -ing with its own subject after a noun of likelihood's "of" is framed by that noun
(kg.extract.ofgerunds), and "absolutely no" is a scant cue (kg.extract.lacking), on BBC news
sentences (index >= 200), paraphrased where needed."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics/293: no chance of the parties communicating: negated, was asserted
    ("There is absolutely no chance of either of these parties communicating a sensible and constructive "
     "argument.", "communicate", ("negated", "no")),
    # BBC politics/293, paraphrased: the -ing's subject a plain noun
    ("There is no chance of the party communicating a sensible argument.", "communicate", ("negated", "no")),
    # BBC politics/242: a prospect is a possibility
    ("Hardy said the prospect of outsiders poking their noses into the inner workings of Whitehall appeared to "
     "be causing jitters.", "poke", ("possible", "prospect")),
])
def test_an_ing_after_a_noun_of_likelihood_is_framed_by_it(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC entertainment/373: a film's story is no rumour
    ("Wasp tells the story of a single mother living on the breadline, beating films by fellow UK nominees.",
     "live", "asserted"),
])
def test_no_frame_from_a_story(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality
