"""A bare "the report" speaks for the one body the article's earlier reports are by
(``kg.resolve.reportmakers``), on the shared pipeline; paraphrased from unseen articles."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _speakers(part: DocumentGraph) -> dict[str, tuple[str | None, str]]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: (labels.get(quote.speaker) if quote.speaker else None, quote.speaker_text)
            for quote in part.quotes}


def test_the_report_after_a_report_by_a_named_body_speaks_for_it(nlp):
    # bbc/tech/242
    part = resolved_part(nlp, "The number of computers is expected to double by 2010, according to a report by analysts "
                         "Forrester Research. Growth will come from China and India. Simon Yates said Western firms "
                         "would lose ground. The report forecast that there will be 80 million new users in India.")
    assert _speakers(part)["there will be 80 mil"] == ("Forrester Research", "The report")


def test_the_report_after_in_its_report_speaks_for_the_clauses_subject(nlp):
    # bbc/business/463
    part = resolved_part(nlp, "Most areas of the US saw growth in December, the US Federal Reserve said in its latest "
                         "Beige Book report. The report added that housing activity remained strong in most districts.")
    assert _speakers(part)["housing activity rem"] == ("US Federal Reserve", "The report")


def test_the_report_after_in_a_new_report_opening_the_sentence(nlp):
    # bbc/politics/298
    part = resolved_part(nlp, "In a new report, the Electoral Commission says a cap on donations is worth debating. "
                         "Rules have changed but the report says there are still public suspicions.")
    assert _speakers(part)["there are still publ"][0] == "Electoral Commission"


def test_no_maker_when_an_earlier_report_names_none(nlp):
    # bbc/business/484: "a report suggests" first; the Datamonitor report only named later
    part = resolved_part(nlp, "British children enjoy the highest income in Europe, a report suggests. Children aged "
                         "10 to 17 had an income of 775 pounds, said market analyst Datamonitor. They use pester power "
                         "to get money from their parents, the report said.")
    assert _speakers(part)["They use pester powe"][0] is None


def test_no_maker_when_the_report_is_only_made_in_a_passive(nlp):
    # bbc/entertainment/202: "The call was made in a report into the BBC's service" is no BBC report
    part = resolved_part(nlp, "The Public Accounts Committee called for more scrutiny of the BBC. The call was made in a "
                         "report into the BBC's Freeview digital service. The report said the Freeview service has had "
                         "an impressive take up.")
    assert _speakers(part)["the Freeview service"][0] is None


def test_no_maker_when_two_bodies_made_reports(nlp):
    part = resolved_part(nlp, "The World Bank report was published on Monday. A report from the International "
                         "Monetary Fund came out on Tuesday. The report said exports would fall.")
    assert _speakers(part)["exports would fall"][0] is None


def test_the_report_after_a_bodys_report_named_before_the_noun(nlp):
    part = resolved_part(nlp, "The World Bank report was published on Monday. The report said exports would fall.")
    assert _speakers(part)["exports would fall"] == ("World Bank", "The report")


def test_no_maker_for_a_persons_report(nlp):
    part = resolved_part(nlp, "Lord Hutton's report was published on Monday by the BBC. The report said exports would fall.")
    assert _speakers(part)["exports would fall"][0] is None


def test_the_report_after_research_from_a_named_body_when_no_report_came_before(nlp):
    # bbc/tech/338
    part = resolved_part(nlp, "Mobile phones are still selling well, according to research from technology analysts "
                         "Gartner. More than 674 million mobiles were sold last year, said the report.")
    assert _speakers(part)["More than 674 millio"][0] == "Gartner"


def test_no_maker_when_the_article_speaks_of_two_reports(nlp):
    # bbc/tech/322: "say two reports", then Gartner's study
    part = resolved_part(nlp, "Mobiles are not yet ready to replace media players, say two reports. A separate study by "
                         "Gartner has also said TV broadcasts to mobiles are unlikely. Technical issues must be resolved "
                         "first, said the report.")
    assert _speakers(part)["Technical issues mus"][0] is None


def test_the_statement_after_a_statement_from_a_named_body(nlp):
    # bbc/tech/214
    part = resolved_part(nlp, "In a statement from Lycos Europe announcing the end of the scheme, the company denied that "
                         "this was its fault. The statement also said that the database it used left the sites with spare "
                         "capacity.")
    assert _speakers(part)["the database it used"][0] == "Lycos Europe"


def test_the_statement_after_in_a_statement_its_subject_said(nlp):
    part = resolved_part(nlp, "In a statement, Danny Kruger said his remark had been taken out of context. "
                         '"He will not contest the election," said the statement.')
    assert _speakers(part)["He will not contest "][0] == "Danny Kruger"


def test_no_maker_for_the_statement_after_one_of_no_maker(nlp):
    # bbc/sport/432: the spokesperson's statement
    part = resolved_part(nlp, "An All England club spokesperson denied Tim Phillips made the remark, issuing a statement "
                         'on Monday. The statement added: "It was a humorous aside at the end of a radio interview."')
    assert _speakers(part)["It was a humorous as"][0] is None
