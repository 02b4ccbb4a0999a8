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


def test_a_partys_adjective_spokesperson_speaks_for_the_party_the_article_names(nlp):
    # bbc/politics/416: "Conservative" is an adjective to NER, the party's name to nicknames.tsv;
    # "Tories" and "Tory" are the same party.
    part = _part(nlp, "Top Tories on Lib Dem 'hit list'",
                 "The Liberal Democrats are aiming to unseat a string of top Tories. A Conservative spokesperson said: "
                 "\"The Liberal Democrats can talk all they like about strategy.\" A Tory spokesman said: \"We will win.\"")
    speakers = _speakers(part)
    assert speakers["The Liberal Democrat"][0] == "Conservative Party"
    assert speakers["We will win."][0] == "Conservative Party"


def test_a_partys_adjective_speaks_for_no_party_the_article_does_not_name(nlp):
    part = _part(nlp, "Lib Dems launch campaign", "The Liberal Democrats launched their campaign on Monday. "
                 "A Conservative spokesperson said: \"The Liberal Democrats can talk all they like about strategy.\"")
    assert _speakers(part)["The Liberal Democrat"][0] is None
