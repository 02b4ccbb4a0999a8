"""kg.resolve.authorities: a judge, a court or prosecutors acting on a named party keep their event."""

import pytest

import kg

_OPENING = "Bank of America has been banned from suing Parmalat, the food group which went bust in 2003. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = kg.build_text(text, nlp=nlp)
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events()}


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business, past the lead: who acts is an authority of the law, whom it acts on is named.
    ("But a judge has barred Bank of America and two auditors from the case.", "bar", "a judge"),
    ("Prosecutors are seeking indictments against Calisto Tanzi and 28 others.", "seek", "Prosecutors"),
])
def test_an_authority_of_the_law_acting_on_a_named_party_keeps_its_event(nlp, sentence, lemma, agent):
    found = _events(nlp, _OPENING + sentence)
    assert ("agent", agent) in found.get(lemma, [])


def test_an_unknown_agent_of_another_kind_still_drops_its_event(nlp):
    # "The British singer" is no authority: who acted is unknown, the event goes.
    assert "bar" not in _events(nlp, _OPENING + "But a British singer has barred Bank of America from the case.")
