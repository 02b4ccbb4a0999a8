"""Rule ``town surnames`` (kg.resolve.townsurnames): a person's surname alone, merged with the
full name, keeps the person's type in the vote although a town has its name, when NER read the
surname as a firm or a team. Sentences from sport/218 of the BBC corpus, paraphrased (there
"the absence of Campbell" reads as a team, and Campbell is a Californian town)."""

from __future__ import annotations

from kg.pipeline import build_text
from kg.records import Mention
from kg.resolve.townsurnames import surname_names_place
from kg.resolve.vote import vote_type
from kg.types import EntityType as T

_CAMPBELL = (
    "It was a game that merely confirmed the importance of Sol Campbell to Arsenal. "
    "Much criticism has been aimed at Pascal Cygan, but the problem lies with the absence of Campbell "
    "and its overall effect on Arsenal's defence. "
    "Arsenal need to reverse the process, with or without Campbell, and keep clean sheets. "
    "But the return of Campbell is key. "
    "Campbell pulls it all together at the back and gets the defence playing as a unit."
)


def _m(text: str, entity_type: T, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0)


def test_the_defender_is_a_person_in_the_article(nlp):
    types = {entity.label: entity.type for entity in build_text(_CAMPBELL, nlp=nlp).entities()}
    assert types["Sol Campbell"] is T.PERSON


def test_surname_read_as_team_or_firm_votes_person():
    full = _m("Sol Campbell", T.PERSON)
    for misread in (T.SPORTS_TEAM, T.ORGANIZATION):
        surnames = [_m("Campbell", misread, 100 + 20 * i) for i in range(4)]
        assert vote_type([full, *surnames]) is T.PERSON


def test_surname_read_as_a_place_stays_a_place():
    # "Tom Boston ... Boston": NER's city reading of a known city's name is kept.
    assert surname_names_place(_m("Boston", T.CITY))
    assert not surname_names_place(_m("Campbell", T.SPORTS_TEAM))
    assert not surname_names_place(_m("Campbell", T.ORGANIZATION))
    assert surname_names_place(_m("Campbell", T.PLACE))


def test_no_full_person_name_no_change():
    # A club's name alone, never written as a person's full name, keeps NER's reading.
    assert vote_type([_m("Campbell", T.SPORTS_TEAM, 10 * i) for i in range(3)]) is T.SPORTS_TEAM
    # A firm's full name NER read as a firm: its short form is the firm's.
    assert vote_type([_m("Morgan Stanley", T.ORGANIZATION), _m("Stanley", T.ORGANIZATION, 40)]) is T.ORGANIZATION
