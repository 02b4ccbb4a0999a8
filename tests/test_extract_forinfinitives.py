"""A verb of asking keeps the clause its "for" takes as its theme, the noun and the infinitive together,
no entity the noun names (kg.extract.forinfinitives); sentences from unseen BBC articles (index >= 200),
shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, event_roles, resolved_part, sentence_events


def _themes(part, lemma: str) -> list[str]:
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels.get(argument.entity, "") if argument.entity else argument.text for event in part.events
            if event.lemma == lemma for argument in event.participants if argument.role == "theme"]


@pytest.mark.parametrize(("sentence", "theme"), [
    # BBC business/454: the infinitive hung on the verb, the noun a name.
    ("TCI has called for Deutsche Boerse to hold an emergency general meeting to discuss the bid.",
     "Deutsche Boerse to hold an emergency general meeting to discuss the bid"),
    # BBC sport/374 (shortened): the infinitive hung on the noun.
    ("John Molloy has called for the territory to host one of the pools and a quarter-final.",
     "the territory to host one of the pools and a quarter-final"),
    # BBC politics/376 (shortened): a clause with its own subject and no object of "for".
    ("The Lib Dems called for Commons leader Peter Hain to make a statement.",
     "Commons leader Peter Hain to make a statement"),
    # BBC politics/390 (paraphrased): the infinitive on a noun inside the object.
    ("The Conservatives have called for an equal split between parents on access to be made law.",
     "an equal split between parents on access to be made law"),
])
def test_a_call_for_keeps_the_clause(nlp, sentence, theme):
    check_roles(nlp, sentence, "call for", {"theme": [theme], "recipient": None})


def test_the_clause_is_no_entity_its_noun_names(nlp):
    # BBC business/454: nobody called for Deutsche Boerse.
    part = resolved_part(nlp, "Shares in Deutsche Boerse rose on Monday. TCI has called for Deutsche Boerse to hold an "
                         "emergency general meeting to discuss the bid.")
    assert _themes(part, "call for") == ["Deutsche Boerse to hold an emergency general meeting to discuss the bid"]


def test_a_relative_clause_after_a_comma_is_cut(nlp):
    # BBC entertainment/257 (shortened).
    check_roles(nlp, "Mr Goldman is calling for the authority to pay to move the building to Seattle's central district, "
                "where Hendrix grew up.", "call for",
                {"theme": ["the authority to pay to move the building to Seattle's central district"]})


def test_asked_for_keeps_what_the_asked_thing_is_for(nlp):
    # BBC business/501 (shortened).
    check_roles(nlp, "He has also asked for more investments to meet the growing demand for water.", "ask",
                {"theme": ["more investments to meet the growing demand for water"]})


def test_a_call_for_a_noun_alone_stays(nlp):
    # BBC entertainment/289 (paraphrased): no infinitive, the noun is what is called for, read as before.
    check_roles(nlp, "The campaigners called for an end to the violence in the city.", "call for", {"theme": ["an end"]})


def test_no_clause_for_a_verb_of_waiting(nlp):
    # BBC politics/277 (shortened): the voters see, not the manifesto.
    events = [event for event in sentence_events(nlp, "Voters will have to wait for Labour's manifesto to see if the "
                                                      "party has plans to increase tax.") if event.lemma == "wait"]
    assert all("manifesto to see" not in " ".join(event_roles(event).get("topic", []) + event_roles(event).get(
        "theme", [])) for event in events), [event_roles(e) for e in events]
