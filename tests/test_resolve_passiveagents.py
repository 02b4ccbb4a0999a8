"""kg.resolve.passiveagents: a passive's "by" agent of people or a body, acting on a named subject, keeps its event."""

import pytest

import kg

# Not the lead's subject (kg.resolve.lead keeps that one as a literal): a sentence after an opening.
_OPENING = "The rock band Motley Crue have announced a world tour. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = kg.build_text(text, nlp=nlp)
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events()}


@pytest.mark.parametrize(("text", "lemma", "agent"), [
    # BBC entertainment (252, 328), paraphrased: what was done to the named subject, and by whom.
    ("Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million.", "sue", "his ex-girlfriend"),
    ("The Aviator has been tipped by UK bookmakers as the favourite to win the best film award.", "tip", "UK bookmakers"),
])
def test_a_passive_by_people_on_a_named_subject_keeps_its_event(nlp, text, lemma, agent):
    found = _events(nlp, _OPENING + text)
    assert ("agent", agent) in found.get(lemma, [])


@pytest.mark.parametrize(("text", "lemma"), [
    # BBC sport (253, 310), paraphrased: a letter and an injury are no one who acted.
    ("Bob Malcolm and Rangers have been informed by letter of the outcome of the hearing.", "inform"),
    ("Josh Lewsey is sidelined by a hamstring problem sustained against Italy.", "sideline"),
])
def test_a_by_phrase_of_no_people_keeps_no_agent(nlp, text, lemma):
    found = _events(nlp, text)
    assert all(role != "agent" for role, _ in found.get(lemma, []))


def test_an_active_clause_with_an_unknown_agent_still_drops_its_event(nlp):
    # "His ex-girlfriend" acting in an active clause is who acted, unknown: the event goes as before.
    assert "sue" not in _events(nlp, _OPENING + "His ex-girlfriend is suing Motley Crue guitarist Mick Mars for $10 million.")


def test_a_planned_passive_is_not_kept(nlp):
    # Only what is told as having happened: "will be sued" is a plan the agent rule does not keep.
    assert "sue" not in _events(nlp, _OPENING + "Motley Crue guitarist Mick Mars could be sued by his ex-girlfriend.")
