"""A conceded "may have" before a contrast is told unless the contrast doubts it
(kg.extract.doubtedcontrasts, doubting_words.txt): a contrast that negates anything but
knowing, showing or saying ("but that didn't stop ...", "but he was not satisfied") leaves
the concession asserted; one that denies knowing it ("but they could find no record", "but
it is not clear", "but nobody knows") leaves it possible."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/362 ("Labour may have abolished hunting - but that didn't stop Chancellor Gordon
    # Brown using his Budget"), sport/320 ("France may have beaten Scotland and England but they
    # were tedious"), paraphrased.
    ("Labour may have abolished hunting - but that did not stop Gordon Brown using his speech to attack the Tories.", "abolish"),
    ("Chelsea may have beaten Arsenal at Highbury, but Jose Mourinho was not satisfied.", "beat"),
    ("France may have beaten Scotland in Paris, but they were not convincing.", "beat"),
    ("France may have beaten Scotland in Paris, but they were tedious.", "beat"),
])
def test_a_contrast_of_another_point_concedes(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("asserted", None)


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC entertainment/293 ("said he may have been detained but they could find no record of the
    # incident"), paraphrased.
    ("Police said Michael Jackson may have been detained but they could find no record of the incident.", "detain"),
    ("Chelsea may have beaten Arsenal at Highbury, but it is not clear.", "beat"),
    ("Chelsea may have beaten Arsenal at Highbury, but there is no evidence.", "beat"),
    ("Chelsea may have beaten Arsenal at Highbury, but nobody knows.", "beat"),
    ("Chelsea may have beaten Arsenal at Highbury.", "beat"),
])
def test_a_doubting_contrast_leaves_it_possible(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("possible", "may")
