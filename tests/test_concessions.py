"""A concession after a verb an adverb of hearsay doubts is told (kg.extract.concessions): the
adverb reaches its own verb only, so the "although"/"though" clause is the writer's fact; not a
clause of "while", nor one after a claim's verb, and the adverb's own verb stays speculated."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/316 ("Euronext ... is reportedly working with three investment banks on a
    # possible offer"), business/264 ("has reportedly expressed fears"), with a concession added.
    ("Euronext has reportedly hired three investment banks, although it rejected an offer from Deutsche Boerse.",
     "reject"),
    ("Unions in Frankfurt have reportedly expressed fears, though the exchange denied the claims on Monday.", "deny"),
])
def test_a_concession_is_told(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("asserted", None)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("Euronext has reportedly hired three investment banks, although it rejected an offer from Deutsche Boerse.",
     "hire", ("speculated", "reportedly")),
    ("Euronext has reportedly hired three investment banks while it weighs an offer from Deutsche Boerse.",
     "weigh", ("speculated", "reportedly")),
    ("Analysts claimed Euronext hired three investment banks, although it rejected an offer from Deutsche Boerse.",
     "reject", ("speculated", "claim")),
])
def test_other_clauses_keep_the_doubt(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
