"""A share of those polled speaks for the pollster: the poll reports what they said.

"30% of those asked by MORI said ministers could not be trusted", "In a poll for the BBC, 40% of
voters said ...", "According to the ICM poll, most voters said ...": a share of respondents is no
one who can be a source (kg.extract.quotes gives such a subject no speaker), so what they said is
reported in the name of the pollster the sentence names: the agent or client ("by", "for") of a
verb of asking people or of a poll noun, or the name a poll noun bears ("the ICM poll", "YouGov's
survey"); ``polling_words.txt``. A verb of asking counts on the share's own phrase only (not "Two of
the men said they were questioned by Scotland Yard"), and nothing inside what they said does. With no
pollster named the report stays reported, never a plain fact, in the share's name as written (no one
the graph names). Any other subject is its own source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import QUANTIFIERS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["polled", "share_of_people"]

_POLLING = read_words("polling_words.txt")
_CLIENTS = frozenset({"by", "for"})  # "asked by MORI", "a poll for the BBC"


def polled(subject: Word | None) -> Word | None:
    """The source of a speech whose subject is ``subject``: itself, or, for a share of those
    polled ("60%", "most of those questioned"), the pollster its sentence names, if any."""
    if subject is None or not share_of_people(subject):
        return subject
    said = {w.i for c in subject.head.children if c.dep_ == "ccomp" for w in c.subtree}  # not what they said
    own = {w.i for w in subject.subtree}  # a verb of asking on the share itself: "those asked by MORI"
    return next((found for word in subject.sent if word.i not in said and (word.pos_ == "NOUN" or word.i in own)
                 and (found := _pollster(word)) is not None), None)


def share_of_people(word: Word) -> bool:
    """ "60%", "Some 30% of those asked", "Most of those questioned", "Half of voters": how many, not who
    (also ``kg.extract.quotes``: such a subject is no speaker)."""
    if word.pos_ == "NUM" or word.ent_type_ == "PERCENT":
        return True
    return word.lemma_.lower() in QUANTIFIERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _pollster(word: Word) -> Word | None:
    """The name ``word``, a word of polling, gives as who polled: "asked by MORI", "the survey
    carried out by ICM Research", "a poll for the BBC", "the ICM poll"."""
    if word.lemma_.lower() not in _POLLING and word.lower_ not in _POLLING:
        return None
    if word.pos_ == "NOUN":
        named = next((c for c in word.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
        for child in word.children:
            if child.dep_ == "acl" and (found := _agent(child)) is not None:
                return found  # "the survey carried out by ICM Research"
    return _agent(word) if word.pos_ in ("NOUN", "VERB") else None


def _agent(word: Word) -> Word | None:
    """The name after ``word``'s "by" or "for" ("asked by MORI", "a poll for the BBC")."""
    for child in word.children:
        if child.dep_ in ("agent", "prep") and child.lower_ in _CLIENTS:
            name = next((c for c in child.children if c.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN":
                return name
    return None
