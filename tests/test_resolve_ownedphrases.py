"""kg.resolve.ownedphrases: a subject a name owns, its own phrase on a preposition between it and its
verb, keeps its event (kg.resolve.namedowners). Sentences from BBC business 212 and sport articles
past the judged ones, paraphrased."""

import pytest

import kg
from kg.resolve.ownedphrases import phrase_gap

_OPENING = "Shares in the carmaker fell on Tuesday. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = kg.build_text(text, nlp=nlp)
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events()}


def test_an_owned_subject_with_its_phrase_keeps_its_event(nlp):
    found = _events(nlp, _OPENING + "MG Rover's proposed tie-up with China's top carmaker has been delayed, "
                                    "according to the Financial Times.")
    assert ("patient", "MG Rover's proposed tie-up") in found.get("delay", [])


@pytest.mark.parametrize("sentence", [
    # no name owns the subject
    "The firm's proposed tie-up with a Chinese carmaker has been delayed, according to the Financial Times.",
    # what may happen is no story
    "MG Rover's proposed tie-up with China's top carmaker could be delayed, according to the Financial Times.",
])
def test_other_subjects_with_a_phrase_still_drop_their_event(nlp, sentence):
    assert "delay" not in _events(nlp, _OPENING + sentence)


@pytest.mark.parametrize(("between", "expected"), [
    (" with China's top carmaker has been ", True),
    (" in the south of Sri Lanka were ", True),
    # an infinitive on the noun, a relative, no auxiliary, no phrase
    (" not to kick for goal in the dying minutes was ", False),
    (", which has ", False),
    (" with China's top carmaker ", False),
    (" has been ", False),
    (" of the year that had been ", False),
])
def test_the_gap_is_one_phrase_then_auxiliaries(between, expected):
    assert phrase_gap(between) is expected
