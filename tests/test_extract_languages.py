"""A language or a script no demonym names is no entity (kg.extract.languages, languages.tsv)."""

from __future__ import annotations

import pytest


def _names(nlp, text: str) -> tuple[set[str], list[str]]:
    from kg.extract.mentions import find_mentions

    rejected: list[str] = []
    names = {mention.text for mention in find_mentions(nlp(text), rejected=rejected)}
    return names, rejected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # tech/323: NER's place.
        ("A number of solutions were tried, including having a colleague describe the maps and attempting to "
         "print them in Braille.", "Braille"),
        # entertainment/300: NER's place, as the object of a verb of learning ...
        ("She spent three weeks learning Hindi and taking dance lessons.", "Hindi"),
        # ... and before another language.
        ("Kisna has been shot simultaneously in Hindi and English, with the English print shortened by an hour.",
         "Hindi"),
        # entertainment/300, paraphrased: a language that names a people too, in a language's place.
        ("The film has been shot simultaneously in Tamil and English.", "Tamil"),
    ],
)
def test_a_language_or_a_script_is_no_name(nlp, text, language):
    names, rejected = _names(nlp, text)
    assert language not in names
    assert "language" in rejected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # sport/451: a longer name holding a language's word stays (a state: Tamil Nadu).
        ("The ATP has announced that it would contribute the US$25,000 tournament fee to Unicef's emergency "
         "relief fund in Tamil Nadu.", "Tamil Nadu"),
        # A people's name outside a language's place stays (paraphrased: a people, not its language).
        ("Mr Mbeki met the Zulu in Durban.", "Zulu"),
    ],
)
def test_a_longer_name_or_a_people_stays(nlp, text, name):
    names, rejected = _names(nlp, text)
    if name is not None:
        assert name in names
    assert "language" not in rejected
