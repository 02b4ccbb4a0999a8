"""Titles read whole from how news credits a work (kg.extract.credits), ranks it
(kg.extract.rankings) or lists roles ("roles included" in kg.extract.works): NER's
fragments give way to the whole title."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types

NONE = frozenset()


@pytest.mark.parametrize(
    ("text", "title", "fragments"),
    [
        # bracketed: a title after each of two performers; a possessive, small words, a cut "...".
        ("Rivals include Tom Baker (Falling Rain Tonight), Ann Lowe (The Widow) and Ray Dunn (Glad Old Song... ).",
         "Glad Old Song", ["Old Song"]),
        ("The jury praised Jane Marlow (Winter in the Harbour) and Rob Kerr (Seven Broken Wheels).",
         "Winter in the Harbour", ["Harbour"]),
        # A club's name word ("City") in a credit's bracket is still a title.
        ("The prize went to Tom Baker (Dumb Luck) or Stan Reed (Shining City).", "Shining City", []),
        # starring: a title with a possessive or small word inside, before "star" and a name.
        ("Critics loved Lost Sailor's Boots' star Martin Greaves in the role.", "Lost Sailor's Boots", ["Lost Sailor"]),
        ("Fans met Night of the Long Rain star Emma Fields on Sunday.", "Night of the Long Rain", ["Long Rain"]),
        # paired: two participle-led halves parted by a comma in a list of works.
        ("She is the star of Roaring River, Sleeping Moon and Paper Lanterns.", "Roaring River, Sleeping Moon",
         ["Roaring River", "Sleeping Moon"]),
        # followed: what follows a work in a ranking is a work; "and the" before a capital stays inside.
        ("The comedy Big Sky Country, followed by Stay With Me and Ocean Hunters Second Voyage, led sales.",
         "Stay With Me", []),
        ("It was followed by Tom Finch and the Glass Tower, Lost Cities and The Long Road: The Last Mile.",
         "Tom Finch and the Glass Tower", ["Tom Finch"]),
        # listed: a list of three holding a colon title lists works.
        ("It was a good year, when Calm Waters: The Second Tide, Moonrakers and Paper Boats were all shot here.",
         "Moonrakers", []),
        # "roles included": a list of works, a title's "Are" and "the" inside.
        ("His best known roles included The Long Harbour and Gone Are the Summers, a film he wrote.",
         "Gone Are the Summers", ["Gone Are"]),
    ],
)
def test_credited_title_is_whole(nlp, text, title, fragments):
    types = mention_types(nlp, text, NONE)
    assert types.get(title) is T.WORK
    assert not set(fragments) & set(types)


@pytest.mark.parametrize(
    ("text", "name", "expected", "sport"),
    [
        # One bracket after a person is a party's or a seat's name, not a credit.
        ("John Marsh (Labour) said he would stand again.", "Labour", T.ORGANIZATION, NONE),
        # Brackets after players in a sports report name their countries or clubs.
        ("Wins for Tim Hale (Spain) and Rob Kent (Ghana) followed.", "Ghana", T.COUNTRY, frozenset({"sport"})),
        # A place in brackets is no title, even after two performers.
        ("The prize went to Ann Lowe (Glasgow) and Ray Dunn (Toronto).", "Glasgow", T.CITY, NONE),
        # A list of people around a title is no list of works.
        ("Hugh Grant, Calm Waters: The Second Tide and Colin Firth won.", "Colin Firth", T.PERSON, NONE),
        # What follows a firm in a ranking is no work.
        ("Tesco was followed by Sainsbury and the Co-op, then Asda.", "Sainsbury and the Co-op", None, NONE),
        # An owner's name before "star" is no title.
        ("Tony Blair's Labour star Gordon Brown spoke.", "Gordon Brown", T.PERSON, NONE),
        # A club's star in a sports report.
        ("Queen of the South star Jim Gray scored.", "Queen of the South", None, frozenset({"sport"})),
        # Positions a person held are no works.
        ("Her previous roles include Chief of Staff at the Home Office.", "Chief of Staff", None, NONE),
        # Two titles that open with the same participle are two titles.
        ("She is the star of Finding Rain, Finding Home and Paper Lanterns.", "Finding Home", T.WORK, NONE),
    ],
)
def test_no_credit(nlp, text, name, expected, sport):
    types = mention_types(nlp, text, sport)
    assert types.get(name) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A squad list's brackets name clubs, whether or not the article reads as a sports report:
        # a name that recurs.
        ("Backs: Mike Blair (Kelso Town), Andy Craig (Hawick Town), Phil Godman (Kelso Town).", "Hawick Town"),
    ],
)
def test_squad_brackets_are_no_titles(nlp, name, text):
    assert mention_types(nlp, text, NONE).get(name) is not T.WORK
