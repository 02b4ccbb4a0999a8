"""An -ing a plan or proposal includes is planned (or possible, for an idea), not done
(kg.extract.includedplans)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/politics/245: proposed cuts, not cuts made; the conjunct shares the plan.
    ("The proposals include cutting Scotland's six single-battalion regiments to five and merging these into a "
     "super regiment.", "cut", ("planned", "proposal")),
    ("The proposals include cutting Scotland's six single-battalion regiments to five and merging these into a "
     "super regiment.", "merge", ("planned", "proposal")),
    # bbc/politics/347: the plan noun coordinated with the subject the parser chose ("law and order plans").
    ("Other Tory law and order plans include building more prisons and making criminals serve full jail sentences.",
     "build", ("planned", "plan")),
    # bbc/politics/339: "involve".
    ("But the plans involve changing the VAT system, which the party says often makes it too expensive to renovate "
     "existing buildings.", "change", ("planned", "plan")),
])
def test_what_a_plan_includes_is_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/entertainment/284: a change made, the host was ejected.
    ("That change involved ejecting previous host Wes Butters and relocating King and DJ partner Joel Ross from "
     "their weekend afternoon Radio 1 slot.", "eject", ("asserted", None)),
    # bbc/politics/295: what was done, no plan.
    ("Mr Blair's other political firsts include becoming the first Labour leader to win two successive full terms "
     "in power.", "win", ("asserted", None)),
    # A plan's own modal still counts (paraphrased from bbc/politics/245).
    ("The plan would involve closing three plants.", "close", ("planned", "would")),
])
def test_what_else_is_included_keeps_its_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
