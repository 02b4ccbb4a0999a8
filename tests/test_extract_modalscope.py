"""kg.extract.modalscope: how far a modal reaches."""

import pytest


def _readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality.value for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # "may not" is "perhaps not": open, not denied.
    ("Sony has promised to have a million units ready for its US launch, but there are fears demand may not be met.",
     "meet", "possible"),
    # "could not" denies.
    ("Groenefeld was the more powerful player but could not match her opponent's relentless accuracy.",
     "match", "negated"),
])
def test_a_doubted_negation_is_possible(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A reason the writer gives.
    ("This traffic can be hard to spot because DDoS attacks typically use thousands of computers in many "
     "different countries.", "use", "asserted"),
    # A participle that describes a noun, or what was done before.
    ("As part of $3bn in multi-year contracts announced late last year, Sprint will spend around $1bn on EV-DO "
     "technology from Lucent Technologies, Nortel Networks and Motorola.", "announce", "asserted"),
    ("Having already donated billions of dollars to the fight against Aids and Malaria, Mr Gates will call on world "
     "leaders to support a global vaccination campaign.", "donate", "asserted"),
    ("In the ruling handed down this week by Santa Clara County Superior Court Judge James Kleinberg, Apple can now "
     "get its hands on e-mail records from the bloggers' net providers.", "hand down", "asserted"),
    # A case stays a case, and the main verb keeps its modal.
    ("If convicted, he could face up to 21 years in prison.", "convict", "possible"),
    ("This traffic can be hard to spot because DDoS attacks typically use thousands of computers in many "
     "different countries.", "spot", "possible"),
])
def test_a_modal_does_not_reach_what_is_told_aside(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality
