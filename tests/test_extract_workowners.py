"""A name NER read as a person or a place whose possessive stands before a person's full
name is a work in all its mentions (kg.extract.workowners, typed by kg.extract.shows).
Sentences from BBC entertainment and business articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's place and person: a film, a magazine.
        ("Sideway's Alexander Payne, Ray's Taylor Hackford and British director Mike Leigh - nominated for period "
         "drama Vera Drake - are considered outsiders in this category.", "Sideway"),
        ("The film, to be directed by A Beautiful Mind's Ron Howard, is due to start filming at the Paris museum "
         "in May and stars Hanks alongside French actress Audrey Tautou.", "Beautiful Mind"),
        ("Five of the eight critics tipped Scorsese to win best director, with Mr Dams, Heat's Charles Gant and "
         "Empire's Angie Errigo plumping for Eastwood.", "Empire"),
    ],
)
def test_a_name_owning_a_persons_full_name_is_a_work(nlp, text, name):
    assert set(_types(nlp, text, name)) == {T.WORK}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A person's, a place's, a firm's people stay theirs.
        ("Sideway's Alexander Payne, Ray's Taylor Hackford and British director Mike Leigh were there. Ray "
         "Charles died last year.", "Ray", T.PERSON),
        ("The prime minister was speaking as London's Labour mayor Ken Livingstone remains embroiled in a row.",
         "London", T.CITY),
        ("GM's Rick Wagoner said the firm would cut costs.", "GM", T.ORGANIZATION),
    ],
)
def test_a_persons_a_places_and_a_firms_owners_stay(nlp, text, name, kind):
    assert set(_types(nlp, text, name)) == {kind}
