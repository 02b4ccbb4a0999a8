"""A name the article shows to be a video game is a work, one it shows to be a platform a
product, in all its mentions (kg.extract.games); an article on video games is no sports
report (kg.extract.sportwords, rule ``video games``). Sentences from BBC tech articles
(index 200 and up), shortened."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.sportwords import sport_context
from kg.extract.words import Words
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # tech/249: a game noun right before the name
        ("The land exists within the game Project Entropia, an RPG which allows thousands of players to interact.",
         "Project Entropia"),
        # tech/401: a copy of it
        ("Almost 400,000 people bought a copy of World of Warcraft in the first two days on sale.", "World of Warcraft"),
        # tech/401: a plural game noun's examples, hung by the parse on a noun further back
        ("The scope of these games - like Warcraft, EverQuest, Ultima among others - is epic.", "Warcraft"),
        # tech/288: a game noun with its own modifier before the name
        ("The long-running Medal of Honor series has added Pacific Assault to its PC catalogue, adapting the "
         "console game Rising Sun.", "Rising Sun"),
    ],
)
def test_a_name_shown_to_be_a_game_is_a_work(nlp, text, name):
    types = _types(nlp, text, name)
    assert types and set(types) == {T.WORK}


def test_a_platform_noun_after_a_name_makes_it_a_product(nlp):
    # tech/238: "N64 owners", NER's organisation
    text = "The shoot-em-up left N64 owners glued to their consoles for many months."
    assert _types(nlp, text, "N64") == [T.PRODUCT]


def test_a_makers_owners_are_no_platforms(nlp):
    """A listed maker's owners are its shareholders: it stays a company."""
    text = "The new handheld pleased Nintendo owners, who saw the shares rise by 5%."
    assert T.PRODUCT not in _types(nlp, text, "Nintendo")


@pytest.mark.parametrize(
    ("text", "name", "product"),
    [
        # entertainment/231: a post before a person's name, no platform's noun.
        ("The late John Peel's BBC Radio 1 show is to be succeeded in February. Radio 1 controller Andy Parfitt "
         "said the DJs had been chosen for their musical knowledge.", "Radio 1", False),
        # The platform's noun with no name after it.
        ("He bought the PS2 controller for his son last Christmas.", "PS2", True),
    ],
)
def test_a_platform_noun_before_a_persons_name_is_a_post(nlp, text, name, product):
    assert (T.PRODUCT in _types(nlp, text, name)) is product


def test_a_game_in_a_sports_report_is_a_match(nlp):
    """In a sports report the game before a name is a match: no work."""
    text = (
        "Chelsea beat Everton 2-0 in the Premiership. After the game Mourinho praised his squad, his defence and his "
        "strikers. The league leaders face Arsenal in the next match, and the captain is fit for the fixture."
    )
    assert T.WORK not in _types(nlp, text, "Mourinho")


def test_a_person_named_in_full_after_game_stays_a_person(nlp):
    text = "In the game Steve Jobs appears as a character."
    assert T.WORK not in _types(nlp, text, "Steve Jobs")


# tech/274 of the BBC corpus, shortened: gamers' "tournaments", "players" and "teams" make no sports report.
_GAMERS = (
    "Two UK gamers are about to embark on a world tour as part of the most lucrative-ever global games tournament. "
    "Aaron Foster and David Treacy have won the right to take part in a tournament offering $1m in prize money. "
    "The tournament champion for each leg will walk away with a $15,000 prize. The winner of the grand final will "
    "get $150,000. The world tour stops are open to any keen gamer. Some pro-players are winning a spot. Winners get "
    "seeded higher in each tournament. The UK team and its players play on consoles and PCs."
)


def test_an_article_on_video_games_is_no_sports_report(nlp):
    assert sport_context(Words(nlp(_GAMERS))) == frozenset()


def test_a_sports_report_with_one_console_is_still_one(nlp):
    text = _GAMERS.replace("gamers", "athletes").replace("gamer", "athlete").replace("consoles", "courts")
    assert sport_context(Words(nlp(text))) != frozenset()



# tech/401, shortened: an article on video games (two gaming nouns: "gamers").
_ONLINE_GAMING = (
    "Stories about gamers spending 10 to 15 hours a day in front of some video games are becoming more frequent. "
    "Massively multiplayer online role playing games - MMORPGs - allow thousands of gamers to share a common "
    "experience. "
)


@pytest.mark.parametrize(
    ("text", "name", "work"),
    [
        # tech/401: what is played in an article on video games
        (_ONLINE_GAMING + "Seven years ago, I began playing Ultima Online.", "Ultima Online", True),
        (_ONLINE_GAMING + 'He says that in the world of online gaming such behaviour "wasn\'t that unusual; lots of '
         'people I knew in the game played EQ that much".', "EQ", True),
        # entertainment/287: a venue played, in no article on video games
        ("Grammy Award winners U2 will play Hampden on 21 June while Oasis will also perform at the national "
         "stadium in Glasgow on 29 June.", "Hampden", False),
    ],
)
def test_what_is_played_in_an_article_on_games_is_a_game(nlp, text, name, work):
    types = _types(nlp, text, name)
    assert types and (set(types) == {T.WORK}) is work, types
