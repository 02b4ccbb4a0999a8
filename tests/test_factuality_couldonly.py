"""A "could only" of a result in play tells what was done (kg.extract.couldonly, only_results.txt):
"he could only volley the cross wide" happened (asserted, no cue), where "could" alone, a verb of
being or a rule's reach, a perfect, a negation or a condition keep their reading."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport/240 ("he could only volley Jeannin's brilliant cross wide of Howard's goal"), paraphrased.
    ("Devine could only volley the cross wide of the goal.", "volley"),
    ("Moments later Devine had the chance to be a hero, but he could only volley the cross wide.", "volley"),
    ("Greene could only finish second in the race.", "finish"),
    ("Chelsea could only manage a draw at Villa Park.", "manage"),
])
def test_could_only_tells_a_result(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("asserted", None)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics/256 ("could only deal with the media frenzy by continuing to say"), politics/384
    # ("they could only be used on foreign suspects"), paraphrased.
    ("The powers could only be used on foreign suspects.", "use", ("possible", "could")),
    ("Greene could finish second in the race.", "finish", ("possible", "could")),
    ("Greene could only have finished second.", "finish", ("possible", "could")),
    ("Greene could only finish second if Smith wins.", "finish", ("possible", "could")),
    ("Greene could not finish the race.", "finish", ("negated", "not")),
])
def test_other_coulds_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
