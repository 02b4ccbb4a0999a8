"""Where reported content ends when the parse split what was said in two
(``kg.extract.clauseends``; on the session pipeline, sentences from BBC articles)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _contents(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {text[s.content[0] : s.content[1]] for s in extract(document, doc).speech if not s.direct}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A second clause of the verb right after the first: the parse's cut, no end of what was said.
        ("Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show The "
         "Osbournes.", "his family will not make any more episodes of reality TV show The Osbournes"),
        ('He also said he was confident shadow home secretary Mr Davis would "set out the position very clearly".',
         'he was confident shadow home secretary Mr Davis would "set out the position very clearly"'),
        # A state after the conjunction goes on what was believed.
        ("The group believes pressure is growing for change and the government's current position is unsustainable.",
         "pressure is growing for change and the government's current position is unsustainable"),
        # A second clause of the speech verb is said too.
        ("At his lowest ebb Lomu was so ill he could barely walk, but he says he is now getting stronger every day "
         "and his long-term target is to play for New Zealand again.",
         "he is now getting stronger every day and his long-term target is to play for New Zealand again"),
        # A second clause opening with an adverb is the writer's retort, not what was said.
        ('Blair say\'s the economy is "strong and stable economy" however consumer debt and the country\'s debt is at '
         "its highest and now they heap this onto businesses, that will have no choice but to cut the workforce.",
         'the economy is "strong and stable economy"'),
        # Another act with its own subject is the writer's: the conjunction is cut, not left hanging.
        ("Within hours of his final talks with Mr Thorpe, Sir Edward told the nation he was resigning and the Queen "
         "invited Mr Wilson to form a new minority government.", "he was resigning"),
    ],
)
def test_content_runs_to_the_end_of_its_clause_and_no_dangling_conjunction(nlp, text, content):
    contents = _contents(nlp, text)
    assert content in contents, contents
    assert not any(found.endswith((" and", " but")) for found in contents)


def test_content_does_not_run_into_the_next_sentence_a_misparse_joined(nlp):
    # BBC tech: the parse took the quotation as what "he said" of the next sentence says; the
    # content stops there, never running over "said Nick Ross, ... PC Pro." into the next sentence.
    text = ('"I think fundamentally it\'s a good idea because it\'s cheap even for a PC," said Nick Ross, deputy '
            "labs editor at PC Pro. Apple's work on making things easy to use would also help the Mac mini win fans, "
            "he said.")
    assert not any("PC Pro" in found for found in _contents(nlp, text))
