"""A result noun with no side of its own ("Sunday's 2-2 draw with Chelsea", "their
derby defeat against Everton") has as its agent the one team its sentence names
before it (``kg.resolve.resultsides``; model tests on sentences of unseen articles)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import role_labels


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # A day's possessive is the time; the side is the one team named before.
        ("England coach Andy Robinson insisted he was \"livid\" after his side were denied two tries in Sunday's "
         "19-13 Six Nations loss to Ireland in Dublin.", "lose", ("agent", "England")),
        # "their" that no clause's subject gives: the team before it.
        ("Former France fly-half Thomas Castaignede has warned the pressure is mounting on coach Bernard Laporte "
         "following their defeat by Wales.", "lose", ("agent", "France")),
        # No holder at all: the same.
        ("England were sloppy and leaderless in the defeats against Wales and France and another loss would be "
         "unthinkable.", "lose", ("agent", "England")),
    ],
)
def test_the_one_team_before_is_the_side(nlp, text, lemma, expected):
    assert expected in role_labels(nlp, text, lemma)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # Two teams before the noun: either could be the side.
        ("Almunia was at fault for Rosenborg's goal in Arsenal's 5-1 Champions League win on Tuesday and had some "
         "hairy moments in last week's win over Birmingham.", "win"),
        # A player beat a player: the country named is no side.
        ("Serbia's Ana Ivanovic captured her first WTA title with a straight-sets victory over Hungarian Melinda "
         "Czink in the final of the Canberra Classic.", "win"),
    ],
)
def test_no_side_unless_one_team_fits(nlp, text, lemma):
    found = {label for role, label in role_labels(nlp, text, lemma) if role == "agent"}
    assert not found & {"Rosenborg", "Serbia"}
