"""A demonym noun no one named near stands for ("said the New Zealander" two sentences after
the lead): the lead's subject, the one person named before it, of no other nationality
(kg.resolve.demonymnouns._main_person; sentences paraphrased from entertainment/385 and
sport/422, on the session pipeline)."""

from __future__ import annotations

from tests.extract_helpers import said_by

_LEAD = ("Lord of the Rings director Peter Jackson has said it will be four years before he starts work on "
         "a film version of The Hobbit. ")
_VISIT = "The Oscar winner said on a visit to Sydney there was a desire to make it. "
_LAWYERS = "\"I think it's going to be a lot of lawyers sitting in a room,\" said the New Zealander."


def test_the_new_zealander_is_the_leads_subject(nlp):
    assert said_by(nlp, _LEAD + _VISIT + _LAWYERS)["I think"] == "Peter Jackson"


def test_not_when_another_person_is_named_before(nlp):
    text = (_LEAD + "Studio boss Bob Shaye had refused to pay him for the trilogy. " + _VISIT
            + "The studio made the films in Wellington. " + _LAWYERS)
    assert said_by(nlp, text)["I think"] not in {"Peter Jackson", "Bob Shaye"}


def test_not_when_the_person_has_another_nationality(nlp):
    text = ("Australian director Peter Jackson has said it will be four years before he "
            "starts work on The Hobbit. " + _VISIT + _LAWYERS)
    assert said_by(nlp, text)["I think"] != "Peter Jackson"


def test_not_the_leads_object(nlp):
    # The lead's subject is someone else (a name NER may miss): the one named there as an object is no New Zealander.
    text = ("The film's release was delayed after a loss to studio boss Peter Jackson in court. " + _VISIT + _LAWYERS)
    assert said_by(nlp, text)["I think"] != "Peter Jackson"
