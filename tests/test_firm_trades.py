"""Rule ``firm trade`` (kg.extract.firmkinds): a single name right after the plural noun of a
firm's trade is a company. Sentences from tech/240, business/399, entertainment/270 and
tech/329 of the BBC corpus, paraphrased (NER reads the three firms as people there)."""

from __future__ import annotations

import pytest

from kg.extract.firmkinds import after_firm_kind
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Only 12% of homes in Europe will have TVs capable of showing programmes in high-definition by 2008, "
         "according to consultants Strategy Analytics.", "Strategy Analytics"),
        ("India produces about 793,000 barrels of oil a day, according to oil industry analysts Douglas-Westwood.",
         "Douglas-Westwood"),
        ("The sale, hosted by auctioneers Cooper Owen, was held at the Hard Rock Cafe in London.", "Cooper Owen"),
    ],
)
def test_a_name_after_a_firms_trade_is_a_company(nlp, text, name):
    assert {m.type for m in find_mentions(nlp(text)) if m.text == name} == {T.ORGANIZATION}


def _after(nlp, text: str, name: str) -> bool:
    words = Words(nlp(text))
    tokens = [word.text for word in words.words]
    parts = name.split()
    start = next(i for i in range(len(tokens)) if tokens[i : i + len(parts)] == parts)
    return after_firm_kind(words, start, start + len(parts))


def test_no_trade_of_a_firm_or_a_list_no_company(nlp):
    # tech/329: "colleagues" are people's; a list shares the noun, each member may be a person.
    assert not _after(nlp, "He wrote the paper with his colleagues Haisheng Rong and Ansheng Liu.", "Haisheng Rong")
    assert not _after(nlp, "The figures came from analysts Ovum and Gartner.", "Ovum")
    assert _after(nlp, "The figures came from analysts Ovum, the firm said.", "Ovum")
