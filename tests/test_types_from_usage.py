"""Types from what the text does with a name, beyond NER's label (model tests on
the session ``nlp``; kg.extract.cues): a numbered competition, an event named by
the noun it stands beside, a product owned before its name."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> set[T]:
    return {mention.type for mention in find_mentions(nlp(text)) if mention.text == name}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # head word before a number: "League One" is a league in a sports report
        ("The striker scored twice as Rovers won the match 2-0. The manager said the win and the two goals "
         "lift the side to third in League Two, one point behind the leaders, with a game in hand.",
         "League Two", T.EVENT),
        # apposition to an event noun: "a trade conference, CeBIT,"
        ("The handset was shown at a big electronics conference, CeBIT, which opens in Hanover next week.",
         "CeBIT", T.EVENT),
        # cue noun after the name: "the Qatar Masters event"
        ("Organisers said that next month's Doha Desert Classic event will offer equal prize money.",
         "Doha Desert Classic", T.EVENT),
        # "the new X" with X heading its phrase: "the new Xbox"
        ("Shops sold out of the new Xbox on Friday.", "Xbox", T.PRODUCT),
        # a plural product noun after a name its owner precedes: "its Xbox consoles"
        ("Sony said it would recall two million power adaptors for its PlayStation consoles sold in Europe.",
         "PlayStation", T.PRODUCT),
        # the kind a name is given: "a software company called Zentrix"
        ("He founded a small software company called Zentrix in 1998.", "Zentrix", T.ORGANIZATION),
        ("She starred in a film named Blue Harbour.", "Blue Harbour", T.WORK),
        # a work named after a person, NER silent: "the Peter Rabbit series"
        ("Co-productions such as the Peter Rabbit series continued to be made in Britain.",
         "Peter Rabbit", T.WORK),
        # facility and product cue nouns: "the Shore Club hotel", "the IPv6 standard"
        ("The singer was found at the Palm Court hotel in Miami, where he had been staying.", "Palm Court", T.FACILITY),
        ("Engineers said the move to the Qnet standard would make no difference to users.", "Qnet", T.PRODUCT),
        # apposition to "play": "his own play, Purlie Victorious"
        ("Gone Tomorrow was a film he adapted from his own play, Moultrie Awakening.", "Moultrie Awakening", T.WORK),
        # what an award is for: "three Oscar nominations for Topsy Turvy"
        ("She received three Oscar nominations for Northern Glass last year.", "Northern Glass", T.WORK),
        # a work's "best" category won for the name: "won best short film for Wasp"
        ("Former British TV presenter Andrea Arnold, who hosted children's shows Motormouth and Number 73 in the "
         "1980s, won best short film for Wasp.", "Wasp", T.WORK),
        # the kind a name is an example of, "such" before the noun: "such films as Raging Bull"
        ("He was praised for such films as Copper Harbour and Goodwin Hill.", "Copper Harbour", T.WORK),
        # ... where the parser reads a title opening on a verb as a clause ("Raging" pcomp of "as")
        ("He has never won despite being nominated for such films as Raging Bull and Goodfellas.",
         "Raging Bull", T.WORK),
        # a list of cities is no "Town, Region": "(Helsinki, Oslo, Munich, Paris, ...)"
        ("More than twice as many laptops were left in the back of black cabs in London as in any of the nine other "
         "cities (Helsinki, Oslo, Munich, Paris, Stockholm, Copenhagen, Chicago and Sydney) where the research into "
         "lost and found gadgets was carried out.", "Munich", T.CITY),
        # a two-word cue noun: "its operating system, Windows", "a blog search engine, Technorati"
        ("The firm is updating its operating system, Quarzo, which will ship next year.", "Quarzo", T.PRODUCT),
        ("Bloggers say that Feedora, a blog search engine, now tracks about six million blogs.", "Feedora", T.ORGANIZATION),
        # rule "seat speaks": a street or a palace that speaks is the office there
        ("Lambeth Palace said the archbishop would not comment on the report.", "Lambeth Palace", T.ORGANIZATION),
        ("It is no secret that Downing Street believes the minister is sulking.", "Downing Street", T.ORGANIZATION),
        # ... also as the agent of a passive the parse hung on the noun after "as"
        ('Reports that Tony Blair is planning a snap general election for February 2005 have been described as '
         '"idle speculation" by Downing Street.', "Downing Street", T.ORGANIZATION),
        # rule "units counted": a name counted in millions is a product's units
        ("The fault affects 14 million Xboxes made before October.", "Xboxes", T.PRODUCT),
        ("Nintendo expects to ship 5 million GameCubes in Europe by March.", "GameCubes", T.PRODUCT),
        # ... and what they leave alone: a maker before its own products keeps its type: "Nokia phones"
        ("Shops sold more Nokia phones than any other brand last year.", "Nokia", T.ORGANIZATION),
        # a person an award honours stays a person
        ("The jury gave the best actress prize for Mary Collins to the studio.", "Mary Collins", T.PERSON),
        # "the new X" is a product only when X heads the phrase: "the new Xbox", not "the new Hugh Grant comedy"
        ("It beat the new Sony thriller Hitch at the box office.", "Sony", T.ORGANIZATION),
        ("Fans queued for the new Dreamworks cartoon Shrek on Friday.", "Dreamworks", T.ORGANIZATION),
        # a street as a place keeps its head word's type; the maker of counted units keeps its own
        ("Protesters marched down Downing Street on Saturday.", "Downing Street", T.PLACE),
        ("Nintendo expects to ship 5 million GameCubes in Europe by March.", "Nintendo", T.ORGANIZATION),
        # a channel's number is no competition's
        ("The show moves to Channel 4 next year, its producers said.", "Channel 4", T.ORGANIZATION),
        # "Town, Country" makes a city, a list of places does not (BBC tech: South America was a City)
        ("The virus is thought to have spread most widely in South America, Italy, Spain, Bulgaria and Hungary.",
         "South America", T.PLACE),
        ("The team flew to Lyon, France, for the match.", "Lyon", T.CITY),
    ],
)
def test_type_from_usage(nlp, text, name, expected):
    assert _types(nlp, text, name) == {expected}


_TENNIS = (
    "The top seed served well but lost in straight sets. Qualifier Marco de Villiers beat the world number five 6-4 "
    "7-5 in the second round of the tournament, and the seed said his racket and serve let him down in both sets. "
    "De Villiers will play the third seed in the quarter-finals."
)
_DAVIS_CUP = (
    "Britain beat Israel 3-2 in the Davis Cup tie, and the top seed won both of his singles matches in straight sets. "
    "His serve and his racket held up in the final set."
)


def test_who_plays_in_tennis_is_a_person(nlp):
    # a report on a sport played alone: the one who beats another is a player
    assert _types(nlp, _TENNIS, "De Villiers") == {T.PERSON}
    # a country that plays is its team, in tennis too
    assert _types(nlp, _DAVIS_CUP, "Israel") == {T.SPORTS_TEAM}


def test_a_name_after_a_persons_name_and_a_comma_is_no_region(nlp):
    # "children Nora, Hasna and Guy": a list of people, not "Camberley, Surrey"
    text = "Besides his wife, Brown is survived by three children Ruth, {} and Paul, a blues artist, and five grandchildren."
    assert _types(nlp, text.format("Ndeye"), "Ndeye") == {T.PERSON}
    assert _types(nlp, text.format("Olufemi"), "Olufemi") == {T.PERSON}
    # a town's region after a comma stays a region
    assert _types(nlp, "He grew up in Camberley, Surrey, before moving to London.", "Surrey") == {T.PLACE}



@pytest.mark.parametrize(
    ("text", "whole", "piece"),
    [
        ("Handsets will have to work with the DVB-H standard before the service can launch.", "DVB-H", "H"),
        ("Phones sold in Europe must work with the DVB-H standard, the report said.", "DVB-H", "H"),
    ],
)
def test_a_name_runs_over_a_hyphen_inside_it(nlp, text, whole, piece):
    """ "the DVB-H standard": the cue types the whole hyphenated name, never its last piece."""
    found = {mention.text for mention in find_mentions(nlp(text))}
    assert piece not in found
    assert whole in found


def test_a_name_after_a_firms_name_and_a_comma_is_no_region(nlp):
    # "Dell, LG": a list of firms, not "Camberley, Surrey" (a town before the comma)
    text = ("Blu-ray has already won backing from major Hollywood studios, such as MGM Studios, Disney, and Buena "
            "Vista, as well as top technology firms like Dell, LG, Samsung and Phillips amongst others.")
    assert _types(nlp, text, "LG") == {T.ORGANIZATION}


def test_a_business_post_at_a_name_no_gazetteer_knows_makes_it_a_firm(nlp):
    # "chief economist at Gerrard": NER's place is the stockbroker an economist works for
    text = ("UK manufacturing output fell in December. Simon Rubinsohn, chief economist at Gerrard, said: "
            "\"This outturn was disappointing.\"")
    assert _types(nlp, text, "Gerrard") == {T.ORGANIZATION}


def test_a_name_before_a_list_of_firms_is_no_town(nlp):
    # "Nokia, LG Electronics, Lenovo, ...": a list goes on after the comma, no "Camberley, Surrey"
    # (Nokia is a Finnish town, NER's firm)
    text = ("Symbian's Series 60 software is licenced by Nokia, LG Electronics, Lenovo, Panasonic, Samsung, Sendo "
            "and Siemens.")
    assert T.CITY not in _types(nlp, text, "Nokia")
    # a town NER took for a firm before its region stays the town
    assert _types(nlp, "He grew up in Camberley, Surrey, before moving to London.", "Camberley") == {T.CITY}
    # a list of towns is one of places: "Kursk" (NER: a product) before the town "Volzhsky"
    text = ("Sun Interbrew, which employs 8,000 staff, owns breweries in eight Russian cities - Klin, Ivanovo, "
            "Saransk, Kursk, Volzhsky, Omsk, Perm and Novocheboksarsk.")
    assert _types(nlp, text, "Kursk") == {T.CITY}
