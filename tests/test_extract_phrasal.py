"""A light verb with a noun listed as its verb phrase ("gave evidence"), and a particle
verb with the preposition of its object ("hit out at"): ``kg.extract.phrasal``."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


@pytest.mark.parametrize(
    ("sentence", "lemma", "event_class", "roles"),
    [
        ("Lord Woolf, who is Lord Chief Justice of England and Wales, was giving evidence to the Commons public "
         "administration select committee's inquiry into public inquiries.", "give evidence", "statement",
         {"agent": ["Lord Woolf"], "recipient": ["the Commons public administration select committee's inquiry"]}),
        ("Davis made his acting debut in 1950 in No Way Out starring Sidney Poiter.", "make debut", "performance",
         {"agent": ["Davis"], "time": ["1950"]}),
        # The parser reads "make her return" as a clause ("her" its subject, "return" a ccomp): the noun's.
        ("Tennis star Kim Clijsters will make her return from a career-threatening injury at the Antwerp WTA event "
         "in February.", "make return", "performance", {"agent": ["Tennis star Kim Clijsters"], "time": ["February"]}),
        ("With Vickery sidelined for at least six weeks and Julian White out with a neck injury, Bell could make his "
         "England debut.", "make debut", "performance", {"agent": ["Bell"]}),
        ("Hollywood legend Dustin Hoffman has hit out at the quality of current films and theatre productions.",
         "hit out at", "statement",
         {"agent": ["Hollywood legend Dustin Hoffman"], "theme": ["the quality of current films and theatre productions"]}),
        # A preposition of a time changes nothing: the "for" that follows does (BBC politics).
        ("A report by two MPs committees called on Thursday for urgent changes to the electoral registration system.",
         "call for", "request", {"time": ["Thursday"], "theme": ["urgent changes"]}),
    ],
)
def test_phrasal_events_take_their_word_and_its_argument(nlp, sentence, lemma, event_class, roles):
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in _events(nlp, sentence)]
    assert found[0].event_class == event_class
    have = event_roles(found[0])
    for role, texts in roles.items():
        assert have.get(role) == texts, have



def test_phrasal_the_evidence_alone_is_no_event(nlp):
    # Only after its light verb: "evidence" as a subject names no event.
    sentence = "Lord Woolf said the evidence was part of the inquiry into public inquiries."
    assert not {event.lemma for event in _events(nlp, sentence)} & {"give evidence", "evidence"}


def test_phrasal_a_return_made_after_injury_keeps_its_plan(nlp):
    # "will make her return" is a plan (the parse's clause "return" gave no event at all).
    sentence = "Tennis star Kim Clijsters will make her return from a career-threatening injury at the Antwerp WTA event in February."
    found = [event for event in _events(nlp, sentence) if event.lemma == "make return"]
    assert found and found[0].factuality.value == "planned"


@pytest.mark.parametrize(
    ("sentence", "lemma", "absent"),
    [
        # A preposition that dates the event changes no meaning: a dismissal on a day, no shooting
        # (BBC tech/133), and the "for" of a call after the day (BBC politics/372).
        ("Ms Simonetti announced on her blog she had been fired on 1 November.", "fire", "fire on"),
        ("A report by two MPs committees called on Thursday for urgent changes to the electoral registration system.",
         "call for", "call on"),
        # The "for" of an object predicate is the predicate's (BBC politics/268): a naming, no request.
        ('Oliver Letwin called Labour "a brilliant machine for talking about things" but said it did not deliver.',
         "call", "call for"),
    ],
)
def test_phrasal_a_dating_preposition_is_no_part_of_the_verb(nlp, sentence, lemma, absent):
    lemmas = {event.lemma for event in _events(nlp, sentence)}
    assert lemma in lemmas and absent not in lemmas, lemmas


@pytest.mark.parametrize(
    ("sentence", "lemma", "event_class", "roles"),
    [
        # "look into": an inquiry, what is looked into its theme or topic, no place it went (BBC politics/396, business/475)
        ("The information commissioner is to look into a complaint from the Lib Dems about how Labour uses its "
         "call centres.", "look into", "legal", {"agent": ["The information commissioner"], "theme": ["a complaint"],
                                                   "destination": None}),
        ("AMF is also looking into whether the executives knew that Vivendi was considering exercising its right to "
         "buy British Telecom's shares in Cegetel.", "look into", "legal", {"agent": ["AMF"], "destination": None}),
        # "look after": care given, the one cared for its theme, no time (BBC business/284, entertainment/316)
        ("In the West, it is easy to forget that the otherwise brutal Baathist regime used to look after the majority "
         "of Iraq's citizens rather well in terms of job creation, social security and healthcare.", "look after",
         "other", {"theme": ["the majority of Iraq's citizens"], "time": None}),
        ("He won plaudits in 1993 for the downbeat film What's Eating Gilbert Grape, where he played a sensitive youth "
         "looking after an overweight mother and a retarded younger brother, played by Leonardo DiCaprio.", "look after",
         "other", {"theme": ["an overweight mother", "a retarded younger brother"], "time": None}),
    ],
)
def test_phrasal_look_takes_its_preposition(nlp, sentence, lemma, event_class, roles):
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in _events(nlp, sentence)]
    assert found[0].event_class == event_class
    have = event_roles(found[0])
    for role, texts in roles.items():
        assert have.get(role) == texts, have


def test_phrasal_look_at_stays_a_look(nlp):
    # "looked at both aircraft before choosing": no listed preposition, the time stays (BBC business/335)
    sentence = "Japan Airlines said it had looked at both aircraft before choosing the 7E7, also known as the Dreamliner."
    found = {event.lemma: event_roles(event) for event in _events(nlp, sentence)}
    assert found.get("look") == {"agent": ["it"], "time": ["before choosing the 7E7"]}, found
