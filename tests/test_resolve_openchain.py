"""A "he" that goes on from one left unresolved stays unresolved: not the one name
now in reach, a character or a film-maker's possessive (kg.resolve.openchain; real
sentences from a profile, on the session pipeline)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import agent_labels, resolved_part

_PROFILE = ("Johnny Depp, whose latest role was Peter Pan creator JM Barrie in Finding Neverland, is celebrated as one "
            "of Hollywood's most maverick talents. "
            "Depp was born in Kentucky in 1963 and at first wanted to be a rock star. "
            "On a visit to Los Angeles, his former wife introduced him to actor Nicolas Cage.\n\n"
            "In 1984 he started his film career playing a doomed teenager in horror film Nightmare On Elm Street. "
            "Two years later he played a soldier in Oliver Stone's Vietnam epic Platoon. "
            "But it was TV that first made Depp a star. "
            "He played undercover cop Tommy Hanson in the US series 21 Jump Street for three years from 1987.\n\n"
            "In 1990 he began his partnership with Burton in the dark fairy tale Edward Scissorhands.")


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2005-02-13")


def test_he_after_an_open_he_is_not_the_actor_named_before(nlp):
    part = _part(nlp, _PROFILE)
    assert "Nicolas Cage" not in agent_labels(part, "play")
    assert "Oliver Stone" not in agent_labels(part, "play")


def test_he_after_an_open_he_is_not_the_character_he_played(nlp):
    assert "Tommy Hanson" not in agent_labels(_part(nlp, _PROFILE), "begin")
