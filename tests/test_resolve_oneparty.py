""""The party" no other rule linked is the one party the article names before it
(``kg.resolve.oneparty``), on the shared pipeline; paraphrased from unseen articles."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _speakers(part: DocumentGraph) -> dict[str, tuple[str | None, str]]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: (labels.get(quote.speaker) if quote.speaker else None, quote.speaker_text)
            for quote in part.quotes}


def test_the_party_out_of_reach_is_the_one_party_named(nlp):
    # bbc/politics/317
    part = resolved_part(nlp, 'The Audit Commission found the whole local government finance system was "fundamentally '
                         'flawed". The Liberal Democrats say they would scrap the council tax and replace it with a local '
                         "income tax. Pensioners have been hardest hit by year-on-year increases. Deputy Prime Minister "
                         "John Prescott has said the current system is not sustainable in the long term. The party says "
                         "it would aim for a £5,000 tax-free personal allowance.", title="Parties' plans for council tax")
    assert _speakers(part)["it would aim for a £"] == ("Liberal Democrats", "The party")


def test_the_party_of_a_modifier_only(nlp):
    # bbc/politics/404
    part = resolved_part(nlp, "A Conservative election challenger is quitting over a remark. Danny Kruger, who works in "
                         "the Tory research unit, had been due to stand in Sedgefield. Tory leader Michael Howard "
                         "accepted his decision. Mr Kruger was quoted in the Guardian newspaper. In a statement, the "
                         "party said the comment had been taken out of context.", title="Tory candidate quits over remark")
    assert _speakers(part)["the comment had been"][0] == "Conservative Party"


def test_no_party_when_another_was_named_before_even_one_ner_missed(nlp):
    # "Labour" read as no name: still a rival of the Tories
    part = resolved_part(nlp, 'The Audit Commission found the whole local government finance system was "fundamentally '
                         'flawed". Labour leader Tony Blair says he wants to retain the property-based tax but reform it. '
                         "The Tories have promised a reduction on bills for pensioners. Deputy Prime Minister John "
                         "Prescott has said the current system is not sustainable in the long term. Ministers say there "
                         "would be radical reform. The party says this year's increases will be the lowest in a decade.",
                         title="Parties' plans for council tax")
    assert _speakers(part)["this year's increase"][0] is None


def test_no_party_after_a_new_party_spoken_of(nlp):
    part = resolved_part(nlp, 'The Audit Commission found the whole local government finance system was "fundamentally '
                         'flawed". The Liberal Democrats say they would scrap the council tax and replace it with a local '
                         "income tax. Robert Kilroy-Silk plans to form a new party next month. Deputy Prime Minister John Prescott has "
                         "said the current system is not sustainable in the long term. The party says it would aim for a "
                         "£5,000 tax-free personal allowance.", title="Parties' plans for council tax")
    assert _speakers(part)["it would aim for a £"][0] is None
