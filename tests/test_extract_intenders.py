"""Who intends what a noun of intent says (kg.extract.intenders), on sentences of BBC
politics news: a name before the noun, not the subject of the noun's clause."""

from __future__ import annotations

import pytest

from kg.records import Document


def _agent(nlp, sentence: str, lemma: str) -> str | None:
    from kg.extract import extract

    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    roles = {a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}
    return roles.get("agent")


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    ("He acknowledged that the public had lost faith in Labour, but suggested it could persuade people if the "
     "party could overcome Tory attempts to spread cynicism in politics.", "spread", "Tory"),
    ("He pointed to Tory plans to increase the basic state pension to reduce means testing.", "increase", "Tory"),
    ("Michael Howard has denied his shadow cabinet was split over its decision to back controversial Labour plans "
     "to introduce ID cards.", "introduce", "Labour"),
])
def test_a_name_before_the_noun_intends(nlp, sentence, lemma, agent):
    assert _agent(nlp, sentence, lemma) == agent


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business and entertainment: whoever follows "by", not the subject of the noun's clause
    ("Central to the proposals are plans by BT to offer operators lower wholesale prices.", "offer", "BT"),
    ("The industry would halt any attempt by an artist to perform or release a song inciting violence.", "perform",
     "an artist"),
])
def test_who_follows_by_intends(nlp, sentence, lemma, agent):
    assert _agent(nlp, sentence, lemma) == agent


def test_without_a_name_the_clause_subject_intends(nlp):
    # BBC business: no name before "bid", so the subject of the clause the noun stands in
    sentence = "Deutsche Bank made a bid to buy the refinery last year."
    assert _agent(nlp, sentence, "buy") == "Deutsche Bank"


def test_a_relative_clause_subject_intends_for_its_noun(nlp):
    # BBC business: "who" stands for Enrico Bondi, who makes the effort
    sentence = ("Parmalat is now being run by an administrator, Enrico Bondi, who has launched lawsuits against "
                "80 banks in an effort to recover money for the bankrupt company.")
    assert _agent(nlp, sentence, "recover") == "Enrico Bondi"


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics: who supports or opposes a plan does not carry it out
    ("The Liberal Democrats' economics spokesman Vincent Cable said he supported the move to raise the minimum wage.",
     "raise"),
    ("Earlier this year the Royal College of Physicians said it opposed the plan to extend drinking hours.", "extend"),
])
def test_who_reacts_to_a_plan_does_not_intend_it(nlp, sentence, lemma):
    from kg.extract import extract

    events = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    assert all(a.role != "agent" for e in events for a in e.arguments), events


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business and sport: what someone failed or refused to do did not happen, and is theirs
    ("Argentina is still burdened by its failure to pay private creditors at the end of 2001.", "pay", "its"),
    ("Boss Sir Alex Ferguson was left ruing Manchester United's failure to close the gap on Chelsea.", "close",
     "Manchester United"),
    ("Much was made of Vogts' inability to express himself to the players and media.", "express", "Vogts"),
])
def test_a_failure_is_its_owners_and_negated(nlp, sentence, lemma, agent):
    from kg.extract import extract

    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    assert event.factuality == "negated"
    assert _agent(nlp, sentence, lemma) == agent


@pytest.mark.parametrize(("sentence", "lemma", "who"), [
    # BBC business/506, sport/240: a passive infinitive on a noun befalls the noun, not the one who asked for it
    ("Mr Corcostegui, a former CEO at Santander, also asked the court for new evidence to be admitted.", "admit",
     "Mr Corcostegui"),
    ("The home crowd were baying for a goal, only for Devine's low effort to be ruled out for an obvious offside.",
     "rule out", "Devine"),
])
def test_a_passive_infinitive_on_a_noun_is_not_the_askers(nlp, sentence, lemma, who):
    from kg.extract import extract

    events = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    assert not any(who in a.argument.text and a.argument.text != "Devine's low effort" for e in events
                   for a in e.arguments if a.role in ("patient", "agent")), events
