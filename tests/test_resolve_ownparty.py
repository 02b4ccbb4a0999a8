"""A politician's party ("his party") as an event's participant is the party the article
gives that person (``kg.resolve.ownparty``; model tests on sentences of unseen articles)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import role_labels


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # The one party the article gives the person a post at.
        ("Tory leader Michael Howard says his party can save £35bn in government spending by tackling waste.",
         "save", ("agent", "Conservative Party")),
        ("Liberal Democrat leader Charles Kennedy spoke to students. Mr Kennedy also said students see the Iraq war, "
         "which his party opposed, as a defining issue.", "oppose", ("agent", "Liberal Democrats")),
    ],
)
def test_his_party_is_the_party_of_the_person(nlp, text, lemma, expected):
    assert expected in role_labels(nlp, text, lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "role"),
    [
        # A post held no more: which party is his now, the text does not say.
        ("Former Tory leader Michael Howard says his party can save £35bn in government spending by tackling waste.",
         "save", "agent"),
        # A party he has just joined is not the one the article gives him.
        ("Tory MP Robert Jackson says his new party can save £35bn in government spending by tackling waste.",
         "save", "agent"),
    ],
)
def test_his_party_stays_open_without_one_current_party(nlp, text, lemma, role):
    found = {label for found_role, label in role_labels(nlp, text, lemma) if found_role == role}
    assert "Conservative Party" not in found
