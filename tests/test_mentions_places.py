"""Georgia the country or the US state, Washington the city, the state or the man:
the reading comes from the text (model tests)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.mentions import find_mentions
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker
from kg.types import EntityType as T
from tests.extract_helpers import mention_types


def _types(nlp, text: str, name: str) -> set[T]:
    return {mention.type for mention in find_mentions(nlp(text)) if mention.text == name}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Protesters gathered in Atlanta, Georgia, on Monday.", "Georgia", T.PLACE),
        ("The state of Georgia passed a new voting law on Monday.", "Georgia", T.PLACE),
        ("Georgia's governor signed the bill into law.", "Georgia", T.PLACE),
        ("Georgia's president met European leaders in Brussels.", "Georgia", T.COUNTRY),
        ("Thousands marched in Tbilisi, Georgia, against the government.", "Georgia", T.COUNTRY),
        ("Russian troops entered Georgia in August.", "Georgia", T.COUNTRY),
        ("Officials in Washington said the talks would resume.", "Washington", T.CITY),
        ("Wildfires spread across Washington state this summer.", "Washington", T.PLACE),
        ("The governor of Washington declared an emergency.", "Washington", T.PLACE),
    ],
)
def test_mentions_ambiguous_place_reading_from_context(nlp, text, name, expected):
    assert _types(nlp, text, name) == {expected}


def test_mentions_dc_is_a_city_cue(nlp):
    # "D.C." folds to "d c", the entry of place_cues.tsv: the state's cue before it does not carry over.
    text = "Wildfires spread across Washington state. Officials in Washington, D.C., sent help."
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.text == "Washington"] == [
        ("Washington", T.PLACE),
        ("Washington", T.CITY),
    ]


def test_mentions_one_reading_for_every_mention_of_the_article(nlp):
    text = "The state of Georgia held an election. Voters in Georgia waited for hours. Georgia will count again."
    assert _types(nlp, text, "Georgia") == {T.PLACE}


def _graph(nlp, *texts: str) -> KnowledgeGraph:
    parts = []
    for number, text in enumerate(texts):
        document = Document(id=f"d{number}", text=text, date="2022-01-13", source=f"d{number}.txt")
        ((_, doc),) = list(parse(nlp, [document]))
        parts.append(resolve(extract(document, doc)))
    return KnowledgeGraph(linker=ArticleLinker()).add_all(parts)


def test_mentions_georgia_country_and_state_are_two_nodes_across_articles(nlp):
    graph = _graph(
        nlp,
        "Georgia's president accused Russia of aggression. Georgia recalled its ambassador.",
        "The state of Georgia sued the federal government. Georgia's governor spoke in Atlanta.",
    )
    georgias = {(entity.key, entity.type) for entity in graph.entities() if entity.label == "Georgia"}
    assert georgias == {("georgia", T.COUNTRY), ("georgia-place", T.PLACE)}


def test_mentions_washington_the_man_is_not_the_city(nlp):
    graph = _graph(nlp, "George Washington crossed the river. Washington led the army to victory. Officials in Washington praised him.")
    people = [entity for entity in graph.entities() if entity.type is T.PERSON]
    assert [entity.key for entity in people] == ["george-washington"]


def test_mentions_name_split_where_ner_ran_across_a_sentence_break(nlp):
    text = "He spoke at the funerals of Martin Luther King and Malcolm X. Besides Dee, Davis is survived by three children."
    names = {mention.text.rstrip(".") for mention in find_mentions(nlp(text))}
    assert {"Malcolm X", "Dee"} <= names
    assert not any("Besides" in name for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Gazprom will merge with state oil firm Rosneft.", "Rosneft"), ("The deal hurt Russian oil giant Yukos.", "Yukos")],
)
def test_mentions_name_after_an_organisation_noun_is_an_organisation(nlp, text, name):
    assert _types(nlp, text, name) == {T.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # NER's organisation and person before "-based": the place (BBC sport and business, index 200 and up)
        ("It is no wonder that Sir Clive Woodward has elevated the Galway-based coach to head the Lions Test side.",
         "Galway", T.CITY),
        ("It's more likely the Bermuda-based reinsurance [companies] might have some exposure, said Paul Newsome.",
         "Bermuda", T.PLACE),
    ],
)
def test_a_name_before_based_is_a_place(nlp, text, name, expected):
    assert mention_types(nlp, text, sport=None).get(name) is expected
