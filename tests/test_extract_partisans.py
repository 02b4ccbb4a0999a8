"""A party's member noun before a person's name (``kg.extract.partisans``): the person is a
member of the party, resolved to the party's node (``kg.resolve.statements``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _members(nlp, text: str) -> set[tuple[str | None, str | None]]:
    document = Document(id="t", text=text, date="2005-01-01", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    label = {entity.key: entity.label for entity in part.entities}
    return {(label.get(r.subject), label.get(r.object)) for r in part.relations if r.key == "member of"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Earlier Conservative Graham Brady said the rebate was a "crucial test" of how firmly ministers were '
         "prepared to stand up for Britain.", ("Graham Brady", "Conservative Party")),
        ("Liberal Democrat Alan Beith - who chairs the select committee which monitors the Department of "
         "Constitutional Affairs - said if the claims were true, Whitehall was acting against the Act.",
         ("Alan Beith", "Liberal Democrats")),
    ],
)
def test_a_party_member_noun_before_a_name_is_a_membership(nlp, text, expected):
    assert expected in _members(nlp, text)


def test_the_member_noun_is_read_where_ner_took_it_into_the_name(nlp):
    """NER read "Tory Dominic" as a person's words; the name is cut after the member noun."""
    text = ('Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the way '
            'Mr Blunkett\'s office operated as "scandalous".')
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    found = {(r.person.text, r.organisation.text if r.organisation else None, r.membership) for r in extract(document, doc).roles}
    assert ("Dominic Grieve", "Tory", "member of") in found


@pytest.mark.parametrize(
    "text",
    [
        "Former Labour Tom Smith said the plan was wrong.",  # a membership held no more
        "The ex-Tory John Major said the plan was wrong.",
        # a year dates the membership to its time
        "But the youngest is understood to have been Tory Edward Turnour, who won the 1904 Horsham by-election aged 21.",
    ],
)
def test_no_membership_that_is_over(nlp, text):
    assert _members(nlp, text) == set()


def test_the_member_noun_is_cut_where_ner_ran_a_fellow_over_it(nlp):
    """NER read "Fellow Lib Dem Norman Baker" as one person (kg.extract.glued rule ``party``)."""
    text = ('Fellow Lib Dem Norman Baker said the episode painted an "unflattering picture of the inner workings '
            'of government".')
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    found = {(r.person.text, r.organisation.text if r.organisation else None, r.membership) for r in extract(document, doc).roles}
    assert ("Norman Baker", "Lib Dem", "member of") in found


def test_a_short_member_noun_is_the_party_an_earlier_member_noun_named(nlp):
    """ "Lib Dem" resolves to the Liberal Democrats that "Liberal Democrat Alan Beith" named
    (kg.resolve.shortowner: two nicknames of one party)."""
    text = ("Liberal Democrat Alan Beith - who chairs the select committee which monitors the Department of "
            "Constitutional Affairs - said if the claims were true, Whitehall was acting against the Act. "
            'Fellow Lib Dem Norman Baker said the episode painted an "unflattering picture of the inner workings '
            'of government".')
    assert ("Norman Baker", "Liberal Democrats") in _members(nlp, text)
