"""What a body is made up of, or composed of, is what it is: no event of making or composing
(non_event_forms.tsv "make up of", "compose of"; a particle with the preposition after it,
kg.extract.false_events), on sentences of BBC news (articles 200 and on, paraphrased)."""

from __future__ import annotations

import pytest
from extract_helpers import sentence_events


def _lemmas(nlp, sentence: str) -> set[str]:
    return {event.lemma for event in sentence_events(nlp, sentence)}


@pytest.mark.parametrize("sentence", [
    # politics/245: no one made up the Army Board
    "A committee of the Army Board, which is made up of the most senior defence figures, will discuss plans on Monday.",
    # paraphrased from politics: a body's members
    "The panel is composed of five senior judges and two lay members.",
])
def test_what_a_body_is_made_of_is_no_event(nlp, sentence):
    assert not _lemmas(nlp, sentence) & {"make up", "make", "compose"}, _lemmas(nlp, sentence)


@pytest.mark.parametrize(("sentence", "lemma"), [
    # making up a story is an act
    ("The minister said the reporter had made up the quotes in the article.", "make up"),
    # making up for a loss: not "make up of"
    ("The club will try to make up for the defeat against Chelsea on Saturday.", "make up"),
])
def test_other_making_up_is_read_as_before(nlp, sentence, lemma):
    assert lemma in _lemmas(nlp, sentence), _lemmas(nlp, sentence)
