"""A description of a person that no nearer rule linked stands for the one person of the
first sentence it fits (kg.resolve.mainperson; model tests on BBC sentences)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document

_GALLAS = (
    "Chelsea's William Gallas believes they will battle it out with Arsenal for the Premiership in the coming months. "
    "Gallas has been given extra confidence by the impact {manager}Jose Mourinho has had since taking over as manager "
    "during the summer. And the {described} believes Mourinho is perfectly suited to boss the squad "
    "of Chelsea stars."
)
_MORIENTES = (
    "Liverpool may launch an £8m January bid for long-time target Fernando Morientes, according to reports. "
    "The Real Madrid striker has been linked with a move to Anfield since the summer and is currently behind Raul, "
    "Ronaldo and Michael Owen at the Bernabeu."
)


def _part(nlp, text: str):
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return resolve(extract(document, doc))


def _speakers(nlp, text: str) -> dict[str, str | None]:
    part = _part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker or "") for quote in part.quotes}


def _participants(nlp, text: str, lemma: str, role: str = "agent") -> list[str | None]:
    part = _part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels.get(participant.entity or "") for event in part.events if event.lemma == lemma
            for participant in event.participants if participant.role == role]


@pytest.mark.parametrize(
    ("manager", "described", "expected"),
    [
        # Mourinho is given another post: the defender is the first sentence's Gallas.
        ("manager ", "French international defender", "William Gallas"),
        # Mourinho is given no post: he may be the defender as well, so no one.
        ("", "French international defender", None),
    ],
)
def test_a_described_speaker_is_the_first_sentence_s_one_person_it_fits(nlp, manager, described, expected):
    speakers = _speakers(nlp, _GALLAS.format(manager=manager, described=described))
    assert speakers[f"the {described}"] == expected


def test_a_described_subject_is_the_first_sentence_s_person(nlp):
    # "Real Madrid" names no team the article gives him, and no one else is named: Morientes.
    assert _participants(nlp, _MORIENTES, "link", "patient") == ["Fernando Morientes"]


def test_a_description_naming_another_side_is_not_a_player_given_a_post(nlp):
    # Morientes is given a post of no side the article names: "The Inter Milan striker" may be another striker.
    text = _MORIENTES.replace("long-time target", "striker").replace("Real Madrid", "Inter Milan")
    assert _participants(nlp, text, "link", "patient") in ([], [None])


def test_a_description_with_a_restrictive_relative_clause_is_not_the_main_person(nlp):
    # entertainment/302: the actor who will voice the pig is someone not yet named, not Julia Roberts.
    text = ("Actress Julia Roberts will play the part of a spider in a new film version of children's classic "
            "Charlotte's Web. Ten-year-old Dakota Fanning will play Fern, the girl at the centre of the story. "
            "Filming is due to begin in Melbourne, Australia, later this month. "
            "The actor who will voice Wilbur the pig has yet to be revealed.")
    assert "Julia Roberts" not in _participants(nlp, text, "voice")
