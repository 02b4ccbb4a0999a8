"""Type cues beyond NER's label (kg.extract.cues), on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.company_cues import acts_as_organisation
from kg.extract.cues import (
    cue_type,
    head_type,
    is_new_thing,
    is_team,
    is_title_with_the,
    looks_like_person,
    sport_context,
)
from kg.extract.words import Words
from kg.types import EntityType as T

VOCAB = spacy.blank("en").vocab
SPORT = frozenset({"sport"})


def _words(words, heads, deps, pos, tags=None, lemmas=None) -> Words:
    return Words(Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas or [w.lower() for w in words]))


@pytest.mark.parametrize(
    ("name", "sport", "expected"),
    [
        ("Davis Cup", frozenset(), T.EVENT),
        ("Kodak Theatre", frozenset(), T.FACILITY),
        ("Stamford Bridge", frozenset(), T.FACILITY),  # a surname-like head word after no given name
        ("Wayne Bridge", frozenset(), None),  # ... and after one: a person (BBC sport)
        ("Three Gorges Dam", frozenset(), T.FACILITY),  # a dam (untuned business/174), not its operator
        ("Robert Plant", SPORT, None),
        ("Sunday Times", frozenset(), T.WORK),
        ("Scottish Executive", frozenset(), T.ORGANIZATION),
        ("Gambling Bill", frozenset(), T.LAW),
        ("World Summit on the Information Society", frozenset(), T.EVENT),
        ("Ipswich Town", SPORT, T.SPORTS_TEAM),
        ("Second Division", SPORT, T.EVENT),  # a league, in a sports report
        ("Second Division", frozenset(), None),
        ("Sydney Classic", SPORT, T.EVENT),  # a tournament, in a sports report
        ("Grand Slams", SPORT, T.EVENT),
        ("League Two", SPORT, T.EVENT),  # the head before a number
        ("Channel 5", frozenset(), None),
        ("Cape Town", frozenset(), None),  # a city outside a sports report
        ("Cup", frozenset(), None),  # one word: no head
        # "Almost 80,000 fans packed into Melbourne Cricket Ground on 10 January for a charity match"
        ("Melbourne Cricket Ground", SPORT, T.FACILITY),
        ("Cricket Ground", frozenset(), None),  # a ground only in a sports report
        ("Central Park", SPORT, None),  # a park may be where a race is run (gold sport/042)
    ],
)
def test_cues_head_word(name, sport, expected):
    assert head_type(name, sport) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Cate Blanchett", True), ("Juan Carlos Ferrero", True), ("Tony Blair", True), ("Kodak Theatre", False),
     ("Grant Thornton Group", False), ("Blanchett", False), ("Jack's Snooker Hall", False),
     # "South Africa's Schalk Burger was named player of the year", "tipped Yann Delaigue to start" (BBC sport)
     ("Schalk Burger", True), ("Yann Delaigue", True)],
)
def test_cues_given_name_makes_a_person(name, expected):
    assert looks_like_person(name) is expected


def test_cues_noun_before_after_and_in_apposition():
    # "the film Ray opened": the cue noun before the name
    words = _words(["the", "film", "Ray", "opened"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], ["DET", "NOUN", "PROPN", "VERB"])
    assert cue_type(words, 2, 3, frozenset()) is T.WORK
    # "the Xbox console sold": the name modifies its cue noun
    words = _words(["the", "Xbox", "console", "sold"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], ["DET", "PROPN", "NOUN", "VERB"])
    assert cue_type(words, 1, 2, frozenset()) is T.PRODUCT
    # "Chelsea's squad": a team cue, in a sports report only
    words = _words(["the", "club", "Chelsea", "won"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], ["DET", "NOUN", "PROPN", "VERB"])
    assert cue_type(words, 2, 3, SPORT) is T.SPORTS_TEAM
    assert cue_type(words, 2, 3, frozenset()) is None


def test_cues_team_plays_in_a_sports_report():
    # "Leicester beat Bath"
    words = _words(["Leicester", "beat", "Bath"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"])
    assert is_team(words, 0, 1) and is_team(words, 2, 3)
    # "Italy have won": a singular name with a plural verb
    words = _words(["Italy", "have", "won"], [2, 2, 2], ["nsubj", "aux", "ROOT"], ["PROPN", "AUX", "VERB"], ["NNP", "VBP", "VBN"])
    assert is_team(words, 0, 1)
    # "against Italy", but not "against Britain's best sprinters"
    words = _words(["ran", "against", "Italy"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["VERB", "ADP", "PROPN"])
    assert is_team(words, 2, 3)
    words = _words(["ran", "against", "Britain", "'s", "sprinters"], [0, 0, 4, 2, 1], ["ROOT", "prep", "poss", "case", "pobj"],
                   ["VERB", "ADP", "PROPN", "PART", "NOUN"], ["VBD", "IN", "NNP", "POS", "NNS"])
    assert not is_team(words, 2, 3)
    # "Blair met Bush": no play
    words = _words(["Blair", "met", "Bush"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"])
    assert not is_team(words, 0, 1)


def test_cues_products_and_organisations():
    words = _words(["the", "new", "Xbox", "sold"], [2, 2, 3, 3], ["det", "amod", "nsubj", "ROOT"], ["DET", "ADJ", "PROPN", "VERB"])
    assert is_new_thing(words, 2, 3)
    words = _words(["Nokia", "N70", "sold"], [1, 2, 2], ["compound", "nsubj", "ROOT"], ["PROPN", "PROPN", "VERB"])
    assert is_new_thing(words, 0, 2)
    words = _words(["Alitalia", "'s", "rivals", "complained"], [2, 0, 3, 3], ["poss", "case", "nsubj", "ROOT"],
                   ["PROPN", "PART", "NOUN", "VERB"], ["NNP", "POS", "NNS", "VBD"], ["alitalia", "'s", "rival", "complain"])
    assert acts_as_organisation(words, 0, 1)


def test_cues_sport_context_needs_enough_sport_words():
    text = "The striker scored a goal before the keeper saved a penalty and the coach praised the squad".split()
    words = _words(text, [0] * len(text), ["ROOT"] + ["dep"] * (len(text) - 1), ["NOUN"] * len(text))
    assert sport_context(words) == frozenset({"sport", "football"})
    text = "The minister said the budget would cut taxes for families".split()
    words = _words(text, [0] * len(text), ["ROOT"] + ["dep"] * (len(text) - 1), ["NOUN"] * len(text))
    assert sport_context(words) == frozenset()


def test_cues_title_with_a_capital_the_inside_a_sentence():
    # "a role in The Office": a work; "The Beatles" (plural) would be a band
    words = _words(["He", "won", "a", "role", "in", "The", "Office"], [1, 1, 3, 1, 3, 6, 4],
                   ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"], ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN"],
                   ["PRP", "VBD", "DT", "NN", "IN", "DT", "NNP"])
    assert is_title_with_the(words, 6, 7)
    words = _words(["He", "met", "The", "Beatles"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], ["PRON", "VERB", "DET", "PROPN"],
                   ["PRP", "VBD", "DT", "NNPS"])
    assert not is_title_with_the(words, 3, 4)


@pytest.mark.parametrize(("text", "name"), [
    # bbc/tech/304: "Coral" is a given name; the name's head says it is a body.
    ("Marlin will be built on an earlier DRM system developed by a group known as the Coral Consortium.",
     "Coral Consortium"),
    ("Jeff Ravencraft of the Grace Alliance said it would publish the standard.", "Grace Alliance"),
])
def test_a_bodys_head_word_makes_an_organisation(nlp, text, name):
    from tests.extract_helpers import mention_types

    assert mention_types(nlp, text, sport=None)[name] is T.ORGANIZATION


def test_cues_a_serial_in_apposition_is_a_work(nlp):
    # "Grange Hill, the school-based drama serial which ...": a work, not a person (entertainment/211)
    from kg.extract.mentions import find_mentions

    doc = nlp("Redmond also created Grange Hill, the school-based drama serial which was first broadcast on BBC One in 1978.")
    assert [m.type for m in find_mentions(doc) if m.text == "Grange Hill"] == [T.WORK]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A book's kind noun before the title or as the head of its apposition (BBC entertainment/264, /304).
        ("Bill Clinton won the spoken word award for the audio version of his autobiography My Life.", "My Life"),
        ("Michelle Paver's Wolf Brother, a fantasy set 6,000 years ago, is the first in a planned series of six books.",
         "Wolf Brother"),
    ],
)
def test_cues_a_books_kind_makes_a_work(nlp, text, name):
    from kg.extract.mentions import find_mentions

    assert [m.type for m in find_mentions(nlp(text)) if m.text == name] == [T.WORK]
