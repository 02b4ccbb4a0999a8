"""A time after "into" is how long a thing goes on, as after "until", no place it went
(event_roles.tsv): "carried on into Sunday" -> time Sunday, not destination Sunday. Real
sentences (BBC business/502, politics/358, tech/221, entertainment/255)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    return {event.lemma: event_roles(event) for event in _events(nlp, sentence)}[lemma]


@pytest.mark.parametrize(("sentence", "lemma", "time"), [
    ("According to local press reports, trouble flared up again on Saturday and carried on into Sunday.", "carry on",
     "Sunday"),
    ("The wrangling could stretch into 2005, even 2006.", "stretch", "2005"),
    ("The 9 November traffic explosion has continued into December, said Sandvine.", "continue", "December"),
])
def test_into_a_time_is_a_time(nlp, sentence, lemma, time):
    roles = _roles(nlp, sentence, lemma)
    assert time in roles.get("time", []) and "destination" not in roles, roles


def test_into_a_place_stays_a_destination(nlp):
    sentence = ("Kasabian moved into a remote farmhouse in Rutland to record their debut album, benefiting from its "
                "isolation but also managing to sneak in a few parties while they were there.")
    assert _roles(nlp, sentence, "move").get("destination") == ["a remote farmhouse"]
