"""A plain word NER named in a sports report is a club's name when the article writes it
as one (kg.extract.clubwords). Sentences from BBC sports reports (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions

SPORT = frozenset({"sport"})


def _names(nlp, text: str, sport: frozenset[str] = SPORT) -> list[str]:
    return [mention.text for mention in find_mentions(nlp(text), sport=sport)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Before a club's post and a person's name, at the sentence's start.
        ("Rangers manager Alex McLeish accepts he is going to be criticised after their disastrous Uefa Cup exit "
         "at the hands of Auxerre at Ibrox on Wednesday.", "Rangers"),
        # Inside a sentence, never written in lower case.
        ("The Lions leave for New Zealand on 24 May, with the first Test match against the All Blacks in "
         "Christchurch on 25 June.", "Lions"),
    ],
)
def test_a_plain_word_written_as_a_clubs_name_is_kept(nlp, text, name):
    assert name in _names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "sport"),
    [
        # Outside a sports report the tag's reading stands.
        ("Rangers manager Alex McLeish accepts he is going to be criticised.", "Rangers", frozenset()),
        # Written in lower case too: a word.
        ("Rangers manager Alex McLeish said the rangers in the park were busy.", "Rangers", SPORT),
        # A people, not a club.
        ("I was very impressed the way the Scots played against the French on Saturday.", "Scots", SPORT),
    ],
)
def test_no_clubs_name_without_its_evidence(nlp, text, name, sport):
    assert name not in _names(nlp, text, sport)
