"""A subject whose possessor is a name keeps its event though no entity stands for the
subject ("Theo van Gogh's controversial film has been pulled": kg.resolve.namedowners);
not a possessor that is no name, nor a subject a participle describes."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# An opening sentence first: the lead's own description keeps its event (kg.resolve.lead).
_OPENING = "Officials in Rotterdam spoke on Monday. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    text = _OPENING + text
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participant"),
    [
        # BBC entertainment: the film is pulled, not van Gogh; the film's title after its head
        ("Murdered director Theo van Gogh's controversial film Submission has been pulled from the Rotterdam Film "
         "Festival because of security fears.", "pull", ("patient", "Murdered director Theo van Gogh's controversial film")),
        ('Actor Leonardo DiCaprio\'s "exceptional career" has been honoured at the Santa Barbara International Film '
         "Festival.", "honour", ("patient", 'Actor Leonardo DiCaprio\'s "exceptional career"')),
        ("Madonna's world tour has been pulled from the Glastonbury festival.", "pull",
         ("patient", "Madonna's world tour")),
    ],
)
def test_a_subject_a_name_owns_keeps_its_event(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The singer's world tour has been pulled from the Reading festival.", "pull"),  # no name owns it
        # a participle between: the tour is described, the subject of "pull" is cut off by commas
        ("Madonna's world tour, planned for May, has been pulled from the festival.", "plan"),
        # an infinitive on the noun (BBC politics): the job does not destroy
        ("So is UKIP's job to destroy the Tories?", "destroy"),
        # what a name's thing may do (BBC business): a rule, no story
        ("South Korea's stock exchange can delist any firm if its debt exceeds its assets.", "delist"),
    ],
)
def test_no_named_owner_keeps_no_event(nlp, text, lemma):
    assert lemma not in _events(nlp, text)
