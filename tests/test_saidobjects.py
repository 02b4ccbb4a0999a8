"""The subject of a reported clause that the parse made the object of its verb of saying is
hung back on the clause (``kg.extract.saidobjects``): "insisted Ireland were happy to handle
the pressure": Ireland handles it. Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # BBC sport/290: the noun after "insisted" is the clause's subject, not what was insisted
    ("O'Driscoll also insisted Ireland were happy to handle the pressure of the favourites' tag.", "handle", "agent",
     "Ireland"),
])
def test_the_said_object_is_the_clause_subject(nlp, sentence, lemma, role, text):
    assert _roles(nlp, sentence, lemma).get(role) == [text]


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # BBC politics/375: "told MPs child benefit would rise": who is told is no subject of the rise
    ("Mr Brown told MPs child benefit would rise to £63 a week.", "rise", "theme", "MPs child benefit"),
    # BBC tech/281: words the parse misplaced open the clause: no subject given
    ("Web portal Lycos Europe reported a 500% rise in the number of phishing messages it was catching.", "catch",
     "agent", "a 500% rise"),
])
def test_no_subject_is_moved_where_the_reading_is_unsure(nlp, sentence, lemma, role, text):
    roles = {event.lemma: event_roles(event) for event in sentence_events(nlp, sentence)}
    assert all(text not in " ".join(found.get(role, [])) for found in roles.values()), roles


def test_rehang_leaves_a_clause_with_its_own_subject(nlp):
    from kg.extract.words import Words

    doc = nlp("Smith said the firm was planning to cut 300 jobs.")
    words = Words(doc)
    planning = next(word for word in words if word.text == "planning")
    assert [c.text for c in planning.children if c.dep_ == "nsubj"] == ["firm"]
