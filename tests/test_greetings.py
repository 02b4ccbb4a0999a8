"""kg.extract.namelike, rule "generic": a seasonal greeting or an illness named alone (generic_terms.txt) names nothing."""

from __future__ import annotations

from kg.extract.mentions import find_mentions

# tech/252: a virus's e-mail quotes two greetings, which NER read as a person and a work.
_VIRUS = (
    'The virus\' subject line says "Merry Christmas" and translates this into one of 15 languages depending of '
    'the final suffix of the e-mail address the infected message has been sent to. The message in the body of '
    'the e-mail reads: "Happy Holidays" and this too is translated.'
)


def test_a_quoted_greeting_is_no_name(nlp):
    texts = {m.text for m in find_mentions(nlp(_VIRUS))}
    assert not texts & {"Merry Christmas", "Happy Holidays"}, texts


def test_a_name_that_opens_with_a_greeting_word_stays(nlp):
    text = "Her record Merry Christmas Baby sold well, and the film Happy Feet topped the chart."
    texts = {m.text for m in find_mentions(nlp(text))}
    assert {"Merry Christmas Baby", "Happy Feet"} <= texts, texts


# tech/200 and business/505: an illness named alone is no body or place.
_ILLNESSES = (
    "Having already donated billions of dollars to the fight against Aids and Malaria, Mr Gates will call on world "
    "leaders to support a global vaccination campaign. Trade was hurt by a ban on US beef imports following the "
    "discovery of a cow infected with mad cow disease (BSE) in the US. IBM previously developed the Smallpox "
    "Research Grid to speed the search for a treatment for Smallpox."
)


def test_an_illness_named_alone_is_no_name(nlp):
    texts = {m.text for m in find_mentions(nlp(_ILLNESSES))}
    assert not texts & {"Malaria", "BSE", "Smallpox"}, texts
    assert {"Smallpox Research Grid", "IBM"} <= texts, texts
