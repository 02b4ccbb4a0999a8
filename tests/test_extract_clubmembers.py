"""A club's name in the singular is one member, a person: "said the Birchfield Harrier"
(model tests; ``kg.extract.clubmembers``)."""

from __future__ import annotations

from tests.extract_helpers import article_graph


def test_club_member_epithet_is_the_person_not_an_organisation(nlp):
    # The sentence of the issue: NER reads "the Birchfield Harrier" as an organisation.
    graph = article_graph(nlp, 'Mark Lewis-Francis won the 60m at the trials in Sheffield on Sunday. "I am very happy with '
                        'that time," said the Birchfield Harrier.')
    assert "Birchfield Harrier" not in {entity.label for entity in graph.entities()}
    (quote,) = [quote for quote in graph.quotes() if quote.content == "I am very happy with that time"]
    assert quote.speaker is not None and graph.entity(quote.speaker).label == "Mark Lewis-Francis"


def test_club_name_as_a_modifier_stays(nlp):
    # "the Saracens coach": the club's name before a noun is no member (nor singular).
    graph = article_graph(nlp, 'Wasps beat Saracens 25-10 at Vicarage Road on Sunday. "We were poor," said the Saracens coach.')
    assert "Saracens" in {entity.label for entity in graph.entities()}
