"""One cued reading of a name does not outvote a large, consistent majority of its
other mentions (``kg.resolve.vote``: the cued thing's bonus is capped), on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve

# politics/383's one cued sentence ("sell the new EU" reads the EU as a product), among plain
# sentences that name the union as an organisation (written for this test, not the article's).
_TEXT = (
    "Ministers met in Brussels. The EU agreed a budget on Monday. The EU fined a bank. "
    "The EU said the talks would go on. The EU warned Greece about its deficit. The EU hired 200 staff. "
    "The EU opened an office in Kiev. The EU signed a trade deal with Chile. The EU sued Microsoft. "
    "The EU praised the plan. "
    '"Isn\'t the reason that the government is now involved in a taxpayer subsidised propaganda exercise to try '
    'to sell the new EU to the country in advance of the referendum?" he asked.'
)


def test_one_cued_product_reading_does_not_outvote_the_union(nlp):
    text = _TEXT.strip()
    document = Document(id="t", text=text, date="2005-02-28", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    entities = resolve(extract(document, doc)).entities
    eu = [e for e in entities if e.label in {"EU", "European Union"}]
    assert eu and all(e.type.value == "Organization" for e in eu)
