""""<share> of <plural nouns of organisations>" as a subject is that part of them, the agent,
never a bare number (``kg.extract.shareof``); its event stands with the agent a literal
(``kg.resolve.counted``). A share of people is a survey's figure and stays as it was
(tests/test_countof.py). Sentences of BBC articles, paraphrased."""

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
    # BBC business/397: the majority of the companies publish, the share no number of the act
    ("The majority of Europe's top 50 companies publish such reports.", "publish",
     "The majority of Europe's top 50 companies"),
    # BBC business/397, paraphrased: a fraction
    ("Less than a quarter of companies check their reports independently.", "check",
     "Less than a quarter of companies"),
    # BBC tech/346, paraphrased: a percentage
    ("Last year 15% of firms ignored basic security steps.", "ignore", "15% of firms"),
])
def test_the_share_of_organisations_is_the_agent(nlp, sentence, lemma, agent):
    roles = event_roles(one_event(nlp, sentence, lemma))
    assert roles.get("agent") == [agent], roles


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # a share of people stays a survey's figure, as before (BBC tech/392, 393)
    ("A quarter of broadband users regularly upload content.", "upload", "agent", None),
    ("According to the study 44% of searchers use just a single search engine.", "use", "agent", None),
    # a pronoun says nothing of which group (BBC tech/393): no agent
    ("Half of them publish their reports.", "publish", "agent", None),
])
def test_no_share_of_organisations_is_read_where_there_is_none(nlp, sentence, lemma, role, text):
    roles = event_roles(one_event(nlp, sentence, lemma))
    assert roles.get(role) == ([text] if text else None), roles


def test_the_share_is_read_only_on_a_subject(nlp):
    from kg.extract.shareof import share_of_group

    doc = nlp("A third of firms plan to cut jobs.")
    found = share_of_group(doc[1])
    assert found is not None and found.text == "firms"
    # an object's share is the verb's quantity or theme, as before (BBC business/298)
    doc = nlp("The firms finance nearly half of all American house purchases.")
    assert all(share_of_group(token) is None for token in doc)
    # a share of an amount is no group (BBC business/326, paraphrased)
    doc = nlp("Half of its profits came from China.")
    assert share_of_group(doc[0]) is None


def test_a_share_of_organisations_keeps_its_event(nlp):
    # BBC business/397, paraphrased: the event stands, its agent the share as written
    shown = _shown(nlp, "Reports\n\nThe majority of Europe's top 50 companies publish such reports.\n")
    assert any(line.startswith("publish(agent=The majority of Europe's top 50 companies") for line in shown), shown
    # BBC tech/353, paraphrased: a share of people stands on no agent, as before
    shown = _shown(nlp, "Net\n\nSome 62% of British people have tried the internet.\n")
    assert not any("agent=Some 62% of British people" in line for line in shown), shown


def test_a_share_of_things_is_no_doer(nlp):
    # BBC tech/371, paraphrased: sites are no doers; no event stands on them
    shown = _shown(nlp, "Television\n\nHalf of the transmission sites broadcast 14 channels.\n")
    assert not any("agent=Half of the transmission sites" in line for line in shown), shown
