"""kg_paragraphs: a line break ends a sentence (text shortened from a BBC article); a text
without one keeps the parser's sentences."""

from __future__ import annotations


def test_paragraphs_a_line_break_starts_a_sentence(nlp):
    doc = nlp("Ukraine's president visits Almaty, Kazakhstan\n\nTroops of the alliance pull out of the town.")
    troops = next(token for token in doc if token.text == "Troops")
    assert troops.is_sent_start
    assert [sent.text.strip() for sent in doc.sents][-1] == "Troops of the alliance pull out of the town."


def test_paragraphs_no_line_break_no_new_sentence(nlp):
    doc = nlp("Troops of the alliance pull out of the town of Almaty in Kazakhstan.")
    assert len(list(doc.sents)) == 1
    assert not any(token.is_sent_start for token in doc[1:])


def test_paragraphs_empty_text(nlp):
    assert len(nlp("")) == 0
