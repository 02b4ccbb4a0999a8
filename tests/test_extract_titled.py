"""A titled surname NER missed is a mention of the article's person of that surname
(kg.extract.titled): "Mr Ancram condemned the document"."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType


def _mentions_without(nlp, text: str, missed: str) -> list[tuple[str, EntityType, tuple[str, ...]]]:
    """The mentions of ``text`` when NER leaves out every entity written ``missed``
    (the model's misses vary; the rule must not depend on which one it makes)."""
    doc = nlp(text)
    doc.ents = [ent for ent in doc.ents if ent.text not in (missed, missed.split()[-1])]
    return [(mention.text, mention.type, mention.titles) for mention in find_mentions(doc)]


def test_a_titled_surname_of_the_article_s_person_is_that_person(nlp):
    text = "Health spokesman Tim Yeo spoke on Monday.\n\nMr Yeo criticised the plan."
    found = _mentions_without(nlp, text, "Mr Yeo")
    assert ("Yeo", EntityType.PERSON, ("Mr",)) in found


@pytest.mark.parametrize(
    ("text", "missed"),
    [
        # No one of that surname is named: a title alone makes no person of a word.
        ("The minister spoke on Monday.\n\nMr Yeo criticised the plan.", "Mr Yeo"),
        # The surname without a title: "Brown" may be a colour, a brand or a place (as a
        # verb's subject or a possessor kg.extract.repeats reads the article's one Brown).
        ("Gordon Brown spoke on Monday.\n\nThe plan was criticised by Brown.", "Brown"),
    ],
)
def test_no_mention_without_both_the_title_and_the_article_s_surname(nlp, text, missed):
    second = text.index("\n\n")
    doc = nlp(text)
    doc.ents = [ent for ent in doc.ents if ent.start_char < second]
    assert [mention.text for mention in find_mentions(doc) if mention.start > second] == []
