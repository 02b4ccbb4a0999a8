"""An event a date is set for is still to come, whether or not the date is set.

"EU leaders set a date for the start of Turkey's accession talks", "There is no date for the
PSP's release in Europe yet", "No date for the vote has been set", "No date has been set for
the release of the album": the start, the release and the vote are planned (cue the noun,
"date"), never told as done, and never negated by the "no" of the missing date: a date not set
says when, not whether. The event noun is the "for" object of a noun of a time set
(``schedule_nouns.txt``: date, timetable, deadline), or of the verb whose subject or object
that noun is ("has been set for the release"). Not an event noun after another noun's "for"
("plans for a takeover": ``kg.extract.framednouns``), nor a schedule noun that is no head
("the release date for the album": no event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["scheduled"]

SCHEDULE_NOUNS = read_words("schedule_nouns.txt")
_HOLDERS = frozenset({"nsubj", "nsubjpass", "dobj"})


def scheduled(noun: Word) -> str | None:
    """The schedule noun (its lemma) the event noun ``noun`` is the "for" object of, directly
    ("a date for the start") or through that noun's verb ("No date has been set for the
    release"); else ``None``."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ != "for":
        return None
    head = preposition.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() if head.lemma_.lower() in SCHEDULE_NOUNS else None
    if head.pos_ != "VERB":
        return None
    date = next((c for c in head.children if c.dep_ in _HOLDERS and c.pos_ == "NOUN" and c.lemma_.lower() in SCHEDULE_NOUNS), None)
    return date.lemma_.lower() if date is not None else None
