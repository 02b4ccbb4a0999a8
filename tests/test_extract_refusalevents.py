"""A refusal to comment is a fact (kg.extract.refusalevents): the refuser's statement event, no
quote of what was refused, negated or not (kg.extract.refusals.unspoken). Sentences from unseen
BBC articles, on the session pipeline."""

from __future__ import annotations

import pytest

from tests.extract_helpers import resolved_part


def _events(part) -> dict[str, tuple[str, dict[str, str]]]:
    return {event.lemma: (event.factuality.value, {p.role: p.text for p in event.participants}) for event in part.events}


@pytest.mark.parametrize(("text", "lemma", "agent", "topic"), [
    # business: the firm kept quiet; that it did is the fact
    ("Report\n\nUK condom maker SSL International has refused to comment on reports it may be subject to a "
     "takeover early in 2005.", "refuse to comment", "SSL International", "reports"),
    ("Report\n\nBut Euronext declined to comment after the talks ended on Friday.", "decline to comment",
     "Euronext", None),
    # business: what the department would not say is asked, not told
    ("Report\n\nThe Justice Department refused to say if it would appeal.", "refuse to say",
     "Justice Department", "if it would appeal"),
    # politics: the refused denial is the event, not a denial negated
    ("Report\n\nAnd Mr Brown pointedly refused to deny claims the prime minister had reneged on a deal.",
     "refuse to deny", "Brown", "claims"),
])
def test_a_refusal_to_comment_is_a_statement_event(nlp, text, lemma, agent, topic):
    events = _events(resolved_part(nlp, text))
    assert lemma in events, events
    factuality, roles = events[lemma]
    assert factuality == "asserted"
    assert agent in roles["agent"]
    assert roles.get("topic") == topic


@pytest.mark.parametrize("text", [
    "Report\n\nThe Justice Department refused to say if it would appeal.",
    "Report\n\nAnd Mr Brown pointedly refused to deny claims the prime minister had reneged on a deal.",
])
def test_what_was_refused_is_no_quote(nlp, text):
    part = resolved_part(nlp, text)
    assert not part.quotes, part.quotes
    assert not any(event.lemma in ("say", "deny", "confirm") for event in part.events)


def test_a_quotation_that_goes_on_from_a_refusal_was_said(nlp):
    text = ("Report\n\nTony Blair's official spokesman declined to say whether the prime minister backed the "
            "plans. \"What is important is that the process goes on and that people talk.\"")
    said = {quote.content: quote.factuality.value for quote in resolved_part(nlp, text).quotes}
    assert said == {"What is important is that the process goes on and that people talk.": "asserted"}, said


@pytest.mark.parametrize(("text", "lemma"), [
    # a refusal of a deed stays that deed's negated event, no statement
    ("Report\n\nThe China Three Gorges Project Corp is refusing to obey a government order.", "obey"),
    ("Report\n\nMr Bashir refused to answer nearly all their questions.", "answer"),
])
def test_a_refused_deed_is_no_refusal_to_comment(nlp, text, lemma):
    events = _events(resolved_part(nlp, text))
    assert events[lemma][0] == "negated", events
    assert not any(name.startswith(("refuse to", "decline to")) for name in events)


def test_a_speech_given_stays_a_quote(nlp):
    text = "Report\n\nMr Brown said he would not be diverted from tackling the challenges faced by the country."
    part = resolved_part(nlp, text)
    assert [quote.cue for quote in part.quotes] == ["say"]


@pytest.mark.parametrize(("text", "lemma", "agent", "topic"), [
    # business, politics: "would not comment" is a refusal, the fact; no comment event negated
    ("Report\n\nHowever the ONS would not comment on the definition of a recession and whether the manufacturing "
     "recovery was over.", "refuse to comment", "ONS", "the definition of a recession"),
    # sport: the passive "would not be drawn on"
    ("Report\n\nGraeme Souness would not be drawn on specifics over individual players.", "refuse to be drawn",
     "Graeme Souness", "specifics"),
])
def test_a_comment_someone_would_not_give_is_a_refusal(nlp, text, lemma, agent, topic):
    events = _events(resolved_part(nlp, text))
    assert lemma in events and "comment" not in events, events
    factuality, roles = events[lemma]
    assert factuality == "asserted"
    assert agent in roles["agent"]
    assert roles.get("topic") == topic


@pytest.mark.parametrize("text", [
    # silence and inability are no refusal: the comment stays negated, or nothing
    "Report\n\nMr Howard did not comment on the anti-Semitism claims when asked about the poster on Monday.",
    "Report\n\nThe Department for Education and Skills could not comment on the concerns.",
    # politics: a passive "will not be denied" is what will not be done to them, no refusal
    "Report\n\nThe Tories say people fleeing persecution will not be denied sanctuary in Britain because of poor health.",
])
def test_a_comment_not_given_otherwise_is_no_refusal(nlp, text):
    events = _events(resolved_part(nlp, text))
    assert not any(name.startswith("refuse to") for name in events), events
    if "denied" in text:
        assert events["deny"][0] == "negated", events
