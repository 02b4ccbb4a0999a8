"""A person's post in apposition after a place's "-based" modifier is the post, no description
node beside the person (kg.extract.basedposts, kg.resolve.roleappositions), on the session
pipeline: sentences paraphrased from the BBC corpus (business/262, business/346)."""

from __future__ import annotations

import pytest

import kg

# business/262: an analyst's quote at the end of a market report.
FUND = "\"It came at the worst possible time,\" said Hans Goetti, a Singapore-based fund manager.\n"


def _graph(nlp, text: str):
    return kg.build_text(text, nlp=nlp)


def _positions(graph) -> set[tuple[str, str]]:
    return {(graph.entity(p.person).label, p.role) for p in graph.positions()}


def _described(graph) -> set[str]:
    return {entity.label for entity in graph.entities() if entity.described}


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (FUND, ("Hans Goetti", "fund manager")),
        # The same apposition with a city of two words (after business/262).
        ("\"The impact is pretty devastating,\" said Hans Goetti, a New York-based analyst.\n",
         ("Hans Goetti", "analyst")),
        # A one-word post the apposition gave as a description node of its own (after business/262).
        ("\"It came at the worst possible time,\" said Hans Goetti, a London-based analyst. Shares fell.\n",
         ("Hans Goetti", "analyst")),
    ],
)
def test_a_place_based_post_is_the_position(nlp, text, position):
    graph = _graph(nlp, text)
    assert position in _positions(graph), _positions(graph)
    assert not any("based" in label for label in _described(graph)), _described(graph)


def test_no_post_after_a_name_no_gazetteer_knows_nor_a_lowercase_modifier(nlp):
    """ "Windows-based" says what the work runs on; "home-based" is no place (after business/346)."""
    graph = _graph(nlp, "\"Claims will be small,\" said Hans Goetti, a Windows-based developer. "
                        "\"They do not buy cover,\" said Tom Reed, a home-based analyst.\n")
    positions = _positions(graph)
    assert ("Hans Goetti", "developer") not in positions, positions
    assert ("Tom Reed", "analyst") not in positions, positions
