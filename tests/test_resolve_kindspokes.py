"""A company's unnamed spokesperson speaks for the company the article is about
(``kg.resolve.kindspokes``), on the shared pipeline."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _part(nlp, title: str, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, title=title, date="2005-01-13")


def _speakers(part: DocumentGraph) -> dict[str, tuple[str | None, str]]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: (labels.get(quote.speaker) if quote.speaker else None, quote.speaker_text)
            for quote in part.quotes}


def test_a_company_spokesman_speaks_for_the_lead_company(nlp):
    part = _part(
        nlp,
        "US hacker breaks into T-Mobile",
        "A man is facing charges of hacking into computers at the US arm of mobile phone firm T-Mobile.\n\n"
        "The Californian man, Nicholas Lee Jacobsen, was arrested in October. Mr Jacobsen tried at least twice "
        "to hack T-Mobile's network and took names and social security numbers of 400 customers, said a company "
        "spokesman.",
    )
    assert _speakers(part)["Mr Jacobsen tried at"] == ("T-Mobile", "a company spokesman")


def test_a_spokesman_for_the_company_of_two_stays_as_written(nlp):
    # The lead names two firms: no one company to speak for.
    part = _part(
        nlp,
        "Cable offers video-on-demand",
        "Cable firms NTL and Telewest have both launched video-on-demand services as the battle between "
        "satellite and cable TV heats up.\n\n"
        '"PVR is a recording mechanism whereas what we are offering is truly on demand," said a spokesman for '
        "the company.",
    )
    assert _speakers(part)["PVR is a recording m"] == (None, "a spokesman for the company")
