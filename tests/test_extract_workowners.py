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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Rule "credited": a name before a credit noun and a person's full name (NER: a person, a place).
        ("Vera Drake star Imelda Staunton has 5/1 odds of winning the best actress Oscar at Bet 365 and William "
         "Hill, ahead of fellow UK star Kate Winslet who has 25/1 odds for Eternal Sunshine of the Spotless Mind.",
         "Vera Drake"),
        ("Casino Royale, author Ian Fleming's first James Bond book, is to be the next Bond film, "
         "with Goldeneye director Martin Campbell behind the camera.", "Goldeneye"),
    ],
)
def test_a_name_before_a_credit_noun_and_a_persons_full_name_is_a_work(nlp, text, name):
    assert set(_types(nlp, text, name)) == {T.WORK}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A country's star, a firm's director: theirs.
        ("Vera Drake star Imelda Staunton has 5/1 odds of winning the best actress Oscar at Bet 365 and William "
         "Hill, ahead of fellow UK star Kate Winslet who has 25/1 odds for Eternal Sunshine of the Spotless Mind.",
         "UK", T.COUNTRY),
        ("The SEC also found that Disney did not disclose that a 50% Disney-owned subsidiary company - Lifetime - "
         "employed the wife of current Disney director John Bryson, and that she earned more than $1m a year.",
         "Disney", T.ORGANIZATION),
    ],
)
def test_a_countrys_star_and_a_firms_director_stay_theirs(nlp, text, name, kind):
    assert set(_types(nlp, text, name)) == {kind}
