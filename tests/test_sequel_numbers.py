"""Rule ``numbered`` (kg.extract.games): a name NER read as a person with a sequel's number
right after it is a work. Sentences from tech/233 and tech/348 of the BBC corpus, paraphrased
(NER reads "Metal Slug" as a person there)."""

from __future__ import annotations

from kg.extract.games import numbered
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T

_METAL_SLUG = (
    "Like some drill sergeant from the past, Metal Slug 3 is a wake-up call to today's players. "
    "At a mere £20, Metal Slug 3 is as cheap as chips."
)


def test_a_name_with_a_sequels_number_is_a_work(nlp):
    assert [m.type for m in find_mentions(nlp(_METAL_SLUG)) if m.text == "Metal Slug"] == [T.WORK] * 2


def _numbered(nlp, text: str, name: str) -> bool:
    words = Words(nlp(text))
    tokens = [word.text for word in words.words]
    parts = name.split()
    start = next(i for i in range(len(tokens)) if tokens[i : i + len(parts)] == parts)
    return numbered(words, start, start + len(parts))


def test_only_a_sequels_number_the_name_takes(nlp):
    assert _numbered(nlp, "Metal Slug 3 is a wake-up call to today's players.", "Metal Slug")
    # A console's name ("Xbox 2", tech/348), a number of something else, a first part ("1"): none.
    assert not _numbered(nlp, "Microsoft will unveil the Xbox 2 in May.", "Xbox")
    assert not _numbered(nlp, "Since then Okonjo gave 3 speeches on debt relief.", "Okonjo")
    assert not _numbered(nlp, "Metal Slug 1 was released in 1996.", "Metal Slug")
