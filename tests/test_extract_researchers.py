"""A name a survey, a study or figures are "by" is the organisation that made them
(kg.extract.researchers). Sentences from BBC technology articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER: a person and a group; the second a conjunct of the first.
        ("A recent survey by Earthlink and Webroot found that 90% of PCs are infested with the surreptitious "
         "software and that, on average, each one is harbouring 28 separate spyware programs.", "Earthlink"),
        ("A recent survey by Earthlink and Webroot found that 90% of PCs are infested with the surreptitious "
         "software and that, on average, each one is harbouring 28 separate spyware programs.", "Webroot"),
        ("A recent survey by Mediametrie found that 70% of people interviewed were aware of DTT, and 25% were "
         "planning to buy a digital receiver.", "Mediametrie"),
    ],
)
def test_who_a_survey_is_by_is_an_organisation(nlp, text, name):
    assert _types(nlp, text, name) == [T.ORGANIZATION]


def test_every_mention_follows_the_survey(nlp):
    """NER repeats its reading; the survey in one sentence types the name's other mention too."""
    text = ("A recent survey by Mediametrie found that 70% of people interviewed were aware of DTT. "
            "Mediametrie interviewed 3,000 people.")
    assert set(_types(nlp, text, "Mediametrie")) == {T.ORGANIZATION}


def test_a_researchers_full_name_stays_a_person(nlp):
    """The "by" phrase names a professor: a given name makes him a person."""
    text = ('"Virtual weight" measurements are based on research by California Institute of Technology '
            "professor Roy Williams.")
    assert _types(nlp, text, "Roy Williams") == [T.PERSON]
