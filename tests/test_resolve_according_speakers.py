"""A "he" inside what an "according to" source reports is not the source
(``kg.resolve.statements``; on the session pipeline, sentences shortened from BBC
articles)."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _said(nlp, text: str) -> dict[str, str]:
    """The label of each quote's speaker (else its speaker as written), by the first two words of what was said."""
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    return {" ".join(q.content.split()[:2]): labels.get(q.speaker) if q.speaker else q.speaker_text for q in graph.quotes}


def test_he_whom_an_according_to_source_reports_on_is_not_the_source(nlp):
    # BBC politics: the advance text is the source, "he" the chancellor it reports on.
    text = ("Brown calls for party unity\n\nGordon Brown has called for party unity.\n\n"
            "According to an advance text released by officials, he told delegates: \"We must all show the strength "
            "and unity of purpose to take the long-term decisions.\"")
    assert _said(nlp, text).get("We must") in ("Gordon Brown", None)  # not "an advance text"


def test_he_after_an_according_to_spokesman_is_still_the_spokesman(nlp):
    # A new sentence's "he added" after "according to a spokesman" takes the spokesman up, as before.
    text = ("Firm says sales rose\n\nSales rose by 5%, according to a spokesman for the firm. He added that "
            "the outlook was good.")
    assert _said(nlp, text)["the outlook"] == "a spokesman for the firm"
