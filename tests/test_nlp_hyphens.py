"""Words made with "vice-" or "co-" stay one token (kg.nlp.hyphens), so that the
parser reads the name after them as the subject: the speaker is the person, not the
country or firm before the post."""

from __future__ import annotations

import pytest

from kg.pipeline import build_text


def test_prefixed_words_are_one_token(nlp):
    words = [t.text for t in nlp("US vice-president Dick Cheney and Microsoft co-founder Bill Gates, ex-Labour MP")]
    assert "vice-president" in words and "co-founder" in words
    assert "Labour" in words  # "ex-" is a status the name rules read; it stays split


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("US vice-president Dick Cheney said the war was going well.", "Dick Cheney"),
        ("Microsoft co-founder Bill Gates said the firm would grow.", "Bill Gates"),
        ('"We will not allow it," said SEPA vice-director Pan Yue.', "Pan Yue"),
    ],
)
def test_the_speaker_is_the_person_after_the_post(nlp, text, speaker):
    graph = build_text(text, nlp=nlp)
    labels = {entity.key: entity.label for entity in graph.entities()}
    assert [labels.get(quote.speaker) for quote in graph.quotes()] == [speaker]
