"""A speech the text says was not given quotes no one (kg.extract.quotes.speech_readings):
"refused to say if it would appeal", "failed to tell investors that ...", "have yet to
deny the meeting". Sentences from BBC business and sport articles (index 200 and up),
shortened, on the session pipeline."""

from __future__ import annotations

import pytest

from tests.extract_helpers import resolved_part


def _quotes(nlp, sentence: str) -> list[tuple[str, str]]:
    return [(quote.speaker_text, quote.content) for quote in resolved_part(nlp, "Report\n\n" + sentence).quotes]


@pytest.mark.parametrize("sentence", [
    "The Justice Department refused to say if it would appeal.",
    "Disney failed to tell investors that between 1999 and 2001 it employed three adult children of directors.",
    "Chelsea have yet to officially confirm or deny the meeting, which would be in breach of league rules.",
])
def test_a_speech_not_given_is_no_quote(nlp, sentence):
    assert _quotes(nlp, sentence) == []


@pytest.mark.parametrize(("sentence", "content"), [
    ("The Justice Department said it would appeal.", "it would appeal"),
    ("Disney will tell investors that it employed three adult children of directors.",
     "it employed three adult children of directors"),
])
def test_a_speech_given_or_planned_is_a_quote(nlp, sentence, content):
    assert [found for _, found in _quotes(nlp, sentence)] == [content]


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
    contents = [quote.content for quote in resolved_part(nlp, text).quotes]
    assert contents == ["What is important is that there is a process going on."], contents
