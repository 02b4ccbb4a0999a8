"""A speech participle on a passive "quoted" is said by the one quoted, and "quoted" is no event
of its own (kg.extract.quotedas). Sentences after sport/254, politics/147 and politics/404 of
the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _extraction(nlp, text: str):
    document = Document(id="t", text=text, date="2005-01-10", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return extract(document, doc)


def _speech(nlp, text: str) -> set[tuple[str, str]]:
    found = _extraction(nlp, text)
    return {(reading.speaker.text, found.document.text[slice(*reading.content)]) for reading in found.speech
            if reading.speaker is not None}


def test_quoted_as_saying_is_the_quoted_persons_speech(nlp):
    text = "Anelka was quoted in a French newspaper as saying he would like to play for a bigger club."
    assert ("Anelka", "he would like to play for a bigger club") in _speech(nlp, text)


def test_quoted_as_telling(nlp):
    text = "Charles Clarke has been quoted as telling party members he wants more migrants to come to Britain."
    assert any(speaker.endswith("Charles Clarke") and content.startswith("he wants more migrants")
               for speaker, content in _speech(nlp, text))


def test_quoted_saying_a_direct_quotation(nlp):
    text = 'Mr Kruger was quoted in the Guardian newspaper saying: "We plan a period of creative destruction."'
    assert any(speaker.endswith("Kruger") and content.startswith("We plan") for speaker, content in _speech(nlp, text))


def test_quoted_is_no_event(nlp):
    found = _extraction(nlp, "Anelka was quoted in a French newspaper as saying he would like to play for a bigger club.")
    assert not any(event.lemma == "quote" for event in found.events)


def test_an_active_quote_keeps_its_reading(nlp):
    # a quote of no one's speech: "quoted a poem"
    found = _extraction(nlp, "The minister quoted a poem in his speech to the conference.")
    assert any(event.lemma == "quote" for event in found.events)


def test_the_object_of_an_active_quoted_is_the_speaker(nlp):
    # business/455 and business/318 (paraphrased): the agency only printed the words
    text = "The Interfax agency quoted Mr Khodorkovsky as saying the firm would not sell its assets."
    found = _extraction(nlp, text)
    assert ("Mr Khodorkovsky", "the firm would not sell its assets") in _speech(nlp, text)
    assert not any(event.lemma == "quote" for event in found.events)


def test_a_quotation_before_an_active_quoted(nlp):
    # business/372: '"...," Reuters quoted a central bank official as saying.'
    text = '"It is above all a question of sovereignty," Reuters quoted a central bank official as saying.'
    assert any(speaker.endswith("official") and content.startswith("It is above all")
               for speaker, content in _speech(nlp, text))
