"""A passive "to" infinitive with no subject of its own is a purpose or an aim like an active
one ("to be attacked" as "to face"), so it is not told as done (kg.extract.infinitives.infinitive_form)."""

import pytest

from tests.extract_helpers import sentence_events


def _reading(nlp, sentence, lemma):
    return next(event for event in sentence_events(nlp, sentence) if event.lemma == lemma).factuality.value


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/politics/230, shortened: nobody was attacked.
    ("Householders do not have to wait to be attacked before defending themselves.", "attack", "planned"),
])
def test_a_passive_purpose_is_not_told_as_done(nlp, sentence, lemma, reading):
    assert _reading(nlp, sentence, lemma) == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("The householders were attacked before they could defend themselves.", "attack"),
])
def test_a_told_passive_stays_asserted(nlp, sentence, lemma):
    assert _reading(nlp, sentence, lemma) == "asserted"
