"""A that-clause after "it" + "be" + an adjective of likelihood is as sure as the adjective
(kg.extract.extraposed), on BBC news sentences."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC tech/351: the competing is likely, no firm's plan
    ("Although Nintendo is aiming for younger players, it is likely that the two firms will be competing for many of "
     "the same customers.", "compete", Factuality.POSSIBLE),
    ("It is unlikely that the firm will sell the unit.", "sell", Factuality.NEGATED),  # expected not to happen
    ("It is inconceivable that the chancellor would overrule the judges.", "overrule", Factuality.NEGATED),
    # ... not an adjective that says nothing of likelihood, nor the adjective's own infinitive
    ("It is clear that the bank will raise rates.", "raise", Factuality.PLANNED),
    ("The firm is likely to sell the unit.", "sell", Factuality.POSSIBLE),
])
def test_an_extraposed_adjective_of_likelihood_frames_its_clause(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
