"""A group whose label is only its demonym gets no "come from" edge (kg.resolve.groups): the edge
would repeat the label ("Britons --come from--> United Kingdom"); a named person's nationality
stays (issue 14)."""

from __future__ import annotations

from kg.records import Entity, Mention
from kg.resolve.coref import Cluster
from kg.resolve.groups import demonym_links
from kg.types import EntityType as T
from tests.extract_helpers import resolved_part


def _from(nlp, text: str) -> list[tuple[str, str]]:
    part = resolved_part(nlp, text, date="2005-01-13")
    return [(relation.subject, relation.object) for relation in part.relations if relation.key == "be from"]


def test_group_demonym_edges_a_plural_demonym_group_has_none(nlp):
    # politics/205, paraphrased.
    text = ("The Britons were detained as part of the US-led war on terror. "
            "The United Kingdom has asked for their return.")
    part = resolved_part(nlp, text, date="2005-01-13")
    assert "Britons" in {entity.label for entity in part.entities if entity.type is T.GROUP}
    assert _from(nlp, text) == []


def test_group_demonym_edges_a_plural_in_a_figure_has_none(nlp):
    # business/450, paraphrased.
    text = ("The number of Americans filing initial jobless claims jumped to 367,000, the highest rate since "
            "September. The US economy grew.")
    assert _from(nlp, text) == []


def test_group_demonym_edges_a_people_after_the_has_none(nlp):
    # business/264, paraphrased.
    text = ("Speculation is mounting that the Germans may raise their bid for the exchange. "
            "Germany's Deutsche Boerse has already offered £1.3bn.")
    assert _from(nlp, text) == []


def test_group_demonym_edges_a_named_person_keeps_the_nationality(nlp):
    # entertainment/308: the demonym says where a named person is from.
    text = ("French actress Audrey Tautou, star of hit film Amelie, will play the female lead in the film "
            "adaptation of The Da Vinci Code, it has been reported.")
    assert ("audrey-tautou", "france") in _from(nlp, text)


def _group(label: str, mention_text: str) -> tuple[list[Cluster], list[Entity]]:
    group = Cluster(index=0, type=T.GROUP, mentions=[Mention(start=0, end=len(mention_text), text=mention_text,
                                                             type=T.GROUP, sentence=0)])
    country = Cluster(index=1, type=T.COUNTRY, mentions=[Mention(start=40, end=47, text="Albania", type=T.COUNTRY,
                                                                 sentence=0)])
    entities = [Entity(key="g", label=label, type=T.GROUP), Entity(key="albania", label="Albania", type=T.COUNTRY)]
    return [group, country], entities


def test_group_demonym_edges_a_label_that_says_more_keeps_the_edge():
    text = "Albanians of the south marched today in Albania."
    clusters, entities = _group("Albanians of the south", "Albanians")
    links = demonym_links(clusters, {0: "g", 1: "albania"}, entities, document_id="d", text=text,
                          sentences=[(0, len(text))])
    assert [(relation.subject, relation.object) for relation in links] == [("g", "albania")]


def test_group_demonym_edges_a_label_of_the_demonym_and_a_noun_for_people_has_none():
    text = "Albanians of the south marched today in Albania."
    for label in ("Albanians", "the Albanians", "the Albanian people"):
        clusters, entities = _group(label, "Albanians")
        assert demonym_links(clusters, {0: "g", 1: "albania"}, entities, document_id="d", text=text,
                             sentences=[(0, len(text))]) == [], label
