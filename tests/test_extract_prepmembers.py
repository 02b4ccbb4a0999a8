"""Each member of an "and" list of names or places under a preposition is an argument
in the first member's role (kg.extract.prepmembers); the crime of a charge or a
conviction is its reason (event_roles.tsv, "with" / "of" of a legal event)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event
from tests.extract_helpers import sentence_events as _events


@pytest.mark.parametrize(
    ("sentence", "lemma", "event_class", "roles"),
    [
        # Each name or place of the list (business/400, tech/388; business-161's gold).
        ("Monsanto faced both criminal and civil charges from the Department of Justice and the SEC.", "face", "other",
         {"source": ["the Department of Justice", "the SEC"]}),
        ("But in Japan and Asia Pacific, where camera phone technology is much more advanced, mobiles have already been "
         "released which can take 3.2 megapixel images.", "release", "creation", {"place": ["Japan", "Asia Pacific"]}),
        ("Ms Druyun admitted that she had steered multi-billion dollar contracts to Boeing and other favoured companies.",
         "steer", "other", {"recipient": ["Boeing", "other favoured companies"]}),
        # ... not a time, said once (business/297) ...
        ("ABN Amro is the third large European bank to announce cutbacks in the past month following Deutsche Bank and "
         "Credit Suisse Group.", "announce", "statement",
         {"time": ["the past month", "following Deutsche Bank and Credit Suisse Group"]}),
        # ... nor a list of things: one reason.
        ("Labour and the Tories have clashed over tax and spending plans.", "clash", "conflict",
         {"reason": ["tax and spending plans"]}),
        # The crime of a charge, of a conviction (business/497, sport/234) ...
        ("Mr Elgindy was convicted of racketeering, securities fraud and extortion.", "convict", "legal",
         {"patient": ["Mr Elgindy"], "reason": ["racketeering", "securities fraud", "extortion"]}),
        ("However, Millwall have been charged with two breaches of FA rules.", "charge", "legal",
         {"patient": ["Millwall"], "reason": ["two breaches of FA rules"]}),
        # ... not whom one was arrested with, a person the words before the name describe (entertainment/276).
        ("The singer was arrested with fellow musician Alan Wass on 2 February after an alleged dispute.", "arrest", "legal",
         {"reason": None}),
        # ... nor the subject of an absolute clause that a "with" before the verb opens (sport/396).
        ("With captain Gareth Thomas ruled out of the rest of the campaign with a broken thumb, Williams is vying for his "
         "first start in the championship so far.", "rule out", "legal", {"reason": ["a broken thumb"]}),
        # The two sides of a merger or a meeting "between" them, a verb after the list or not (BBC business) ...
        ("A merger between MCI and Qwest would be the fifth billion-dollar telecoms deal since October.", "merger",
         "transaction", {"theme": ["MCI", "Qwest"]}),
    ],
)
def test_prepositional_members_and_charges(nlp, sentence, lemma, event_class, roles):
    check_event(_events(nlp, sentence), lemma, roles, event_class)


def test_a_place_joined_to_the_subject_of_a_cut_clause_is_no_member(nlp):
    """ "promoted the news in Edinburgh, Wales Secretary Peter Hain and ... in Cardiff" (politics/380):
    the parser joined the ministers of the next clauses to the place, no list of places."""
    sentence = ("Chancellor Gordon Brown and Transport Secretary Alistair Darling promoted the news in Edinburgh, Wales "
                "Secretary Peter Hain and Welsh First Minister Rhodri Morgan in Cardiff and Northern Ireland Minister "
                "John Spellar in Belfast.")
    event = next(event for event in _events(nlp, sentence) if event.lemma == "promote")
    assert [argument.role for argument in event.arguments].count("place") == 1


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        # What an inquiry looks into is its topic, and the possessor of the inquiry investigates
        # (event_roles.tsv "into", event_arguments.possessor_role; business/265, business-468's gold).
        ("The SEC's investigation into so-called related party transactions includes dealings in the Trident Funds.",
         "investigation", {"agent": ["The SEC"], "topic": ["so-called related party transactions"], "theme": None}),
        ("The European Commission has officially launched an in-depth investigation into whether Italian airline "
         "Alitalia is receiving illegal state aid.", "launch investigation",
         {"topic": ["whether Italian airline Alitalia is receiving illegal state aid"], "destination": None}),
    ],
)
def test_what_an_inquiry_looks_into_is_its_topic(nlp, sentence, lemma, roles):
    check_event(_events(nlp, sentence), lemma, roles, "legal")


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # A side a contest is lost to is the opponent, a national team NER read as its country
        # (event_roles.tsv "to" of a performance; sport/381, sport/332) ...
        ("Scotland were beaten 33-15 by Samoa in the plate semi-final and Ireland lost 17-5 to Tunisia in the shield "
         "final.", {"agent": ["Ireland"], "opponent": ["Tunisia"], "destination": None}),
        ("France, who lost to Wales last week, must defeat the Irish to keep alive their hopes of retaining the Six "
         "Nations trophy.", {"opponent": ["Wales"], "destination": None}),
    ],
)
def test_a_side_a_contest_is_lost_to_is_the_opponent(nlp, sentence, roles):
    check_event(_events(nlp, sentence), "lose", roles, "performance")


def test_a_place_a_thing_is_lost_to_in_the_passive_is_no_opponent(nlp):
    """ "IT work being lost to India" (politics/380): where the work went, no contest India won
    (a destination alone, no core role: no event)."""
    sentence = "We are already seeing a sweeping change in IT work being lost to India where people are paid much less."
    assert not [event for event in _events(nlp, sentence) if any(a.role == "opponent" for a in event.arguments)]


def test_a_country_whose_biggest_merger_it_is_is_no_side_to_it(nlp):
    # BBC business/506: Spain is where the merger is the biggest, not a bank that merged
    events = _events(nlp, "Both executives helped Mr Botin orchestrate Spain's biggest bank merger in 1999.")
    assert not [event for event in events if event.lemma == "merger" and any(
        argument.role == "theme" and argument.argument.text == "Spain" for argument in event.arguments)]


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        # A light verb's noun with a preposition ("seek views from"): every member of the
        # preposition's "and" list, not the first alone (politics/243, sport/330, politics/293)
        ("Six members of the committee will be in Scotland to seek views from fishermen and processors in Aberdeen.",
         "seek", {"theme": ["views"], "source": ["fishermen", "processors"]}),
        ("Andy Robinson lambasted referee Jonathan Kaplan after disallowing tries from Mark Cueto and Josh Lewsey.",
         "disallow", {"source": ["Mark Cueto", "Josh Lewsey"]}),
        ("The firm operates mines in Nottinghamshire, Yorkshire and Derbyshire.",
         "operate", {"place": ["Nottinghamshire", "Yorkshire", "Derbyshire"]}),
    ],
)
def test_each_member_of_a_light_noun_s_prepositional_list_is_an_argument(nlp, sentence, lemma, roles):
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    check_event(found, lemma, roles, found[0].event_class if found else "")


def test_a_later_member_of_a_noun_s_own_to_phrase_is_no_argument_of_the_verb(nlp):
    # business/363: "routes to the Bosphorus and Dardanelles Straits" are the routes' own, no recipient
    sentence = ("Analysts have said that oil companies would be happy to find alternative routes to the Bosphorus "
                "and Dardanelles Straits.")
    found = [event for event in _events(nlp, sentence) if event.lemma == "find"]
    assert found and all(argument.role != "recipient" for event in found for argument in event.arguments)


def test_a_verb_the_tagger_read_as_a_noun_is_no_member_of_a_light_noun_s_list(nlp):
    # seeds/000: "handing over" (a particle, an object) is a second verb, no second reason
    sentence = ("Russia's Defence Ministry said on Thursday that the troops in Kazakhstan were preparing equipment for "
                "transportation and handing over state institutions they guarded to local forces.")
    found = [event for event in _events(nlp, sentence) if event.lemma == "prepare"]
    assert found and not any("handing" in a.argument.text for event in found for a in event.arguments)
