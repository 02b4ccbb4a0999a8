"""kg_noun_verbs: a noun or adjective the tagger read as a verb is one again (model tests on
sentences shortened from BBC articles)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import sentence_events


@pytest.mark.parametrize(
    ("sentence", "word", "pos"),
    [
        ("England rugby union captain Jason Robinson has targeted dual code success over Australia.", "rugby", "NOUN"),
        ("Hamm will now embark on a new life with husband, Chicago Cubs shortstop Nomar Garciaparra.", "shortstop", "NOUN"),
        ("She had not seen her sibling for 28 years.", "sibling", "NOUN"),
        ("The South Bank Show Awards traditionally reward highbrow and groundbreaking culture.", "groundbreaking", "NOUN"),
    ],
)
def test_nounverbs_a_noun_or_adjective_read_as_a_verb_is_retagged(nlp, sentence, word, pos):
    token = next(token for token in nlp(sentence) if token.text == word)
    assert (token.pos_, token.lemma_) == (pos, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Robert Redford founded Sundance in 1981 and it has gone on to showcase future successes.", "showcase"),
        ("The BBC is trialling a similar service, offering broadband users the chance to watch programmes.", "trialling"),
        ("He decreed after the 2003 World Cup that players should have a decent conditioning period.", "decreed"),
        ("Ireland are unbeaten in this year's tournament.", "unbeaten"),
        ("Monsanto has agreed to co-operate with continuing civil and criminal investigations.", "co-operate"),
    ],
)
def test_nounverbs_a_verb_the_tables_miss_stays_a_verb(nlp, sentence, word):
    token = next(token for token in nlp(sentence) if token.text == word)
    assert token.pos_ == "VERB"


def test_nounverbs_no_event_from_a_retagged_word(nlp):
    events = sentence_events(nlp, "England rugby union captain Jason Robinson has targeted dual code success over "
                                  "Australia on Saturday.")
    assert [event.lemma for event in events] == ["target"]
