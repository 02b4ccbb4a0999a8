"""An office written alone goes to the company named in its sentence or just before it,
before the article's lead company (``kg.resolve.nearcompany``), on the shared pipeline."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

# bbc/business/252, paraphrased: an article about BT that quotes its rivals.
_TITLE = "BT offers equal access to rivals"
_LEAD = ("Telecoms firm BT has pledged to give rivals equal access to its network in a bid to avoid being split up. "
         "BT shares rose 2% on the news.\n\n")


def _positions(part: DocumentGraph) -> dict[tuple[str, str], str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[p.person], p.role): labels.get(p.organisation) if p.organisation else None
            for p in part.positions}


def test_the_company_named_just_before_the_office_holds_it(nlp):
    part = resolved_part(
        nlp,
        _LEAD + "Internet firm Pipex also backed the proposals. "
        '"BT has been challenged to play fair," chief executive Lee Strafford said.',
        title=_TITLE, date="2005-06-24")
    assert _positions(part)[("Lee Strafford", "chief executive")] == "Pipex"


def test_a_body_not_shown_a_company_leaves_the_office_without_organisation(nlp):
    part = resolved_part(
        nlp,
        _LEAD + "The regulator Ofcom welcomed the proposals. "
        '"BT has been challenged to play fair," chief executive Lee Strafford said.',
        title=_TITLE, date="2005-06-24")
    assert _positions(part).get(("Lee Strafford", "chief executive")) is None  # no position at all: kg.resolve.boundposts


def test_the_lead_company_named_just_before_keeps_the_office(nlp):
    # bbc/business/202, paraphrased: the lead company beside two others in the sentence before.
    part = resolved_part(
        nlp,
        "Shares in US phone firm MCI have fallen after it rejected a higher offer.\n\n"
        "MCI's directors have argued that Verizon is bigger than Qwest. "
        "Chief executive Michael Capellas spent last week meeting shareholders.",
        title="MCI shareholder sues to stop bid", date="2005-03-01")
    assert _positions(part)[("Michael Capellas", "Chief executive")] == "MCI"


def test_a_name_only_quoted_or_a_modifier_is_no_company_of_the_office(nlp):
    # bbc/tech/260, paraphrased: a modifier in the office's sentence, a firm named only in a quotation.
    part = resolved_part(
        nlp,
        "Computer firm Apple has unveiled a new, low-cost Macintosh computer for the masses.\n\n"
        'Analysts said "Dell will be worried." '
        "Chief executive Steve Jobs showed off the machine at his annual MacWorld speech.",
        title="Apple unveils low-cost Mac", date="2005-01-11")
    assert _positions(part)[("Steve Jobs", "Chief executive")] == "Apple"


def test_a_list_of_other_firms_before_the_office_leaves_it_the_lead_companys(nlp):
    # A comparison: two rivals listed, neither the office holder's firm.
    part = resolved_part(
        nlp,
        _LEAD + "Recently, Pipex and Tiscali both cut their broadband prices. "
        "Chief executive Ben Verwaayen said the plans were good for customers.",
        title=_TITLE, date="2005-06-24")
    assert _positions(part)[("Ben Verwaayen", "Chief executive")] == "BT"
