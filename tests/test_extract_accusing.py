"""Who does what a "suspended X for V-ing" phrase tells (kg.extract.accusing,
``accusing_verbs.txt``): after a verb of punishing, suing or honouring the object does it,
whatever kind of noun it is, not the one who punishes; a suit or an arrest for it alleges it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "event_class", "roles"), [
    # politics/286: the candidate suggested it, not UKIP.
    ("UKIP have suspended a candidate for allegedly suggesting the criminally insane should be killed.",
     "suggest", "other", {"agent": ["a candidate"]}),
    # business/301: Tripoli gave the weapons up, not the US.
    ("The US lifted a trade ban to reward Tripoli for giving up weapons of mass destruction.",
     "give up", "other", {"agent": ["Tripoli"]}),
    ("The union sued three men for releasing the films online.", "release", "creation",
     {"agent": ["three men"]}),
    # Not a verb of the list, and a thing as its object: the subject builds.
    ("The firm used the money for building schools.", "build", "creation", {"agent": ["The firm"]}),
])
def test_accusing_object_does_the_deed(nlp, sentence, lemma, event_class, roles):
    check_event(sentence_events(nlp, sentence), lemma, roles, event_class)


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # tech/390: a suit alleges the sending.
    ("OptInRealBig was sued in December 2003 for sending mail messages that violated anti-spam laws.",
     "send", "speculated"),
    ("The union sued three men for releasing the films online.", "release", "speculated"),
    # A punishment for it does not: the missed tests are a fact.
    ("The IAAF suspended Kenteris for missing drugs tests.", "miss", "asserted"),
])
def test_accusing_a_suit_alleges_the_deed(nlp, sentence, lemma, factuality):
    (event,) = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert event.factuality.value == factuality


def test_accusing_a_suit_frames_only_its_for_phrase(nlp):
    # business/501: the suing verb's bare -ing is the suer's own act, an allegation made.
    from kg.extract import extract
    from kg.records import Document

    sentence = ("During the last financial crisis in Argentina, the firm sued the state alleging that converting "
                "its tariffs from US dollars to pesos had affected the company.")
    (speech,) = extract(Document("t", sentence), nlp(sentence)).speech
    assert speech.cue == "allege" and speech.factuality.value == "asserted"


@pytest.mark.parametrize(("sentence", "lemma", "event_class", "roles", "factuality"), [
    # business/318, 358: the one kept from the act would have done it, not the one who keeps them from it.
    ("The judge prevented Yukos from selling its assets.", "sell", "transaction", {"agent": ["Yukos"]}, "negated"),
    # The past form after "and" continues the banning, not the taking part: the judge barred the banks.
    ("A US judge banned Gazprom from taking part in the auction and barred international banks from providing "
     "the firm with cash.", "bar", "other", {"agent": ["A US judge"], "theme": ["international banks"]}, "asserted"),
    ("A US judge banned Gazprom from taking part in the auction and barred international banks from providing "
     "the firm with cash.", "provide", "other", {"agent": ["international banks"]}, "negated"),
])
def test_preventing_object_is_kept_from_the_deed(nlp, sentence, lemma, event_class, roles, factuality):
    events = sentence_events(nlp, sentence)
    check_event(events, lemma, roles, event_class)
    assert next(event for event in events if event.lemma == lemma).factuality.value == factuality


@pytest.mark.parametrize(("sentence", "roles"), [
    # BBC business/246 (shortened): what they are accused of is the accusation's reason, no speaker saying it.
    ("Senior WorldCom executives are accused of orchestrating a huge fraud at the former telecoms company.",
     {"patient": ["Senior WorldCom executives"], "reason": ["orchestrating a huge fraud at the former telecoms company"]}),
    # BBC business/429 (shortened).
    ("China, which has been accused of keeping its currency artificially weak, denied it.",
     {"patient": ["China"], "reason": ["keeping its currency artificially weak"]}),
])
def test_an_accusation_keeps_its_charge(nlp, sentence, roles):
    check_event(sentence_events(nlp, sentence), "accuse", roles, "statement")


def test_an_accusation_with_its_accuser_stays_unsaid(nlp):
    # BBC politics/387: with who accuses, the deed alone is read, alleged; no accusation event.
    events = sentence_events(nlp, "The Lib Dems accused Mr Brown of ducking the issue of council tax rises.")
    assert not [event for event in events if event.lemma == "accuse"]
    assert [event.factuality.value for event in events if event.lemma == "duck"] == ["speculated"]
