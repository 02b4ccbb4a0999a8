"""A name, a colon and a capitalised subtitle are one title (kg.extract.subtitles), on
sentences shortened from unseen articles; not a headline's label, a list's items, a
person after the colon or a sports report's line-up."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales were led by the top title of the year GTA: San Andreas - in which players got the job.",
         "GTA: San Andreas"),
        ("Games\n\nGoldenEye: Rogue Agent is out now for the Xbox.", "GoldenEye: Rogue Agent"),
        ("Stewart won an award for Stardust... The Great American Songbook: Volume III.",
         "The Great American Songbook: Volume III"),
        ("The offer will include 50 First dates, Kill Bill: Volume 2, Gothika and Big Fish.", "Kill Bill: Volume 2"),
        ("On a near-identical note, Medal of Honor: Pacific Assault does all it can to make you feel part of it.",
         "Medal of Honor: Pacific Assault"),
        # A "The" subtitle, as before.
        ("The film was made when Bridget Jones: The Edge of Reason was filmed in the UK.",
         "Bridget Jones: The Edge of Reason"),
    ],
)
def test_colon_subtitle_is_one_title(nlp, text, name):
    assert mention_types(nlp, text).get(name) is T.WORK


@pytest.mark.parametrize(
    ("text", "sport", "not_name"),
    [
        # A headline's label, a person after the colon.
        ("Analysis: No pain for Brown\n\nThe chancellor spoke on Monday.", frozenset(), "Analysis: No"),
        ("Q&A: Malcolm Glazer and Man Utd\n\nThe American tycoon has won.", frozenset(), "Q&A: Malcolm Glazer"),
        # A list's items: a critic, the paper, the category and the film.
        ("Critics\n\n- Angie Errigo, Empire: Film - The Aviator;\n- Philip French, The Observer: Film - Sideways",
         frozenset(), "Empire: Film - The Aviator"),
        # A squad list's item, inside running text, outside a sports report.
        ("Woodward will assess Simon Taylor. Squad: C Paterson (Scotland), B Cohen (England), S Taylor (Scotland).",
         frozenset(), "Squad: C Paterson"),
        # A line-up in a sports report.
        ("Leeds: Balshaw; Rees, Christophers, Bell, Snyman; Ross, Dickens.", frozenset({"rugby union"}),
         "Leeds: Balshaw"),
    ],
)
def test_colon_label_is_no_title(nlp, text, sport, not_name):
    assert not_name not in mention_types(nlp, text, sport)
