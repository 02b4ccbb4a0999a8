"""A town's club in any article (``name_heads.tsv`` context "club", kg.extract.cues.head_type),
"the club" as its description (kg.resolve.coref) and "United" as its short form
(kg.resolve.variants), in business news about a football club."""

from __future__ import annotations

from kg.records import Mention
from kg.resolve.variants import is_variant
from kg.types import EntityType as T
from tests.extract_helpers import resolved_part


def _part(nlp, text: str):
    return resolved_part(nlp, text, date="2005-02-14")


def test_the_club_in_business_news_is_the_named_club(nlp):
    # BBC business: no sports report, yet "Manchester United" is a club and "the club" speaks for it
    part = _part(nlp, "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its "
                      "books. In a statement, the club said it would allow Mr Glazer \"limited due diligence\" "
                      "to give him the opportunity to take the proposal on to a formal bid.")
    labels = {entity.key: entity for entity in part.entities}
    united = [entity for entity in part.entities if entity.label == "Manchester United"]
    assert [entity.type for entity in united] == [T.SPORTS_TEAM]
    assert [labels[quote.speaker].label for quote in part.quotes if quote.speaker] == ["Manchester United"]


def test_united_is_the_town_club_not_a_supporters_group():
    def m(text: str, entity_type: T) -> Mention:
        return Mention(100, 100 + len(text), text, entity_type, 2)
    assert is_variant(m("United", T.ORGANIZATION), m("Manchester United", T.SPORTS_TEAM))
    assert not is_variant(m("United", T.ORGANIZATION), m("Shareholders United", T.ORGANIZATION))


def test_a_clubs_name_without_its_town_is_the_club():
    # "Real slipped to 13 points behind leaders Barcelona" after "Real Madrid midfielder David Beckham";
    # "said Atletico sporting director Toni Munoz" (NER's person) after "a move to Atletico Madrid".
    def m(text: str, entity_type: T) -> Mention:
        return Mention(100, 100 + len(text), text, entity_type, 2)
    assert is_variant(m("Real", T.SPORTS_TEAM), m("Real Madrid", T.SPORTS_TEAM))
    assert is_variant(m("Atletico", T.PERSON), m("Atletico Madrid", T.SPORTS_TEAM))
    # Not a town's own name ("Manchester" is no Manchester United), nor a club's kind word after no town.
    assert not is_variant(m("Manchester", T.CITY), m("Manchester United", T.SPORTS_TEAM))
    assert not is_variant(m("Leeds", T.ORGANIZATION), m("Leeds Rhinos", T.SPORTS_TEAM))
