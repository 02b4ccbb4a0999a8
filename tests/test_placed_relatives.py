"""A "which" clause the parser hung on a town, a region or a building that a noun's "in",
"at" or "near" takes tells of that noun (kg.extract.placedrelatives), on sentences of BBC
news (articles 200 and on, paraphrased)."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events, triples


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "role", "meant"), [
    # sport/454: the tournament starts, not the town
    ("The former world number one will play at the Volvo Women's Open in Pattaya, which starts on 31 January.",
     "start", "theme", ["the Volvo Women's Open"]),
    # paraphrased from the stadium plans of a Liverpool club: a copula that raises a verb of its own
    ("Liverpool want to move to a new 60,000-seat stadium in Stanley Park, which is due to open in 2007.",
     "open", "theme", ["a new 60,000-seat stadium"]),
    # paraphrased: a show in a city
    ("She will sing at the Brit Awards in London, which begin on 9 February.", "begin", "theme", ["the Brit Awards"]),
])
def test_which_after_a_nouns_town_is_the_noun(nlp, sentence, lemma, role, meant):
    assert _roles(nlp, sentence, lemma).get(role) == meant


@pytest.mark.parametrize(("sentence", "lemma", "role", "meant"), [
    # a country acts in its own right (paraphrased from business)
    ("The firm has a large plant in Iran, which wants to expand its nuclear programme.", "expand", "agent", ["Iran"]),
    # "who" after a place was always the noun's: a band from a state
    ("The prize went to a gospel-style quartet from Ohio, who performed at the ceremony.", "perform", "agent",
     ["a gospel-style quartet"]),
])
def test_a_country_and_who_read_as_before(nlp, sentence, lemma, role, meant):
    assert _roles(nlp, sentence, lemma).get(role) == meant


def test_a_copula_that_says_what_the_place_is_stays_on_it(nlp):
    # paraphrased from business: Leeds is the city, not the plant
    found = triples(nlp, "The company has a large plant in Leeds, which is the biggest city in Yorkshire.")
    assert ("Leeds", "be in", "Yorkshire") in found and ("a large plant", "be in", "Yorkshire") not in found, found
