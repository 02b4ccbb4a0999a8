"""A "to" infinitive after a tool the parser hung on the verb tells what the tool does: the
tool acts, possibly, not the maker's plan (kg.extract.toolpurposes)."""

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _event(nlp, sentence, lemma):
    return next(event for event in sentence_events(nlp, sentence) if event.lemma == lemma)


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # bbc/tech/237: not "Microsoft plans to find documents".
    ("Microsoft has entered the desktop search fray, releasing a test version of its tool to find documents, "
     "e-mails and other files on a PC hard drive.", "find", "a test version of its tool"),
    # bbc/tech/269: the software allows, not Yahoo's plan.
    ("Internet giant Yahoo has launched software to allow people to search e-mail and other files on their PCs.",
     "allow", "software"),
    # bbc/tech/253, shortened.
    ("The lifts also have a pressure control system to stop passengers' ears popping.", "stop",
     "a pressure control system"),
])
def test_a_tools_function_is_the_tools(nlp, sentence, lemma, agent):
    event = _event(nlp, sentence, lemma)
    assert (event.factuality.value, event_roles(event)["agent"]) == ("possible", [agent])


@pytest.mark.parametrize(("sentence", "lemma", "agent", "reading"), [
    # bbc/tech/318: a purchase's purpose is the buyer's.
    ("Ask Jeeves has bought the Bloglines website to improve the way it handles content from blogs.", "improve",
     "Ask Jeeves", "planned"),
    # bbc/tech/272: a reflexive says the users keep themselves protected.
    ("Sophos urged users to update their anti-virus software to keep themselves protected.", "protect", "users",
     "possible"),
    # No tool: the subject's purpose as before.
    ("The supermarket cut its prices to win more customers before Christmas.", "win", "The supermarket", "planned"),
])
def test_other_purposes_are_unchanged(nlp, sentence, lemma, agent, reading):
    event = _event(nlp, sentence, lemma)
    assert (event.factuality.value, event_roles(event)["agent"]) == (reading, [agent])
