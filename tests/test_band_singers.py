"""A singer's title right before a name, after a name NER read as a place or a person, makes
that name a band's in a text that speaks of bands (kg.extract.bands.has_band_member):
"Linkin Park singer Chester Bennington". Sentences after entertainment/153 of the BBC corpus,
paraphrased."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

_AWARDS = (
    "Linkin Park singer Chester Bennington called their prize for best rock band quite an honour. "
    "No Doubt singer Gwen Stefani was lowered from a giant clock."
)


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_the_name_before_a_singers_title_is_a_band(nlp):
    types = _types(nlp, _AWARDS)
    assert types["Linkin Park"] is T.ORGANIZATION
    assert types["Chester Bennington"] is T.PERSON and types["Gwen Stefani"] is T.PERSON


def test_not_in_a_text_with_no_band(nlp):
    # "singer" alone is a title places and shows take too: no band word, no band
    types = _types(nlp, "Linkin Park singer Chester Bennington called the prize quite an honour.")
    assert types.get("Linkin Park") is not T.ORGANIZATION


def test_a_known_place_before_the_title_stays_a_place(nlp):
    types = _types(nlp, "Devon singer Joss Stone joined the rock band on stage for the last song.")
    assert types["Devon"] is not T.ORGANIZATION
    assert types["Joss Stone"] is T.PERSON
