"""A sentence's own past verb read as a participle on its subject (kg.extract.rootverbs),
on real parses: the subject acts, no one did it to them; a participle closed before the
sentence goes on stays a reduced passive."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events

# (sentence, trigger lemma, roles: role -> argument texts; None: absent). BBC politics, sport, business.
ROOT_VERBS = [
    ("Vincent Cable, for the Liberal Democrats, called on Mr Brown to open up the government's books to the "
     "National Audit Office, to see if he had met his \"golden rule\".", "call on", {"agent": ["Vincent Cable"], "patient": None}),
    ("The 18-year-old Mirza, who got a wild card entry into the Australian Open in Melbourne, lost to Williams "
     "1-6,4-6 in the third round.", "lose", {"agent": ["The 18-year-old Mirza"], "patient": None}),
    ("Imports gained by 13%, signalling that domestic demand has picked up again.",
     "gain", {"theme": ["Imports"], "patient": None}),
    # the root a noun the participle's noun hangs on through a preposition
    ("A report by two MPs committees called on Thursday for urgent changes to the electoral registration system to "
     "combat vote rigging and boost turnout.", "call for", {"agent": ["two MPs committees"], "patient": None}),
    # through "of" the root noun acts, not the noun of its preposition (BBC business)
    ("The Conference Board survey of 5,000 households pointed to renewed optimism about job creation and economic "
     "growth.", "point", {"agent": ["The Conference Board survey of 5,000 households"]}),
    # a verb with two subjects: the first is the participle's, the second the verb's own
    ("The government's immigration rules racially discriminated against Roma (Gypsies) seeking entry into the UK, "
     "the Law Lords have ruled.", "discriminate", {"agent": ["The government's immigration rules"], "patient": None}),
    ("The government's immigration rules racially discriminated against Roma (Gypsies) seeking entry into the UK, "
     "the Law Lords have ruled.", "rule", {"agent": ["the Law Lords"]}),
    # a participle with an object after a word that opens a clause (BBC business)
    ("Insurers have sought to calm fears that they face huge losses after an earthquake and giant waves killed at "
     "least 38,000 people in southern Asia.", "kill", {"agent": ["an earthquake and giant waves"], "patient": None}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), ROOT_VERBS)
def test_a_root_nouns_participle_is_its_past_verb(nlp, sentence, lemma, roles):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [event.lemma for event in sentence_events(nlp, sentence)]
    for role, texts in roles.items():
        assert found[0].get(role) == texts, found[0]


def test_a_participle_closed_before_the_sentence_goes_on_stays_passive(nlp):
    from kg.extract.rootverbs import root_participle

    doc = nlp("The honour, awarded since 1986, honours figures in cinema.")
    awarded = next(token for token in doc if token.text == "awarded")
    assert awarded.dep_ == "acl" and not root_participle(awarded)


# A participle coordinated with a passive verb is passive too, unless it has a "have" of its
# own (kg.extract.doneto.shares_passive). BBC entertainment.
SHARED_PASSIVES = [
    ("The Da Vinci Code is set in Paris - including the Louvre - and has sold around one million copies in France.",
     "sell", {"agent": ["The Da Vinci Code"], "patient": None}),
    ("The embassy was stormed and briefly seized by the protesters.", "seize", {"patient": ["The embassy"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), SHARED_PASSIVES)
def test_a_conjunct_with_its_own_have_is_active(nlp, sentence, lemma, roles):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [event.lemma for event in sentence_events(nlp, sentence)]
    for role, texts in roles.items():
        assert found[0].get(role) == texts, found[0]
