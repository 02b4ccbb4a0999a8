"""A name set off by commas right after a work's noun is that work (kg.extract.setoff).
Sentences from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


def test_a_single_set_off_after_its_noun_is_a_work(nlp):
    """NER: two places; the parser hangs "single" (an adjective) on the name."""
    found = _types(nlp, "Babyshambles took the stage at 2200 GMT, launching into their last single, Killamangiro, "
                        "which reached number eight in December.")
    assert found["Killamangiro"] is T.WORK
    found = _types(nlp, "It was her next single, Superstar, that really put her back on the map.")
    assert found["Superstar"] is T.WORK


def test_a_name_after_a_work_noun_that_opens_a_clause_stays(nlp):
    """ "In the comedy, Walliams plays ...": the noun ends a phrase and the name starts the clause."""
    found = _types(nlp, "In the new comedy, Walliams plays a man who ruins his career.")
    assert found.get("Walliams") is not T.WORK
