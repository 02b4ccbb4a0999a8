"""A capitalised word that opens a quotation is no name on its position alone
(``kg.nlp.openers``, the ``kg_quote_openers`` component of the shared pipeline)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _labels(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text, date="2005-02-01")
    ((_, doc),) = list(parse(nlp, [document]))
    return {entity.label for entity in resolve(extract(document, doc)).entities}


def test_the_component_runs_last(nlp):
    assert nlp.pipe_names[-1] == "kg_quote_openers"


def _opening_ents(nlp, text: str) -> list[str]:
    """The entities right after an opening quotation mark."""
    doc = nlp(text)
    return [ent.text for ent in doc.ents if ent.start and doc[ent.start - 1].text == '"' and not doc[ent.start - 1].whitespace_]


def test_a_quotation_opening_capital_alone_makes_no_name(nlp):
    text = ("The firm launched its new player on Monday. \"Format interoperability, excellent value and a huge "
            "catalogue are what people want,\" he said.")
    assert "Format" not in _labels(nlp, text)
    assert _opening_ents(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a name the article writes again where nothing opens stays a name
        ("Shares in Apple rose. \"Apple fans will love it,\" said Mr Fogg.", ["Apple"]),
        ("The team flew to Paris. \"Paris hotels were full,\" said the manager.", ["Paris"]),
        # a name that is the subject, not a modifier, stays
        ("\"Microsoft has been very clear about this,\" said Mr Gates.", ["Microsoft"]),
    ],
)
def test_a_name_the_article_supports_stays_at_a_quotation_opening(nlp, text, kept):
    assert _opening_ents(nlp, text) == kept


def test_the_word_opening_a_coordination_is_no_part_of_a_name(nlp):
    doc = nlp("Neither Mr Hale nor Ms Grant would say whether the deal was off.")
    assert [ent.text for ent in doc.ents if "Hale" in ent.text] == ["Mr Hale"]
