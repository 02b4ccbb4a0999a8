"""Speakers described by where they are from and what they are ("said the Newport-based
athlete", "The tournament debutant added") are the person the passage is about
(model tests; ``kg.resolve.descriptors``)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import article_graph


def _speakers(nlp, text: str) -> dict[str, str | None]:
    graph = article_graph(nlp, text)
    return {quote.content: graph.entity(quote.speaker).label if quote.speaker else None for quote in graph.quotes()}


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The sentence of the issue: a place with "-based" before an occupation.
        ('Darren Campbell will run in the 100m at the trials in Birmingham. "It gives me a lot of joy," said the '
         'Newport-based athlete.', "It gives me a lot of joy", "Darren Campbell"),
        # Real sentences (bbc/sport/474): a noun a person is known by, no post (epithet_nouns.txt).
        ('Maria Sharapova won her opening match at the Tour Championships in Los Angeles. '
         'Sharapova, who lost 6-2 6-2 to Kuznetsova in Beijing in September, said: "In Beijing, she was coming off '
         'such a big winning streak and she was unstoppable. "This time, it was important to start off well and put '
         'some pressure on her." The tournament debutant added: "I love it here. The atmosphere is great."',
         "I love it here. The atmosphere is great.", "Maria Sharapova"),
        # A nationality adjective the person the passage is about is not given: no one.
        ('Scotland\'s Chris Paterson scored twice in the second half at Murrayfield. "It was a good day," said the '
         'Welsh winger.', "It was a good day", None),
    ],
)
def test_described_speaker_is_the_person_the_passage_is_about(nlp, text, content, expected):
    assert _speakers(nlp, text)[content] == expected
