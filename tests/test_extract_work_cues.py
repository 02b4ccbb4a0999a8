"""Works told by their credits and makers, and makers not by their works (kg.extract.cues), on the model."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A work's credits after its title.
        ("The Last Samurai, starring Tom Cruise, was the biggest foreign movie in Japan.", "Last Samurai", T.WORK),
        # Its maker before a person's name.
        ("Harry Potter author JK Rowling will receive a special award.", "Harry Potter", T.WORK),
        # A plural cue noun after a name names what it made, not the name: "Spike Lee movies".
        ("He also appeared in seven Spike Lee movies, including Jungle Fever.", "Spike Lee", T.PERSON),
        # A cue noun after a place's name is in the place; before a name, it is that name's.
        ("The gig will be broadcast from a London venue on Tuesday.", "London", T.CITY),
        ("Freeman, who starred in hit BBC comedy The Office, will play the lead.", "BBC", T.ORGANIZATION),
    ],
)
def test_work_cues(nlp, text, name, expected):
    types = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}
    assert types.get(name) is expected
