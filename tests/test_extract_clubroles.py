"""A name before a club's post and a person's name in a sports report is the club
(kg.extract.clubroles). Sentences from BBC rugby reports (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

SPORT = frozenset({"sport"})


def _types(nlp, text: str, name: str, sport: frozenset[str] = SPORT) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's organisation, person and town.
        ("Scarlets and USA Eagles forward Dave Hodges has ended his playing career to pursue a coaching role "
         "in the States.", "USA Eagles"),
        ("Leeds Tykes flanker Jon Dunbar also trained with the squad but is still awaiting verification of his "
         "eligibility to qualify for Scotland.", "Leeds Tykes"),
        ("The death of former Ireland coach and Lions flanker Mike Doyle in a car crash in Northern Ireland "
         "shocked the rugby fraternity.", "Lions"),
    ],
)
def test_a_name_before_a_clubs_post_is_the_club(nlp, text, name):
    assert _types(nlp, text, name) == [T.SPORTS_TEAM]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A person's name before a post is the person's ("Andrew Hall coach" is no club).
        ("Former Wales coach Graham Henry took charge of the Lions.", "Graham Henry", T.PERSON),
        # Outside a sports report no post makes a club.
        ("Leeds Tykes flanker Jon Dunbar trained with the squad.", "Leeds Tykes", None),
    ],
)
def test_no_club_without_its_evidence(nlp, text, name, kind):
    sport = frozenset() if kind is None else SPORT
    assert T.SPORTS_TEAM not in _types(nlp, text, name, sport)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Rule "the club's player": after "the", a name and a post that ends the phrase (NER's town, organisation).
        ("But the Sale full-back pulled out of the squad on Wednesday because of a torn ligament in his knee.", "Sale"),
        ("The Wasps wing insisted he grounded the ball when he was bundled over the line.", "Wasps"),
        ('"There are so many great sevens players on the circuit at the moment," said the Gloucester fly-half.',
         "Gloucester"),
    ],
)
def test_the_clubs_player_makes_the_club(nlp, text, name):
    assert _types(nlp, text, name) == [T.SPORTS_TEAM]


@pytest.mark.parametrize(
    ("text", "name", "sport"),
    [
        # A competition's player plays in it, for no club of its name.
        ("The Heineken Cup winger scored twice in the second half.", "Heineken Cup", SPORT),
        # Outside a sports report "the Sale wing" is no evidence.
        ("But the Sale full-back pulled out of the squad on Wednesday.", "Sale", frozenset()),
    ],
)
def test_no_club_from_the_post_without_its_evidence(nlp, text, name, sport):
    assert T.SPORTS_TEAM not in _types(nlp, text, name, sport)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Rule "club's first word": a Spanish club's name, NER's place and person.
        ("Munster's Heineken Cup quarter-final tie against Biarritz on 3 April has been switched to Real Sociedad's "
         "Paseo de Anoeta stadium in San Sebastian.", "Real Sociedad"),
        ("And off the pitch he gave the press plenty to report - Atletico Madrid gave up on him after declaring his "
         "private life to be disorganized.", "Atletico Madrid"),
    ],
)
def test_a_spanish_clubs_name_is_the_club(nlp, text, name):
    assert _types(nlp, text, name) == [T.SPORTS_TEAM]


def test_a_clubs_first_word_outside_sport_is_no_evidence(nlp):
    text = "Jesper Gronkjaer has agreed a move to Atletico Madrid from Birmingham City."
    assert T.SPORTS_TEAM not in _types(nlp, text, "Atletico Madrid", frozenset())
