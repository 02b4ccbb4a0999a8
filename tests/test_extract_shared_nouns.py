"""Names sharing one plural place noun (kg.extract.shared_nouns), on the model; the sentences
are written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Both names before the shared plural are places, whatever NER said (people here).
        ("Drillers left the Sarvak and Gachsaran oilfields after the attack.", "Sarvak", T.PLACE),
        ("Drillers left the Sarvak and Gachsaran oilfields after the attack.", "Gachsaran", T.PLACE),
        ("Indian firms will help develop the Azadegan and Darkhovin oilfields, officials said.", "Darkhovin", T.PLACE),
        # A firm's oilfields are its own, and people's names stay people's.
        ("Shell bought the Shell and BP oilfields in 2004.", "BP", T.ORGANIZATION),
        ("Guests included Tom Smith and Jane Brown villages.", "Tom Smith", T.PERSON),
    ],
)
def test_shared_place_noun(nlp, text, name, expected):
    types = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.kind == "name"}
    assert types.get(name) is expected
