"""A titled surname NER missed: "Mr Ancram condemned the document".

NER tags most "Mr X" mentions, but now and then leaves one out, often one that
opens a paragraph. When X is the surname of a person the article names in full
("Michael Ancram ... Mr Ancram condemned"), and every word before it is a person's
title ("Mr", "Dr", "Lord"), the words are a mention of that person: without it the
sentence has no subject, and "he asked" after it goes to whoever was named before.
A surname with no title stays unread: "Brown" alone may be a colour or a brand. A surname
the article names in no other way is read after a peer's title only (``kg.extract.peers``).
"""

from __future__ import annotations

from kg.extract.peers import peer_surname
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import PERSON_TITLES
from kg.records import Mention
from kg.types import EntityType


def titled_surname(words: Words, start: int, end: int, surnames: set[str],
                   sentence_of: list[int]) -> tuple[Mention, Bounds] | None:
    """The person mention in the proper-noun run ``start:end`` ("Mr Ancram") when its
    last word is a surname of the article's people (``surnames``) and every word
    before it (or, for a lone surname, the word right before the run) is a person's
    title, or when a peer's title stands right before it; ``None`` otherwise."""
    tokens = words.words
    last = end - 1
    if fold(tokens[last].text) not in surnames:
        return peer_surname(words, start, end, sentence_of)  # "Lord Browne said" (kg.extract.peers)
    before = tokens[start:last] or tokens[max(start - 1, 0):start]
    if not before or not all(word.text[:1].isupper() and word.lower_.rstrip(".") in PERSON_TITLES for word in before):
        return None
    surname = tokens[last]
    titles = tuple(word.text.rstrip(".") for word in before)
    return Mention(surname.idx, surname.idx + len(surname.text), surname.text, EntityType.PERSON, sentence_of[last],
                   titles=titles), (last, end)
