"""A speech verb whose clause the parse opened with a capitalised subordinator inside the
sentence, a title's first word, has no speaker there (kg.extract.speechverbs._titled): the
title's last words are no one who speaks. Read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

from tests.extract_helpers import said_by

# BBC entertainment/317: the parse reads the song "Because the Night" as a clause, "the Night" its subject.
SMITH = ("Rock star Patti Smith has been made artistic director of this year's Meltdown festival. "
         "The 58-year-old US singer of Because the Night told The Observer newspaper that the festival would be "
         "her response to these \"material, exploitative and greedy times\". "
         "\"It is important we explore the new, but we should also salute the best art there is,\" she said.")


def test_a_title_is_no_speaker(nlp):
    # The told quote is dropped rather than given to the title's words (before: "The 58-year-old US
    # singer of" here, "the Night" in the whole article).
    assert said_by(nlp, SMITH).get("the festival") in (None, "Patti Smith")


def test_the_next_quote_goes_to_the_singer(nlp):
    assert said_by(nlp, SMITH).get("It is") == "Patti Smith"


def test_a_subordinator_opening_the_sentence_keeps_the_speaker(nlp):
    # A "When" that opens the sentence is the clause's own: the minister still speaks.
    text = "When asked about the plan, the minister said the government would not change course."
    assert "the minister" in said_by(nlp, text).values()
