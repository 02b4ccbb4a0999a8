"""A "he" inside a quotation is not the person who speaks it (kg.resolve.selfquoted;
real sentences, on the session pipeline)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

# politics/281: the UKIP leader speaks of Kilroy-Silk, not of himself.
_KNAPMAN = (
    "Ex-chat show host Robert Kilroy-Silk has quit the UK Independence Party and accused it of betraying its "
    "supporters.\n\nUKIP leader Roger Knapman said he would \"break open the champagne\", adding: \"It was nice "
    "knowing him, now 'goodbye'.\" However, he did say the ex-chat show host had been \"quite useful initially\". "
    '"He has remarkable ability to influence people but, sadly, after the (European) election it became clear that '
    "he was more interested in the Robert Kilroy-Silk Party than the UK Independence Party so it was nice knowing "
    "him, now 'goodbye',\" Mr Knapman told BBC Radio 4's Today programme."
)


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2005-01-21")


def _subjects(part: DocumentGraph) -> set[str]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels[relation.subject] for relation in part.relations if "interested" in relation.key}


def test_a_quoted_he_is_not_its_speaker(nlp):
    assert "Roger Knapman" not in _subjects(_part(nlp, _KNAPMAN))
