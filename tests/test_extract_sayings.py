"""Set phrases that hold a verb but tell no event of it (kg.extract.sayings): "as far as X
is concerned", "not to mention X", and a verb whose object phrase makes a figure of speech
("stole the show"); the same verbs in their own sense stay events. Sentences shortened
from unseen BBC articles (sport/429, tech/221, entertainment/335, sport/380, business/399,
business/345)."""

from __future__ import annotations

import pytest

from kg.records import Document


def _lemmas(nlp, sentence: str) -> set[str]:
    from kg.extract import extract

    return {event.lemma for event in extract(Document("t", sentence), nlp(sentence)).events}


# (sentence, lemma that must be no event, lemma that must be one)
NO_EVENT = [
    ("As far as England were concerned, there were queries over Mark Cueto's first half-effort.", "concern", None),
    ("As far as Robinson is concerned its findings must not be ignored.", "concern", "ignore"),
    ("But most Mexican hip-hop fans, not to mention fans in most of the Spanish-speaking world, rarely get a chance to "
     "hear the group's tracks.", "mention", "hear"),
    ("And Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda.", "support",
     "nominate"),
    ("Chris Paterson stole the show to give the hosts a much-needed 18-10 victory.", "steal", "give victory"),
    ("Fuller paid the price when he gave way on 55 minutes to Aiyegbeni Yakubu.", "pay", None),
    ("However, the authorities have turned a blind eye to the many other firms selling insurance.", "turn", "sell"),
    ("The increase in earnings has allowed the firm to write off bad loans and pave the way for a state bailout.",
     "pave", "write off"),
]

# the same verbs in their own sense: events
EVENT = [
    ("The minister did not mention the deal.", "mention"),
    ("He decided not to mention the deal in his speech.", "mention"),
    ("The thieves stole the car and paid the bill.", "steal"),
    ("The thieves stole the car and paid the bill.", "pay"),
    ("Supporters of the club have been supporting the team for years.", "support"),
]


@pytest.mark.parametrize(("sentence", "absent", "present"), NO_EVENT)
def test_saying_heads_no_event(nlp, sentence, absent, present):
    lemmas = _lemmas(nlp, sentence)
    assert absent not in lemmas, lemmas
    assert present is None or present in lemmas, lemmas


@pytest.mark.parametrize(("sentence", "lemma"), EVENT)
def test_verb_in_its_own_sense_is_an_event(nlp, sentence, lemma):
    assert lemma in _lemmas(nlp, sentence)


def test_outcome_of_a_figure_of_speech_is_told(nlp):
    from tests.extract_helpers import article_graph

    text = ("Scotland beat Italy in Six Nations rugby match\n\nRoland de Marigny and Luciano Orquera had a miserable "
            "time with the boot in the dire defeat to Scotland as Chris Paterson stole the show to give the hosts a "
            "much-needed 18-10 victory. Paterson kicked six penalties in the match and Italy scored one try. The fly-half "
            "missed a penalty and the Italy coach praised his players after the game.")
    graph = article_graph(nlp, text)
    given = [event for event in graph.events() if event.lemma == "give victory"]
    assert given and all(event.factuality.value == "asserted" for event in given), given
    assert not any(event.lemma == "steal" for event in graph.events())
