"""A qualifier before the name of what a post is of (``kg.extract.postqualifiers``), the
word after "ex-" ("ex-finance chief"), the roles the table spells in two words ("Under
Secretary", "Euro MP"), and a post "is to become" arranges (``kg.extract.verbstatus``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.types import Factuality


def _roles(nlp, text: str) -> set[tuple]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {
        (r.person.text, r.role, r.role_key, r.organisation.text if r.organisation else None, r.status)
        for r in extract(document, doc).roles
        if r.kind != "description"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # politics/373, 361: a shadow's post; the name after "Shadow" is its portfolio, no organisation.
        ('Shadow Europe minister Mr Brady said: "I believe it is essential that Britain keeps the rebate."',
         ("Brady", "Shadow Europe minister", "shadow minister", None, "current")),
        ("Shadow Treasury chief secretary George Osborne said there had been a sharp deterioration.",
         ("George Osborne", "Shadow Treasury chief secretary", "shadow secretary", None, "current")),
        # politics/395: a deputy's post of the party, and "Then" its status.
        ('Then deputy Conservative Chairman Howard Flight was reported to have suggested bigger "cuts".',
         ("Howard Flight", "deputy Conservative Chairman", "deputy chairman", "Conservative", "former")),
        # politics/339: "shadow" tagged a verb is still the post's.
        ('"This is typical of Lib Dem hypocrisy," said Tory shadow local government secretary Caroline Spelman.',
         ("Caroline Spelman", "shadow local government secretary", "secretary", "Tory", "current")),
        # business/246: the word after "ex-" is the post's ("finance chief"), "ex-" its status.
        ("Giving evidence in the trial, ex-finance chief Scott Sullivan implicated his colleague.",
         ("Scott Sullivan", "finance chief", "chief", None, "former")),
        # business/210: "Under Secretary" is one post, not the Treasury's Secretary.
        ('"The US is not convinced that\'s the necessary way to do it," said Treasury Under Secretary John Taylor.',
         ("John Taylor", "Under Secretary", "under secretary", "Treasury", "current")),
        # politics/293 with the other spelling of its MEP: a Euro MP is a member of the European Parliament.
        ("Ex-BBC chat show host and Euro MP Robert Kilroy-Silk said he wanted to change British politics.",
         ("Robert Kilroy-Silk", "Euro MP", "mep", None, "current")),
    ],
)
def test_the_qualified_post_is_read_whole(nlp, text, expected):
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # politics/210, 378: a qualifier after the name is read as it stands.
        ('PCSU deputy general secretary Hugh Lanning said: "We\'re asking for them to negotiate."',
         ("Hugh Lanning", "deputy general secretary", "general secretary", "PCSU", "current")),
        ("On Sunday, Conservative shadow home secretary David Davis claimed judges would get the powers.",
         ("David Davis", "shadow home secretary", "home secretary", "Conservative", "current")),
        # politics/225: a post the table lists whole keeps its own key.
        ('On Tuesday, Deputy Prime Minister Mr Prescott told BBC News: "They told us very clearly."',
         ("Prescott", "Deputy Prime Minister", "deputy prime minister", None, "current")),
        # politics/226: no qualifier before the party: its leader.
        ("Tory leader Michael Howard argued a change in direction was needed.",
         ("Michael Howard", "leader", "leader", "Tory", "current")),
    ],
)
def test_no_qualified_post_without_a_qualifier_before_the_name(nlp, text, expected):
    assert expected in _roles(nlp, text)


def _factuality(nlp, text: str, person: str, role: str) -> tuple[str, Factuality]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    found = [r for r in extract(document, doc).roles if person in r.person.text and r.role_key == role]
    assert found, [(r.person.text, r.role_key) for r in extract(document, doc).roles]
    return found[0].status, found[0].factuality


@pytest.mark.parametrize(
    ("text", "person", "role", "expected"),
    [
        # politics/407, business/216: "is to become" arranges a post not yet held.
        ("Mr Boateng, 53, is to become the UK's high commissioner to South Africa.", "Boateng",
         "high commissioner", ("future", Factuality.PLANNED)),
        ("Mr Ghosn is to become chairman and chief executive of Renault in April.", "Ghosn", "chairman",
         ("future", Factuality.PLANNED)),
        # politics/407: "is to step down as" leaves the post held now, as a fact.
        ("Paul Boateng, Chief Secretary to the Treasury, is to step down as a Labour MP at the general election.",
         "Boateng", "mp", ("current", Factuality.ASSERTED)),
        # politics/289: a post taken is held.
        ("As he assumes the title of Lord Kinnock, he has also become chairman of the British Council.", "he",
         "chairman", ("current", Factuality.ASSERTED)),
    ],
)
def test_a_post_arranged_by_is_to_is_planned(nlp, text, person, role, expected):
    assert _factuality(nlp, text, person, role) == expected
