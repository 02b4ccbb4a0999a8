"""An -ing the parser hung as an adverbial clause right after a verb of excluding is what it
rules out (kg.extract.ruledgerunds): "has already ruled out taking part in a televised debate"
reads the taking part negated, not asserted (possible when the ruling out is negated); not an
-ing after the verb's object and a comma."""

from __future__ import annotations

import pytest

from kg.records import Document
from kg.types import Factuality


def _readings(nlp, text: str) -> dict[str, Factuality]:
    from kg.extract import extract

    return {event.lemma: event.factuality for event in extract(Document("t", text), nlp(text)).events}


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        # BBC politics 348, paraphrased: the parse reads "taking" as an adverbial clause of "ruled"
        ("Tony Blair has already ruled out taking part in a televised debate during the campaign.", Factuality.NEGATED),
        # negated, the ruling out leaves it open
        ("Tony Blair has not ruled out taking part in a televised debate during the campaign.", Factuality.POSSIBLE),
    ],
)
def test_a_gerund_after_rule_out_is_what_it_rules_out(nlp, text, factuality):
    readings = _readings(nlp, text)
    assert readings.get("take part") is factuality, readings


def test_a_gerund_after_an_object_and_a_comma_stays_a_clause_of_its_own(nlp):
    readings = _readings(nlp, "The club ruled out a move for the striker on Monday, saying it had signed a defender.")
    assert readings.get("sign") is not Factuality.NEGATED, readings
