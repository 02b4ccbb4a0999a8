"""A change's amount NER ran into the verb before it ("saw its profits [fall 37%]") is the amount
alone, kept (kg.extract.event_arguments.whole_quantity); sentences from unseen BBC articles
(index >= 200), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/467 (shortened): NER reads "fall 37%" as one percentage.
    ("General Motors (GM) saw its net profits fall 37% in the last quarter of 2004.", "fall",
     {"difference": ["37%"], "time": ["the last quarter of 2004"]}),
    # Paraphrased from BBC business/467: the same with a month.
    ("Ford saw its net profits fall 20% in March.", "fall", {"difference": ["20%"]}),
])
def test_the_amount_without_the_verb(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_an_amount_keeps_its_own_words_before_the_number(nlp):
    # BBC politics/320 (shortened): "up to" is the amount's, not the verb's.
    check_roles(nlp, "Ex-health secretary Alan Milburn earned up to £85,000 from speeches.", "earn",
                {"theme": ["up to £85,000"]})
