"""Names NER missed, typed from a classifier noun or from what they do
(kg.extract.acting), clubs from a transfer or a game against a club
(kg.extract.clubs), and the classifier noun over the name's own head word."""

from __future__ import annotations

import pytest
from extract_helpers import mention_types

from kg.extract.acting import acting_type
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T

FOOTBALL = frozenset({"sport", "football"})
RUGBY = frozenset({"sport", "rugby"})


@pytest.mark.parametrize(
    ("text", "sport", "name", "expected"),
    [
        # actor: one side of a playing verb whose other side NER read as an organisation.
        ("Arsenal beat Chelsea on Saturday.", frozenset(), "Arsenal", T.ORGANIZATION),
        # actor, in a football report: the team's play.
        ("Arsenal beat Chelsea on Saturday.", FOOTBALL, "Arsenal", T.SPORTS_TEAM),
        # signing: the subject of a transfer verb whose object is a player, in any article.
        ("Arsenal signed the striker on Saturday.", frozenset(), "Arsenal", T.SPORTS_TEAM),
        # actor at the head of a sentence, a plural verb, the name capitalised inside a sentence too.
        ("Ashby are top of the league. Fans of Ashby celebrated.", FOOTBALL, "Ashby", T.SPORTS_TEAM),
        # actor: a company's business, mid-sentence.
        ("Shares rose after Zentrix reported profits of £3m.", frozenset(), "Zentrix", T.ORGANIZATION),
        # classifier: a cue noun before a title that opens on a word tagged a number.
        ("The film Million Dollar Baby won four Oscars.", frozenset(), "Million Dollar Baby", T.WORK),
        # classifier over the name's head word: a work named after a street.
        ("He wrote the novel Brick Lane in 2003.", frozenset(), "Brick Lane", T.WORK),
        # transfer slots in a rugby report: the new club (NER's person) and the old (NER's city).
        ("Dallaglio joined Saracens from Gloucester.", RUGBY, "Saracens", T.SPORTS_TEAM),
        ("Dallaglio joined Saracens from Gloucester.", RUGBY, "Gloucester", T.SPORTS_TEAM),
        # signing in a relative clause on a town's name NER read as a person ...
        ("Bolton, who signed the winger in January, lost.", FOOTBALL, "Bolton", T.SPORTS_TEAM),
        # ... but a manager NER read as a person signs players too.
        ("Benitez signed the striker in May.", FOOTBALL, "Benitez", T.PERSON),
        # a town playing an organisation is its club, in any article.
        ("Liverpool beat Everton.", frozenset(), "Liverpool", T.SPORTS_TEAM),
        # not a town playing a town, nor a town a player moved to.
        ("London beat Paris to the Games.", frozenset(), "London", T.CITY),
        ("He moved to London from Leeds.", FOOTBALL, "London", T.CITY),
        # not the object of a transfer verb that names no old club ("joined X in the last eight").
        ("Henman joined Federer in the last eight.", FOOTBALL, "Federer", T.ORGANIZATION),
    ],
)
def test_acting_and_classified_names_are_typed_from_evidence(nlp, text, sport, name, expected):
    assert mention_types(nlp, text, sport).get(name) == expected


@pytest.mark.parametrize(
    ("text", "sport", "absent"),
    [
        # a common noun capitalised at the head, written in lower case too.
        ("Police arrested two men. The police said they were held.", frozenset(), "Police"),
        # a plural verb at the head proves no name the text writes nowhere else.
        ("Ecologists are warning MSPs about wind farms.", frozenset(), "Ecologists"),
        # the end of a longer name, its noun read as a verb.
        ("He makes his RBS Six Nations debut for Ireland on Saturday.", RUGBY, "Nations"),
        ("He makes his RBS Six Nations debut for Ireland on Saturday.", RUGBY, "Six Nations"),
        # a pronoun after a classifier noun.
        ('"I want to play for England," he said. When I look at the current squad I feel there is a place.', RUGBY, "I"),
        # "The" is no part of the title after a classifier noun.
        ("The man who got the movie The Aviator off the ground was shut out.", frozenset(), "The Aviator"),
    ],
)
def test_no_name_without_evidence(nlp, text, sport, absent):
    assert absent not in mention_types(nlp, text, sport)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a run that acts but is a common word at the head of its sentence ...
        ("Rebels signed the striker on Friday, and the rebels will play him on Saturday.", "sentence-initial"),
        # ... or a generic term: counted like NER's rejected spans.
        ("Broadband signed the striker on Friday.", "generic"),
    ],
)
def test_acting_rejections_are_counted(nlp, text, rule):
    rejected: list[str] = []
    assert not list(find_mentions(nlp(text), rejected=rejected))
    assert rejected == [rule]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a team sport a player's surname plays too: "faces" with no named opponent ...
        ("Mutu faces a ban of up to two years. The club sacked Mutu in October.", None),
        # ... but a plural verb's subject is a side, and so is one against a named opponent.
        ("Mutu are top of the league. Fans of Mutu sang.", T.SPORTS_TEAM),
        ("Mutu beat Chelsea on Saturday. Fans of Mutu sang.", T.SPORTS_TEAM),
    ],
)
def test_acting_type_in_a_team_sport_needs_a_side(nlp, text, expected):
    """The rule read on its own, whatever NER labels: the run is the first word."""
    words = Words(nlp(text))
    try:
        assert acting_type(words, 0, 1, FOOTBALL, []) == expected
    finally:
        words.release()
