""""the company" / "the firm" is not a unit the article names as the group's (kg.resolve.subsidiaries)."""

from __future__ import annotations

from tests.extract_helpers import agent_labels, resolved_part

GROUP = ("France Telecom has reported a 20% rise in annual profits. "
         "Its mobile phone arm Orange added 2 million customers during the year. "
         "The firm said it expected sales to grow by 3% in 2005. "
         "The company will also buy back shares in Equant, its data services unit.")


def test_the_firm_is_not_the_unit_named_nearest(nlp):
    part = resolved_part(nlp, GROUP)
    assert agent_labels(part, "buy") == set()  # only the unit Orange was named in reach: unresolved, not Orange
    assert "Orange" not in {quote.speaker_text for quote in part.quotes if quote.speaker_text} | {
        e.label for q in part.quotes for e in part.entities if e.key == q.speaker}


def test_the_firm_is_the_one_company_named_in_reach(nlp):
    # A company named by its own name, not as a unit, stays what "the firm" means.
    part = resolved_part(nlp, "Mobile operator Vodafone added 2 million customers during the year. "
                              "The firm said it expected sales to grow by 3% in 2005. The company will also buy back shares.")
    assert agent_labels(part, "buy") == {"Vodafone"}
