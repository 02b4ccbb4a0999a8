"""kg.extract.absolute: an absolute "with" clause under an expectation is no fact."""

import pytest

from tests.extract_helpers import event_readings


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
    assert event_readings(nlp, sentence)[lemma] == reading


def test_anticipating_a_rise_is_an_expectation(nlp):
    found = event_readings(nlp, "Analysts are anticipating a rise in house prices this spring, with the market picking up.")
    assert found["rise"] == ("possible", "anticipate")
    assert found["pick up"][0] == "possible"


@pytest.mark.parametrize(("sentence", "lemma", "patient", "agent"), [
    # BBC business and sport: a past participle with its own subject in a "with" clause is
    # passive; its subject is what was done to, not who did it.
    ("The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with at least 23,000 people killed.",
     "kill", "at least 23,000 people", None),
    ("Wild celebrations followed, with an emotional Moya congratulated by his team-mates, including Nadal.",
     "congratulate", "an emotional Moya", "his team-mates"),
])
def test_a_past_participle_in_an_absolute_clause_is_passive(nlp, sentence, lemma, patient, agent):
    from kg.extract import extract
    from kg.records import Document

    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    roles = {a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}
    assert roles.get("patient") == patient, roles
    assert roles.get("agent") == agent, roles


def test_a_perfect_in_an_absolute_clause_stays_active(nlp):
    from kg.extract import extract
    from kg.records import Document

    sentence = "Shares rose 3% on Friday, with the firm having cut costs."
    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == "cut"]
    assert "patient" not in {a.role for a in event.arguments}
