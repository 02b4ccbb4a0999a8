"""An -ing clause the parse hung on the verb that describes the indefinite object right before it
is hung on that object (``kg.extract.objectparticiples``): "Samsung demonstrated a phone using
UWB technology": the phone uses it, not Samsung. Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _head_of(nlp, sentence: str, participle: str) -> tuple[str, str]:
    from kg.extract.words import Words

    word = next(word for word in Words(nlp(sentence)) if word.text == participle)
    return word.head.text, word.dep_


@pytest.mark.parametrize(("sentence", "participle", "noun"), [
    # BBC tech/343: "a phone using UWB technology": the phone uses it
    ("At the conference in Cannes last month Samsung demonstrated a phone using UWB technology from Freescale.",
     "using", "phone"),
    # BBC tech/275: a count opens the object
    ("Ubisense has about 40 customers around the world using the short-range radio technology.", "using",
     "customers"),
])
def test_the_participle_describes_the_indefinite_object(nlp, sentence, participle, noun):
    assert _head_of(nlp, sentence, participle) == (noun, "acl")


def test_the_subject_no_longer_does_what_the_object_does(nlp):
    # BBC tech/343: Samsung demonstrated the phone; it is the phone that uses the technology
    sentence = "At the conference in Cannes last month Samsung demonstrated a phone using UWB technology from Freescale."
    uses = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == "use"]
    assert all("Samsung" not in roles.get("agent", []) for roles in uses), uses


def test_a_counted_object_uses_what_it_uses(nlp):
    # BBC tech/275: the customers use the technology, not the firm
    sentence = "Ubisense has about 40 customers around the world using the short-range radio technology."
    uses = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == "use"]
    assert uses and all(roles.get("agent") == ["about 40 customers"] for roles in uses), uses


@pytest.mark.parametrize(("sentence", "participle", "verb"), [
    # BBC sport/233: a definite object: the -ing is the subject's
    ("But he left the club claiming he needed a break from football.", "claiming", "left"),
    # BBC tech/219: a possessive object: Disney uses the technology
    ("Film giant Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology.", "using",
     "produce"),
    # BBC entertainment/360: an -ing of speech with its clause
    ("Jennifer Lopez cancelled an appearance at the UK charity premiere of her new movie saying she was too ill to fly.",
     "saying", "cancelled"),
    # BBC politics/257: an -ing of speech opening a quotation
    ('Labour\'s Paul Flynn said Mr Blair and Mr Brown had a "scorching" from MPs adding: "It was a meeting like no '
     'other."',
     "adding", "had"),
    # BBC tech/272, paraphrased: a span of time is spent, it does nothing
    ("The worm spends a week using the machine to search for new victims.", "using", "spends"),
])
def test_the_participle_stays_with_its_verb(nlp, sentence, participle, verb):
    from kg.extract.words import Words

    word = next(word for word in Words(nlp(sentence)) if word.text == participle)
    assert word.head.text == verb or word.dep_ != "acl" or word.head.pos_ != "NOUN", (word.head.text, word.dep_)
