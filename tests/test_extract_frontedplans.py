""""be to" with a phrase before "be" is a plan still (kg.extract.frames.arranged): the phrase is
no complement of "be" ("At the DWP, jobs are to go"), as one after it is ("is up to governments
to decide"). Sentences from unseen BBC articles (index >= 200), shortened, or made up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_factualities


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC politics/273 (before: asserted).
    ("Under reforms, the post of lord chancellor is to be stripped of its judicial functions.", "strip", "planned"),
    # Made up (before: asserted).
    ("In London, ministers are to meet next week.", "meet", "planned"),
    # Made up: a phrase after "be", a purpose, as before.
    ("Ministers are in London to meet the unions.", "meet", "planned"),
])
def test_a_phrase_before_be_to_keeps_the_plan(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence).get(lemma) == factuality, event_factualities(nlp, sentence)
