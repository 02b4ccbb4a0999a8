"""A past participle clause of "have" ("had Ireland pinned") is as sure as the having,
never the "have to" of an obligation (kg.extract.havedone); unseen BBC sentences (index >= 200)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/405: Ireland were pinned in their half (was planned, cue "have").
    ("England began the second half well and had Ireland pinned in their own half.", "pin", ("asserted", None)),
    # BBC sport/323: D'Arcy is injured (was planned, cue "have").
    ("Ireland, despite having Gordon D'Arcy still out injured, have been boosted by the return of star skipper "
     "Brian O'Driscoll.", "injure", ("asserted", None)),
    # BBC entertainment/205: NBC tried and failed; the show was not pulled (was planned, cue "have").
    ("NBC alleged that boxing regulations had been violated, but failed in their attempt to have the show pulled.",
     "pull", ("negated", "fail")),
])
def test_what_someone_had_done_is_as_sure_as_the_having(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC entertainment/281 (shortened): a having still to come keeps its plan.
    ("Ministers urged music fans to boycott the concert in a bid to have it cancelled.", "cancel", ("planned", "bid")),
    # A negated or doubted having leaves the participle as it is; "have to" stays an obligation.
    ("The club did not have the roof repaired.", "repair", ("negated", "not")),
    ("England may have had Ireland pinned in their own half.", "pin", ("possible", "may")),
    ("Wilkinson has to be replaced by Hodgson.", "replace", ("planned", "have")),
])
def test_a_having_not_told_leaves_its_participle_untold(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
