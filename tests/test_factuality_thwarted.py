"""An intent that failed or was ended: the act of its infinitive did not happen
(kg.extract.thwarted, thwarting_words.tsv); unseen BBC sentences (index >= 200)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC entertainment/230: the record company did not sue (was planned).
    ("Late R&B star Aaliyah's record company has failed in an attempt to sue the video producer who booked "
     "the ill-fated flight.", "sue", ("negated", "fail")),
    # BBC entertainment/294: no premiere in London (was planned).
    ("The producers behind the Lord of the Rings musical have abandoned plans to premiere the show in London.",
     "premiere", ("negated", "abandon")),
    # BBC politics/305 (paraphrased): he did not enter Westminster then.
    ("His first attempt to enter Westminster was thwarted by the present Tory spokesman Michael Ancram.",
     "enter", ("negated", "thwart")),
    # BBC politics/406 (paraphrased): he did not take over as leader.
    ("Mr Kilroy-Silk was unsuccessful in his bid to take over as leader of UKIP.", "take over",
     ("negated", "unsuccessful")),
    ("Regulators blocked the firm's bid to buy the club.", "buy", ("negated", "block")),
])
def test_an_intent_that_came_to_nothing_leaves_its_act_undone(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/358 (paraphrased): a scrapping only maybe done leaves the listing a plan.
    ("The two banks may have scrapped plans to list in New York.", "list", ("planned", "plan")),
    # A blocking not done, or an intent renewed, leaves the act planned.
    ("Regulators did not block the firm's bid to buy the club.", "buy", ("planned", "bid")),
    ("The firm renewed its bid to buy the club.", "buy", ("planned", "bid")),
    # A verb of failing with no intent in its "in" phrase ends nothing.
    ("Aaliyah's record company has failed in court and plans to sue the video producer.", "sue",
     ("planned", "plan")),
])
def test_an_intent_not_ended_stays_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


def test_a_claim_dropped_is_no_intent_ended(nlp):
    # BBC entertainment (in tests/test_extract_charges.py): the running stays alleged.
    sentence = ("But the charges of running an illegal bar and contravening health and safety regulations, were "
                "dropped.")
    assert event_readings(nlp, sentence)["run"][0] == "speculated"
