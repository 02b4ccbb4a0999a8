"""A compound noun whose first word is an -ing form that the parse read as the -ing's verb and its
object heads no event (``non_event_forms.tsv`` "win way", "vote intention", "start place", ...,
kg.extract.false_events and kg.extract.sayings.bare_idiom): "back to winning ways" tells of no
win; the same verbs with an object of their own stay events. Sentences of unseen BBC articles
(sport/336, politics/337, sport/392, business/260), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, sentence_events


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("Martin Corry says Jason Robinson is the right man to lead the national team back to winning ways.", "win"),
        ("The parties ring voters about voting intentions.", "vote"),
        ("He lost his Ospreys starting place to New Zealander Jason Spice.", "start"),
        ("Its listed property companies may gain from rebuilding contracts in the tsunami-affected regions.",
         "rebuild"),
    ],
)
def test_an_ing_compound_is_no_event(nlp, sentence, lemma):
    lemmas = {event.lemma for event in sentence_events(nlp, sentence)}
    assert lemma not in lemmas, lemmas


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        # the verb with a determined object of its own stays an event
        ("Wales won the match in Cardiff.", "win", {"agent": ["Wales"], "theme": ["the match"]}),
        ("Those people will vote for the party.", "vote", {"agent": ["Those people"]}),
        ("He started the match on the bench.", "start", {"agent": ["He"], "theme": ["the match"]}),
    ],
)
def test_the_verb_in_its_own_sense_stays(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
