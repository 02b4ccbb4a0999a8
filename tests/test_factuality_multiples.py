""""almost"/"nearly" on a change by a multiple tells how near the figure came, not that the change
failed (kg.extract.forecasts.approximate; multiple_verbs.txt). Sentences from unseen BBC articles
(business/249, business/287, business/349)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("This means 30 million fewer workers at a time when the number of elderly will have almost doubled.", "double",
     ("possible", "will")),
    ("Profits nearly tripled to £5m last year.", "triple", ("asserted", None)),
    # no multiple: the change did not come
    ("LG Card almost collapsed in 2003 due to an increase in overdue credit card bills.", "collapse",
     ("negated", "almost")),
])
def test_almost_a_multiple_is_no_negation(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
