"""A named subject that urges someone to act makes an event of asking, not a quote
(kg.extract.urged), read from unseen BBC sentences (index >= 200); a pronoun or a
description that urges, and an urging that is no "object to" request, stay quotes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import resolved_part


def _urges(nlp, text: str) -> tuple[list[dict[str, str]], list[str]]:
    """The urge events (role -> entity label, else text) and the contents of the urge quotes of one article."""
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    events = [{p.role: labels.get(p.entity, p.text) if p.entity else p.text for p in event.participants}
              for event in part.events if event.lemma == "urge"]
    return events, [quote.content for quote in part.quotes if quote.cue == "urge"]


@pytest.mark.parametrize(("text", "agent", "recipient", "topic"), [
    # BBC sport/274 (shortened).
    ("Steven Gerrard is happy at Anfield. Meanwhile, Gerrard has urged the Anfield board to sign Real Madrid "
     "striker Fernando Morientes.", "Steven Gerrard", "the Anfield board",
     "to sign Real Madrid striker Fernando Morientes"),
    # BBC politics/313 (paraphrased).
    ("Age Concern's Gordon Lishman spoke on Monday. Mr Lishman urged the next government to boost the state "
     "pension.", "Gordon Lishman", "the next government", "to boost the state pension"),
    # BBC politics/385 (shortened).
    ("As well as pledging £960m to the immunisation fund, Britain urged other donors to contribute.",
     "United Kingdom", "other donors", "to contribute"),
])
def test_a_named_subject_urging_someone_to_act_is_an_event(nlp, text, agent, recipient, topic):
    events, quotes = _urges(nlp, text)
    assert quotes == [], quotes
    assert len(events) == 1, events
    assert events[0]["agent"] == agent
    assert events[0]["recipient"].startswith(recipient)
    assert events[0]["topic"] == topic


@pytest.mark.parametrize("text", [
    # A pronoun subject: the quote's speaker rules read it (BBC politics/355, paraphrased).
    "Vince Cable spoke on Monday. He urged the government to scrap the grossly unfair tax completely.",
    # A description (BBC politics/214, shortened).
    "Members urged the government to set up a task force to tackle deaths in prisons.",
    # No subject of its own (BBC politics/331, shortened).
    "Labour MP Louise Ellman said the image was insensitive but urged people not to rush to judgement.",
    # A name NER does not give, which the event might lose (BBC tech/272, shortened).
    "Sophos urged users and companies to update their anti-virus software.",
    # A clause, no object and infinitive (BBC politics/355, paraphrased).
    "Vince Cable urged that the council tax be scrapped completely.",
])
def test_other_urgings_stay_quotes(nlp, text):
    events, quotes = _urges(nlp, text)
    assert quotes, (events, quotes)
    assert events == [], events
