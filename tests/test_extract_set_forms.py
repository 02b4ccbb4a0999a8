"""Forms that the parse gives as a verb's event but that say something else: "came to an end"
is an ending (``event_lemmas.tsv`` "come to end", kg.extract.complements), "aged 73" is an age
(kg.extract.ages.stated_age), "rave reviews" are reviews (``non_event_forms.tsv`` "rave review",
kg.extract.sayings.bare_idiom), "went to the polls" an election, "came to the fore" no movement;
the same verbs in their own sense stay. Sentences shortened
from unseen BBC articles (entertainment/224, sport/226, sport/210, entertainment/230,
business/452, entertainment/228, tech/203, politics/400, tech/296)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, sentence_events


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("The gentle Sunday night drama came to an end in 2001.", "The gentle drama"),
        ("His spell in charge of the national side came to an end after the 1998 World Cup.", "His spell"),
    ],
)
def test_came_to_an_end_is_an_ending(nlp, sentence, theme):
    events = check_roles(nlp, sentence, "come to end", {"theme": [theme], "destination": None})
    assert "come" not in {event.lemma for event in events}


@pytest.mark.parametrize(
    ("sentence", "destination"),
    [
        ("Another Boca Juniors player is coming to Brazil.", "Brazil"),
        # a noun no trigger lists with "come to": the verb keeps its reading
        ("The 22-year-old singer's family came to an undisclosed settlement over a negligence claim in 2003.",
         "an undisclosed settlement"),
    ],
)
def test_come_to_another_noun_stays_come(nlp, sentence, destination):
    check_roles(nlp, sentence, "come", {"destination": [destination]})


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        ("When Britain went to the polls in 1979, Tory leader Margaret Thatcher was swept into power.", "go to polls",
         {"agent": ["Britain"], "destination": None}),
        ("Industry experts were also excited about high-definition technologies coming to the fore in 2005.",
         "come to fore", {"theme": ["high-definition technologies"], "destination": None}),
    ],
)
def test_a_listed_phrase_with_the_is_its_own_trigger(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_a_definite_end_is_no_set_phrase(nlp):
    # "the end of the road": no indefinite article, the trigger is not "come to end"
    lemmas = {event.lemma for event in sentence_events(nlp, "The talks came to the end of the road on Monday.")}
    assert "come to end" not in lemmas, lemmas


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Charlie Bell, the former head of fast-food giant McDonald's, has died of cancer aged 44.", "die"),
        ("Charles died of a heart attack aged 73 in June 2004.", "die"),
        ("The musician committed suicide in 1980 aged 23, shortly before the band were due to go on tour.", "commit"),
    ],
)
def test_an_age_is_no_event(nlp, sentence, kept):
    lemmas = {event.lemma for event in sentence_events(nlp, sentence)}
    assert "age" not in lemmas and kept in lemmas, lemmas


def test_a_verb_age_stays_an_event(nlp):
    check_roles(nlp, "The whisky was aged for 12 years.", "age", {"patient": ["The whisky"]})


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite winning awards and rave reviews Half-Life 2 did not appear in the list.",
        "Half-Life 2 won rave reviews from critics.",
    ],
)
def test_rave_reviews_are_no_raving(nlp, sentence):
    lemmas = {event.lemma for event in sentence_events(nlp, sentence)}
    assert "rave" not in lemmas and "win" in lemmas, lemmas


def test_a_verb_rave_stays_an_event(nlp):
    check_roles(nlp, "Critics raved about the film.", "rave", {"agent": ["Critics"]})
