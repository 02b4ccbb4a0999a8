"""A post written after a bare "party" or "club" is of the one party or club the article
names (``kg.resolve.kindowners``), on the shared pipeline."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _positions(part: DocumentGraph) -> dict[tuple[str, str], str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[p.person], p.role): labels.get(p.organisation) if p.organisation else None
            for p in part.positions}


# bbc/politics/339, shortened.
_LIB_DEMS = (
    "The Liberal Democrats have unveiled plans to build 100,000 new affordable homes on publicly owned land.\n\n"
    "All the major parties are focusing on the issue in the run-up to the election. The Lib Dems say their "
    "mutual homes would let people buy a share of a property. ")


def test_a_party_post_is_the_party_named_just_before(nlp):
    part = resolved_part(
        nlp,
        _LIB_DEMS + "Party leader Charles Kennedy said the homes would be affordable.",
        title="Lib Dems target first-time buyers", date="2005-03-01")
    assert _positions(part)[("Charles Kennedy", "Party leader")] == "Liberal Democrats"


def test_two_parties_in_reach_give_none(nlp):
    # bbc/politics/374, paraphrased: the Tories and Labour both named in the post's sentence.
    part = resolved_part(
        nlp,
        "The Conservatives held their spring forum in Brighton on Saturday.\n\n"
        "Tory co-chairman Liam Fox opened the forum with an attack on Labour's record and party leader "
        "Michael Howard is due to speak later.",
        title="Tories gather for spring forum", date="2005-03-01")
    assert _positions(part).get(("Michael Howard", "party leader")) is None


def test_a_club_post_is_the_one_club_named_before(nlp):
    # bbc/business/209, shortened.
    part = resolved_part(
        nlp,
        "Shares in Manchester United were up over 5% by noon on Monday following a new offer from Malcolm "
        "Glazer.\n\nFormer footballer Eric Cantona and club manager Sir Alex Ferguson have lent their backing "
        "to the supporters.",
        title="Mixed reaction to Man Utd offer", date="2005-03-01")
    assert _positions(part)[("Alex Ferguson", "club manager")] == "Manchester United"


def test_two_clubs_named_give_none(nlp):
    # bbc/sport/270, paraphrased: Southampton and Portsmouth both named before.
    part = resolved_part(
        nlp,
        "Southampton have made Gordon Strachan their first choice to replace Harry Redknapp, who left "
        "Portsmouth for the Saints in December.\n\nClub director Terry Brady held initial talks with Strachan "
        "on Saturday.",
        title="Saints target Strachan", date="2005-03-01")
    assert _positions(part).get(("Terry Brady", "Club director")) is None


def test_a_company_post_is_the_company_named_just_before(nlp):
    # bbc/business/222, shortened.
    part = resolved_part(
        nlp,
        "International oil companies have reacted cautiously to Russia's decision to bar foreign firms from "
        "tenders.\n\nExxon, the world's largest oil company, has signed preliminary agreements to develop the "
        "Sakhalin 3 field. Company spokesman Glenn Waller said the deal was still valid.",
        title="Oil companies get Russian setback", date="2005-03-01")
    assert _positions(part)[("Glenn Waller", "Company spokesman")] == "Exxon"


def test_two_companies_named_just_before_give_none(nlp):
    # bbc/business/222, paraphrased: BP and Exxon both named in the sentence before.
    part = resolved_part(
        nlp,
        "International oil companies have reacted cautiously to Russia's decision to bar foreign firms from "
        "tenders.\n\nBP and Exxon have both signed preliminary agreements to develop the Sakhalin fields. "
        "Company spokesman Glenn Waller said the deal was still valid.",
        title="Oil companies get Russian setback", date="2005-03-01")
    assert _positions(part).get(("Glenn Waller", "Company spokesman")) is None


def test_a_capitalised_party_read_as_the_owner(nlp):
    # bbc/politics/347, shortened: "Party" opens the sentence and the parse takes it for a name.
    part = resolved_part(
        nlp,
        "Local communities would be asked to elect their own police commissioner, under plans unveiled by "
        "the Conservatives.\n\nParty leader Michael Howard said the new role would replace police authorities.",
        title="Tories outlining policing plans", date="2005-03-01")
    positions = _positions(part)
    assert positions.get(("Michael Howard", "leader")) == "Conservative Party"
    assert ("Michael Howard", "Party leader") not in positions
