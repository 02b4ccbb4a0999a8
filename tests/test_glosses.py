"""A relative clause set off by a comma on a name inside reported speech is the writer's gloss
(kg.extract.glosses): its events are told, not the speaker's report; not one on a common noun,
on the reported clause's subject, a past with no date of its own, "be", a modal, nor a quotation."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC entertainment/310 ("there are no plans ... for a new series of hit comedy Blackadder,
    # which ended in 1989"), business/308 ("return full-time to the Lagardere group, which owns 30%
    # of EADS"), paraphrased.
    ("The BBC said there were no plans for a new series of the comedy Blackadder, which ended in 1989.",
     "end", ("asserted", None)),
    ("Ozzy Osbourne said he could have met the same fate as George Harrison, who was stabbed in a break-in in 1999.",
     "stab", ("asserted", None)),
    ("Mr Camus said he has accepted the invitation to return to Lagardere, which owns 30% of EADS.",
     "own", ("asserted", None)),
])
def test_a_gloss_on_a_name_is_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A subject's gloss may be the speaker's charge; a past with no date of its own may be the
    # report's own news (BBC business/308's paraphrase turned into news of a raid).
    ("Tony Blair said Gordon Brown, who lied to Parliament in 2003, should resign.", "lie"),
    ("Police said the gang robbed Barclays in Leeds, which lost £1m in the raid.", "lose"),
])
def test_other_relatives_stay_reported(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("reported", "say")
