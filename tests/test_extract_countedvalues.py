"""A change's value phrase whose noun a number counts is an amount (kg.extract.countedvalues):
"Its sales rose 3.5% to 2.7 million units" -> new_value, not a destination; sentences from unseen
BBC articles (index >= 200), shortened, or made up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/410.
    ("Its sales rose 3.5% to 2.7 million units.", "rise",
     {"difference": ["3.5%"], "new_value": ["2.7 million units"], "destination": None}),
    # BBC business/399 (shortened).
    ("Consumption, meanwhile, has jumped to 2.4 million bpd.", "jump",
     {"new_value": ["2.4 million bpd"], "destination": None}),
])
def test_a_counted_value_is_an_amount(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # Made up: no change, a place still.
    ("The firm sent troops to 300 villages.", "send", {"destination": ["300 villages"]}),
])
def test_outside_a_change_the_role_is_unchanged(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
