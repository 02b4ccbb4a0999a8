"""The one told is no part of what was told: "Henri Yoxall told BBC News schools had been crying out".

With no "that" after "told", the parse often reads the addressee's name as a modifier of the
next noun, the subject of what was said ("BBC News schools", "the BBC progress"), and the
quotation came out as "BBC News schools had been crying out for a resource". A name right
after "told" (an organisation, a person or a place, with its "the"), all of it hung on a
lowercase noun after it, is the addressee: what was told begins after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_ADDRESSEES = frozenset({"ORG", "PERSON", "GPE", "NORP"})
# Nouns that go on an addressee's name: "told the BBC News website", "told BBC Radio 4's Today programme".
_OUTLETS = frozenset({"website", "programme", "program", "show", "newspaper", "radio"})


def told_from(verb: Word, start: int) -> int | None:
    """Where what ``verb`` ("told") says begins when its first words, from ``start``, are the
    addressee's name misread as a modifier of the clause's subject (see the module); else ``None``."""
    if verb.lemma_.lower() != "tell" or start != verb.i + 1:
        return None
    doc = verb.doc
    first = start + 1 if start < len(doc) and doc[start].lower_ == "the" else start
    if first >= len(doc) or doc[first].ent_type_ not in _ADDRESSEES or doc[first].ent_iob_ != "B":
        return None
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while end < len(doc) and doc[end].lower_ in _OUTLETS:
        end += 1
    if end >= len(doc) or doc[end].text != doc[end].lower_ or not doc[end].is_alpha or doc[end].lower_ == "that":
        return None
    named = doc[first:end]
    subject = next((w for w in named if w.head.i >= end), None)
    if subject is None or any(w.dep_ != "compound" and w.head.i >= end for w in named):
        return None  # the name is its own phrase, not read into the next noun's
    return end
