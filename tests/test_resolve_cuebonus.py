"""One cued reading of a name does not outvote a large, consistent majority of its
other mentions (``kg.resolve.vote``: the cued thing's bonus is capped), on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve

# politics/383: "sell the new EU" reads the EU as a product once; every other mention is the union.
_TEXT = (
    'A "taxpayer subsidised propaganda exercise" on the EU is being used to lull the British public into a false sense of security, say the Tories. '
    'Shadow foreign secretary Michael Ancram told MPs a new White Paper was part of trying to soften up opinion ahead of the referendum on the EU constitution. '
    'EU cooperation would help get better UK immigration controls, he argued. '
    "Mr Straw used Thursday's Commons debate to launch the new White Paper on the prospects for the EU in 2005. "
    'Security, stability and prosperity would be the key themes when the UK took over the chairmanship of the EU in July, said Mr Straw. '
    'He said the UK was trying to ensure future EU budgets were limited to 1% of Europe\'s economic output and were spent "where it adds most value". '
    '"Isn\'t the reason that the government is now involved in a taxpayer subsidised propaganda exercise to try to sell the new EU to the country in advance of the forthcoming referendum and general election?," '
    'The Tory spokesman also criticised the government for claiming the EU constitution would make Europe easier to understand. '
    'The proposed question for the constitution referendum is: "Should the United Kingdom approve the Treaty establishing a Constitution for the European Union?" '
    'For the Liberal Democrats, Sir Menzies Campbell said the UK should not ignore the need to reform the EU Common Agricultural Policy. '
)


def test_one_cued_product_reading_does_not_outvote_the_union(nlp):
    text = _TEXT.strip()
    document = Document(id="t", text=text, date="2005-02-28", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    entities = resolve(extract(document, doc)).entities
    eu = [e for e in entities if e.label in {"EU", "European Union"}]
    assert eu and all(e.type.value == "Organization" for e in eu)
