""""represent" is an event only when someone is represented (kg.extract.represents); sentences
from unseen BBC articles (index >= 200), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, sentence_events


@pytest.mark.parametrize(("sentence", "roles"), [
    # BBC politics/205 (shortened).
    ("Lawyer Louise Christian, who represents Mr Abbasi and Mr Mubanga, said the government should have acted sooner.",
     {"agent": ["Lawyer Louise Christian"], "theme": ["Mr Abbasi", "Mr Mubanga"]}),
    # BBC politics/410.
    ("He represented Bristol East from 1983 to 1992.", {"agent": ["He"], "theme": ["Bristol East"]}),
    # BBC tech/324 (shortened).
    ("The EFF, representing the reporters, has asked the court to stop Apple pursuing the sources.",
     {"agent": ["The EFF"], "theme": ["the reporters"]}),
])
def test_someone_represented_is_an_event(nlp, sentence, roles):
    check_roles(nlp, sentence, "represent", roles)


@pytest.mark.parametrize("sentence", [
    # BBC business/347 (shortened): an amount.
    "Nonetheless, the figures represent less than 1% of India's overall exports.",
    # BBC politics/294 (shortened): an indefinite object, what they amount to.
    'BBC correspondent Stephen Cape said the combined unions represented "a formidable force".',
    # BBC business/394 (shortened): a counted object, the union's size.
    "A union representing 5,200 flight attendants at bankrupt US Airways has agreed to cuts.",
    # BBC business/222 (shortened): no one represented.
    "Observers said that the move may represent a shift in policy.",
])
def test_what_a_thing_amounts_to_is_no_event(nlp, sentence):
    assert "represent" not in [event.lemma for event in sentence_events(nlp, sentence)]
