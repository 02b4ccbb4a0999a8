"""A transaction verb with its doer and nothing traded is not kept (kg.resolve.untraded);
one with a theme or a figure stays, and so do a flotation, a merger of two named doers and
the lead sentence's deal."""

from __future__ import annotations

from collections import Counter

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# A lead sentence before the sentence tested: the lead's own deal is always kept.
_LEAD = "Cyberspace is becoming a very popular destination for shoppers. "


def _lemmas(nlp, text: str) -> Counter[str]:
    text = _LEAD + text
    document = Document(id="t", text=text, date="2005-01-13")
    return Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)


def test_a_sale_of_a_thing_the_relative_names_is_dropped(nlp):
    # tech/215, paraphrased: what is sold is the relative's noun, no argument of the verb
    text = ("Many shoppers are turning to eBay to find the slimline PlayStation 2, which many "
            "retailers are only selling as part of an expensive bundle.")
    assert _lemmas(nlp, text)["sell"] == 0


def test_funding_of_what_the_relative_names_is_dropped(nlp):
    # tech/235, paraphrased
    text = ("The plan brings together the work of many research projects that the European "
            "Commission has been funding for a number of years.")
    assert _lemmas(nlp, text)["fund"] == 0


def test_a_purchase_with_its_theme_stays(nlp):
    # business/3xx: what was bought is the theme
    text = "Diageo has agreed to buy Californian wine company Chalone for $260m in an all-cash deal."
    assert _lemmas(nlp, text)["buy"] == 1


def test_a_payment_with_its_sum_stays(nlp):
    # business/2xx, paraphrased: what is paid is the theme
    text = "Shareholders say Verizon is set to pay an inadequate sum for MCI."
    assert _lemmas(nlp, text)["pay"] == 1


def test_a_flotation_is_whole_with_its_doer(nlp):
    # business/2xx, paraphrased: floating needs no theme
    text = "Fashion chain Laura Ashley floated in 1995, and is now majority-owned by Khoo Kay Peng."
    assert _lemmas(nlp, text)["float"] == 1


def test_a_merger_of_two_named_doers_stays(nlp):
    # business/2xx, paraphrased: each bank is the other's partner
    text = "Nigerian lenders United Bank and Standard Trust Bank are to merge."
    assert _lemmas(nlp, text)["merge"] == 1


def test_a_merger_of_a_joined_name_stays(nlp):
    # business/2xx: the parse gives the two banks as one agent
    text = "United Bank of Africa and Standard Trust Bank will merge to create the biggest bank in West Africa."
    assert _lemmas(nlp, text)["merge"] == 1


def test_a_merger_of_one_doer_is_dropped(nlp):
    # business/426, paraphrased: whom with is lost
    text = "Yuganskneftegas passed into the hands of Rosneft, itself shortly to merge with Gazprom."
    assert _lemmas(nlp, text)["merge"] == 0


def test_the_leads_deal_stays_stripped(nlp):
    # business/373, paraphrased: the thing bought is an unresolved "it", but the lead is the news
    text = ("Shares of Skis Rossignol have jumped 15% on speculation that it will be bought by "
            "US surfwear firm Quiksilver.")
    document = Document(id="t", text=text, date="2005-01-13")
    lemmas = Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)
    assert lemmas["buy"] == 1
    assert _lemmas(nlp, text)["buy"] == 0
