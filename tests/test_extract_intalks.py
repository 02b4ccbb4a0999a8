"""The talks a copula's subject is in (kg.extract.intalks): lead sentences of BBC
articles (index 200 and up)."""

from __future__ import annotations

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


def _talks(nlp, sentence: str):
    found = [event for event in _events(nlp, sentence) if event.lemma == "talks"]
    assert len(found) == 1, [(event.lemma, event_roles(event)) for event in _events(nlp, sentence)]
    return found[0]


def test_in_talks_with_someone_about_something_is_a_meeting(nlp):
    event = _talks(nlp, "Trouble-hit Mitsubishi Motors is in talks with French carmaker PSA Peugeot Citroen "
                        "about a possible alliance.")
    assert event.event_class == "meeting" and event.factuality.value == "asserted"
    assert event_roles(event) == {"agent": ["Trouble-hit Mitsubishi Motors"],
                                  "theme": ["French carmaker PSA Peugeot Citroen"], "topic": ["a possible alliance"]}


def test_in_talks_according_to_a_paper_is_reported_not_scheduled(nlp):
    # "Friday the 13th" is no day of the talks: the sentence is the paper's report, no plan.
    event = _talks(nlp, "Director Quentin Tarantino is in talks to write and direct a new instalment in the Friday "
                        "the 13th horror franchise, according to the Hollywood Reporter.")
    assert event.factuality.value == "reported"
    assert event_roles(event) == {"agent": ["Director Quentin Tarantino"]}


def test_interest_in_talks_is_no_one_in_talks(nlp):
    assert not [event for event in _events(nlp, "There is little interest in talks with the rebels.")
                if event.lemma == "talks"]


def test_in_talks_with_a_club_the_parse_reads_as_a_place_not_for_how_long(nlp):
    # "with Southampton": the other side, whatever NER made of it; "for some time" is no role.
    event = _talks(nlp, 'Portsmouth chairman Milan Mandaric said he was "disappointed" by the news and claimed Redknapp '
                        'had been in talks with Southampton for "some time".')
    assert event_roles(event) == {"agent": ["Redknapp"], "theme": ["Southampton"]}
