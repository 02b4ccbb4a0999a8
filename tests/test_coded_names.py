"""Rule ``coded name`` (kg.extract.codednames): a one-word name of letters and digits is no
person's. Sentences from tech/289 and entertainment/216 of the BBC corpus, paraphrased (NER
reads "O2" and "BBC1" as people there)."""

from __future__ import annotations

import pytest

from kg.extract.codednames import coded_name, coded_people
from kg.extract.mentions import find_mentions
from kg.records import Mention
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then on 10 January Cellnet (now O2) launched its service. O2 said it had 14 million customers.", "O2"),
        ("The show was watched by 9.7 million people on BBC1, while BBC1's rival drama drew 5 million.", "BBC1"),
    ],
)
def test_a_coded_name_is_an_organisation_in_all_its_mentions(nlp, text, name):
    assert {m.type for m in find_mentions(nlp(text)) if m.text == name} == {T.ORGANIZATION}


def test_what_a_coded_name_is():
    assert coded_name("MI6") and coded_name("O2") and coded_name("BBC1")
    # A decade, a number, a hyphenated virus's name, a word: none.
    assert not any(coded_name(name) for name in ("1990s", "80s", "50", "Zafi-D", "Cent", "Keane"))


def _mention(text: str, entity_type: T, cued: bool = False) -> tuple[Mention, tuple[int, int]]:
    return Mention(0, len(text), text, entity_type, 0, cued=cued), (0, 1)


def test_a_cue_of_another_kind_keeps_the_name():
    # "the PS2 console" (a product's cue) outweighs the rule; "50 Cent" is two words, a rapper's.
    found = [_mention("PS2", T.PERSON), _mention("PS2", T.PRODUCT, cued=True), _mention("50 Cent", T.PERSON)]
    assert coded_people(found) == set()
    assert coded_people([_mention("O2", T.PERSON), _mention("O2", T.ORGANIZATION)]) == {"o2"}
