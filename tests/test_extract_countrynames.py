"""A country's name that opens a public body's name is part of it (kg.extract.countrynames)."""

from __future__ import annotations

import pytest

from kg.extract.entities import Entities


def _names(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(ent.text, ent.label_) for ent in Entities(doc, doc.text).spans]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # NER: "US" (GPE) + "District Court" (ORG); the court's name opens on its country.
        ("US District Court Judge Robert W Sweet ruled Lee should get a tenth of profits generated since "
         "November 1998 by Marvel TV and movie productions involving the company's characters.", "US District Court"),
        # NER: "UK" (GPE) + "National Tremor Foundation" (ORG).
        ("About three million Britons have some sort of hand tremor condition, said the UK National Tremor "
         "Foundation.", "UK National Tremor Foundation"),
    ],
)
def test_a_country_that_opens_a_bodys_name_is_part_of_it(nlp, text, whole):
    names = _names(nlp, text)
    assert (whole, "ORG") in names
    assert not any(label == "GPE" and text in whole for text, label in names)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # The country hangs on the post, not on the body: "US" stays a place.
        ("And last week US Treasury Secretary John Snow told an audience in the UK that the policy remained "
         "unaltered.", ("US", "GPE")),
        # A common noun between the country and the firm.
        ("US President George Bush praised UK firm Tesco.", ("UK", "GPE")),
    ],
)
def test_a_country_before_a_post_or_a_common_noun_stays_apart(nlp, text, apart):
    assert apart in _names(nlp, text)


def test_the_whole_name_is_one_node_with_its_short_form_and_description(nlp):
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    # Two sentences of the same report as the first test's, with the body's short form after.
    text = ("About three million Britons have some sort of hand tremor condition, said the UK National Tremor "
            "Foundation. The foundation said the mouse would help. The National Tremor Foundation will test it.")
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    bodies = [entity for entity in graph.entities if entity.label != "Britons"]
    assert [entity.label for entity in bodies] == ["UK National Tremor Foundation"]
    assert not [relation for relation in graph.relations if relation.key == "base in"]  # no trivial seat
