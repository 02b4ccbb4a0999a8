"""What someone feels is so is their belief, as with "believe" and "think": speculated,
not asserted (factuality_cues.tsv "feel"); the feeling itself is no event."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # bbc/entertainment/352: a critic's view of the film, not a fact of the awards
    ("Mr Bradshaw felt that Mike Leigh's masterpiece was entitled to the best film award.", "entitle"),
    # bbc/business: an analyst's reading of the market
    ("Mr Lakhani feels that the market has risen on the basis of solid economic growth.", "rise"),
])
def test_what_is_felt_is_speculated(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("speculated", "feel")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # a feeling with no clause is no belief: the clause beside it keeps its own reading
    ("The striker felt a twinge in his hamstring and left the field.", "leave"),
    ("The market has risen on the basis of solid economic growth.", "rise"),
])
def test_no_feeling_of_a_clause_leaves_it_asserted(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"
