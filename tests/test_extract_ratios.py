"""A ratio "one in five loans" is one argument, its "in" phrase kept (kg.extract.ratios,
kg.extract.keptphrases); sentences from unseen BBC articles (index >= 200), shortened or
paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/498.
    ("Officially, one in five loans is not being repaid.", "repay", {"patient": ["one in five loans"]}),
    # BBC tech/217 (shortened).
    ("Other statistics show that one in 16 messages were infected with a virus.", "infect",
     {"patient": ["one in 16 messages"]}),
])
def test_a_ratio_is_one_argument(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # Made up: a number's place is no share of anything.
    ("Two in Paris were arrested on Monday.", "arrest", {"patient": ["Two"]}),
])
def test_a_numbers_place_stays_apart(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
