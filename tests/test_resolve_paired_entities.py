"""A "they" in what a coordination of speakers said is every one of them when each is an
entity, else no one (``kg.resolve.pairedspeakers.paired_entities``, read by
``kg.resolve.events``; ``kg.resolve.pronouns`` no longer gives it to the first speaker alone),
on the shared pipeline. Sentences paraphrased from tech/347, politics/340 and sport/316."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> dict[str, dict[str, set[str]]]:
    document = Document(id="t", text=text, date="2005-02-01")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in part.entities}
    found: dict[str, dict[str, set[str]]] = {}
    for event in part.events:
        roles = found.setdefault(event.lemma, {})
        for participant in event.participants:
            name = labels.get(participant.entity, participant.text) if participant.entity else participant.text
            roles.setdefault(participant.role, set()).add(name)
    return found


def test_two_firms_that_announce_act_together(nlp):
    events = _events(nlp, "Apple and Motorola announced they were getting together at the end of last year.")
    assert events["get together"]["agent"] == {"Apple", "Motorola"}


def test_two_parties_that_say_they_plan(nlp):
    events = _events(nlp, "Both Labour and the Conservatives have said they also plan to boost pensions.")
    assert events["boost"]["agent"] == {"Labour Party", "Conservative Party"}


def test_a_speaker_beside_a_description_is_not_they(nlp):
    # "their rivals" is no entity: "they" is not the Ospreys alone
    events = _events(nlp, "The Ospreys and their rivals say they are happy to support the Wales cause.")
    assert "Ospreys" not in events.get("support", {}).get("agent", set())


def test_a_person_beside_a_description_is_not_they(nlp):
    events = _events(nlp, "Mr Howard and his deputy have said they would welcome a debate on the issue.")
    assert "Howard" not in events.get("welcome", {}).get("agent", set())
