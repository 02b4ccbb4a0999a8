"""A warning to do something is advice, not the deed (factuality_cues.tsv: "warn" and "caution" as
control cues, possible), and a warning to someone named is news of its own, the warned its recipient
(kg.extract.requests, as "urged the banks to cut charges" is); a warning that something is so stays
the warner's forecast or claim, and a reminder of what happened stays told."""

import pytest

from tests.extract_helpers import check_roles, event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/215 ("Bwalya warned his side not to be too complacent"), tech/334 ("Users are warned
    # never to open attachments"), paraphrased.
    ("Police warned fans to stay away from the ground.", "stay away", ("possible", "warn")),
    ("Owners were warned to watch out for odd icons on their screens.", "watch out", ("possible", "warn")),
    ("Fans were cautioned to stay away from the ground.", "stay away", ("possible", "caution")),
])
def test_what_a_warning_asks_for_is_not_done(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


def test_the_warned_is_the_warnings_recipient(nlp):
    check_roles(nlp, "Bwalya warned his side not to be too complacent.", "warn",
                {"agent": ["Bwalya"], "recipient": ["his side"], "topic": ["not to be too complacent"]})


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/289 ("warned that growth is set to slow"), entertainment/256 ("This reminds me of
    # what happened to Craig David"), paraphrased.
    ("The BCC warned that growth is set to slow.", "slow", ("possible", "warn")),
    ("This reminds me of what happened to Craig David in the past.", "happen", ("asserted", None)),
    ("Fans stayed away from the ground after police warned them.", "stay away", ("asserted", None)),
])
def test_a_warning_that_and_a_reminder_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
