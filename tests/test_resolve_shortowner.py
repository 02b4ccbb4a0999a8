"""A role's owner written as the first word of the one team the article names
(``kg.resolve.shortowner``), on the shared pipeline."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _positions(nlp, text: str) -> set[tuple[str, str, str | None]]:
    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    return {(labels[p.person], p.role, labels.get(p.organisation) if p.organisation else None) for p in graph.positions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sport-157: "Bayern" resolves to no entity of its own; the article's one "Bayern ..." team.
        ("Arsenal manager Arsene Wenger claimed their display in the 3-1 defeat against Bayern Munich was poor. "
         "Arsenal keeper Jens Lehmann, whose personal rivalry with Bayern goalkeeper Oliver Kahn was not helped "
         "by the result, said he blamed himself.",
         ("Oliver Kahn", "goalkeeper", "Bayern Munich")),
    ],
)
def test_a_short_name_before_a_role_is_the_one_team_it_begins(nlp, text, expected):
    assert expected in _positions(nlp, text)


def test_two_teams_the_short_name_begins_give_no_owner(nlp):
    text = ("Manchester United drew with Manchester City on Saturday. "
            "Manchester goalkeeper Tim Fenwick said the draw was fair.")
    assert not any(person == "Tim Fenwick" and owner in ("Manchester United", "Manchester City")
                   for person, _, owner in _positions(nlp, text))
