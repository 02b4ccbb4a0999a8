"""What a participant was named, elected or voted (kg.extract.namedas): the attribute role of an
appointment or a vote, read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, event_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles", "event_class"), [
    # A passive's object predicate is what the participant was named (BBC sport/369, entertainment/275).
    ("South Africa's Schalk Burger was named player of the year as the Tri-Nations champions swept the top "
     "honours at the International Rugby Board's awards.", "name",
     {"patient": ["South Africa's Schalk Burger"], "attribute": ["player of the year"]}, "appointment"),
    ("The History Boys, set in a grammar school in the early 1980s and partly based on Bennett's experiences as "
     "a teacher, was named best new play.", "name", {"attribute": ["best new play"]}, "appointment"),
    # A participle after a noun names it (BBC business/313).
    ("A Canadian company, named IOG, is reported to have won the contract to run the Himrin field.", "name",
     {"attribute": ["IOG"]}, "appointment"),
    # With an "as" phrase, the object predicate is who was named (BBC business/316).
    ("Euronext, which also operates an exchange in Lisbon, last week appointed UBS and ABN Amro as additional "
     "advisors.", "appoint", {"attribute": ["additional advisors"]}, "appointment"),
])
def test_the_attribute_of_a_naming_event(nlp, sentence, lemma, roles, event_class):
    from kg.extract import extract
    from kg.records import Document

    check_event(extract(Document("t", sentence), nlp(sentence)).events, lemma, roles, event_class)


def test_a_described_attribute_is_not_linked_to_the_one_named(nlp):
    # "the new national manager" is what Walter Smith was named, not a second mention of him (BBC sport/212).
    from benchmarks.news_facts import graph_statements
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    text = ("Smith named Scotland manager\n\nThe worst kept secret in Scottish football was revealed on Thursday "
            "when Walter Smith was named as the new national manager.\n")
    document = Document(id="t", text=text, date="2004-12-02", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    shown = [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]
    assert any("attribute=the new national manager" in line for line in shown), shown


@pytest.mark.parametrize(("sentence", "roles"), [
    # BBC entertainment/356 (shortened): what he was found to be.
    ("The 87-year-old was found dead last weekend in his hotel room in Florida.",
     {"patient": ["The 87-year-old"], "attribute": ["dead"]}),
    # BBC entertainment/366 (shortened): the adjective keeps its charge.
    ("Jayanti Amarishi Buhecha from Cambridge was found guilty of two trademark offences last month.",
     {"attribute": ["guilty of two trademark offences"]}),
])
def test_a_passive_finding_keeps_its_adjective(nlp, sentence, roles):
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", sentence), nlp(sentence)).events
    found = [event for event in events if event.lemma == "find"]
    assert found, [(event.lemma, event_roles(event)) for event in events]
    for role, texts in roles.items():
        assert event_roles(found[0]).get(role) == texts, event_roles(found[0])


def test_an_active_verb_s_adjective_is_no_attribute(nlp):
    # An active verb's adjective is its object's state, not what anyone was found to be (BBC business/439).
    from kg.extract import extract
    from kg.records import Document

    sentence = "The European Central Bank (ECB) left its benchmark interest rate unchanged at 2% on Thursday."
    events = extract(Document("t", sentence), nlp(sentence)).events
    assert all("attribute" not in event_roles(event) for event in events), [event_roles(e) for e in events]
