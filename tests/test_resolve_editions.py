"""An occasion named with its year and by its bare name is one node (kg.resolve.editions):
articles shortened from the BBC corpus, on the session pipeline and on hand-built mentions."""

from __future__ import annotations

import pytest

import kg
from kg.records import Mention
from kg.resolve.editions import edition_pairs, is_dated_form
from kg.types import EntityType


def _labels(nlp, text: str) -> set[str]:
    return {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}


def test_resolve_editions_one_node_by_its_bare_name(nlp):
    """The dated festival and its bare name: one node, named without the year (entertainment/336)."""
    text = (
        "Films on war triumph at Sundance\n\nA study of the United States at war has picked up one of the "
        "main awards at the 2005 Sundance Film Festival in Utah. During its 24-year history, the Sundance "
        "Film Festival has showcased successes such as Reservoir Dogs.\n"
    )
    labels = _labels(nlp, text)
    assert "Sundance Film Festival" in labels, labels
    assert "2005 Sundance Film Festival" not in labels, labels


def _m(text: str, start: int, entity_type: EntityType = EntityType.EVENT) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0)


def _pairs(text: str, *names: str) -> list[tuple[int, int]]:
    mentions, at = [], 0
    for name in names:
        at = text.index(name, at)
        mentions.append(_m(name, at))
        at += len(name)
    return edition_pairs(mentions, text)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # One edition, the bare name with no other year or mark (sport/285).
        (
            "Vickery out of Six Nations. He has been ruled out of the rest of the 2005 Six Nations. England, "
            "fourth in the Six Nations table, play Ireland.",
            ("Six Nations", "2005 Six Nations", "Six Nations"),
            [(1, 0), (1, 2)],
        ),
        # A mark before the bare name points to another edition (sport/373, sport/410).
        (
            "He kicked the winning drop-goal in England's 2003 Rugby World Cup triumph. We look ahead towards "
            "the next Rugby World Cup in France.",
            ("2003 Rugby World Cup", "Rugby World Cup"),
            [],
        ),
        (
            "Taylor was hurt in the 2004 Six Nations championship. Edinburgh were not in action during the first "
            "two weeks of this season's Six Nations.",
            ("2004 Six Nations", "Six Nations"),
            [],
        ),
        # Another year in the bare name's sentence (sport/212).
        (
            "Scotland have not reached a major finals since the World Cup in 1998. His assistant was there when "
            "Scotland played at the 1986 World Cup.",
            ("World Cup", "1986 World Cup"),
            [],
        ),
        # Two editions: the bare name may be either (sport/476).
        (
            "Davenport, the 2000 Australian Open champion, is out. Serena Williams won the 2003 Australian Open. "
            "Henman plays in the Australian Open.",
            ("2000 Australian Open", "2003 Australian Open", "Australian Open"),
            [],
        ),
    ],
)
def test_resolve_editions_pairs(text, names, expected):
    assert _pairs(text, *names) == expected


def test_resolve_editions_only_occasions():
    """A work or a product with a year is another work, no edition ("the 2004 Thunderbirds" film, a
    remake of the series, entertainment/353; "Windows 2000"); nor is a place's name and a year one."""
    text = "the 2004 Thunderbirds film. Thunderbirds was a hit series."
    film = _m("2004 Thunderbirds", 4, EntityType.WORK)
    series = _m("Thunderbirds", text.index("Thunderbirds was"), EntityType.WORK)
    assert edition_pairs([film, series], text) == []
    assert edition_pairs([_m("Germany 2006", 0), _m("Germany", 20, EntityType.COUNTRY)], "Germany 2006 is near. Germany") == []
    assert is_dated_form("2005 Sundance Film Festival", {"sundance film festival"})
    assert not is_dated_form("Sundance Film Festival", {"2005 sundance film festival"})
