"""Memberships and roles a verb gives by itself (``kg.extract.joins``, read through
``kg.extract.positions`` on the shared pipeline), a roles.tsv row, and a party name NER
cuts in two (``kg.extract.rolephrase``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _readings(nlp, text: str) -> set[tuple]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {
        (r.person.text, r.role, r.role_key, r.organisation.text if r.organisation else None, r.status, r.membership)
        for r in extract(document, doc).roles
        if r.kind != "description"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Joining, defecting: a membership with no role.
        ("Peter Jones joined the Conservatives in 1998.", ("Peter Jones", "", "", "Conservatives", "current", "member of")),
        ("Robert Jackson defected to the Liberal Democrats in 2004.",
         ("Robert Jackson", "", "", "Liberal Democrats", "current", "member of")),
        # Playing for a club.
        ("Ian Smith, who plays for Arsenal, was injured.", ("Ian Smith", "", "", "Arsenal", "current", "play for")),
        # A verb that is a role, in the present.
        ("Jan Berry, who chairs the Police Federation, said officers were tired.",
         ("Jan Berry", "chairman", "chairman", "Police Federation", "current", None)),
        ("Jane Smith heads the Financial Services Authority.",
         ("Jane Smith", "head", "head", "Financial Services Authority", "current", None)),
        ("Michael Howard has led the Conservative Party since 2003.",
         ("Michael Howard", "leader", "leader", "Conservative Party", "current", "member of")),
        # Founding lasts: the past tense still gives the founder.
        ("Robert Redford founded Sundance in 1981.", ("Robert Redford", "founder", "founder", "Sundance", "current", None)),
        # roles.tsv: a party's co-ordinator (folded "co ordinator") is one of its members.
        ("Labour's election co-ordinator Alan Milburn said the vote would be close.",
         ("Alan Milburn", "election co-ordinator", "coordinator", "Labour", "current", "member of")),
    ],
)
def test_verbs_give_memberships_and_roles(nlp, text, expected):
    assert expected in _readings(nlp, text)


def test_a_party_name_ner_cut_in_two_is_one_organisation(nlp):
    """kg.extract.rolephrase._split_party: NER reads "Liberal" (ORG) "Democrat" (NORP)."""
    found = _readings(nlp, "Charles Kennedy, the Liberal Democrat leader, said the war was wrong.")
    assert ("Charles Kennedy", "leader", "leader", "Liberal Democrat", "current", "member of") in found


@pytest.mark.parametrize(
    "text",
    [
        "Neil Kinnock led the Labour Party in 1992.",  # a past lead may be long over
        "Ian Smith, who played for Arsenal, was injured.",  # so may a past club
        "Tony Blair chaired the meeting.",  # no organisation named
        "Arsenal lead the Premiership.",  # no person leads
        "Britain joined the European Union in 1973.",  # a country joins, no person
        "Robert Kilroy-Silk quit the UK Independence Party last month.",  # a former membership: no edge holds it
        "Thierry Henry joined Arsenal as a striker.",  # a role: read by positions, not as a bare membership
    ],
)
def test_no_bare_membership_or_verb_role(nlp, text):
    assert not {r for r in _readings(nlp, text) if r[1] in ("", "leader", "chairman")}
