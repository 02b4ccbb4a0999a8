"""A relative clause on what a modal "be" names shares its doubt: "could be the role which finally
wins her the award" is possible (kg.extract.modalattributes); a plain "be" and a "will be" keep theirs."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC entertainment/325 (unseen set), paraphrased.
    ("The tale of revenge and love could be the role which finally wins her the coveted Academy Award.",
     "win", ("possible", "could")),
    ("This must be the year when the party wins back the voters.", "win back", ("possible", "must")),
])
def test_a_relative_clause_after_a_modal_be_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("It was the role which finally won her the Academy Award.", "win", ("asserted", None)),
    ("It will be the third year in a row that the two countries have broken the European Union's Stability and "
     "Growth Pact rules.", "break", ("asserted", None)),
    ("The festival screening will be the first time that Schrader's film has been seen in public.", "see",
     ("planned", "will")),
])
def test_a_plain_or_planned_be_keeps_its_relative_clause(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
