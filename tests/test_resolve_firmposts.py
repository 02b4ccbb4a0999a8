"""A name right before a post only a firm's people hold ("GM chief executive Rick Waggoner")
shows the headline's organisation is a company, so "the company" stands for it
(``kg.resolve.firmposts``, read by ``kg.resolve.leadcompany.a_company``); a president, whom a
country or a club has too, shows nothing (model tests, on the session pipeline; the text
paraphrased from business/462)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

TITLE = "GM issues 2005 profits warning"
LEAD = (
    "General Motors has warned that it expects earnings this year to be lower than in 2004.\n\n"
    "GM said higher healthcare costs in North America would hurt its performance in 2005. "
    '"We are following a roadmap that we believe will deliver strong results," said GM {post} Rick Waggoner. '
    "GMAC has been a strong contributor to profits in 2004. "
    '"Attaining earnings of $10 a share remains GM\'s goal," the company said.'
)


def _part(nlp, post: str) -> DocumentGraph:
    return resolved_part(nlp, LEAD.format(post=post), title=TITLE, date="2005-01-12")


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_a_chief_executive_after_the_name_makes_the_headline_company(nlp):
    assert _speakers(_part(nlp, "chief executive"))["the company"] == "General Motors"
    assert _speakers(_part(nlp, "finance director"))["the company"] == "General Motors"


def test_a_president_after_the_name_shows_no_company(nlp):
    # A country or a club has a president too: "the company" stays a description.
    assert _speakers(_part(nlp, "president"))["the company"] is None
