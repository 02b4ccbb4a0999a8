"""A name that has members is a band's, not a person's (kg.extract.bands, evidence
``members``). Sentences from entertainment/240, entertainment/346 and politics/327 of the
BBC corpus, paraphrased."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

# entertainment/240: NER reads "the Bee Gees" as a person, whose first word is a given name.
_BEE_GEES = (
    "Sir Cliff Richard, Russell Watson, Boy George, Bill Wyman and members of the Bee Gees, the Beach Boys, "
    "America and the Eagles are expected to feature on the charity song."
)
# entertainment/346, with a one-word band NER reads as a person ("Keane") for the place-named "Abba".
_KEANE = (
    "Ms Craymer, who developed the musical with playwright Catherine Johnson and members of Keane, is at "
    "number 31 on the music rich list."
)


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_a_name_that_has_members_is_a_band(nlp):
    types = _types(nlp, _BEE_GEES)
    assert types["Bee Gees"] is T.ORGANIZATION
    assert types["Cliff Richard"] is T.PERSON and types["Bill Wyman"] is T.PERSON  # the singers beside them stay
    assert types["America"] is T.COUNTRY  # a country's name in the list stays the country's


def test_a_one_word_name_that_has_members(nlp):
    types = _types(nlp, _KEANE)
    assert types["Keane"] is T.ORGANIZATION
    assert types["Catherine Johnson"] is T.PERSON


def test_a_member_of_what_a_person_owns_leaves_the_person(nlp):
    # politics/327: the chambers are Cherie Blair's; she has no members.
    text = (
        "The claims were made in a book published this week by Philippe Sands QC, a member of "
        "Cherie Blair's Matrix Chambers. Cherie Blair declined to comment."
    )
    assert _types(nlp, text)["Cherie Blair"] is T.PERSON
