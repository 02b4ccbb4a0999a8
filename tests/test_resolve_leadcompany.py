"""The company an article's headline and first sentence name is "the company" no nearer
name takes up (``kg.resolve.leadcompany``); two such organisations, or none, leave it
unresolved (model tests, on the session pipeline)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

APPLE = (
    "Computer firm Apple has issued a lawsuit to prevent online leaks of information about future products.\n\n"
    "The lawsuit was filed with the Santa Clara California Superior Court. Apple is famously secretive about its "
    "future product launches while Apple users are equally famous for speculating about new technology from the "
    "company. Fans have speculated in recent weeks about the possibility of a new type of iPod being announced at "
    "the MacWorld conference.\n\n"
    "Apple said in the seven-page complaint, filed on 13 December, that it did not know the names of the "
    "defendants. The company said it would amend the complaint once they had discovered the names of those who "
    "had allegedly leaked information."
)
YUKOS = (
    "Russian oil company Yukos has dropped the threat of legal action against five banks it had accused of "
    "involvement in the sale of its key Yugansk unit.\n\n"
    "Yukos says the sale was illegal and is pursuing damages in a US court. However, Yukos still has an "
    "outstanding complaint against Deutsche Bank, which it alleges to be the leader of a consortium that was "
    "behind a bid for Yugansk by state gas monopoly Gazprom. The company has also accused Gazprom, the Russian "
    "Federation and two other Russian firms."
)
ABSA = (
    "South Africa biggest retail bank Absa has said it is still in talks with UK bank Barclays over the sale of "
    "majority stake in the group.\n\n"
    "In November, Absa said it was close to striking a deal with Barclays. But the group said Barclays is still "
    "waiting for the approval of South Africa's banking and competition authorities to make a formal offer."
)


def _part(nlp, text: str, title: str | None) -> DocumentGraph:
    return resolved_part(nlp, text, title=title, date="2005-01-13")


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_the_company_is_the_one_the_headline_and_lead_name(nlp):
    # iPod and the court named near "The company" left it to no one.
    assert _speakers(_part(nlp, APPLE, "Apple sues to stop product leaks"))["The company"] == "Apple"
    assert _speakers(_part(nlp, YUKOS, "Yukos drops banks from court bid"))["The company"] == "Yukos"


def test_without_a_headline_naming_it_the_company_is_left_to_the_last_company_named(nlp):
    # No lead company here; "Computer firm Apple ... Apple said ... The company said", no other company named
    # since: kg.resolve.thekind gives it Apple all the same.
    assert _speakers(_part(nlp, APPLE, None))["The company"] == "Apple"
    assert _speakers(_part(nlp, APPLE, "Firm sues to stop product leaks"))["The company"] == "Apple"


def test_two_organisations_in_headline_and_lead_leave_the_group_to_no_one(nlp):
    assert _speakers(_part(nlp, ABSA, "Absa and Barclays talks continue"))["the group"] is None


JARVIS = (
    "Shares in engineering group Jarvis have soared more than 16% on news that it is offloading its stake in "
    "London underground consortium Tube Lines.\n\n"
    "The sale of the 33% stake to Spain's Ferrovial for £146m is a lifeline to Jarvis, which was weighed down by "
    "debts of more than £230m. The company recently warned it could go under if it did not secure a refinancing "
    "deal by mid-January 2005."
)


def test_of_two_in_the_headline_the_one_opening_it_is_the_company(nlp):
    # business/341: "Tube" names Tube Lines too; the headline's subject is Jarvis.
    assert _speakers(_part(nlp, JARVIS, "Jarvis sells Tube stake to Spain"))["The company"] == "Jarvis"


# business/341 with its second paragraph shortened: no sentence before "The company" names a firm.
JARVIS_SHORT = (
    "Shares in engineering group Jarvis have soared more than 16% on news that it is offloading its stake in "
    "London underground consortium Tube Lines.\n\n"
    "The sale is a lifeline. The company recently warned it could go under if it did not secure a refinancing "
    "deal by mid-January 2005."
)


def test_of_two_in_the_headline_none_opening_it_leaves_the_company_to_no_one(nlp):
    assert _speakers(_part(nlp, JARVIS_SHORT, "Spain buys Jarvis and Tube stake"))["The company"] is None
    assert _speakers(_part(nlp, JARVIS_SHORT, "Jarvis sells Tube stake to Spain"))["The company"] == "Jarvis"


def test_a_nearer_name_takes_the_company_up_first(nlp):
    # business/341 whole: "... a lifeline to Jarvis, which was weighed down by debts of more than £230m. The
    # company recently warned": Jarvis, the sentence before's (its "£230m." ends that sentence: kg.nlp.unitstops).
    assert _speakers(_part(nlp, JARVIS, "Spain buys Jarvis and Tube stake"))["The company"] == "Jarvis"
