"""Memberships and roles a verb gives by itself (``kg.extract.joins``, read through
``kg.extract.positions`` on the shared pipeline), a roles.tsv row, and a party name NER
cuts in two (``kg.extract.rolephrase``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.belonging import member_possessive
from kg.extract.joins import joining
from kg.extract.words import Words
from kg.nlp import parse
from kg.records import Document, Mention
from kg.types import EntityType
from tests.extract_helpers import hand_doc


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
        # roles.tsv: a rugby three-quarter (folded "three quarter") plays for the club before it (sport/333).
        ("Dragons three-quarter Hal Luscombe takes Shanklin's wing berth. Luscombe gets the nod on the wing "
         "ahead of Dragons team-mate Kevin Morgan.",
         ("Hal Luscombe", "three-quarter", "three quarter", "Dragons", "current", "play for")),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A national side is named by its country: a team verb's object may be one.
        ("Tom Hale, who captains Scotland, was injured.", ("Tom Hale", "captain", "captain", "Scotland", "current", "play for")),
        ("Gareth Price, who plays for Wales, was dropped.", ("Gareth Price", "", "", "Wales", "current", "play for")),
    ],
)
def test_team_verbs_take_a_country_as_its_side(nlp, text, expected):
    assert expected in _readings(nlp, text)


def test_a_country_is_no_organisation_for_other_verbs(nlp):
    """ "leads" is no team's verb: a person who leads a country is read as its leader
    elsewhere (a title), never as a member."""
    assert not {r for r in _readings(nlp, "Helen Clark, who leads New Zealand, spoke.") if r[3] == "New Zealand"}


# Hand-built: "Michael Dean joined Chelsea." and "Chelsea 's Frank Lampard scored ." with the
# club typed a sports team by the club rules (NER said a person), so the rules, not the model, are tested.
def _hand(rows, types):
    words = Words(hand_doc(rows))
    names = []
    for start, end, entity_type in types:
        first, last = words[start], words[end - 1]
        text = words.text[first.idx : last.idx + len(last.text)]
        names.append((start, end, Mention(first.idx, last.idx + len(last.text), text, entity_type, 0)))
    return words, names


JOINED = [
    ("Michael", "PROPN", "NNP", "compound", 1, "Michael"),
    ("Dean", "PROPN", "NNP", "nsubj", 2, "Dean"),
    ("joined", "VERB", "VBD", "ROOT", 2, "join"),
    ("Chelsea", "PROPN", "NNP", "dobj", 2, "Chelsea"),
    (".", "PUNCT", ".", "punct", 2, "."),
]
POSSESSIVE = [
    ("Chelsea", "PROPN", "NNP", "poss", 3, "Chelsea"),
    ("'s", "PART", "POS", "case", 0, "'s"),
    ("Frank", "PROPN", "NNP", "compound", 3, "Frank"),
    ("Lampard", "PROPN", "NNP", "nsubj", 4, "Lampard"),
    ("scored", "VERB", "VBD", "ROOT", 4, "score"),
    (".", "PUNCT", ".", "punct", 4, "."),
]


@pytest.mark.parametrize("club", [EntityType.SPORTS_TEAM, EntityType.ORGANIZATION])
def test_joining_a_club_typed_a_team_is_a_membership(club):
    words, names = _hand(JOINED, [(0, 2, EntityType.PERSON), (3, 4, club)])
    found = joining(words[2], words[1], names)
    assert found is not None and (found.holder, found.group, found.membership) == (0, 1, "member of")


def test_joining_a_country_is_no_membership():
    words, names = _hand(JOINED, [(0, 2, EntityType.PERSON), (3, 4, EntityType.COUNTRY)])
    assert joining(words[2], words[1], names) is None


@pytest.mark.parametrize(("club", "member"), [(EntityType.SPORTS_TEAM, "Chelsea"), (EntityType.CITY, None)])
def test_a_teams_person_by_the_mentions_type(club, member):
    """ "Chelsea's Frank Lampard": NER read "Chelsea" as no organisation (ent_type_ is
    empty here); the mention's type decides."""
    words, names = _hand(POSSESSIVE, [(0, 1, club), (2, 4, EntityType.PERSON)])
    sentence = next(iter(words.sentences.values()))
    owner = member_possessive(words, sentence, 2, names)
    assert (owner.text if owner is not None else None) == member


def test_a_countrys_person_is_no_member_by_the_mentions_type():
    """ "Spain's Rafael Nadal": a nationality, though the club rules type "Spain" a team."""
    rows = [("Spain", *POSSESSIVE[0][1:]), *POSSESSIVE[1:]]
    words, names = _hand(rows, [(0, 1, EntityType.SPORTS_TEAM), (2, 4, EntityType.PERSON)])
    sentence = next(iter(words.sentences.values()))
    assert member_possessive(words, sentence, 2, names) is None


def test_an_organisations_person_past_an_honorific(nlp):
    """ "Labour's Mr Livingstone": the honorific stands between the possessive and the name."""
    assert ("Hale", "", "", "Labour", "current", "member of") in _readings(nlp, "Labour's Mr Hale said the plan was wrong.")
