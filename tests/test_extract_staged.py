""""staged", "staging" are the verb "stage", not the tagger's "stag" (event_lemmas.tsv lists
"stage", so kg.extract.frames.lemma_in reads the form): with an event noun it is a light verb
("staged a remarkable recovery", "staged a walkout"), the noun taking no argument of its own
(kg.extract.event_arguments.incorporated_noun reads the lemma, not the tagger's); alone it is
an event of no news class ("staged a show of unity")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        # BBC sport 488, paraphrased
        ("Serena Williams staged a remarkable recovery to beat Lindsay Davenport in Melbourne.", "stage recovery",
         {"agent": ["Serena Williams"]}),
        # BBC business 200, paraphrased
        ("Cuba's economy had staged a modest recovery during the mid 1990s.", "stage recovery",
         {"agent": ["Cuba's economy"], "time": ["the mid 1990s"]}),
        # a walkout is an event noun: the light verb's, no theme of its own
        ("Tube drivers staged a walkout over pay on Monday.", "stage walkout",
         {"agent": ["Tube drivers"], "time": ["Monday"]}),
        # BBC politics 387, paraphrased: no event noun, the verb alone
        ("Mr Brown and Mr Blair staged a show of unity on Thursday morning.", "stage",
         {"theme": ["a show of unity"], "time": ["Thursday morning"]}),
    ],
)
def test_staged_is_stage(nlp, sentence, lemma, roles):
    events = _events(nlp, sentence)
    found = [event for event in events if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in events]
    have = event_roles(found[0])
    for role, texts in roles.items():
        assert have.get(role) == texts, have
    assert not any(event.lemma.split()[0] == "stag" for event in events)


@pytest.mark.parametrize(
    "sentence",
    [
        # a stag is no verb here: the noun stays a noun, and no event is "stage"
        "The groom's stag night in Prague ended early.",
        # BBC entertainment 294, paraphrased: the noun "stage" is no verb
        "The musical was a worldwide stage hit in 2004.",
    ],
)
def test_no_stage_event_from_nouns(nlp, sentence):
    events = _events(nlp, sentence)
    assert not any(event.lemma.split()[0] in ("stage", "stag") for event in events), [e.lemma for e in events]
