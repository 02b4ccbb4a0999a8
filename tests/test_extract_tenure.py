"""A role named by a stretch of its holder's tenure (``kg.extract.tenure``, read through
``kg.extract.positions`` on the shared pipeline), and its holder resolved."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _tenures(nlp, text: str) -> set[tuple]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {
        (r.person.text, r.role, r.organisation.text if r.organisation else None, r.status, r.factuality.value)
        for r in extract(document, doc).roles
        if r.kind == "tenure"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun's possessor is a name.
        ("The vote came on Tom Reid's first day as party leader.", ("Tom Reid", "party leader", None, "current", "asserted")),
        # A possessive pronoun: the named subject of the verb the noun is the object of.
        ("Jane Hart faces her first big test as health secretary on Monday.",
         ("Jane Hart", "health secretary", None, "current", "asserted")),
        # No possessor: the subject of the verb whose object the noun is.
        ("Sam Cole has done a superb job as caretaker manager.", ("Sam Cole", "caretaker manager", None, "current", "asserted")),
        # The verb's hedge: a post to come.
        ("Tom Hale will play his first game as Scotland captain on Saturday.",
         ("Tom Hale", "captain", "Scotland", "future", "planned")),
    ],
)
def test_tenure_nouns_give_their_role(nlp, text, expected):
    assert expected in _tenures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sam Cole played his last game as captain on Saturday.",  # a last stretch ends the post
        "During his spell as manager, Sam Cole won the cup.",  # a past stretch may be long over
        "Sam Cole has done a superb job as a favour to the club.",  # no role in the "as" phrase
    ],
)
def test_no_tenure_role(nlp, text):
    assert _tenures(nlp, text) == set()


def test_a_tenure_pronoun_is_resolved_to_its_holder(nlp):
    """ "for Jane Hart on her first day as health secretary": the pronoun, not the verb's
    subject (the ruling), holds the post; coreference gives whose it is."""
    text = "Jane Hart spoke on Monday. The ruling is a blow for Jane Hart on her first day as health secretary."
    document = Document(id="t", text=text, date="2005-01-10", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in part.entities}
    assert ("Jane Hart", "health secretary") in {(labels.get(p.person), p.role) for p in part.positions}
