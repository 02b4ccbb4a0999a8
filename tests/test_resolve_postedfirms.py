"""A name a company's post is held at is a company even where NER read it as a facility or an
unknown place (kg.resolve.postedfirms). Sentences after business/190 and business/045 of the
BBC corpus, paraphrased, built through the whole resolve stage on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    document = Document(id="t", text=text, date="2004-12-09", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return {entity.label: entity.type for entity in graph.entities()}


def test_an_economists_employer_is_a_company(nlp):
    types = _types(nlp, "Marc Touati, an economist at Natexis Banques Populaires, said the French economy was growing.")
    assert types["Natexis Banques Populaires"] is T.ORGANIZATION  # NER's facility
    assert types["Marc Touati"] is T.PERSON


def test_a_known_place_keeps_its_type(nlp):
    # a post "at" a known city is no evidence against the gazetteer
    types = _types(nlp, "Bruce Misamore, chief finance officer at Houston, said costs had risen.")
    assert types["Houston"] is T.CITY


def test_a_post_clubs_have_too_is_no_evidence(nlp):
    # a chairman is a club's, a party's or a theatre's as well as a firm's
    types = _types(nlp, "Michael Bloomberg, chairman of the Lincoln Center, said the building would reopen.")
    assert types.get("Lincoln Center") is not T.ORGANIZATION
