"""A relative pronoun after a name types it (kg.extract.relatives): "X, who is" is a
person, "X, who are" people together (a band, a team), "X, which" no person."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.relatives import relative_reading
from kg.extract.words import Words
from kg.types import EntityType as T


def _types(nlp, text: str, name: str, sport: frozenset[str] = frozenset()) -> set[T]:
    """The types of the mentions of ``name`` in ``text``."""
    return {mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "who" and a verb in the singular: one person, a name NER did not label at all ...
        ("Bremner, who is the firm's chief executive, said sales were up.", "Bremner", {T.PERSON}),
        ("Arnott, who is the club's captain, signed a new deal.", "Arnott", {T.PERSON}),
        # ... or labelled a place.
        ("Keska, who has made a successful return from injury, contests the men's race.", "Keska", {T.PERSON}),
        # "who" and a plural verb: people together, a band NER called a person or did not label.
        ("A replacement drummer has yet to be named by Skulldrum, who are working on their eighth album.",
         "Skulldrum", {T.ORGANIZATION}),
        ("The label signed Grimsdyke, who are from Leeds.", "Grimsdyke", {T.ORGANIZATION}),
        ("The Shamblers, who are signed to a small label, released their third album.", "Shamblers",
         {T.ORGANIZATION}),
        # "which" is never a person: a firm NER called one.
        ("Analysts said Hollister, which employs 4,000 people, would cut jobs.", "Hollister", {T.ORGANIZATION}),
        ("Marlowe, which was founded in 1990, said sales rose.", "Marlowe", {T.ORGANIZATION}),
    ],
)
def test_relative_pronoun_types_the_name(nlp, text, name, expected):
    assert _types(nlp, text, name) == expected


def test_plural_who_in_a_sports_report_is_a_team(nlp):
    text = "The coach praised Ravensworth, who are top of the league."
    assert _types(nlp, text, "Ravensworth", frozenset({"sport"})) == {T.SPORTS_TEAM}


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Bremner, who is the firm's chief executive, said sales were up.", 0, 1, "person"),
        ("Drabek, who was injured in March, returned to training on Monday.", 0, 1, "person"),
        ("The label signed Grimsdyke, who are from Leeds.", 3, 4, "group"),
        # A firm's business in the clause says more than no person: a firm (kg.extract.firmclauses).
        ("Investors welcomed the offer for Mardlow, which owns 300 shops in Britain.", 5, 6, "firm"),
        ("Investors welcomed the offer for Mardlow, which has 300 shops in Britain.", 5, 6, "thing"),
        # A past tense says nothing of number: a band "took" as a person does.
        ("Radiohead, who took over the station last year, played live.", 0, 1, None),
        # The clause hangs on the noun before the name: "who" is the owners.
        ("The union represents the four owners of Halvorsen, who have been accused of fraud.", 7, 8, None),
        # The name closes a list: "who" is all three.
        ("Sony, Philips and Toshiba, who have worked on the chip, will show it.", 4, 5, None),
        # "who" is the object: it says nothing of number.
        ("The coach enjoyed spells at Barcelona, who he took to a Spanish title.", 5, 6, None),
        # No relative clause after the name.
        ("Bremner said sales were up, who knows why.", 0, 1, None),
    ],
)
def test_relative_reading(nlp, text, start, end, expected):
    assert relative_reading(Words(nlp(text)), start, end) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A given name outweighs "which" (works are named after people; a person is the safer reading) ...
        ("Maria Lopez, which is a film about a nurse, opens on Friday.", "Maria Lopez", {T.PERSON}),
        # ... "who" after "<noun> of" may be the noun's, and a list's "who" types none of its names.
        ("The parents of Smithers, who have complained to the school, met the head.", "Smithers", {T.PERSON}),
        ("Sony, Philips and Toshiba, who have worked on the chip, will show it.", "Toshiba", {T.ORGANIZATION}),
        ("Radiohead, who took over the station last year, played live.", "Radiohead", set()),
        # A name that opens with an initial is a person's, whatever "which" the parser hangs on it.
        ("The film is based on the novel of the same name written by reporter S Amir Khatri, which sold a "
         "million copies.", "S Amir Khatri", {T.PERSON}),
        # A run ending in the article's surname is that person, after a title no list knows: no new name.
        ("Betty Grindle opened the debate. Baroness Grindle, who was the first woman to chair the board, said "
         "the plan was flawed.", "Baroness Grindle", set()),
    ],
)
def test_relative_pronoun_leaves_other_evidence_alone(nlp, text, name, expected):
    assert _types(nlp, text, name) == expected
