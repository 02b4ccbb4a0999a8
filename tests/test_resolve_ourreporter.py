"""The news's own "our correspondent" outside quotation marks is the one person the article
named a correspondent before it (``kg.resolve.ourreporter``); two correspondents, or a role
a body's people hold too ("our spokesman"), leave it to no one (model tests, on the session
pipeline; the text paraphrased from politics/294)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

STRIKE = (
    "The UK's biggest civil service union has called a ballot of its 290,000 members on strikes in protest at "
    "pension reforms.\n\n"
    "{first} said the combined unions represented a formidable force which could embarrass the government. "
    "{second} said a stoppage involving civil servants would be felt across government departments.\n\n"
    "Deputy Prime Minister John Prescott held a private meeting with senior union figures on Thursday night. "
    "{ours} said that he understood no deal had been offered in that meeting."
)


def _part(nlp, first: str, second: str, ours: str) -> DocumentGraph:
    return resolved_part(nlp, STRIKE.format(first=first, second=second, ours=ours), title="Civil servants in strike ballot",
                         date="2005-02-18")


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_our_correspondent_is_the_correspondent_named_before(nlp):
    part = _part(nlp, "BBC correspondent Stephen Cape", "Mr Cape", "Our correspondent")
    assert _speakers(part)["Our correspondent"] == "Stephen Cape"


def test_two_correspondents_leave_our_correspondent_to_no_one(nlp):
    part = _part(nlp, "BBC correspondent Stephen Cape", "BBC political correspondent Nick Assinder", "Our correspondent")
    assert _speakers(part)["Our correspondent"] is None


def test_our_spokesman_is_no_spokesman_named_before(nlp):
    part = _part(nlp, "PCS spokesman Stephen Cape", "Mr Cape", "Our spokesman")
    assert _speakers(part)["Our spokesman"] is None
