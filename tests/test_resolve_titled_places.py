"""A clause subject that names a place only inside a book's title is no body a later
speaker "it" may stand for (``kg.resolve.speakers.not_the_place`` in
``nearest_subject``), on the shared pipeline; shortened from unseen articles."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_a_country_in_a_books_title_is_no_later_it(nlp):
    # bbc/politics/262: "it says" is the book, never the country of its title
    part = resolved_part(nlp, "Brown's Britain, by Robert Peston, says there is mutual animosity between the two men. "
                         "It claims Mr Blair said in November 2003 he would stand down before the next election. "
                         "But he went back on his pledge after support from Cabinet allies, it says.")
    assert "United Kingdom" not in _speakers(part).values()


def test_a_possessed_country_title_is_no_later_it(nlp):
    part = resolved_part(nlp, "Blair's Britain argues that the government lost its way in 2003. "
                         "Ministers were divided over the war, it says.")
    assert _speakers(part).get("Ministers were divid") != "United Kingdom"


def test_a_country_that_is_the_subject_is_still_its_it(nlp):
    # bbc/business/446, shortened: the country itself spoke before
    part = resolved_part(nlp, "The US has asked the World Trade Organisation to investigate European Union customs tariffs. "
                         "Small and mid-sized firms were worst-hit, it says.")
    assert _speakers(part)["Small and mid-sized "] == "United States"
