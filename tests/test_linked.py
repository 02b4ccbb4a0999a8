"""What a thing is linked with is the theme (kg.extract.linked), and a noun of going somewhere
keeps its "to" phrase (kg.extract.keptphrases.gone_to)."""

from __future__ import annotations

from tests.extract_helpers import check_roles, event_roles, sentence_events


def test_linked_with_a_move_keeps_where_to(nlp):
    # sport/266: was link(patient=Fernando Morientes, time=the summer)
    check_roles(nlp, "The striker Fernando Morientes has been linked with a move to Anfield since the summer.", "link",
                {"patient": ["Fernando Morientes"], "theme": ["a move to Anfield"]})
    # sport/226
    check_roles(nlp, "Glenn Hoddle has been linked with a return to former club Southampton.", "link",
                {"theme": ["a return to former club Southampton"]})


def test_linked_to_is_no_recipient(nlp):
    # sport/482: was destination=the vacant post
    check_roles(nlp, "Todd Martin is the other name to have been linked to the vacant post.", "link",
                {"theme": ["the vacant post"], "destination": None, "recipient": None})


def test_a_pronoun_linked_keeps_the_table_reading(nlp):
    # business/417: the resolver read Barclays' "it" as another bank
    events = sentence_events(nlp, "Barclays was the focus of takeover speculation in August, when it was linked to Citigroup.")
    assert all("theme" not in event_roles(event) for event in events if event.lemma == "link")


def test_an_active_link_with_its_object_keeps_its_reading(nlp):
    events = sentence_events(nlp, "BT linked the two exchanges with fibre.")
    assert all(event_roles(event).get("theme") != ["fibre"] for event in events if event.lemma == "link")


def test_a_move_keeps_its_to_phrase_in_other_events(nlp):
    # politics/285
    check_roles(nlp, "Mr Hague does not rule out a return to the front bench.", "rule out",
                {"theme": ["a return to the front bench"]})
