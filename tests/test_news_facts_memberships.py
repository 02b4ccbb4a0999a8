"""benchmarks.news_facts: a position that covers a membership fact of its person and body
finds that fact too (a post in a body is membership of it; the graph states no membership
a position already holds, kg.resolve.statements)."""

from __future__ import annotations

from benchmarks.news_facts import Fact, Statement, score_article

_SPAN = (0, 60)


def _fact(fact_id: str, kind: str, args: dict[str, list[str]]) -> Fact:
    return Fact("a", fact_id, kind, set(), args, "asserted", False, (10, 20), {})


def _position(person: str, role: str, org: str) -> Statement:
    return Statement("position", set(), {"person": [person], "role": [role], "org": [org]}, "asserted", _SPAN,
                     f"position({person}, {role}, {org})")


def test_a_post_finds_the_membership_it_holds():
    facts = [_fact("f1", "position", {"person": ["Mark Serwotka"], "role": ["general secretary"],
                                      "org": ["Public and Commercial Services union"]}),
             _fact("f2", "membership", {"member": ["Mark Serwotka"], "group": ["Public and Commercial Services union"]})]
    scores, _, outcome = score_article([_position("Mark Serwotka", "general secretary",
                                                  "Public and Commercial Services union")], facts)
    assert dict((fact.id, level) for fact, level in outcome) == {"f1": "found", "f2": "found"}
    assert scores.found == 2 and scores.matched_statements == 1


def test_a_post_in_another_body_finds_no_membership():
    facts = [_fact("f2", "membership", {"member": ["Mark Serwotka"], "group": ["Labour Party"]})]
    _, _, outcome = score_article([_position("Mark Serwotka", "general secretary",
                                             "Public and Commercial Services union")], facts)
    assert outcome[0][1] == "missed"
