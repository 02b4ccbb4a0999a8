"""A framing noun said to be missing holds nothing: "a lack of evidence that X", "an absence of research
that X" negate X, as "no evidence that X" does (kg.extract.lacking; ``scant`` cues "lack of", "absence of")."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC tech/231, paraphrased; and the same shape with other nouns of evidence.
    ("He concluded that there was an absence of convincing research that media violence caused harm.", "cause",
     ("negated", "absence of")),
    ("There is a lack of evidence that the firm broke the competition law.", "break", ("negated", "lack of")),
    ("The study found a lack of proof that the drug caused heart attacks.", "cause", ("negated", "lack of")),
    # The determiners keep their own reading.
    ("There is no evidence that the firm broke the competition law.", "break", ("negated", "no")),
])
def test_what_missing_evidence_would_show_is_negated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # Evidence that is there shows its clause; a relative clause on the missing thing is told.
    ("There is evidence that the firm broke the competition law.", "break", ("asserted", None)),
    ("There is a little evidence that the firm broke the competition law.", "break", ("asserted", None)),
    ("The lack of investment that followed the crash hurt the firm.", "follow", ("asserted", None)),
])
def test_evidence_held_and_relative_clauses_stay_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
