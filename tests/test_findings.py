"""What a body of findings suggests is its finding, reported (kg.extract.findings, finding_nouns.txt):
"Support for a ban has fallen, a poll suggests" is the poll's finding, not a guess; a person's or a
news report's suggestion still speculates, and a finding that foretells with "will" or "would" keeps
its speculation."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/381 ("Support for a ban on hunting has fallen in the past six years, a poll
    # suggests"), business/239 ("Research from Halifax ... suggests the value of private housing
    # stock is continuing to rise"), politics/242 ("figures compiled by the Tories suggest"),
    # business/415 ("Recent evidence has suggested that the UK housing market is slowing"), paraphrased.
    ("Support for a ban on fox hunting has fallen in the last five years, a Mori poll suggests.", "fall"),
    ("Research from Halifax suggests the value of housing in Britain is continuing to rise.", "rise"),
    ("Civil servants have stepped up the shredding of documents, figures compiled by the Tories suggest.", "step up"),
    ("Recent evidence has suggested that the British housing market is slowing.", "slow"),
])
def test_a_finding_is_reported(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("reported", "suggest")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/271 ("Labour will hold key marginal constituencies, winning a majority of 160, the
    # Populus survey suggests"), politics/254 ("Lord Haskins even suggested Mr Blair should reinstate
    # Mr Brown"), paraphrased.
    ("Tony Blair suggested the housing market in Britain is slowing.", "slow"),
    ("Initial reports suggested the housing market in Britain is slowing.", "slow"),
    ("A Populus survey suggests Labour will win a majority of 160.", "win"),
])
def test_other_suggestions_stay_speculated(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("speculated", "suggest")
