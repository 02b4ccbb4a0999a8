"""Two names NER read as one across "and" (kg.extract.namepairs), and amounts that are
no words of a name (kg.extract.amounts); sentences shortened from BBC articles."""

from __future__ import annotations

import pytest


def _names(nlp, text: str) -> set[str]:
    from kg.extract.mentions import find_mentions

    return {mention.text for mention in find_mentions(nlp(text), rejected=[])}


@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        # each side two words or more, the parse coordinating them
        ("Privately-held Falic Group bought two cosmetics brands, Hard Candy and Urban Decay, from LVMH in early 2003.",
         {"Hard Candy", "Urban Decay"}, "Hard Candy and Urban Decay"),
        ("Real Madrid and Real Socieded will play the final six minutes of their match.",
         {"Real Madrid", "Real Socieded"}, "Real Madrid and Real Socieded"),
        # shorter sides: the examples of a plural kind
        ("But Western firms such as Dell and Hewlett-Packard are also mounting a more solid fight for market share.",
         {"Dell", "Hewlett-Packard"}, "Dell and Hewlett-Packard"),
        # the last two items of a list of names, a comma before the pair
        ("It also said it had launched a service with MTV to let people watch Comedy Central, VH1 and Country Music TV "
         "on its devices.", {"VH1", "Country Music TV"}, "VH1 and Country Music TV"),
    ],
)
def test_two_names_the_parse_coordinates_are_two(nlp, text, names, whole):
    found = _names(nlp, text)
    assert names <= found
    assert whole not in found


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a head after the pair, shared: one name
        ("In a filing with the US Securities and Exchange Commission, Sina said its shares fell.",
         "US Securities and Exchange Commission"),
        # the subject of a singular verb, the right side ending in a name's head word: one bill
        ("The Serious Organised Crime and Police Bill proposes extra powers to search suspects.",
         "Serious Organised Crime and Police Bill"),
        # a side of one word, in no list: a constituency's, a channel's own "and"
        ("Respect did come second in Bethnal Green and Bow.", "Bethnal Green and Bow"),
        ("They also presented car show Motor Maniacs for cable TV channel Granada Men and Motors.",
         "Granada Men and Motors"),
    ],
)
def test_a_name_with_its_own_and_stays_whole(nlp, text, whole):
    assert whole in _names(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # NER's place: an amount alone is no name
        ("Lenovo's sales were down 3.7% by revenue to HK$6.31bn.", "Lenovo", "HK$6.31bn"),
        # a name NER ran into the amount after it
        ("On Tuesday the courts awarded Varig 2bn reais ($725m), after ruling in favour of its claim.", "Varig",
         "Varig 2bn"),
        # a bare number is a name's: no amount
        ("Sony said sales of the PlayStation 2 rose sharply over Christmas.", "PlayStation 2", "PlayStation"),
    ],
)
def test_an_amount_is_no_word_of_a_name(nlp, text, kept, gone):
    found = _names(nlp, text)
    assert kept in found
    assert gone not in found
