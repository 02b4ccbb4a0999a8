"""A definite description that goes on from one of its kind left unresolved stays
unresolved too (``kg.resolve.leftopen``), on the shared pipeline."""

from __future__ import annotations

from tests.extract_helpers import agent_labels, resolved_part

# bbc/business/325, paraphrased: two firms in the lead, "the group" left open, then "the company".
_DEAL = ("Irish publishing group Independent News & Media is buying a 26% stake in Indian newspaper company Jagran.\n\n"
         "Jagran publishes India's top-selling daily newspaper, which has been in circulation for 62 years. "
         "News of the deal came as the group announced that its results would meet forecasts. ")


def test_the_company_after_an_open_group_is_not_the_firm_left_in_reach(nlp):
    part = resolved_part(nlp, _DEAL + "The company reported strong revenue growth across all its markets.",
                         title="Indy buys into India paper", date="2005-01-13")
    assert "Jagran" not in agent_labels(part, "report")


def test_a_possessive_left_open_leaves_the_next_description_linked(nlp):
    # bbc/business/405, paraphrased: "the bank's prediction" is no clause's subject.
    part = resolved_part(
        nlp,
        "House prices rose 0.4% in December, according to the Halifax, the UK's biggest mortgage lender.\n\n"
        "Martin Ellis, Halifax chief economist, said there was no need to revise the bank's prediction. "
        "The bank recorded a sharp fall in sales in the north.",
        title="House prices rebound says Halifax", date="2005-01-07")
    assert "Halifax" in agent_labels(part, "record")


def test_a_description_linked_by_a_later_rule_leaves_nothing_open(nlp):
    # bbc/business/406, paraphrased: "The company" is linked, so the one after it is not left open.
    part = resolved_part(
        nlp,
        "Wal-Mart only saw its sales rise after it cut prices. The company saw a 3% rise in December sales. "
        "The company hired 10,000 staff in December.",
        title="Mixed Christmas for Wal-Mart", date="2005-01-07")
    assert "Wal-Mart" in agent_labels(part, "hire")
