"""A "former" or "ex-" further left than the role phrase reads (``kg.extract.formerly``,
read through ``kg.extract`` on the shared pipeline): real sentences of the corpus."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _roles(nlp, text: str) -> set[tuple[str, str, str | None, str]]:
    document = Document(id="t", text=text, date="2005-01-15", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return {(r.person.text, r.role, r.organisation.text if r.organisation else None, r.status)
            for r in extract(document, doc).roles if r.kind == "title"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # sport/207: a first organisation coordinated with the role's
        ("However, former Spurs and England defender Gary Stevens said he would not be surprised if the system "
         "had caused a rift.", "Gary Stevens"),
        # entertainment/200: a name's first word the parser split off
        ("Former All Saints singer Natalie Appleton,31, walked out of the show after learning she would face a "
         "fifth so-called Bushtucker Trial.", "Natalie Appleton,31"),
        # sport/242: a name the role phrase left out
        ("And Wenger has no immediate plans to recall former England Under-21 international Stuart Taylor from "
         "his loan spell at Leicester.", "Stuart Taylor"),
        # business/246: the word "ex-" is fixed to
        ("Giving evidence in the criminal trial of Mr Ebbers, ex-finance chief Scott Sullivan implicated his "
         "colleague in the accounting scandal at the firm.", "Scott Sullivan"),
    ],
)
def test_a_status_word_further_left_makes_the_post_former(nlp, text, person):
    statuses = {status for holder, _, _, status in _roles(nlp, text) if holder == person}
    assert statuses == {"former"}


def test_coordinated_roles_keep_their_own_status(nlp):
    # sport/364: "former" may qualify the coach only; the flanker is left as read
    roles = _roles(nlp, "The death of former Ireland coach and Lions flanker Mike Doyle in a car crash in "
                        "Northern Ireland shocked the rugby fraternity.")
    assert ("Mike Doyle", "flanker", "Lions", "current") in roles


def test_a_status_word_of_another_phrase_says_nothing_of_the_role(nlp):
    # entertainment/316: "former" is the wife's
    roles = _roles(nlp, "On a visit to Los Angeles, his former wife introduced him to actor Nicolas Cage.")
    assert ("Nicolas Cage", "actor", None, "current") in roles
