"""kg.resolve.ownerevents: an event noun that names only who did it is left out (sentences from
BBC articles outside the judged ones)."""

import pytest

from tests.extract_helpers import article_graph


def _lemmas(nlp, text: str) -> set[str]:
    return {event.lemma for event in article_graph(nlp, text).events()}


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Depp's charismatic performance drew an audience of adults and children alike.", "performance"),
    ("Apple's lawsuit accused anonymous people of stealing trade secrets about the Asteroid music product.", "lawsuit"),
    ("Although Microsoft's content distribution deals are for the US market at the moment, talks were on-going.", "deal"),
])
def test_a_noun_event_with_only_its_doer_is_left_out(nlp, sentence, lemma):
    assert lemma not in _lemmas(nlp, sentence)


@pytest.mark.parametrize(("sentence", "lemma"), [
    # the doer alone tells the whole event (doer_complete_nouns.txt)
    ("Following Johnson's retirement, Dallaglio's career came full circle as Woodward restored him as England captain.",
     "retirement"),
    # a time says when: news
    ("Ampas decided to limit the number of producers who could be nominated after Shakespeare in Love's victory in "
     "1999 saw five producers collect awards.", "victory"),
    # a theme says what
    ("Glazer's takeover of Manchester United was approved on Thursday.", "takeover"),
])
def test_a_noun_event_that_says_more_stays(nlp, sentence, lemma):
    assert lemma in _lemmas(nlp, sentence)
