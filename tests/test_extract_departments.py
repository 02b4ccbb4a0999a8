"""A field before a role's named owner ("head of UK equities for Standard Life Investments")
is the role's words, the owner the organisation (``kg.extract.departments``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(r.person.text, r.role, r.organisation.text if r.organisation else None)
            for r in extract(document, doc).roles if r.kind != "description"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('David Cummings, head of UK equities for Standard Life Investments, said he believed a "well funded" '
         "300p a share bid would be enough for Mr Glazer to take control of the club.",
         ("David Cummings", "head of UK equities", "Standard Life Investments")),
        ('"We are working in the hard disk area and we will be bringing out exciting devices," Jonas Guest, '
         "vice president for entertainment at Nokia, told the BBC News website.",
         ("Jonas Guest", "vice president for entertainment", "Nokia")),
        # A place after the owner, hung on the role, leaves the apposition whole.
        ('"The market was panicked but fears essentially evaporated... since there was no follow-up," said '
         "Deborah White, senior economist for energy at SG Securities in Paris.",
         ("Deborah White", "senior economist for energy", "SG Securities")),
    ],
)
def test_a_field_before_a_named_owner_is_the_roles(nlp, text, expected):
    assert expected in _roles(nlp, text)


def test_an_occasion_after_a_role_is_no_field(nlp):
    """ "at a news conference at 1500 GMT": "at" names no field, a time owns no post."""
    text = "Southampton are set to unveil Harry Redknapp as their new manager at a news conference at 1500 GMT on Wednesday."
    assert {role for who, role, _ in _roles(nlp, text) if who == "Harry Redknapp"} == {"manager"}
