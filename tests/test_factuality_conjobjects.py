"""What someone wants is no fact yet, and a verb of intent or expectation reaches every noun of its
coordinated object (factuality_cues.tsv "want" as an object cue; kg.extract.conjobjects)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics/303 (the parser's conjunct of the verb), politics/312, paraphrased.
    ("Mr Thorpe's colleagues wanted electoral reform and Sir Edward's resignation.", "resignation",
     ("planned", "want")),
    ("Unison wants a rise in the minimum wage.", "rise", ("planned", "want")),
    ("The Lib Dems want a cut in the basic rate of income tax and a rise in the top rate.", "rise",
     ("planned", "want")),
    ("The firm plans a merger with Sony and a sale of its music unit.", "sale", ("planned", "plan")),
    ("Mr Thorpe's colleagues demanded electoral reform and Sir Edward's resignation.", "resignation",
     ("possible", "demand")),
])
def test_every_noun_of_a_wanted_or_planned_object_is_no_fact(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # A verb of telling or doing leaves its coordinated objects told.
    ("The firm reported a rise in profits and a fall in sales.", "fall", ("asserted", None)),
    ("The firm announced a merger with Sony and a sale of its music unit.", "sale", ("asserted", None)),
])
def test_objects_of_other_verbs_stay_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
