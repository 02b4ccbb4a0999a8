"""A hyphenated word the parse split into two members is one word (``kg.extract.hyphenwords``):
"announced the first pre-sale of its 7E7 rival" has one theme, not "the first pre-sale & sale of
its 7E7 rival". Real coordination keeps its members. Sentences of unseen BBC articles
(business/335, entertainment/231, politics/283, sport/391, business/302, sport/429,
entertainment/298), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "theme"), [
    ("Airbus this week announced the first pre-sale of its 7E7 rival - the A350.", "announce",
     ["the first pre-sale of its 7E7 rival"]),
    ("All Nippon is one of the first carriers to order the mid-size 7E7.", "order", ["the mid-size 7E7"]),
    ("Mr Kennedy went on to suggest the re-election of a Labour government.", "suggest",
     ["the re-election of a Labour government"]),
    ("Healey slotted in at stand-off and delivered a superb cross-kick for Martin Corry.", "deliver",
     ["a superb cross-kick"]),
])
def test_a_hyphenated_word_is_one_theme(nlp, sentence, lemma, theme):
    assert _roles(nlp, sentence, lemma).get("theme") == theme


def test_the_pieces_hang_on_the_last_one(nlp):
    from kg.extract.words import Words

    words = Words(nlp("Huw Stephens, Ras Kwame and Rob Da Bank will each host the mid-week, late-night timeslot, "
                    "showcasing UK talent."))
    mid, week = (next(word for word in words if word.text == text) for text in ("mid", "week"))
    assert mid.head is week and mid.dep_ == "compound"
    assert not any(word.dep_ == "dobj" and word.text in ("mid", "-") for word in words)


@pytest.mark.parametrize(("sentence", "lemma", "theme"), [
    ("The firm sells cars and vans in Kent and Essex.", "sell", ["cars", "vans"]),
    ("The pharmaceutical firm will develop snacks and drinks containing the extract.", "develop",
     ["snacks", "drinks"]),
])
def test_real_coordination_keeps_its_members(nlp, sentence, lemma, theme):
    assert _roles(nlp, sentence, lemma).get("theme") == theme


def test_a_word_the_parse_read_whole_is_left_as_it_is(nlp):
    from kg.extract.words import Words

    words = Words(nlp("Anglo-Dutch food giant Unilever will help a Russia-led alliance."))
    russia = next(word for word in words if word.text == "Russia")
    assert russia.head.text == "led"


def test_a_spaced_dash_and_a_score_are_no_hyphenated_word(nlp):
    from kg.extract.hyphenwords import rehang_hyphen_words
    from kg.extract.words import Words

    for text in ("China raised rates - its first hike in nine years.", "Chelsea won 5-4 on Sunday."):
        words = Words(nlp(text))
        before = [(word.head.i, word.dep_) for word in words]
        rehang_hyphen_words(list(words))
        assert [(word.head.i, word.dep_) for word in words] == before


def test_a_piece_the_parse_hung_as_a_modifier_takes_the_member_place(nlp):
    # sport/429: "semi" and "-" objects of "to", "final" an adjective of "to": the destination was "his first semi"
    roles = _roles(nlp, "Montanes advanced to his first semi-final of the year with a triumph over Volandri.", "advance")
    assert roles.get("destination") == ["his first semi-final of the year"]


def test_a_hyphenated_list_member_stays_in_its_list(nlp):
    # entertainment/298: "X-Men" is one member of the list, after "the Incredible Hulk"
    roles = _roles(nlp, "As well as Spider-Man, Lee co-created the Incredible Hulk, X-Men, Daredevil and Fantastic Four "
                        "characters.", "co-create")
    assert roles.get("theme") == ["the Incredible Hulk, X-Men, Daredevil and Fantastic Four characters"]
