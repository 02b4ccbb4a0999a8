"""When the parse gives a speech verb two subjects, a list before it and a noun after it
("... in particular the UK, France and Spain, said the report"), the one after the verb
speaks (kg.extract.speechverbs.speech_subject). Sentences after tech/146 of the BBC corpus,
paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speakers(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {reading.speaker.text for reading in extract(document, doc).speech if reading.speaker is not None}


def test_the_noun_after_an_inverted_verb_speaks_not_the_listed_countries(nlp):
    speakers = _speakers(nlp, "The threat to TV was greatest in countries where broadband was on the up, "
                              "in particular the UK, France and Spain, said the report.")
    assert speakers == {"the report"}


def test_a_list_of_countries_before_the_verb_still_speaks(nlp):
    speakers = _speakers(nlp, "The UK, France and Spain said they would back the plan.")
    assert "UK" in " ".join(speakers)
    assert "report" not in " ".join(speakers)


def test_an_inverted_speaker_alone_speaks(nlp):
    speakers = _speakers(nlp, "Prices will rise again next year, said the Bank of England.")
    assert speakers == {"the Bank of England"}
