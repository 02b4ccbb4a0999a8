"""Rule ``codename`` (kg.extract.codenames): a name given as a codename is a product's.
Sentences from tech/348, tech/309 and tech/259 of the BBC corpus, paraphrased (NER reads
"Xenon" as a person there)."""

from __future__ import annotations

import pytest

from kg.extract.codenames import codename_type
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft is saving the official unveiling of the Xbox 2, codenamed Xenon, for the E3 show in May.",
        "The details of PlayStation 3, Xbox 2 (codename Xenon) and Nintendo's Revolution are still to be finalised.",
    ],
)
def test_a_codename_is_a_product(nlp, text):
    assert {m.type for m in find_mentions(nlp(text)) if m.text == "Xenon"} == {T.PRODUCT}


def _type(nlp, text: str, name: str) -> T | None:
    words = Words(nlp(text))
    tokens = [word.text for word in words.words]
    parts = name.split()
    start = next(i for i in range(len(tokens)) if tokens[i : i + len(parts)] == parts)
    return codename_type(words, start, start + len(parts))


def test_each_way_of_writing_codename(nlp):
    # tech/259: "two versions of the operating system, codenamed Tiger"; tech/324: "code-named Asteroid".
    assert _type(nlp, "Two versions of the operating system, codenamed Tiger, were put onto the net.", "Tiger") is T.PRODUCT
    assert _type(nlp, "It wants the source for news about a product code-named Asteroid.", "Asteroid") is T.PRODUCT
    assert _type(nlp, "The new version of Windows, code name Longhorn, is due in 2006.", "Longhorn") is T.PRODUCT


def test_no_codename_no_product(nlp):
    # A name after another naming word, or a known place's name after "codenamed", is no codename's product.
    assert _type(nlp, "The software company, called Zentrix, was sold.", "Zentrix") is None
    assert _type(nlp, "The talks, codenamed Geneva by the diplomats, ended on Monday.", "Geneva") is None
    assert _type(nlp, "Microsoft said Xenon would be unveiled in May.", "Xenon") is None
