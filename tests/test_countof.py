""""<count> of <plural noun phrase>" as a subject is that many of a group, the agent, never a
number (``kg.extract.countof``); a count of people keeps its event standing, the agent a
literal (``kg.resolve.countedof``). A share ("44% of searchers") is a survey's figure and
stays as it was. Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, one_event


def _shown(nlp, text: str) -> list[str]:
    from benchmarks.news_facts import graph_statements
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC tech/386: the hopefuls submitted, the count no number of the act
    ("Hundreds of hopefuls submitted their profiles online.", "submit", "Hundreds of hopefuls"),
    # BBC tech/379
    ("Thousands of journalists in the 1980s blessed the first notebook computer.", "bless", "Thousands of journalists"),
    # BBC entertainment/360, 213: the infinitive the group's act controls is the group's too
    ("Thousands of fans braved the cold weather to see the stars.", "see", "Thousands of fans"),
    # digits
    ("More than 2,000 of its workers walked out on Monday.", "walk out", "More than 2,000 of its workers"),
])
def test_the_count_of_a_group_is_the_agent(nlp, sentence, lemma, agent):
    roles = event_roles(one_event(nlp, sentence, lemma))
    assert roles.get("agent") == [agent], roles


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # a value a change reaches is no group, its "of" whatever (BBC tech/281)
    ("Legitimate e-mail has shrunk to less than 30% of messages.", "shrink", "new_value", "less than 30% of messages"),
    # a pronoun says nothing of which group (BBC tech/398): no agent
    ("Hundreds of them read junk e-mail.", "read", "agent", None),
    # a share is a survey's figure, no agent (BBC tech/393, 392)
    ("According to the study 44% of searchers use just a single search engine.", "use", "agent", None),
    ("A quarter of broadband users regularly upload content.", "upload", "agent", None),
])
def test_no_group_is_read_where_there_is_none(nlp, sentence, lemma, role, text):
    roles = event_roles(one_event(nlp, sentence, lemma))
    assert roles.get(role) == ([text] if text else None), roles


def test_a_measured_amount_stays_an_amount(nlp):
    from kg.extract.countof import count_of_group

    doc = nlp("Two of its profits came from Asia.")
    assert count_of_group(doc[0]) is None
    doc = nlp("Hundreds of voters backed the plan.")
    found = count_of_group(doc[0])
    assert found is not None and found.text == "voters"


def test_a_count_of_people_keeps_its_event(nlp):
    # BBC entertainment/368, 213: the event stays, its agent the count as written
    shown = _shown(nlp, "Poll\n\nMeanwhile, thousands of people have voted in a radio poll to find the best film.\n")
    assert any(line.startswith("vote(agent=thousands of people") for line in shown), shown
    assert any(line.startswith("find(agent=thousands of people") for line in shown), shown


def test_a_count_of_things_is_no_doer(nlp):
    # BBC sport/491: games are no doers; the event is not made to stand on them
    shown = _shown(nlp, "Match report\n\nFour of the first five games have featured a break of serve.\n")
    assert not any("agent=Four of the first five games" in line for line in shown), shown
