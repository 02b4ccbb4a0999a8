"""A name that wins a film's category or counted film prizes is a film, in all its
mentions (kg.extract.prizeworks). Sentences from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's person, the subject of "beat ... to best picture"; the films it beat are works too
        ("The Oscars audience was so low in 1984 when Amadeus beat The Killing Fields, A Passage to India, "
         "Places in the Heart and A Soldier's Story to best picture.", "Amadeus"),
        # NER's firm, a count of Oscars taken home
        ("The Oscars show reaped its biggest audience in 1997 when Titanic took home 11 Oscars.", "Titanic"),
        # NER's firm, the subject of a relative clause that took a film's category
        ("Other winners at the awards included The Motorcycle Diaries which took best foreign film and best music.",
         "Motorcycle Diaries"),
    ],
)
def test_a_film_prize_makes_a_film(nlp, text, name):
    assert mention_types(nlp, text, sport=None).get(name) is T.WORK


def test_the_films_beaten_to_best_picture_are_works(nlp):
    text = ("The Oscars audience was so low in 1984 when Amadeus beat The Killing Fields, A Passage to India, "
            "Places in the Heart and A Soldier's Story to best picture.")
    assert mention_types(nlp, text, sport=None).get("Killing Fields") is T.WORK


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name first: the director, not a film
        ("At the awards Alexander Payne won best director and best screenplay, along with writing partner Jim Taylor.",
         "Alexander Payne"),
        # the surname of a person the article names
        ("Clint Eastwood's film Million Dollar Baby won at the awards. Eastwood took home two Oscars.", "Eastwood"),
    ],
)
def test_a_person_who_wins_stays_a_person(nlp, text, name):
    assert mention_types(nlp, text, sport=None).get(name) is T.PERSON


def test_a_performer_who_wins_an_award_for_a_category_stays_a_person(nlp):
    """A role's word before the name, and the category is what the award is for: the actor."""
    text = "Scrubs star Zach Braff won the award for best first feature for Garden State, which he wrote and directed."
    assert mention_types(nlp, text, sport=None).get("Zach Braff") is T.PERSON
