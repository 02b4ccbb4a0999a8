"""kg.extract.tocomplements: a "to" phrase that belongs to the direct object before it is no
recipient or destination of the verb (BBC news sentences, shortened from articles >= 200)."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "theme"), [
    # the parser hung the "to" on the noun
    ("Mr Knapman rejected the idea Mr Kilroy-Silk posed a threat to UKIP.", "pose", "a threat to UKIP"),
    ("In voicing its opposition to the planned takeover, TCI said it would prefer a return of cash.", "voice",
     "its opposition to the planned takeover"),
    ("Oil companies would be happy to find alternative routes to the Bosphorus and Dardanelles Straits.", "find",
     "alternative routes to the Bosphorus and Dardanelles Straits"),
    # ... or on the verb, right after the object
    ("O'Sullivan has kept faith and displayed loyalty to his players.", "display", "loyalty to his players"),
])
def test_a_nouns_own_to_phrase_stays_in_its_theme(nlp, sentence, lemma, theme):
    roles = _roles(nlp, sentence, lemma)
    assert roles.get("theme") == [theme]
    assert "recipient" not in roles and "destination" not in roles, roles


@pytest.mark.parametrize(("sentence", "lemma", "role", "argument"), [
    # a noun whose "to" names whom the verb gives it to
    ("More than 1,000 people turned out on Sunday to pay tribute to late US TV presenter Johnny Carson.", "pay",
     "recipient", "Johnny Carson"),
    # a verb that takes its own "to" after a listed noun
    ('Rifkin likened the challenge to a "musical Rubik\'s cube".', "liken", "destination", 'a "musical Rubik\'s cube"'),
    ("The two companies aim to jointly market the HSDPA solution to global network operator customers.", "market",
     "destination", "global network operator customers"),
    # a noun of no such list
    ("Fiat could sell the remaining stake to GM.", "sell", "recipient", "GM"),
])
def test_a_verbs_own_to_phrase_is_kept(nlp, sentence, lemma, role, argument):
    assert _roles(nlp, sentence, lemma).get(role) == [argument]
