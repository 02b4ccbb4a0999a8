"""A speaker "it" may be the firm its quotation names, when that firm is the subject of
the nearest active clause before it (``kg.resolve.selfnamed``), on the shared pipeline;
shortened from unseen articles."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_a_firm_naming_itself_in_its_quotation_is_its_it(nlp):
    # bbc/business/454: not TCI, the possessor in the clause it reports
    part = resolved_part(nlp, "TCI has called for Deutsche Boerse to hold an emergency general meeting. "
                         "Deutsche Boerse said TCI's opposition would not change its bid approach. "
                         '"Deutsche Boerse is convinced that its planned acquisition of the London Stock Exchange '
                         'is in the best interests of its shareholders," it said.')
    assert _speakers(part)["Deutsche Boerse is c"] == "Deutsche Boerse"


def test_the_company_named_in_the_quotation_is_its_it(nlp):
    # bbc/tech/308: not the product named two sentences before
    part = resolved_part(nlp, "Windows Genuine Advantage was first introduced as a pilot scheme in September 2004. "
                         "Microsoft's Windows operating system is heavily exploited by virus writers. "
                         "The company is trying to tackle security threats. "
                         "Software piracy has cost the company billions, it says.")
    assert _speakers(part)["Software piracy has "] == "Microsoft"


def test_a_firm_that_was_a_passive_subject_is_still_no_it_naming_it(nlp):
    part = resolved_part(nlp, "The European Commission opened an inquiry in March. Microsoft was fined by regulators on Monday. "
                         '"Microsoft has failed to share information with its rivals," it said.')
    assert _speakers(part)["Microsoft has failed"] != "Microsoft"


def test_a_firm_named_in_the_quotation_but_not_the_nearest_subject_is_no_it(nlp):
    part = resolved_part(nlp, "Shell has bought a stake in the pipeline. The government of Nigeria welcomed the move. "
                         '"Shell will bring jobs to the delta," it said.')
    assert _speakers(part)["Shell will bring job"] != "Shell"


def test_a_person_naming_himself_is_still_no_he(nlp):
    part = resolved_part(nlp, "Gordon Brown met business leaders on Monday. Mr Blair spoke to reporters later. "
                         '"Mr Blair will stay in office," he said.')
    assert _speakers(part)["Mr Blair will stay i"] != "Tony Blair"
