"""A company's name NER reads as a people's (NORP) is an organisation when the sentence
says so: a relative "which" ("Euronext, which operates ..."), no "who". Demonyms stay groups. Sentences from BBC
business articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("But the London exchange is also holding talks with Deutsche Boerse's rival Euronext, which operates the "
         "Amsterdam, Brussels, Lisbon and Paris exchanges, as well as London-based international derivatives market "
         "Liffe.", "Euronext", T.ORGANIZATION),
    ],
)
def test_a_peoples_label_on_a_firm_gives_way_to_what_the_sentence_says(nlp, text, name, kind):
    assert [m.type for m in find_mentions(nlp(text)) if m.text == name] == [kind]
