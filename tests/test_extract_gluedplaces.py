"""A known place glued to a facility's or a firm's name by "in" is no part of the name
(kg.extract.gluedplaces). Sentences from BBC articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions


def test_a_schools_town_after_in_is_no_part_of_its_name(nlp):
    # business/362: NER's facility runs over "in Gosport"; "School" heads a facility's name.
    text = ('"I pay for most things with my debit card, with occasional purchases on one of my credit cards," said '
            "Mrs Carroll, who teaches at Peel Common Infants School in Gosport.")
    assert "Peel Common Infants School" in [m.text for m in find_mentions(nlp(text))]

