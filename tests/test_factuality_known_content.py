"""A that-clause a verb of remembering, realising or regretting takes as known keeps none of the
verb's modal, plan or condition (kg.extract.knowncontent)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/sport/212: Vogts came; the "should" is about remembering it.
    ("But it should be remembered Vogts came to Scotland with an impressive curriculum vitae - a World Cup "
     "winner as a player and a European Championships winner as a manager.", "come", ("asserted", None)),
    # bbc/politics/394: told by him, not planned by the "would" of recognising.
    ("He said voters would recognise that Labour had brought stability and growth, and would continue to do so.",
     "bring", ("reported", None)),
    # bbc/entertainment/314, shortened: "before realising" leaves no doubt on the win.
    ("Frank Capra bounded up to the stage before realising that he had meant Frank Lloyd had won for Cavalcade.",
     "win", ("asserted", None)),
])
def test_a_known_that_clause_keeps_no_modal(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # The remembering itself keeps its modal (bbc/sport/212, paraphrased).
    ("We must remember that Vogts came to Scotland with an impressive curriculum vitae.", "remember",
     ("possible", "must")),
    # bbc/politics/299: the clause's own "will" stays.
    ("It is important to remember that this bill will take a decade to come into full effect, a spokesman said.",
     "come", ("planned", "will")),
    # A wh-clause is no known fact (paraphrased from bbc/sport/212).
    ("Investors must remember whether the firm paid the tax.", "pay", ("questioned", "whether")),
    # A verb of finding out is not on the list: what may be found stays possible.
    ("Investors could discover that the firm lost money.", "lose", ("possible", "could")),
])
def test_other_clauses_keep_their_readings(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
