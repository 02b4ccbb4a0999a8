"""What an "over" phrase on an event is when it is no reason.

The role table (``event_roles.tsv``) reads "over" + anything but a time or a beaten party
as the event's reason ("complain over the standard of refereeing", "rows over the issue").
Three kinds are no reason and are left out rather than guessed:

- a span of time: "seen a 180% rise over the course of the last month";
- a medium: "offer TV over broadband", "play programmes over the net" (``over_media.txt``);
- a beaten party of a win that is the verb's object, whether the parser hung it on the verb or the win:
  "target their first victory over the world champions", "deliver victory over Argentina"
  (``contest_nouns.txt``).

"over" right after a verb that takes it as a particle is no preposition: its noun is what the
verb moves over, the theme ("slotting over a superb penalty", "rifled over another penalty";
``over_particle_verbs.txt``), or no role when the verb has an object of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["over_role"]

_MEDIA = read_words("over_media.txt")
_PARTICLE_VERBS = read_words("over_particle_verbs.txt")
_CONTESTS = read_words("contest_nouns.txt")
_SPANS = ("course", "period", "span")
_OBJECTS = ("dobj", "attr", "oprd")


def over_role(prep: Word, pobj: Word | None, role: str | None) -> str | None:
    """The role of "over" + ``pobj``, ``role`` as the role table gives it: the theme after a
    verb that takes "over" as a particle; none for a span of time, a medium, or the beaten
    party of a win the verb has as its object."""
    if prep.lower_ != "over" or pobj is None or role != "reason":
        return role
    head = prep.head  # the verb, or its object when the phrase hangs on the object
    if head.i + 1 == prep.i and head.pos_ == "VERB" and head.lemma_.lower() in _PARTICLE_VERBS:
        # "slotting over a superb penalty": a particle; what is kicked over, not why
        return None if any(c.dep_ == "dobj" for c in head.children) else "theme"
    noun = pobj.lemma_.lower()
    if noun in _SPANS and any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children):
        return None  # "over the course of the last month"
    if noun in _MEDIA or pobj.lower_ in _MEDIA:
        return None  # "over broadband", "over the net"
    if head.lemma_.lower() in _CONTESTS or any(c.dep_ in _OBJECTS and c.lemma_.lower() in _CONTESTS for c in head.children):
        return None  # "deliver victory over Argentina", "target their first victory in Cardiff over the world champions"
    return role
