"""What a feeling or memory was left by happened (kg.extract.remembered): the -ing clause
after "the disappointment of" is done, whatever plan governs the noun; "the cost of" tells
no such thing. Sentences shortened from unseen BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("Nadal wants to put the disappointment of losing the first-set tiebreak behind him.", "lose", Factuality.ASSERTED),
    ("Roddick shrugs off the disappointment of losing the third-set tiebreak and breezes through his first service game.",
     "lose", Factuality.ASSERTED),
    # told by someone: reported, not asserted
    ("Nadal said he wanted to put the disappointment of losing the first-set tiebreak behind him.", "lose",
     Factuality.REPORTED),
    # a noun of what something would take: the plan reaches the -ing clause
    ("He hopes to avoid the cost of rebuilding the stadium.", "rebuild", Factuality.POSSIBLE),
])
def test_remembered_ing_clause(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
