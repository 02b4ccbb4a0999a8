"""A speech verb's clause that asks is no content (``kg.extract.askedclauses`` through
``kg.extract.quotes``); a clause that only opens with a question word of an adverbial or
of its subject is still what was said. Sentences shortened from unseen corpus articles."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speech(nlp, text: str) -> set[tuple[str | None, str, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(s.speaker.text if s.speaker else None, s.cue, text[s.content[0] : s.content[1]])
            for s in extract(document, doc).speech}


@pytest.mark.parametrize("text", [
    "Man-of-the-match Duff explained what went wrong when he fluffed a chance to make it 2-0.",
    "Twentieth Century Fox is still to announce which technology it will be supporting.",
    "The programme merges science and drama to reveal what could happen if Yellowstone were to erupt again.",
    "In the latest release of Blinkx, the company has added what it calls smart folders.",
])
def test_an_indirect_question_is_no_speech(nlp, text):
    assert _speech(nlp, text) == set()


@pytest.mark.parametrize(("text", "content"), [
    ("The coach said when he arrived the door was open.", "when he arrived the door was open"),
    ("The coach said what mattered was winning.", "what mattered was winning"),
    ("Duff explained that the team had gone wrong in the second half.", "the team had gone wrong in the second half"),
])
def test_a_clause_that_only_opens_with_a_question_word_is_speech(nlp, text, content):
    assert {said for _, _, said in _speech(nlp, text)} == {content}


def test_a_relative_clause_before_the_verb_is_still_read(nlp):
    text = "Six government units would be scrapped under proposals which the Tories say would save more than £4.3bn."
    assert any("would save more than £4.3bn" in said for _, _, said in _speech(nlp, text))


def test_what_before_the_verb_says_nothing(nlp):
    text = "The Lib Dems have already published what they say are the full costings for all their plans."
    assert _speech(nlp, text) == set()
