"""A capitalised verb or event noun inside a run of capitalised words is a word of a title and
heads no event (kg.extract.titledverbs). Sentences after entertainment/176 and entertainment/314
of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.titledverbs import title_word
from kg.nlp import parse
from kg.records import Document


def _lemmas(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text, date="2005-01-10", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return {event.lemma for event in extract(document, doc).events}


def test_a_title_after_called_is_no_event(nlp):
    lemmas = _lemmas(nlp, "She has been working on a drama for HBO, called The Rise And Fall Of Taylor Kennedy.")
    assert "rise" not in lemmas
    assert "work" in lemmas  # the sentence's own verb stays


def test_a_film_title_is_no_event(nlp):
    lemmas = _lemmas(nlp, "Capra went the following year to collect his award for It Happened One Night.")
    assert "happen" not in lemmas
    assert "collect" in lemmas


def test_a_capital_at_the_start_or_after_a_mark_is_no_title(nlp):
    doc = nlp('Rising costs hit the firm. The coach said: "Win the next game." Sales Rose, he said.')
    words = {token.text: token for token in doc}
    assert not title_word(words["Rising"])  # a sentence's first word
    assert not title_word(words["Win"])  # after a quotation mark
    assert title_word(nlp("a drama called The Rise And Fall Of Taylor Kennedy")[4])
