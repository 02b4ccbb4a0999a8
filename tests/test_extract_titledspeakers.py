"""A capitalised title that NER gives no type, with a person apposed, is that person's speech
(kg.extract.speechverbs.named_speaker): "The Lord Chief Justice, Lord Woolf, said". Sentences
after politics/119 of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speakers(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {reading.speaker.text for reading in extract(document, doc).speech if reading.speaker is not None}


def test_the_apposed_person_speaks_for_a_capitalised_title(nlp):
    speakers = _speakers(nlp, "The Lord Chief Justice, Lord Woolf, who is the most senior judge in England, "
                              "said it was pioneering work.")
    assert any(speaker.endswith("Woolf") for speaker in speakers)
    assert not any("Justice" in speaker for speaker in speakers)


def test_a_title_of_two_words(nlp):
    speakers = _speakers(nlp, "The Attorney General, Lord Goldsmith, told MPs the war was legal.")
    assert any(speaker.endswith("Goldsmith") for speaker in speakers)


def test_a_name_keeps_its_speech(nlp):
    speakers = _speakers(nlp, "The Treasury, Gordon Brown's department, said the economy was strong.")
    assert speakers == {"The Treasury"} or speakers == {"Treasury"}
