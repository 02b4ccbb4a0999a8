"""Titles of works read from their slot (kg.extract.works): a list of works, "starred
in", "star of", a colon subtitle; each title one span, typed a work whatever NER said."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T
from tests.extract_helpers import mention_types

NONE = frozenset()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The items after a plural work noun and "include": a person's name, a possessive, a subtitle.
        ("The actors, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, met.",
         "Michael Collins", T.WORK),
        ("The actors, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, met.",
         "Star Wars: The Phantom Menace", T.WORK),
        ("The actors, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, met.",
         "Schindler's List", T.WORK),
        # Right after the plural noun (the tagger reads "hits" as a verb here).
        ("Films with budgets similar to box office hits Vera Drake, Calendar Girls and Enduring Love are hit.",
         "Enduring Love", T.WORK),
        # "star of": small words inside a title keep it whole.
        ("Ziyi Zhang, star of Hero and House of Flying Daggers, is the latest name.", "House of Flying Daggers", T.WORK),
        ("She starred in Chicago and Cold Mountain last year.", "Cold Mountain", T.WORK),
        # "role in": one title, its "and" kept; "roles in": a list.
        ("It is a big leap to his role in Hide and Seek, a horror film.", "Hide and Seek", T.WORK),
        ("She was nominated for her role in Girl with a Pearl Earring.", "Girl with a Pearl Earring", T.WORK),
        ("She was overlooked in favour of Hilary Swank's leading role in Boys Don't Cry.", "Boys Don't Cry", T.WORK),
        ("She has two nods for her roles in Eternal Sunshine of the Spotless Mind and Finding Neverland.",
         "Eternal Sunshine of the Spotless Mind", T.WORK),
        # A slot's items outweigh NER's span over two of them.
        ("The films will be in the UMD format, with older titles such as Total Recall and Rambo: First Blood, on disk.",
         "Rambo: First Blood", T.WORK),
        # A title a cue typed goes on over "of", "in", "the" and "&" before capitals.
        ("The film was romantic drama Crying Out Love in the Centre of the World, followed by Be With You.",
         "Crying Out Love in the Centre of the World", T.WORK),
        ("He was nominated for the recent biopic The Life & Death of Peter Sellers.",
         "Life & Death of Peter Sellers", T.WORK),
        # What a work is made from or shown in: "remake of", "sequel to", "appeared in", "debut in", "cast of"
        ("Just imagine what could be achieved by using CGI in a remake of Fingerbobs.", "Fingerbobs", T.WORK),
        ("I pray they never do a remake of Chorlton And The Wheelies.", "Chorlton And The Wheelies", T.WORK),
        ("In 1995 he directed an episode of the medical drama ER and has also appeared in Alias.", "Alias", T.WORK),
        ("The cast of Kisna also includes British actors Michael Maloney, Caroline Langrishe and Polly Adams.",
         "Kisna", T.WORK),
        # ... not a place, a date or a modifier of a common noun
        ("The orchestra will make its debut in Vienna on Saturday.", "Vienna", T.CITY),
        ("The film is a remake of Hollywood classic King Kong.", "Hollywood", T.PLACE),
        # A colon subtitle is one title, the part before it may hold small words.
        ("It was followed by Finding Nemo and The Lord of the Rings: The Return of the King.",
         "The Lord of the Rings: The Return of the King", T.WORK),
        ("The film was made when Bridget Jones: The Edge of Reason was filmed in the UK.",
         "Bridget Jones: The Edge of Reason", T.WORK),
        # A list holding a long title lists works: a place's name NER did not read as a place too.
        ("2003 was a good year for British film production, when Bridget Jones: The Edge of Reason, Wimbledon "
         "and Thunderbirds were all filmed in the UK.", "Wimbledon", T.WORK),
        # Two or more titles right after a plural work noun and "were" (BBC entertainment/314).
        ("Among the overlooked films were Hobson's Choice, Dirty Harry, The 39 Steps, The Searchers and King Kong.",
         "Dirty Harry", T.WORK),
        ("Among the overlooked films were Hobson's Choice, Dirty Harry, The 39 Steps, The Searchers and King Kong.",
         "King Kong", T.WORK),
        # A slash inside a title, before the colon too.
        ("Her new book, Salt Roads / Cold Harbours: The Story of a Port, is out next month.",
         "Salt Roads / Cold Harbours: The Story of a Port", T.WORK),
    ],
)
def test_work_titles(nlp, text, name, expected):
    types = mention_types(nlp, text, NONE)
    assert types.get(name) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Club cues in a sports report (kg.extract.cues.is_team): a club-mate, a player of or for the club.
        ("His Arsenal club-mate Kolo Toure was hurt in training.", "Arsenal"),
        ("Ashley Cole, a defender for Arsenal, played on Sunday.", "Arsenal"),
        ("Thierry Henry, the star of Arsenal, was rested.", "Arsenal"),
    ],
)
def test_club_cues(nlp, text, name):
    types = mention_types(nlp, text, frozenset({"sport"}))
    assert types.get(name) is T.SPORTS_TEAM


@pytest.mark.parametrize(
    ("text", "name", "expected", "sport"),
    [
        # No slot of works: a person stays one, a date is no title, a club's star is no film's.
        ("Michael Collins said the films were good.", "Michael Collins", T.PERSON, NONE),
        # One name after "films were" is no list of titles.
        ("The best films were Michael Collins's, critics said.", "Michael Collins", T.PERSON, NONE),
        ("His films include more than twenty features.", "Michael Collins", None, NONE),
        # ... not over a place's name.
        ("Jamie Foxx starred in the film Ray in the United States.", "United States", T.COUNTRY, NONE),
        # A place or an owner after "role in" is no work.
        ("He denied any role in Iraq last year.", "Iraq", T.COUNTRY, NONE),
        ("His role in Enron's collapse was small.", "Enron", T.ORGANIZATION, NONE),
        ("Manchester United: Carroll, Neville, Brown.", "Manchester United: Carroll", None, frozenset({"sport"})),
        ("Henry, the star of Arsenal, scored twice against Chelsea.", "Arsenal", T.SPORTS_TEAM, frozenset({"sport"})),
    ],
)
def test_no_work_slot(nlp, text, name, expected, sport):
    types = mention_types(nlp, text, sport)
    assert types.get(name) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A street's name after "at" in a sports report is a ground.
        ("The French have to get behind the team at Lansdowne Road.", "Lansdowne Road", T.FACILITY),
        # A surname NER typed a thing is the article's person.
        ("The 30-year-old also tipped Yann Delaigue to start ahead of Frederic Michalak at number 10 after a display "
         "in Paris. \"Delaigue played really well and admittedly Michalak played well too,\" said Castaignede.",
         "Michalak", T.PERSON),
        # So is a town's name NER read as a place, in a sports report.
        ("The referee was Stuart Dallas. The linesman had told Dallas to give a penalty in the second half.",
         "Dallas", T.PERSON),
        # A hyphenated surname whole, NER's place.
        ("The year started in regulation fashion as Justine Henin-Hardenne beat compatriot Kim Clijsters at the "
         "Australian Open. A virus ruined the rest of Henin-Hardenne's year, although she was fit enough to win "
         "Olympic gold.", "Henin-Hardenne", T.PERSON),
    ],
)
def test_sport_people_and_grounds(nlp, text, name, expected):
    types = mention_types(nlp, text, frozenset({"sport", "rugby"}))
    assert types.get(name) is expected


def test_a_title_read_whole_once_is_whole_where_it_recurs(nlp):
    text = (
        "Catalina Sandino Moreno took best actress for her role as a drug smuggler in the Colombian drama Maria Full "
        "of Grace. The best first screenplay award went to Joshua Marston for Maria Full of Grace."
    )
    names = [(mention.text, mention.type) for mention in find_mentions(nlp(text), sport=NONE) if "Maria" in mention.text
             or "Grace" in mention.text]
    assert names == [("Maria Full of Grace", T.WORK)] * 2


def test_a_numerals_dot_at_a_sentence_end_is_the_stop(nlp):
    text = "Each series was set in a different era, ranging from the 15th century to World War I. But the BBC said no."
    assert "World War I" in {mention.text for mention in find_mentions(nlp(text), sport=NONE)}


@pytest.mark.parametrize(
    ("text", "owner", "person"),
    [
        ("But Entertainment Weekly's Dave Karger maintained the Oscars only generated excitement outside the "
         "industry.", "Entertainment Weekly", "Dave Karger"),
        ("The Bafta ceremony will honour American Beauty's Sam Mendes with a lifetime achievement award for his work "
         "in film and theatre.", "American Beauty", "Sam Mendes"),
    ],
)
def test_a_title_ends_before_the_person_its_possessive_names(nlp, text, owner, person):
    # kg.extract.possessed: the paper's or the film's name, then its critic's or director's.
    types = mention_types(nlp, text, NONE)
    assert types.get(person) is T.PERSON and not [name for name in types if person in name and name != person]
    assert any(name in owner for name, kind in types.items() if kind is T.WORK)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # BBC politics: NER reads neither word of "Theresa May" as a name ("May" a month's), at the
    # head of the sentence: a given name and a surname are a person's name there too.
    ("Theresa May, shadow secretary for the family, told the Today programme that the plans were inadequate.",
     "Theresa May", T.PERSON),
    # A capital at the head is nothing else by itself: "Derby games" is no one.
    ("Derby games can be scrappy affairs, the manager said.", "Derby", None),
])
def test_a_full_persons_name_ner_missed_at_the_head_of_a_sentence(nlp, text, name, expected):
    assert mention_types(nlp, text).get(name) is expected
