"""Word sets read once per article and per sentence (``Words.forms``, ``Sentence.forms``,
``Sentence.entity_types``, ``Sentence.by_offset``) let a pass that needs one of a few
words skip an article or a sentence without any, in one set test instead of a walk
over its words. Each pass so skipped gives what its walk gave: on real sentences
(politics/2xx-style seats and laws, business talks and deals), shortened."""

from __future__ import annotations

import pytest

from kg.extract import constituencies, parenlaws
from kg.extract.heldtitles import held_title_subject
from kg.extract.words import Words


@pytest.fixture()
def read(nlp):
    made: list[Words] = []

    def words_of(text: str) -> Words:
        made.append(Words(nlp(text)))
        return made[-1]

    yield words_of
    for words in made:
        words.release()


def test_forms_are_each_word_s_lower_case_form_read_once(read):
    words = read("Labour MP Frank Field said the firm is in talks with Barclays.")
    assert {"mp", "labour", "talks", "barclays", "."} <= words.forms()
    assert "MP" not in words.forms()  # lower case only
    assert words.forms() is words.forms()  # read once
    sentence = next(iter(words.sentences.values()))
    assert sentence.forms() == words.forms()
    assert sentence.by_offset()[words[4].idx] is words[4]


def test_sentence_entity_types_tell_a_sentence_with_money_from_one_without(read):
    words = read("Glazer has offered $1.5bn for the club. The board said it was too low.")
    first, second = words.sentences.values()
    assert "MONEY" in first.entity_types()
    assert "MONEY" not in second.entity_types()


def test_a_seat_s_slot_is_still_read_and_an_article_without_one_skips_the_walk(read, monkeypatch):
    seated = read("Derek Wyatt, Labour MP for Sittingbourne and Sheppey, said the plan was wrong.")
    assert constituencies._seats(seated) == [(6, 9)]  # "Sittingbourne and Sheppey"
    plain = read("The firm said the plan to sell its stake in the club was wrong.")
    monkeypatch.setattr(constituencies, "is_postnominal", lambda text: pytest.fail("walked an article with no seat"))
    assert constituencies._seats(plain) == []


def test_a_law_s_bracketed_title_is_still_one_span_and_a_text_without_brackets_keeps_its_spans(read, monkeypatch):
    bracketed = read("MPs backed the Health Service (Miscellaneous Provisions) Bill on Tuesday.")
    spans = parenlaws.paren_laws_joined([], bracketed)
    assert [(label, bracketed.span_text(s, e)) for label, s, e in spans] == [
        ("LAW", "Health Service (Miscellaneous Provisions) Bill")]
    plain = read("MPs backed the Health Service Bill on Tuesday.")
    monkeypatch.setattr(parenlaws, "_title", lambda words, i: pytest.fail("walked a text with no bracket"))
    kept = [("ORG", 3, 6)]
    assert parenlaws.paren_laws_joined(kept, plain) is kept


def test_a_title_held_by_an_apposed_name_is_still_read(read):
    # The subject's words are gathered only when a person's name is apposed to it (as before, the same answers).
    words = read("The Attorney General, Lord Goldsmith, has issued no instructions.")
    subject = next(word for word in words if word.dep_ == "nsubj")
    assert held_title_subject(subject).text == "Goldsmith"
    plain = read("The Attorney General has issued no instructions.")
    assert held_title_subject(next(word for word in plain if word.dep_ == "nsubj")) is None
