"""A name before a noun of its kind is the name (kg.resolve.namemodifiers.named_kind): "the
Paris Club group", "the Google team"; not a place's club, a competition's club or two names;
and no side plays itself (kg.resolve.events). Sentences from BBC articles with index 200 and up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import resolved_part, role_labels


@pytest.mark.parametrize(
    ("text", "lemma", "role", "label"),
    [
        # business/411, business/491: the creditors' club, not an unnamed "group"
        ("Indonesia no longer needs the debt freeze offered by the Paris Club group of creditors, Economics "
         "Minister Aburizal Bakrie has reportedly said.", "offer", "agent", "Paris Club"),
        # tech/201: the research body's team
        ("Following the success of this project, the TNO team is considering creating a full 360-degree panoramic "
         "view of another Dutch city.", "create", "agent", "TNO"),
        # business/293: a team's name NER read as a ground's, before "team"
        ("Malcolm Glazer, who owns the Tampa Bay Buccaneers team, hopes this will lead to a formal bid.", "own",
         "theme", "Tampa Bay Buccaneers"),
    ],
)
def test_a_kind_noun_a_name_narrows_is_the_name(nlp, text, lemma, role, label):
    roles = role_labels(nlp, text, lemma)
    assert (role, label) in roles, roles


def test_a_named_kind_speaks_as_the_name(nlp):
    """tech/257: "the Google team said" is Google speaking."""
    text = ('Google has fixed the flaw. "We will be reviewing our procedures to improve our response time in the '
            'future to similar problems," the Google team said.')
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    assert {labels.get(quote.speaker) for quote in part.quotes} == {"Google"}


@pytest.mark.parametrize(
    ("text", "lemma", "name"),
    [
        # a club of a city, not the city; a club playing in a competition, not the competition
        ("Arsenal beat Chelsea on Saturday. Wenger said the London club had played well and praised the London "
         "club's fans.", "play", "London"),
        ("Arsenal became the first Premiership club to go a whole season unbeaten.", "go", "Premiership"),
    ],
)
def test_a_place_or_a_competition_before_a_kind_noun_is_not_the_body(nlp, text, lemma, name):
    assert all(label != name for _, label in role_labels(nlp, text, lemma))


def test_no_side_plays_itself(nlp):
    """A description linked back to the agent is no opponent: the event keeps no "X against X"."""
    text = "Manchester United will face the London club in May. United have not lost at home this season."
    part = resolved_part(nlp, text)
    for event in part.events:
        agents = {p.entity for p in event.participants if p.role == "agent" and p.entity}
        opponents = {p.entity for p in event.participants if p.role == "opponent" and p.entity}
        assert not agents & opponents, event


def test_an_owners_part_named_is_a_firm_and_the_participant(nlp):
    """business/332, business/348: the subsidiary's own name after its owner's is an organisation
    (no product the owner "produced") and the participant; "the Yukos unit" alone stays a unit."""
    text = ("The Russian government put Yukos's Yuganskneftegas subsidiary up for sale last week after hitting the "
            "company with a $27bn bill for back taxes.")
    part = resolved_part(nlp, text)
    types = {entity.label: entity.type.value for entity in part.entities}
    assert types.get("Yuganskneftegas") == "Organization", types
    assert all(relation.key != "produce" for relation in part.relations)
    assert ("theme", "Yuganskneftegas") in role_labels(nlp, text, "put up for sale")


def test_a_side_named_only_in_its_phrase_is_no_body(nlp):
    """sport/390: "the London side" is the London club (Wasps), not a team called London."""
    text = ("Matt Dawson has impressed Wasps. The 31-year-old scrum-half has impressed since joining the London side "
            "from Northampton this summer on a one-year contract.")
    assert ("theme", "London") not in role_labels(nlp, text, "join")
