"""Two spellings of a two-word organisation's name by a plural's "s" are one node
(kg.resolve.forms.is_misspelling): an article shortened from the BBC corpus and name pairs."""

from __future__ import annotations

import kg
from kg.resolve.forms import is_misspelling


def test_resolve_pluralspelling_one_node(nlp):
    """"Electronic Arts" and a later "Electronics Arts" (tech/294)."""
    text = (
        "Games firms back Blu-ray format\n\nThe Blu-Ray Association said on Thursday that games giants "
        "Electronic Arts and Vivendi would both support its DVD format. But the support from Vivendi and "
        "Electronics Arts is a big boost to Blu-ray in the battle for supremacy.\n"
    )
    labels = {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}
    assert len(labels & {"Electronic Arts", "Electronics Arts"}) == 1, labels


def test_resolve_pluralspelling_only_a_long_words_plural():
    assert is_misspelling("Electronic Arts", "Electronics Arts")
    assert is_misspelling("Royal Marine", "Royal Marines")
    # A short word's plural may be another name: the magazine and the band, a member and the group.
    assert not is_misspelling("Rolling Stone", "Rolling Stones")
    assert not is_misspelling("Spice Girl", "Spice Girls")
    # Another word, not a plural: two names ("First National", "First Nationwide").
    assert not is_misspelling("First National", "First Nationwide")
    assert not is_misspelling("Digital Arts", "Electronic Arts")
