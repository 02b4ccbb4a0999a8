"""The purpose of a passive (kg.extract.passivepurposes): the "by" phrase's, never the
thing it was done to; the subject's after a verb whose infinitive says what it does."""

from __future__ import annotations

import pytest
from extract_helpers import check_roles


@pytest.mark.parametrize("sentence, lemma, agent", [
    # BBC politics (a blind set): the embassies save nothing, whoever closes them does
    ("Nine overseas embassies will be closed to save money.", "save", None),
    # BBC business 444: the authorities recover the claims, not what they sold
    ("It was sold by the Russian authorities to recover government tax claims against Yukos.", "recover",
     ["the Russian authorities"]),
    # BBC entertainment 278: the date creates nothing
    ("But the date has been put back to 17 April to create a level playing field for independent labels.", "create",
     None),
])
def test_a_passive_s_purpose_is_not_its_subject_s(nlp, sentence, lemma, agent):
    check_roles(nlp, sentence, lemma, {"agent": agent})


@pytest.mark.parametrize("sentence, lemma, agent", [
    # a person may act: "brought in to revive"
    ("He was brought in to revive the club.", "revive", ["He"]),
    # a control verb's object does it (BBC business: "chosen to host")
    ("Paris was chosen to host the Games.", "host", ["Paris"]),
    # a verb of creating: the work does what it was made for (BBC tech 377)
    ("A new law is being introduced to protect computer users from spyware.", "protect", ["A new law"]),
    # an object left: the subject received it (BBC politics 259)
    ("The contestants were given 60 seconds to present their manifestos.", "present", ["The contestants"]),
    # a noun of content's own infinitive, which the parser cut off (BBC politics 293)
    ("I believe countless opportunities have been lost to discredit the EU.", "discredit", ["countless opportunities"]),
])
def test_a_passive_subject_that_may_act_keeps_its_purpose(nlp, sentence, lemma, agent):
    check_roles(nlp, sentence, lemma, {"agent": agent})
