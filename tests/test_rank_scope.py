"""A country's possessive before a superlative scopes a ranking and gives the firm no
nationality to match: "The UK's biggest mortgage lender said" is the one lender named
just before it, unless two firms fit or the article gives the one near another
nationality (kg.resolve.rankscope, kg.resolve.misnamed). Sentences paraphrased from
BBC business/405 and business/415."""

from __future__ import annotations

from kg.resolve.rankscope import ranked_in
from tests.extract_helpers import said_by


def test_the_uks_biggest_lender_is_the_lender_named_before(nlp):
    text = ("UK house prices rose by 1.1% in December, the first monthly rise since September, the Halifax has said. "
            "The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004.")
    assert said_by(nlp, text).get("prices rose") == "Halifax"


def test_two_lenders_near_leave_the_ranking_unresolved(nlp):
    text = ("The Halifax and the Nationwide both said on Monday that house prices rose in December. "
            "The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004.")
    said = said_by(nlp, text)
    assert "prices rose" in said and said["prices rose"] not in ("Halifax", "Nationwide")


def test_a_firm_of_another_nationality_is_not_the_uks_biggest(nlp):
    text = ("French retailer Carrefour reported a rise in sales over the Christmas period on Monday. "
            "The UK's biggest retailer said its own sales had fallen.")
    said = said_by(nlp, text)
    assert "its own" in said and said["its own"] != "Carrefour"


def test_a_nationality_word_without_a_ranking_still_needs_the_nationality(nlp):
    text = ("Halifax reported a rise in house prices in December on Monday. "
            "The Irish mortgage lender said prices had fallen in Dublin.")
    said = said_by(nlp, text)
    assert "prices had" in said and said["prices had"] != "Halifax"


def test_ranked_in_reads_a_countrys_possessive_before_a_superlative():
    assert ranked_in("The UK's biggest mortgage lender") == "GB"
    assert ranked_in("Japan's second-largest carmaker") == "JP"
    assert ranked_in("The French spirits firm") is None
    assert ranked_in("Tesco's biggest rival") is None
    assert ranked_in("the country's biggest bank") is None
