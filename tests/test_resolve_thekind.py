""""the bank", "the company" a paragraph after its company is named stand for the last
company of that kind named, when no other that may be a company is named since
(``kg.resolve.thekind``; model tests, on the session pipeline)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

ABN = (
    "ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs as a result of falling profits.\n\n"
    "The cuts - amounting to 3% of the bank's workforce - will result in a one-off charge of 790m euros ($1.1bn). "
    "ABN Amro is the third large European bank to announce cutbacks in the past month following Deutsche Bank "
    "and Credit Suisse Group.\n\n"
    "{again}"
    "The restructuring is designed to improve efficiency by reducing administrative costs and increasing focus "
    "on client service. The bank said it was on course for a 10% rise in net income this year but operating "
    "profits are set to fall because of a fall in US revenues."
)
AGAIN = (
    "ABN Amro's operations in the Netherlands and the United Kingdom will be hardest hit. Jobs will also be lost "
    "in the US - which accounted for 46% of profit in the first half of 2004 - and across its operations in the "
    "Americas and Asia-Pacific regions.\n\n"
)
RETAILERS = (
    "US retailers posted mixed results for December - with luxury retailers faring well while many others were "
    "forced to slash prices to lift sales.\n\n"
    "Upscale department store Nordstrom said same store sales were 9.3% higher than during the same period last "
    "year. But Wal-Mart only saw its sales rise after it cut prices. The company saw a 3% rise in December "
    "sales, less than the 4.3% rise seen a year earlier.\n\n"
    "Customers at the world's biggest retailer are generally seen to be the most vulnerable to America's "
    "economic woes."
)
HALIFAX = (
    "UK house prices increased by 1.1% in December, the first monthly rise since September, the Halifax has said.\n\n"
    "On Tuesday, figures from the Bank of England showed that the number of mortgages approved in the UK has "
    "fallen to the lowest level for nearly a decade. New loans in November fell to 77,000, from 85,000 in October, "
    "the Bank of England said. Capital Economics branded Halifax's findings a \"temporary surprise.\"\n\n"
    "Despite recording a price rise in December, the Halifax survey concluded that there was \"continuing signs of "
    "a genuine slowdown in the housing market.\" Martin Ellis, Halifax chief economist, said that there was no "
    "need to revise the bank's prediction, made last month, that prices would fall by 2% in 2005. Experts believe "
    "five interest rate rises since November 2003 are cutting borrowers' appetite for debt.\n\n"
    "The bank said that the recent pattern of house prices rising the fastest in the north of England continued "
    "in December. Overall, Halifax said prices in the final quarter of 2004 were 0.1% higher than in the previous "
    "quarter. This was the smallest quarterly rise since the second quarter of 2000, the bank said."
)
KFB = (
    "UK-based bank Standard Chartered said it would spend $3.3bn (£1.8bn) to buy one of South Korea's main "
    "retail banks.\n\n"
    "Standard Chartered said acquiring Korea First Bank fulfilled a strategic objective of building a bigger "
    "presence in Asia's third largest economy. Its shares fell nearly 3% in London as the bank raised funds "
    "for the deal by selling new stocks worth £1bn ($1.8bn)."
)


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, title=None, date="2005-01-13")


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def _agents(part: DocumentGraph, lemma: str) -> list[str]:
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels[p.entity] for e in part.events if e.lemma == lemma for p in e.participants if p.role == "agent"]


def test_the_bank_is_the_bank_named_last_with_no_other_since(nlp):
    # The article calls ABN Amro "the bank" before; Deutsche Bank was named before its last mention.
    assert _speakers(_part(nlp, ABN.format(again=AGAIN)))["The bank"] == "ABN Amro"


def test_the_bank_after_another_bank_named_with_it_stays_unresolved(nlp):
    # Deutsche Bank is the last bank named, ABN Amro beside it: either may be meant.
    assert _speakers(_part(nlp, ABN.format(again="")))["The bank"] is None
    # The buyer and the bank it buys, named in one sentence: "the bank" may be either.
    part = _part(nlp, KFB)
    assert "Korea First Bank" not in _agents(part, "raise")


def test_the_bank_is_the_one_the_article_calls_a_bank_not_the_bank_named_before(nlp):
    # Halifax is "the bank" in the last sentence; the Bank of England was named paragraphs before.
    assert _speakers(_part(nlp, HALIFAX))["The bank"] == "Halifax"


def test_the_company_is_the_company_named_last(nlp):
    # Nordstrom was named a sentence before Wal-Mart, none since; "the world's biggest retailer" makes Wal-Mart a company.
    # "The company saw a 3% rise in December sales": Wal-Mart's, not dropped for want of an agent.
    assert _agents(_part(nlp, RETAILERS), "see") == ["Wal-Mart"]


RADIO2 = (
    "George Michael is to perform live at London's Abbey Road studios as part of a BBC Radio 2 special next "
    "month.\n\n"
    "Michael's appearance is part of the station's Sold on Song initiative. The station also confirmed that "
    "Chris Tarrant will be hosting a one-off New Year's Eve programme. He left London's Capital FM this year "
    "after 17 years. \"I'm definitely looking forward to being on Radio 2,\" Tarrant said. Other Christmas "
    "specials from Radio 2 include singer Jamelia hosting a Christmas Day concert, while singer Jamie Cullum "
    "will perform a live concert for the station."
)


def test_the_station_is_the_radio_station_named_last(nlp):
    """entertainment/227, shortened: "the station" is BBC Radio 2, named as a radio station;
    never Capital FM, the station Tarrant left, named before "for the station" but not last."""
    part = _part(nlp, RADIO2)
    assert _speakers(part)["The station"] == "BBC Radio 2"
    labels = {entity.key: entity.label for entity in part.entities}
    beneficiaries = [labels.get(p.entity) for e in part.events if e.lemma == "perform" for p in e.participants
                     if p.role == "beneficiary"]
    assert "Capital FM" not in beneficiaries
