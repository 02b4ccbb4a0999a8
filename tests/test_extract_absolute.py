"""kg.extract.absolute: an absolute "with" clause under an expectation is no fact."""

import pytest


def _readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: (event.factuality.value, event.cue) for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # The absolute clause hangs on the object of "expects": the fall is expected.
    ('It expects a series of "aggressive" interest rate cuts over the next two years, with the cost of borrowing '
     "falling from its current 4.75% mark to 3.5% by the end of 2006.", "fall", ("possible", "expect")),
    # Beside a verb of the future, it is as sure as that verb: here a change foretold, possible
    # (kg.extract.forecasts); beside a plan, planned.
    ("Prices will rise next year, with demand growing.", "grow", ("possible", "will")),
    ("The firm will open ten stores next year, with staff moving from the old shops.", "move", ("planned", "will")),
    # Beside a plain fact it stays one.
    ("Shares rose 3% on Friday, with investors buying banks.", "buy", ("asserted", None)),
])
def test_an_absolute_clause_reads_as_its_governing_clause(nlp, sentence, lemma, reading):
    assert _readings(nlp, sentence)[lemma] == reading


def test_anticipating_a_rise_is_an_expectation(nlp):
    found = _readings(nlp, "Analysts are anticipating a rise in house prices this spring, with the market picking up.")
    assert found["rise"] == ("possible", "anticipate")
    assert found["pick up"][0] == "possible"
