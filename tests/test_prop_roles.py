"""A tight-head or loose-head is a prop's post read whole, its club before it
(``kg/lexicon/data/roles.tsv``); the side of the scrum with no name is no post."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _positions(part: DocumentGraph) -> dict[tuple[str, str], tuple[str, str | None]]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[p.person], p.role): (p.role_key, labels.get(p.organisation) if p.organisation else None)
            for p in part.positions}


def test_a_clubs_tight_head_is_its_prop(nlp):
    # bbc/sport/285
    part = resolved_part(
        nlp, "And the Gloucester prop was only recalled after Leicester tight-head Julian White suffered a neck injury.",
        title="Vickery out of Six Nations", date="2005-03-01")
    assert _positions(part)[("Julian White", "tight-head")] == ("prop", "Leicester")


def test_a_loose_head_after_a_preposition(nlp):
    # bbc/sport/359
    part = resolved_part(
        nlp, "Yapp gains a chance in the absence of Ospreys loose-head Duncan Jones.",
        title="Ruddock backs Yapp's credentials", date="2005-03-01")
    assert _positions(part)[("Duncan Jones", "loose-head")] == ("prop", "Ospreys")


def test_the_whole_title_before_prop(nlp):
    # bbc/sport/285, paraphrased: the title is read whole, not "prop" alone.
    part = resolved_part(
        nlp, "Injured tight-head prop Phil Vickery has been ruled out of the rest of the Six Nations.",
        title="Vickery out of Six Nations", date="2005-03-01")
    positions = _positions(part)
    assert ("Phil Vickery", "tight-head prop") in positions
    assert ("Phil Vickery", "prop") not in positions


def test_the_side_of_the_scrum_is_no_post(nlp):
    # bbc/sport/313, paraphrased: the scrum's side, no one holding it.
    part = resolved_part(
        nlp, "Gethin Jenkins has played a bit at tight-head but his favoured position is loose-head.",
        title="White prepared for battle", date="2005-03-01")
    assert not [role for _, role in _positions(part) if "head" in role]
