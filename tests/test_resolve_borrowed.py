"""A post written with no organisation takes the one a description of the same role gives
(``kg.resolve.borrowed``): only when one person is named in that role, and never a person."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract_helpers import resolved_part


def _positions(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels.get(p.person), p.role, labels.get(p.organisation)) for p in part.positions}


# business/200, shortened: "the Cuban president" is Castro.
CUBA = ("Critics of the measure argue that it reflects the Cuban president's desire to increase his control of the "
        "economy. In a live television broadcast, President Castro's chief aide said it was necessary. The tax will "
        "also affect the two million tourists who visit Cuba every year.")


def test_the_one_holder_of_a_role_takes_its_descriptions_organisation(nlp):
    assert ("Fidel Castro", "President", "Cuba") in _positions(nlp, CUBA.replace("President Castro", "President Fidel Castro"))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # business/200: two presidents named; the Cuban president's country is not Bush's.
        (CUBA + " President Bush's government introduced even tighter restrictions on Cuba in May.", "Bush",
         "President"),
        # business/491: the Economics Minister is Bakrie; the Welfare Minister is no minister of Economics.
        ("Indonesia no longer needs the debt freeze offered by the Paris Club, Economics Minister Aburizal Bakrie has "
         "reportedly said. The Indonesian Economics Minister explained that the money was for the rebuilding of Aceh "
         "province. Welfare Minister Alwi Shihab told AP news agency that this announcement should allay suspicion of "
         "corruption.", "Alwi Shihab", "Welfare Minister"),
        # politics/356: "his chancellor" says whose colleague Brown is, not what he is chancellor of.
        ("Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims he was too bullish. "
         "Mr Blair praised his chancellor for his stewardship of the economy.", "Gordon Brown", "Chancellor"),
    ],
)
def test_no_organisation_from_a_description_another_holder_or_a_person_may_own(nlp, text, person, role):
    held = {(who, written, owner) for who, written, owner in _positions(nlp, text) if who == person}
    assert held == {(person, role, None)}


def _reading(text: str, person: str, role: str, organisation: str | None, kind: str = "appositive"):
    from kg.records import Argument, RoleReading

    def argument(words: str) -> Argument:
        start = text.index(words)
        return Argument(text=words, start=start, end=start + len(words), head_start=start, head_end=start + len(words))

    at = text.index(role + " " + person) if kind != "description" else text.index(role)
    return RoleReading(person=argument(person), role=role, role_key=role, role_type="position",
                       organisation=argument(organisation) if organisation else None, sentence=(0, len(text)),
                       kind=kind, confidence=0.9, role_span=(at, at + len(role)))


# sport/251, shortened: the parse left "Leeds" out of Krasner's post; the description gives Chelsea.
LEEDS = ('Bates stepped down as the Chelsea chairman last year. "This deal ensures the survival of the club," '
         "outgoing Leeds chairman Gerald Krasner said. Chairman Gerald Krasner added that fans were delighted.")


@pytest.mark.parametrize(
    ("named", "owner"),
    [
        ("Leeds chairman Gerald Krasner", -1),  # a name of its own before the post: not the description's owner
        ("Chairman Gerald Krasner", 7),  # a capital that opens the sentence is no name: the description's owner
    ],
)
def test_a_post_with_a_name_before_it_borrows_no_organisation(named, owner):
    from kg.resolve.borrowed import described_owners

    description = _reading(LEEDS, "the Chelsea chairman", "chairman", "Chelsea", kind="description")
    start = LEEDS.index(named)
    post = _reading(LEEDS[: start] + named, "Gerald Krasner", "chairman", None)
    if named.startswith("Chairman"):
        post = replace(post, role="Chairman", role_span=(start, start + len("Chairman")))
    roles = [("description", -1, 7, description), ("position", 3, -1, post)]
    assert [organisation for what, _, organisation, _ in described_owners(roles, LEEDS) if what == "position"] == [owner]
