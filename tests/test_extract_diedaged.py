"""An age after a verb ("has died aged 93") is the subject's age, not the verb's complement:
the death stays an event (kg.extract.ages.age_complement, kg.extract.clauses). Sentences
after entertainment/263 and entertainment/381 of the BBC corpus, paraphrased, on the session
pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _events(nlp, text: str) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(event.lemma, tuple((a.role, a.argument.text) for a in event.arguments))
            for event in extract(document, doc).events}


def test_died_aged_is_a_death(nlp):
    events = _events(nlp, "Distinguished lawyer Lord Scarman, who led the inquiry into the riots, has died aged 93.")
    assert any(lemma == "die" and any(text.endswith("Scarman") for _, text in arguments)
               for lemma, arguments in events)


def test_died_aged_with_a_place(nlp):
    events = _events(nlp, "Veteran broadcaster Cyril Fletcher has died aged 91 at his home in Guernsey.")
    assert any(lemma == "die" for lemma, _ in events)


def test_the_age_is_no_event_of_its_own(nlp):
    events = _events(nlp, "Record producer Terry Melcher has died aged 62.")
    assert not any(lemma in ("age", "die aged") for lemma, _ in events)
