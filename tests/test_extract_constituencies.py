"""A constituency's name in a seat's slot is one place (kg.extract.constituencies): after
"MP for", between "the" and "seat", between "the" and "MP"; its "and" kept. Sentences from
BBC politics articles (index 200 and up), some paraphrased."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _named(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # politics/415: NER's two people, one seat.
        ('The MP for Sittingbourne and Sheppey said Prime Minister Tony Blair had been "trying to pretend".',
         "Sittingbourne and Sheppey"),
        # politics/273
        ("But the Tory MP for Sleaford and North Hykeham admitted the role cannot be frozen in aspic.",
         "Sleaford and North Hykeham"),
        # politics/308: Eton named alone too, the seat still one name.
        ("Educated at Eton, he subsequently won the Eton and Slough seat for the Tories in 1964 and sat as an MP "
         "for six years.", "Eton and Slough"),
        # politics/410: NER's firm "Mid-Bedfordshire MP", or no name.
        ("The Mid-Bedfordshire MP had denied a claim that he was paid for guiding visitors.", "Mid-Bedfordshire"),
        # politics/302
        ('The Glasgow Kelvin MP, who was expelled from Labour, accused Ms King of being a "stooge".',
         "Glasgow Kelvin"),
        # politics/252: NER's person.
        ('Conservative policy co-ordinator David Cameron, MP for Witney, added: "If it was not so serious it '
         'would be funny."', "Witney"),
    ],
)
def test_a_seat_in_its_slot_is_a_place(nlp, text, seat):
    named = _named(nlp, text)
    assert named.get(seat) is T.PLACE, named


def test_the_letters_after_a_name_are_a_person_s(nlp):
    """politics/252: "Frank Field MP", no "the" before it, is the MP himself."""
    named = _named(nlp, "Former welfare minister Frank Field MP criticised the reported rivalry between the pair.")
    assert named.get("Frank Field") is T.PERSON, named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A party's name is no seat.
        ("The Labour MP said the government had been right to act.", "Labour"),
        ("The Liberal Democrats hope to take the Tory seat at the next election.", "Tory"),
    ],
)
def test_a_party_is_no_seat(nlp, text, name):
    assert _named(nlp, text).get(name) is not T.PLACE


def test_no_join_over_a_person(nlp):
    """The seat ends before the "and" of a person's name."""
    named = _named(nlp, "David Cameron, MP for Witney and David Davis, the shadow home secretary, both spoke.")
    assert "Witney and David Davis" not in named
    assert named.get("David Davis") is T.PERSON, named


def test_a_seat_outside_politics_is_no_constituency(nlp):
    """A text with no elections nor members: "the Jordan seat" is a racing team's."""
    named = _named(nlp, "Narain Karthikeyan is set to take the Jordan seat for the new season, the team said.")
    assert named.get("Jordan") is not T.PLACE, named
