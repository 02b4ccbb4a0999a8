"""A company's office written with no organisation is the office of the company the
article is about (``kg.resolve.companyoffices``), on the shared pipeline."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

# bbc/business/307, shortened: the company in the headline and the lead.
_TITLE = "Cairn shares slump on oil setback"
_LEAD = ("Shares in Cairn Energy, a UK oil firm, have closed down 18% after a disappointing drilling update. "
         "Cairn's shares have jumped by almost 400% this year. Investors had piled into Cairn after the company "
         "announced significant oil finds in India.\n\n")


def _positions(part: DocumentGraph) -> dict[tuple[str, str], str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[p.person], p.role): labels.get(p.organisation) if p.organisation else None
            for p in part.positions}


def test_an_office_alone_is_the_lead_companys(nlp):
    part = resolved_part(
        nlp,
        _LEAD + "Chief executive Bill Gammell said on Friday he was disappointed with exploration in Rajasthan. "
        "Chairman John Smith added that the results were good.",
        title=_TITLE, date="2005-03-01")
    positions = _positions(part)
    assert positions[("Bill Gammell", "Chief executive")] == "Cairn Energy"
    assert positions[("John Smith", "Chairman")] == "Cairn Energy"


def test_an_analyst_or_a_director_stays_without_organisation(nlp):
    part = resolved_part(
        nlp,
        _LEAD + "Analyst Mark Jones said the figures were weak. Director Ken Loach praised the find.",
        title=_TITLE, date="2005-03-01")
    positions = _positions(part)
    assert positions[("Mark Jones", "Analyst")] is None
    assert positions[("Ken Loach", "Director")] is None


def test_no_lead_company_no_organisation(nlp):
    # The lead names two firms: whose chief executive is not said (and a chief executive of no
    # one is no position at all: kg.resolve.boundposts).
    part = resolved_part(
        nlp,
        "Cable firms NTL and Telewest have both launched video-on-demand services.\n\n"
        "Chief executive Simon Duffy said the service would be cheap.",
        title="NTL and Telewest offer video-on-demand", date="2005-03-01")
    assert _positions(part).get(("Simon Duffy", "Chief executive")) is None


def test_an_office_the_article_places_elsewhere_is_left_alone(nlp):
    part = resolved_part(
        nlp,
        _LEAD + "Bob Ward, chairman of Tesco, said oil stocks sold well. Chairman Bob Ward added that sales were good.",
        title=_TITLE, date="2005-03-01")
    positions = _positions(part)
    assert positions[("Bob Ward", "chairman")] == "Tesco"
    assert positions.get(("Bob Ward", "Chairman")) != "Cairn Energy"
