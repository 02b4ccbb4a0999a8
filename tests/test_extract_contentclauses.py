"""A verb kept as an event keeps its "that" clause as its topic (kg.extract.contentclauses),
read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC politics/205 (shortened): what the court ruled.
    ("In December the House of Lords ruled that the anti-terror measures broke human rights laws.", "rule",
     {"agent": ["the House of Lords"], "topic": ["that the anti-terror measures broke human rights laws"]}),
    # BBC business/336 (shortened): the clause after a time phrase of its verb.
    ("The tribunal decided that Ms Villalba had been unfairly dismissed.", "decide",
     {"agent": ["The tribunal"], "topic": ["that Ms Villalba had been unfairly dismissed"]}),
    # BBC tech/231.
    ("He concluded that there was an absence of convincing research that media violence caused harm.", "conclude",
     {"topic": ["that there was an absence of convincing research that media violence caused harm"]}),
])
def test_a_verb_keeps_its_that_clause(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_a_speech_verb_with_a_clause_stays_a_quote(nlp):
    # BBC business/342 (shortened): "said it must pay" is a quote, no event of saying with a topic.
    events = sentence_events(nlp, "A court said Chongqing Lifan Industry Group must pay 1.47m yuan in compensation.")
    assert not [event for event in events if event.lemma == "say"], [(e.lemma, event_roles(e)) for e in events]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # An adverbial clause is no content (BBC business/342, shortened: "as" opens it).
    ("Honda won the case as Chinese courts took a tougher line on protecting intellectual property.", "win"),
    # Nor a clause with no "that" (BBC politics/296, shortened): the parse may hang any clause there.
    ("The jury ruled Lord Archer lied during a libel trial.", "rule"),
    # Nor a noun's clause the parser hung on the verb after a phrase of it (BBC entertainment/271, shortened).
    ("Mr Zombic also called for a change to the perception in Germany that private copying of music is not a problem.",
     "call for"),
    # Nor a noun's clause after a phrase that is no time (BBC sport/375, shortened).
    ("Dallaglio walks away from the international game safe in the knowledge that he will go down as one of "
     "England's most accomplished players.", "walk away"),
])
def test_no_topic_from_a_clause_that_is_no_content(nlp, sentence, lemma):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert events
    assert all("topic" not in event_roles(event) for event in events), [event_roles(e) for e in events]


def test_no_topic_for_an_it_subject(nlp):
    # BBC business/458 (shortened): "it emerged that ...": the clause is what emerged, no topic of Parmalat's.
    events = sentence_events(nlp, "Parmalat was declared insolvent after it emerged that 4 billion euros it supposedly "
                                  "held in an offshore account did not in fact exist.")
    assert all("topic" not in event_roles(event) for event in events), [(e.lemma, event_roles(e)) for e in events]


def test_no_topic_from_a_determiner_read_as_a_mark(nlp):
    # BBC politics/355 (shortened): "that new cost" is no clause, though the parse made "m" its auxiliary.
    events = sentence_events(nlp, "Mr Cable compared that new cost with the £500m needed for Britain's role in the "
                                  "entire first Gulf War.")
    assert all("topic" not in event_roles(event) for event in events), [(e.lemma, event_roles(e)) for e in events]
