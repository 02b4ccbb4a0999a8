"""The names a list of shows is said to be are shows, works (list_heads.tsv "show", read by
kg.extract.listheads). Sentences from BBC articles of index 200 and up (entertainment/217;
business/430's motor show, paraphrased)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    """The type of each mention in ``text``, by its text."""
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


def test_the_shows_a_list_is_said_to_be_are_works(nlp):
    """NER: people; the list is what "other American shows" were."""
    found = _types(nlp, "Other American shows which won praise were The X-Files, I Love Lucy, Twin Peaks and Star Trek.")
    assert (found["Twin Peaks"], found["Star Trek"]) == (T.WORK, T.WORK)


def test_places_a_list_of_shows_names_stay_places(nlp):
    """Motor shows named by their cities: a known place is no show's title."""
    found = _types(nlp, "Manufacturers are displaying their hybrid cars at motor shows such as Detroit, Geneva "
                        "and Frankfurt this year.")
    assert found["Detroit"] is not T.WORK and found["Geneva"] is not T.WORK
