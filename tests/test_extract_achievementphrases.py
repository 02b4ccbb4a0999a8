"""An achievement, a success or progress keeps the "in" phrase that says what it was in (in_nouns.txt,
read by kg.extract.keptphrases); sentences from unseen BBC articles (index >= 200), shortened or
paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # Paraphrased from BBC politics/336: what the success was in.
    ("Prescott praised Labour's success in urban regeneration.", "praise",
     {"theme": ["Labour's success in urban regeneration"]}),
    # Paraphrased from BBC business/483: progress in doing something.
    ("Blair praised his party's progress in cutting crime.", "praise", {"theme": ["his party's progress in cutting crime"]}),
    # Paraphrased from BBC entertainment/264.
    ("Tony Blair hailed Labour's achievement in cutting unemployment.", "hail",
     {"theme": ["Labour's achievement in cutting unemployment"]}),
])
def test_the_in_phrase_stays(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_a_place_is_no_part_of_it(nlp):
    # Paraphrased from BBC entertainment/204: "in the US" is where, read apart.
    check_roles(nlp, "The coach praised the team's success in the US.", "praise",
                {"theme": ["the team's success"], "place": ["the US"]})
