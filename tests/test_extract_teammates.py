"""Fellow members after a group's name and a noun of fellows (``kg.extract.teammates``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _members(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(r.person.text, r.organisation.text if r.organisation else None, r.membership)
            for r in extract(document, doc).roles if not r.role}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luscombe gets the nod on the wing ahead of Dragons team-mate Kevin Morgan, who wins a place on the bench.",
         {("Kevin Morgan", "Dragons", "member of")}),
        ("Kevin Morgan takes over from his injured Newport-Gwent Dragons colleague Hal Luscombe on the right wing.",
         {("Hal Luscombe", "Newport-Gwent Dragons", "member of")}),
        # A country's name before the noun is its side: the players play for it; a noun of
        # several makes every name of the "and" list after it a member.
        ("The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter.",
         {("Gordon Bulloch", "Scotland", "play for"), ("Chris Cusiter", "Scotland", "play for")}),
    ],
)
def test_a_noun_of_fellows_makes_the_names_after_it_members(nlp, text, expected):
    assert expected <= _members(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He left ahead of his former Leeds team-mate Kevin Morgan, who wins a place on the bench.",  # over
        "The withdrawals of Irish duo Gordon Bulloch and Chris Cusiter hurt.",  # a nationality, no side
    ],
)
def test_no_membership_from_a_former_fellow_or_a_nationality(nlp, text):
    assert not {m for m in _members(nlp, text) if m[0] in ("Kevin Morgan", "Gordon Bulloch", "Chris Cusiter")}


def test_a_countrys_player_in_a_report_of_a_competition_of_national_sides(nlp):
    """kg.extract.nationalsides: a country's possessive before a player's name is its side
    in a report whose lead names a competition of national sides; elsewhere a nationality."""
    report = ("Captains lining up for Aid match\n\nIreland's Brian O'Driscoll is one of four Six Nations captains "
              "included in the Northern Hemisphere squad for the IRB Rugby Aid match on 5 March.")
    assert ("Brian O'Driscoll", "Ireland", "play for") in _members(nlp, report)
    elsewhere = ("Captains lining up for Aid match\n\nIreland's Brian O'Driscoll is one of four captains "
                 "included in the Northern Hemisphere squad for the IRB Rugby Aid match on 5 March.")
    assert not {m for m in _members(nlp, elsewhere) if m[0] == "Brian O'Driscoll" and m[1] == "Ireland"}


def test_a_lowercase_word_of_an_events_name_names_no_event(nlp):
    """ "ashes" written in lower case is no Ashes series: Ireland's stays a nationality."""
    report = ("Rugby rises from the ashes\n\nIreland's Brian O'Driscoll is one of four captains "
              "included in the Northern Hemisphere squad for the IRB Rugby Aid match on 5 March.")
    assert not {m for m in _members(nlp, report) if m[0] == "Brian O'Driscoll" and m[1] == "Ireland"}
