"""A national side is nowhere in a city where it played (kg.resolve.typed), on sentences of BBC
sport; a club or a ground in a place still is."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2005-02-01")


def _located(part: DocumentGraph) -> set[tuple[str, str]]:
    return {(relation.subject, relation.object) for relation in part.relations if relation.key in ("be in", "base in")}


def test_a_national_side_is_not_in_the_city_it_played_in(nlp):
    # BBC sport (the report's opening, which makes Ireland a side): where it played, no place of its own
    text = ("England 'to launch ref protest'\n\nEngland will protest to the International Rugby Board (IRB) about "
            "the referee's performance in the defeat by Ireland, reports the Daily Mail.\n\nEngland coach Andy "
            "Robinson has called on ex-international referees Colin High and Steve Lander to analyse several of "
            "Jonathan Kaplan's decisions. \"I want to go through the tape with Colin and Steve,\" Robinson told the "
            "Daily Mail. \"I want to speak to the IRB about it. I think only one side was refereed.\" High, the "
            "Rugby Football Union's referees' manager, claimed Kaplan made three major errors which changed the "
            "outcome of Sunday's match. England were beaten 19-13 by the Irish in Dublin, their third straight "
            "defeat in the 2005 Six Nations.")
    assert not any(subject.startswith("ireland") for subject, _ in _located(_part(nlp, text))), _located(_part(nlp, text))


def test_a_ground_is_still_in_its_town(nlp):
    part = _part(nlp, "Real's ground holds 32,000 whereas the Parc des Sports Aguilera in Biarritz has a capacity of "
                      "just 12,667.")
    assert any(obj == "biarritz" for _, obj in _located(part)), _located(part)
