"""A name ending in "Show" that the text holds somewhere is a named event in all its
mentions (kg.extract.tradeshows). Sentences from tech/286, tech/275, entertainment/204
and entertainment/215 of the BBC corpus, paraphrased."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, set[T]]:
    types: dict[str, set[T]] = {}
    for mention in find_mentions(nlp(text)):
        types.setdefault(mention.text, set()).add(mention.type)
    return types


def test_a_show_people_are_at_is_an_event(nlp):
    # tech/286: NER reads the fair as an organisation, on every mention.
    text = (
        "Sony showed its new player at the Consumer Electronics Show in Las Vegas. "
        "The Consumer Electronics Show is the biggest of its kind."
    )
    assert _types(nlp, text)["Consumer Electronics Show"] == {T.EVENT}


def test_a_recent_show_after_at(nlp):
    # tech/275
    text = "At the recent Consumer Electronics Show in Las Vegas, products with chips built-in got attention."
    assert _types(nlp, text)["Consumer Electronics Show"] == {T.EVENT}


def test_a_programme_people_star_in_stays_a_work(nlp):
    # entertainment/204: no occasion's slot.
    types = _types(nlp, "Phylicia Rashad, who starred in The Cosby Show, will play the part.")
    assert T.EVENT not in types.get("The Cosby Show", set()) | types.get("Cosby Show", set())


def test_a_show_before_a_lower_case_noun_is_no_occasion(nlp):
    # entertainment/215: the awards are the occasion, the show's name only their modifier.
    types = _types(nlp, "Coronation Street won at the South Bank Show awards in London.")
    assert T.EVENT not in types.get("South Bank Show", set())
