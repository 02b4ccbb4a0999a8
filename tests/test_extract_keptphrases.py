"""A change's or a role's "in" phrase says what rose, fell or was played, and a request's "for" phrase
what is asked for, and they stay in the argument (kg.extract.keptphrases, in_nouns.txt,
request_nouns.txt), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, check_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/221 (shortened): what rose, not "a 26% rise".
    ("Oil giant BP has announced a 26% rise in annual profits to $16.2bn on the back of record oil prices.",
     "announce", {"theme": ["a 26% rise in annual profits"]}),
    # BBC business/405 (shortened).
    ("Capital Economics, which has in the past predicted a sharp fall in UK house prices, branded Halifax's "
     "findings a temporary surprise.", "predict", {"theme": ["a sharp fall in UK house prices"]}),
    # BBC business/284 (shortened): a stake in what.
    ("National Bank of Kuwait has bought a majority stake in Credit Bank of Iraq.", "buy",
     {"theme": ["a majority stake in Credit Bank of Iraq"]}),
    # BBC business/405 (shortened): the subject of a change keeps it too.
    ("Growth in unsecured lending also slowed last month.", "slow", {"theme": ["Growth in unsecured lending"]}),
])
def test_a_change_or_role_keeps_its_in_phrase(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # A span of time is no content (BBC business/411, shortened).
    ("The stock market in Jakarta has seen its biggest slide in a month, after the country doubled the likely "
     "cost of rebuilding.", "see", {"theme": ["its biggest slide"]}),
    # A date neither (BBC business/408, shortened).
    ("Car manufacturers have seen a surge in demand during 2004.", "see",
     {"theme": ["a surge in demand"], "time": ["2004"]}),
    # Nor does an agent keep it: interest does not call (BBC sport/329, a misparse).
    ("The 31-year-old admitted interest in the Lions tour was immense, calling it \"the biggest thing to hit New "
     "Zealand since Lord of the Rings\".", "call", {"agent": ["The 31-year-old admitted interest"]}),
])
def test_no_in_phrase_of_time_or_on_an_agent(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC politics/316 (shortened): what the calls ask, read from the parser's "for" clause.
    ("Mr Blair repeated calls for the mayor to apologise for likening the reporter to a concentration camp guard.",
     "repeat", {"theme": ["calls for the mayor to apologise for likening the reporter to a concentration camp guard"]}),
    # BBC business/471.
    ("Last week, the IMF approved Sri Lanka's request for a freeze on loan repayments.", "approve",
     {"theme": ["Sri Lanka's request for a freeze on loan repayments"]}),
    # BBC politics/384.
    ("Shami Chakrabarti, from human rights group Liberty, joined calls for intercept evidence to be allowed in trials.",
     "join", {"theme": ["calls for intercept evidence to be allowed in trials"]}),
])
def test_a_request_keeps_what_it_asks_for(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_a_request_for_a_span_of_time_keeps_none(nlp):
    # A span of time is not what is asked for (BBC politics/227, shortened and changed to a span).
    events = [event for event in sentence_events(nlp, "Charles Kennedy repeated his call for two weeks.")
              if event.lemma == "repeat"]
    check_event(events, "repeat", {"theme": ["his call"]}, events[0].event_class if events else "")


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC sport/283 (shortened): what the incident highlighted is a need of something.
    ("Sir Alex Ferguson said the incident highlighted the need for video technology.", "highlight",
     {"theme": ["the need for video technology"]}),
    # BBC politics/349 (shortened).
    ("He also highlighted plans for 100% debt relief for the world's poorest countries.", "highlight",
     {"theme": ["plans for 100% debt relief for the world's poorest countries"]}),
    # BBC entertainment/259 (shortened).
    ("West announced plans for a solo album.", "announce", {"theme": ["plans for a solo album"]}),
])
def test_a_noun_that_takes_for_keeps_its_for_phrase(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # A place says where, not what (changed from BBC entertainment/259 to a place).
    ("Deutsche Boerse announced plans for London.", "announce", {"theme": ["plans"]}),
    # A span says how long (BBC business/203, shortened).
    ("TCI and Atticus have opposed the LSE bid for some time.", "oppose", {"theme": ["the LSE bid"]}),
])
def test_a_for_phrase_of_a_place_or_a_span_is_not_kept(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
