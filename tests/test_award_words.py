"""A name written only before a prize's noun is the award's short name, a named event
(kg.extract.awardwords). Sentences from entertainment/249, entertainment/316,
entertainment/325 and entertainment/248 of the BBC corpus, paraphrased."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, set[T]]:
    extraction = extract(Document(id="test", text=text), nlp(text))
    types: dict[str, set[T]] = {}
    for mention in extraction.mentions:
        if mention.kind == "name":
            types.setdefault(mention.text, set()).add(mention.type)
    return types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # entertainment/249: NER's organisation.
        ("The band have been nominated in three categories in Wednesday's Brit awards.", "Brit"),
        # entertainment/316: NER's place, in a list with another award's name.
        ("The role earned him Golden Globe and Bafta nominations, but the film flopped.", "Bafta"),
        # entertainment/325
        ("The actress had to be content with a Bafta award for her performance.", "Bafta"),
    ],
)
def test_a_short_name_before_a_prize_s_noun_is_the_award(nlp, text, name):
    assert _types(nlp, text)[name] == {T.EVENT}


def test_a_name_written_elsewhere_too_keeps_its_reading(nlp):
    # entertainment/248, with the broadcaster named alone too: its award is no event of its own.
    types = _types(nlp, "The BBC said it would appeal. The show won a BBC award for best drama.")
    assert types["BBC"] == {T.ORGANIZATION}


def test_a_name_before_another_noun_is_left(nlp):
    # entertainment/248: "organisers" is no prize's noun; the mention stands before "award" only once.
    types = _types(nlp, "Sizzla's UK tour was cancelled, and Mobo organisers dropped the artist.")
    assert T.EVENT not in types.get("Mobo", set())
