"""A body's name whose head noun two modifiers share, NER cut at their "and", is one
name (kg.extract.sharedheads). Sentences from politics/311, business/345, tech/202 and
business/389 of the BBC corpus, paraphrased."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions


def _names(nlp, text: str) -> set[str]:
    return {mention.text for mention in find_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "whole", "piece"),
    [
        # politics/311: NER's "Public" and "Commercial Services Union".
        (
            "The strike, called by the Public and Commercial Services Union, was backed by staff.",
            "Public and Commercial Services Union",
            "Commercial Services Union",
        ),
        # business/345
        (
            "Tourism brings in billions, according to the World Travel and Tourism Council.",
            "World Travel and Tourism Council",
            "Tourism Council",
        ),
        # tech/202
        (
            "Mike Berger, wildlife director of the Texas Parks and Wildlife Department, said the law was clear.",
            "Texas Parks and Wildlife Department",
            "Wildlife Department",
        ),
    ],
)
def test_the_modifiers_of_one_head_are_one_name(nlp, text, whole, piece):
    names = _names(nlp, text)
    assert whole in names and piece not in names


def test_an_acronym_before_the_and_is_a_body_of_its_own(nlp):
    # business/389
    names = _names(nlp, "Both the IMF and World Bank have urged the country to reform.")
    assert "World Bank" in names and not any(name.startswith("IMF and") for name in names)


def test_a_name_given_alone_elsewhere_stays_apart(nlp):
    # tech/202, with the first body named alone too.
    text = (
        "Texas Parks said it would act. Mike Berger, of the Texas Parks and Wildlife Department, "
        "said the law was clear."
    )
    names = _names(nlp, text)
    assert not any(name.startswith("Texas Parks and") for name in names)
