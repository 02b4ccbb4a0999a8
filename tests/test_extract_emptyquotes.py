"""A quote whose content is one pronoun or demonstrative is dropped (kg.extract.emptyquotes):
"has denied this" says nothing a reader can use. Real sentences (BBC business/308,
business/393, politics/324)."""

from __future__ import annotations

import pytest

import kg


def _quotes(nlp, text: str) -> list[tuple[str, str]]:
    return [(quote.cue, quote.content) for quote in kg.build_text(text, nlp=nlp).quotes()]


@pytest.mark.parametrize("text", [
    "But Mr Forgeard has denied this, telling French media that there is no current overrun in the budget.",
    "It has long been reported that Dr Khoo intends to take the company private, but he has always denied this.",
    "Lord Goldsmith also denied them, saying he was not \"leaned on\" in any way.",
])
def test_a_pronoun_is_no_content(nlp, text):
    assert not [quote for quote in _quotes(nlp, text) if quote[1].strip(".'\"") in ("this", "that", "them")]


def test_the_other_quote_of_the_sentence_stays(nlp):
    text = "But Mr Forgeard has denied this, telling French media that there is no current overrun in the budget."
    assert _quotes(nlp, text) == [("tell", "there is no current overrun in the budget")]


def test_a_longer_content_stays(nlp):
    text = "Lord Goldsmith also denied the claims, saying he was not \"leaned on\" in any way."
    assert ("deny", "the claims") in _quotes(nlp, text), _quotes(nlp, text)
