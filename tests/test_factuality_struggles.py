"""A struggle to do something tells no deed: the "to" infinitive of a verb of struggling heads no
event (kg.extract.struggles), not a possible one; "tried to" and "battled to" stay attempts (a done one,
"has tried to", leaves its deed possible: kg.extract.attempts).
On BBC news sentences, paraphrased where needed."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/353
    ("Insurers are also struggling to assess the cost of the damage.", "assess"),
    # BBC business/474, paraphrased
    ("Virgin Blue has been struggling to fend off pressure from rival Jetstar.", "fend off"),
    # BBC business/472, paraphrased
    ("The move is a surprise because China is struggling to increase energy supplies.", "increase"),
    # BBC sport/268, paraphrased
    ("Arsenal struggled to find their rhythm in the first half.", "find"),
])
def test_a_struggled_infinitive_is_no_event(nlp, sentence, lemma):
    assert lemma not in event_factualities(nlp, sentence)


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC politics/319, paraphrased: an attempt stays an event, possible once the trying is done
    ("A group of MPs has tried to raise the pressure on Tony Blair over reform of the House of Lords.",
     "raise", Factuality.POSSIBLE),
    # BBC sport/268, paraphrased: the clause beside the struggle is told
    ("Arsenal were struggling to find their rhythm but Campbell scored the opening goal.", "score", Factuality.ASSERTED),
])
def test_an_attempt_or_a_clause_beside_the_struggle_stays(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
