"""A present "as" clause tells what is going on, outside its main clause's doubt or
non-future plan (kg.extract.asclauses); sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # sport: the looking for a club is going on; only the talks are planned (was planned, "be to")
    ("Disgraced former Chelsea striker Adrian Mutu is to begin talks with Juventus as he looks for a new club.",
     "look", Factuality.ASSERTED),
    # sport: the contemplating is now (was possible, "likely")
    ("Robinson is likely to make changes in the back row after the loss as he contemplates Sunday's set-to with France.",
     "contemplate", Factuality.ASSERTED),
    # politics: the referendum is in its final week (was planned, the purpose "to")
    ("Ray Mallon has been drafted in to boost the Yes campaign as the North East assembly referendum enters its final week.",
     "enter", Factuality.ASSERTED),
    # a day of its own still schedules it (was possible, "expected")
    ("Charles Kennedy is expected to attack Mr Blair's words as he begins a nationwide tour on Monday.",
     "begin", Factuality.PLANNED),
])
def test_a_present_as_clause_is_outside_the_main_clause_hedge(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma].factuality is factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # "will": a present after it is to come too
    ("George W Bush will display a more consensual approach to world politics as he begins his second term.",
     "begin", Factuality.PLANNED),
    # "as long as": a case
    ("They can still win the hard way as long as Yachvili continues in his goalkicking form.",
     "continue", Factuality.POSSIBLE),
    # a clause that hedges itself keeps its own doubt
    ("This should lead to more revenue, as it is very likely that advertisers will be keen to exploit new opportunities.",
     "exploit", Factuality.POSSIBLE),
])
def test_a_future_or_conditional_as_clause_keeps_the_hedge(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma].factuality is factuality
