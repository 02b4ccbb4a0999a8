"""Names of bodies and awards news uses without introduction, from the nickname table
(kg/lexicon/data/nicknames.tsv, kg.resolve.nicknames): "Unicef" (NER's person), "the G7" (NER's
product or place), "three Grammys" (NER's place). Sentences after business/008, business/210
and entertainment/153 of the BBC corpus, paraphrased, through the whole resolve stage."""

from __future__ import annotations

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    document = Document(id="t", text=text, date="2005-01-10", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return {entity.label: entity.type for entity in graph.entities()}


def test_an_agency_read_as_a_person(nlp):
    types = _types(nlp, "Actor Leonardo DiCaprio pledged a sizable aid contribution to Unicef on Monday.")
    assert types["Unicef"] is T.ORGANIZATION
    assert types["Leonardo DiCaprio"] is T.PERSON


def test_the_g7_is_a_body(nlp):
    types = _types(nlp, "Gold prices fell after the G7 said the IMF could sell some of its reserves to fund debt relief.")
    assert types["G7"] is T.ORGANIZATION


def test_the_grammys_are_the_awards(nlp):
    types = _types(nlp, "OutKast will add the prizes to the four they won in August and three Grammys in February.")
    assert types["Grammy Awards"] is T.EVENT
