"""The role of an event noun's "of" argument.

"of" names who acts when the noun's verb is intransitive ("the resignation of David
Blunkett", "a meeting of G7 countries": ``event_lemmas.tsv``, column ``subject``), and what
is acted on when the noun is an act done to something: "the murder of sister Yetunde Price",
"the release of Asif Zardari", "the launch of their manifesto" (``object_of_nouns.txt``),
or when a possessor already acts ("his criticism of referee Steve Lander"). What is offered,
promised or proposed is given by its "of" ("an offer of a 4% pay increase", "pledges of money":
``given_of_nouns.txt``), unless the "of" names someone ("the promises of the Conservative party").

An "of" joined to its noun by hyphens is a piece of one compound word, no argument:
"distributed denial-of-service attacks" tells of attacks, not of anyone denying a service.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.lexicon.events import Trigger

__all__ = ["of_role"]

_OBJECT_OF = read_words("object_of_nouns.txt")
_GIVEN_OF = read_words("given_of_nouns.txt")


def of_role(noun: Word, prep: Word, trigger: Trigger, taken: set[str]) -> str | None:
    """The role of the "of" phrase ``prep`` of the event noun ``noun``, given the roles
    ``taken`` by its other arguments; None for the "of" of a hyphenated compound."""
    if _hyphenated(noun, prep):
        return None
    if noun.lemma_.lower() in _OBJECT_OF or trigger.subject in taken or (noun.lemma_.lower() in _GIVEN_OF and not _named(prep)):
        return "theme"
    return trigger.subject


def _named(prep: Word) -> bool:
    """Whether the object of ``prep`` is a name (a proper noun, or a word NER reads as a name):
    "of the Conservative party", "of Mr Glazer"."""
    return any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) for c in prep.children)


def _hyphenated(noun: Word, prep: Word) -> bool:
    """ "denial-of-service": a hyphen right after the noun and right before its "of"."""
    doc = noun.doc
    return prep.i == noun.i + 2 and doc[noun.i + 1].text == "-" and doc[noun.i + 1].idx == noun.idx + len(noun.text) \
        and prep.idx == doc[noun.i + 1].idx + 1
