"""The doer of a non-finite verb its clause names only through another verb or noun
(kg.extract.doers, kg.extract.controllers.spent), on sentences of BBC news."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business: a conjunct of the infinitive of a noun of intent, by its owner
    ("Bechtel's efforts to rebuild schools and restore power have attracted controversy.", "restore", "Bechtel"),
    ("The listing was part of the country's plans to open up its insurance market and boost demand in the sector.",
     "boost", "the country"),
    # BBC business: an -ing after "by" hung on that infinitive
    ("Yukos's legal attempts to block the auction by filing for bankruptcy protection in the US are probably what "
     "caused this week's dealings.", "file", "Yukos"),
])
def test_a_verb_lent_the_subject_of_an_intent_is_the_intenders(nlp, sentence, lemma, agent):
    assert _roles(nlp, sentence, lemma).get("agent") == [agent]


def test_a_clause_with_its_own_subject_is_not_the_intenders(nlp):
    # BBC business: "what" caused the dealings, not Yukos
    sentence = ("Yukos's legal attempts to block the auction by filing for bankruptcy protection in the US are "
                "probably what caused this week's dealings.")
    assert _roles(nlp, sentence, "cause").get("agent") != ["Yukos"]


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business and tech: an -ing after a span of time or a sum, by who spends it
    ("Congress will spend several months debating George W Bush's proposal.", "debate", "Congress"),
    ("She spent three weeks learning Hindi and taking dance lessons.", "learn", "She"),
    ("IBM is spending $100m over the next three years beefing up its commitment to Linux software.", "beef up", "IBM"),
    ("Security researchers have spent months tracking more than 100 networks of remotely-controlled machines.",
     "track", "Security researchers"),
])
def test_an_ing_after_time_or_money_spent_is_the_spenders(nlp, sentence, lemma, agent):
    assert _roles(nlp, sentence, lemma).get("agent") == [agent]


def test_a_passive_ing_after_time_spent_has_the_spender_as_patient(nlp):
    # BBC entertainment: the film is lauded; the months are not, and no one is said to laud it
    roles = _roles(nlp, "The film has spent months being lauded with prizes.", "laud")
    assert roles.get("patient") == ["The film"]
    assert "agent" not in roles


def test_an_ing_after_a_person_object_stays_the_objects(nlp):
    # BBC tech: the engineers spend the hours and pull the information, not "us" who lets them
    sentence = ("We have technology that allows us to detect attacks in minutes rather than let network engineers "
                "spend hours pulling the information together.")
    assert _roles(nlp, sentence, "pull").get("agent") == ["network engineers"]
