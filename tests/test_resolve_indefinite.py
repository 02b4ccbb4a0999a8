"""A description with an indefinite article after a determiner-like word ("reported that a
group", "the deal with a firm") is no definite description: it refers back to no organisation
named before it (``kg.resolve.coref``'s ``_nearest``), on the shared pipeline."""

from __future__ import annotations

from tests.extract_helpers import participant_events, role_labels

# bbc/business/339, paraphrased.
_REPORT = "On Tuesday, Agence France Presse reported that a group led by Siemens won the contract to build an airport near Bangalore."


def test_a_group_after_that_is_no_organisation_named_before(nlp):
    events = participant_events(nlp, _REPORT)
    assert "win(Agence France Presse)" not in events
    assert "lead(Agence France Presse,Siemens)" not in events
    assert "lead(Siemens)" in events  # the group led by Siemens: a literal


def test_a_definite_group_still_refers_back(nlp):
    # The definite description after the news agency's report is the one organisation named before.
    roles = role_labels(nlp, "On Tuesday, Agence France Presse reported strong growth in sales. The group said it would hire staff.", "hire")
    assert ("agent", "Agence France Presse") in roles
