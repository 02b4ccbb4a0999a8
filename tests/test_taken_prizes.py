"""A prize, a title or a medal taken is won ("take prize", "take title", "take gold" in
event_lemmas.tsv, kg.extract.phrasal.light_noun); a post's title taken is not, nor a place
taken. Sentences from BBC articles with index 200 and up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import role_labels


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        # entertainment/336 (paraphrased): the headline film's rival took the top prize
        ("Dutch documentary Shape of the Moon took the world documentary top prize at the festival.", "take prize",
         "Shape of the Moon"),
        # entertainment (Australian music awards): a category's title taken is won
        ("Local singer and songwriter Missy Higgins took the title of breakthrough artist of the year.", "take title",
         "Missy Higgins"),
        ("Britain's Jason Gardener took silver in the 60m at the European Indoor Championships.", "take silver",
         "Jason Gardener"),
    ],
)
def test_a_prize_taken_is_won(nlp, text, lemma, agent):
    roles = role_labels(nlp, text, lemma)
    assert ("agent", agent) in roles, roles


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Andy Hornby took the title of chief executive at the bank in May.", "take title"),
        ("Paula Radcliffe took fourth place in the New York marathon.", "take place"),
    ],
)
def test_a_post_or_a_place_taken_is_no_prize(nlp, text, lemma):
    assert not role_labels(nlp, text, lemma)
