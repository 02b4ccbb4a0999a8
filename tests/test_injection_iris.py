"""IRIs are minted only from a safe alphabet, whatever the text; text that reaches
the graph carries no character an export format cannot hold."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ids import slugify
from kg.ontology.predicates import open_local_name
from kg.sources import parse_article
from kg.sources.article import document_id
from kg.sources.decoding import clean_line, clean_text

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=80)


@given(ANY_TEXT, st.integers(min_value=1, max_value=100))
def test_slugify_gives_the_safe_alphabet_only(text, max_length):
    slug = slugify(text, max_length=max_length)
    assert SLUG.match(slug) and len(slug) <= max(max_length, 1)
    assert slug == slugify(text, max_length=max_length)  # stable


@given(ANY_TEXT, ANY_TEXT)
def test_document_ids_are_safe_for_any_file_name(stem, body):
    assert SLUG.match(document_id(stem, body))


@given(ANY_TEXT)
def test_open_predicate_names_are_safe(key):
    assert re.fullmatch(r"[A-Za-z0-9]+", open_local_name(key))


@settings(max_examples=200)
@given(ANY_TEXT)
def test_clean_text_is_carriable_by_xml_and_utf8(text):
    for cleaned in (clean_text(text), clean_line(text)):
        cleaned.encode("utf-8")  # no lone surrogates
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ufeff]", cleaned)
        element = ET.Element("d")
        element.text = cleaned
        # XML 1.0 must read back exactly what was written (an XML-illegal character would fail).
        assert (ET.fromstring(ET.tostring(element, encoding="unicode")).text or "") == cleaned
    assert "\n" not in clean_line(text)
    cleaned = clean_text(text)
    assert cleaned.splitlines() == cleaned.split("\n")[: len(cleaned.splitlines())]  # no hidden line breaks


def test_a_hostile_article_gives_safe_entity_keys(nlp):

    from kg.pipeline import build_parts

    text = (
        "Sean O'Brien <script>alert(1)</script> met Ünal Çelik & Co. in Zürich \"today\".\n\n"
        "Jean-Luc Picard}) DETACH DELETE n said the <b>United Nations</b> would help Kazakhstan.\n\n"
        "Tokayev asked the CSTO \\ \"\"\" for help in Almaty.\x00\x1b[31m"
    )
    document = parse_article(text, stem="hostile 'name'.txt")
    (part,) = build_parts([document])
    assert part.entities, "the pipeline found no entities to check"
    for entity in part.entities:
        assert SLUG.match(entity.key), entity
    for relation in part.relations:
        assert SLUG.match(relation.subject) and SLUG.match(relation.object)
    assert "\x00" not in document.text and "\x1b" not in document.text
