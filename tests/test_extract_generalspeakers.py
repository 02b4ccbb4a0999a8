"""A speech in a restrictive relative clause on no one in particular quotes no one
(kg.extract.generalspeakers). Sentences from BBC politics and technology articles (index 200
and up), shortened, on the session pipeline."""

from __future__ import annotations

import pytest

from tests.extract_helpers import resolved_part


def _speakers(nlp, sentence: str) -> list[str]:
    return [quote.speaker_text for quote in resolved_part(nlp, "Report\n\n" + sentence).quotes]


@pytest.mark.parametrize("sentence", [
    "He will not talk about the big breakthrough, although there are those who believe this could well be the "
    "election that sees his party crossing a threshold.",
    "There are people who say we won't be able to achieve these tax cuts.",
    "Refunds will go to customers who claim they were misled by the adverts.",
])
def test_a_relative_on_no_one_in_particular_quotes_no_one(nlp, sentence):
    assert _speakers(nlp, sentence) == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Critics, who say the plan is flawed, will protest on Monday.", "Critics"),
    ("The fans who said the club was wrong were angry.", "fans"),
])
def test_a_set_off_or_particular_relative_still_speaks(nlp, sentence, speaker):
    assert any(speaker in found for found in _speakers(nlp, sentence))


def test_a_relative_whose_own_subject_speaks_still_quotes(nlp):
    # "a list of actions which it says bloggers can take" (paraphrased): the relative's own subject speaks
    text = "Amnesty International has a list of actions which it says governments can take quickly."
    assert _speakers(nlp, text)
