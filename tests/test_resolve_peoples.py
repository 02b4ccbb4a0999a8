"""A people named by "the" and a demonym ("the Japanese", "the Israelis") is no one person
(model tests; kg.lexicon.people_demonym, kg.resolve.coref)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import agent_labels, resolved_part


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # Real sentences (bbc/tech/378): "The Japanese" is a people, not the one person named before.
        ('Dr Chan Yeob Yeun, vice president at LG Electronics, said: "DMB offers twice the number of frames." '
         "The Japanese, Koreans and Ericsson of Sweden are backing DMB.", "back", "Chan Yeob Yeun"),
        # The blind readers' case: a plural in -is ("Israelis", "Iraqis") is a plural too.
        ("Tony Blair will host a conference in London on Palestinian reform next month. "
         "The Israelis described the meeting as important but said they would not need to attend.",
         "describe", "Tony Blair"),
    ],
)
def test_a_people_is_not_the_person_named_before(nlp, text, lemma, expected):
    assert expected not in agent_labels(resolved_part(nlp, text), lemma)


def test_a_people_speaks_as_itself(nlp):
    text = ("Tony Blair will host a conference in London on Palestinian reform next month. "
            "The Israelis described the meeting as important but said they would not need to attend.")
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    assert {labels.get(quote.speaker) for quote in part.quotes} == {"Israelis"}


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # Real sentences (bbc/sport/269): "the Czech" is one player, no people; the rule leaves it alone.
        ("Neil Mellor gave Liverpool the lead before half-time from Milan Baros' pass before the Czech added "
         "a third after rounding Shay Given on the hour.", "round"),
    ],
)
def test_a_singular_demonym_is_no_people(nlp, text, lemma):
    assert "Czech" not in agent_labels(resolved_part(nlp, text), lemma)
