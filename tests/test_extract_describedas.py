"""What a verb of describing says its object is (kg.extract.describedas): the attribute of
"described X as Y", "called X Y", read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, check_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # An "as" phrase's adjective, which the parser hangs under "as" (BBC business/451).
    ("Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer as inadequate.",
     "dismiss", {"theme": ["the offer"], "attribute": ["inadequate"]}),
    # An "as" phrase's noun, its quotation kept (BBC politics/275).
    ('Lib Dem Treasury spokesman Vince Cable also branded the Tory plans as "fantasy economics".',
     "brand", {"theme": ["the Tory plans"], "attribute": ['"fantasy economics"']}),
    # A passive's "as" phrase (BBC sport/212).
    ("A fresh start for the Scottish national team was imperative and Smith is widely regarded as a safe pair "
     "of hands.", "regard", {"patient": ["Smith"], "attribute": ["a safe pair of hands"]}),
    # The whole phrase, not shortened as a participant is (BBC business/314).
    ("But President Vladimir Putin has described the affair as a crackdown on corruption.",
     "describe", {"theme": ["the affair"], "attribute": ["a crackdown on corruption"]}),
    # The object predicate after the object (BBC politics/373).
    ('French president Jacques Chirac has called the UK\'s £3bn rebate from the European Union "unjustified".',
     "call", {"agent": ["French president Jacques Chirac"], "attribute": ['"unjustified"']}),
    # A quotation the parse cut runs to its closing mark (BBC politics/364).
    ('Tory leader Michael Howard has dismissed Gordon Brown\'s Budget as "vote now, pay later" spending plans.',
     "dismiss", {"attribute": ['"vote now, pay later"']}),
    # A "by" phrase the parse hung on the adjective is the passive's agent (BBC tech/370).
    ('But this argument was dismissed as "ridiculous" by Justice David Souter.',
     "dismiss", {"patient": ["this argument"], "attribute": ['"ridiculous"'], "agent": ["Justice David Souter"]}),
    # A second "as" that opens a clause is no attribute (BBC politics/353).
    ('Former Downing Street media chief Alastair Campbell has described the episode as a "bit of a disaster" as '
     "it meant the launch of Labour's election manifesto received little coverage.",
     "describe", {"theme": ["the episode"], "attribute": ['a "bit of a disaster"']}),
])
def test_the_attribute_of_a_describing_verb(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles", "event_class"), [
    # "call" takes no "as" phrase: the squad role is no description of the players (BBC sport/431).
    ("Jamie Delgado and Lee Childs have been called into the squad in Tel Aviv as designated hitters for team "
     "practice.", "call", {"attribute": None}, "other"),
    # "as significant as": a comparison, no "as" phrase of the verb (BBC business/320).
    ("Iraq's Trade Minister welcomed the move, describing it as significant as November's decision by the Paris "
     "Club.", "describe", {"attribute": None}, "statement"),
    # A naming to a title keeps the naming rule's phrase, its comparison cut (BBC entertainment/201).
    ("Nighty Night was named Britain's best new TV comedy over ITV1 shows Doc Martin and Life Begins.",
     "name", {"attribute": ["Britain's best new TV comedy"]}, "appointment"),
])
def test_no_attribute_where_the_verb_describes_nothing(nlp, sentence, lemma, roles, event_class):
    check_event(sentence_events(nlp, sentence), lemma, roles, event_class)
