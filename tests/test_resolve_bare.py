"""Bare plurals (kg.resolve.bare): a plural common noun nothing picks out stays a
literal argument, no node of its own; one a word, a name, a place or a second
mention picks out stays a described node."""

from __future__ import annotations

import pytest

import kg


def _labels(nlp, text: str) -> set[str]:
    return {entity.label.lower() for entity in kg.build_text(text, nlp=nlp).entities()}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a generic plural subject
        ("Broadcasters complained and courts will decide on the bans.", "courts"),
        # the head of a partitive: the groups are no group the article follows
        ("Police said groups of youths attacked the stadium.", "groups"),
        # at the head of a sentence
        ("Officials now say he did not resign from the Treasury.", "officials"),
    ],
)
def test_bare_plural_is_no_node(nlp, text, absent):
    assert absent not in _labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a determiner picks them out
        ("The protesters stormed the town hall in Almaty.", "protesters"),
        # a place after the noun
        ("Authorities in Almaty detained nearly 2,000 more people.", "authorities"),
        # said again: a group the article follows
        ("Protesters stormed government buildings. The airport was seized by the protesters.", "protesters"),
    ],
)
def test_picked_out_plural_stays_a_node(nlp, text, kept):
    assert kept in _labels(nlp, text)
