"""A finite verb right after a name's phrase that the parse joined to the clause before as a
second object has that name for its subject (kg.extract.swallowed._stranded_name). Sentences after
entertainment/195 and entertainment/214 of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _agents(nlp, text: str, lemma: str) -> set[str]:
    document = Document(id="t", text=text, date="2005-01-10", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return {argument.argument.text for event in extract(document, doc).events if event.lemma == lemma
            for argument in event.arguments if argument.role in ("agent", "theme") and argument.argument.start < event.trigger_start}


def test_the_name_before_the_verb_pledges(nlp):
    text = ("Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged "
            "a sizable aid contribution to Unicef.")
    agents = _agents(nlp, text, "pledge")
    assert any(agent.endswith("Leonardo DiCaprio") for agent in agents)
    assert not any("Bullock" in agent or "Red Cross" in agent for agent in agents)


def test_a_subordinated_verb_keeps_the_main_subject(nlp):
    # a verb with its own subordinator ("after") is no stranded conjunct's
    text = "Actress Sandra Bullock gave $1m to The American Red Cross after she visited the region."
    assert not any("Red Cross" in agent for agent in _agents(nlp, text, "visit"))


def test_a_list_of_objects_with_no_verb_after_is_left(nlp):
    text = "Sandra Bullock has donated money to The American Red Cross and Unicef."
    assert any("Bullock" in agent for agent in _agents(nlp, text, "donate"))
