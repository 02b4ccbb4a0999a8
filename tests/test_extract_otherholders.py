"""Role phrases beside a name that are not its post (``kg.extract.otherholders``), on the
shared pipeline: sentences shortened from unseen articles."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _roles(nlp, text: str) -> set[tuple[str, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(r.person.text, r.role) for r in extract(document, doc).roles if r.kind != "description"}


@pytest.mark.parametrize(
    ("text", "held", "not_held"),
    [
        # Two roles, the second with its own possessive: two people, the name holds the second.
        ("The prime minister and his campaign boss Alan Milburn have already insisted the election "
         "will be fought on the economy.", {("Alan Milburn", "campaign boss")}, {("Alan Milburn", "prime minister")}),
        # Two roles and no determiner: one person holds both.
        ("BIFA founder and director Elliot Grove said the festival would go on.",
         {("Elliot Grove", "director"), ("Elliot Grove", "BIFA founder")}, set()),
        ("Nortel president and chief executive Bill Owens said the restatements were complete.",
         {("Bill Owens", "president"), ("Bill Owens", "chief executive")}, set()),
        # A list of people after the name's comma, each with a determiner: none is the name's post.
        ("French stock market regulator AMF has filed complaints against media giant Vivendi Universal, its boss "
         "and another top executive.", set(), {("Vivendi Universal", "boss")}),
        # Two roles after the comma with no determiner of their own: both the name's.
        ("Philip Knight, chairman and chief executive, said revenues reached all-time highs.",
         {("Philip Knight", "chairman"), ("Philip Knight", "chief executive")}, set()),
        # A plural role after a copula, no organisation: a class the subject is in.
        ("Japan, South Korea and Singapore will also be strong players, but China's demographics give it the edge.",
         set(), {("Japan", "strong player")}),
        # A singular role with its organisation after a copula is a post.
        ("Lynne Brindley is chief executive of the British Library.",
         {("Lynne Brindley", "chief executive")}, set()),
    ],
)
def test_roles_beside_a_name_that_are_another_persons_or_a_class(nlp, text, held, not_held):
    roles = _roles(nlp, text)
    assert held <= roles
    assert not roles & not_held
