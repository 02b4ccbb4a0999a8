"""Speech beside a speech not given: a speech verb joined to a denial was given
(kg.extract.speechfacts), and a quotation that goes on from a refusal to say was said
(kg.extract.quotes). Sentences from BBC articles, shortened, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def test_a_speech_after_a_denial_is_given(nlp):
    """sport (Marion Jones), shortened: "denies using drugs and says she will take legal action": the
    second speech was given; the first verb's own denial does not reach it (kg.extract.speechfacts)."""
    text = "Report\n\nJones denies using drugs and says she will take legal action over the allegations."
    quotes = resolved_part(nlp, text).quotes
    said = [quote for quote in quotes if quote.cue == "say"]
    assert said and all(quote.factuality.value == "asserted" for quote in said)


def test_a_quotation_after_a_refusal_is_said(nlp):
    # the speech not given still tells who "he" is, and what he then says is a quote
    text = ("Report\n\nOn Monday, the minister's official spokesman declined to say whether the minister backed the "
            "plans. He said: \"What is important is that there is a process going on.\"")
    said = {quote.content: quote.factuality.value for quote in resolved_part(nlp, text).quotes}
    assert said.get("What is important is that there is a process going on.") == "asserted", said
