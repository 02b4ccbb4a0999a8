"""A role speaker whose holder the article names only right after it: that one person.

"'The economy is at a pause but unlikely to fall', the economy minister said. '...,'
said economy minister Heizo Takenaka.": the news names the speaker by the role first
and gives the name in the sentence after. ``later_holder`` gives the person when all of
these hold (``kg.resolve.roleholders.role_holder`` reads the holders named before):

- the speaker is definite ("the economy minister"), not "a minister";
- the article gives that role to no one before the speaker;
- a current holder of it is named in the speaker's sentence or one of the two after it,
  and the speaker's words (but "the") are all words of that role or its organisation as
  written;
- the article gives that role to that one person only, but for holders whose role as
  written has the speaker's noun and lacks another of its words ("the courts minister" is
  no "Former Cabinet minister Douglas Hogg").

Two holders of the role anywhere, or a speaker with a word the role lacks ("the former
minister"), give no one: a wrong speaker is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.records import Argument
from kg.resolve.holders import words
from kg.resolve.pronouns import sentence_of
from kg.resolve.speakers import Context
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.roleholders import Held

_REACH = 2  # sentences after the speaker's that the name may come in


def later_holder(context: Context, argument: Argument, held: list[Held], key: str) -> int | None:
    """The one person given the role ``key`` that the definite speaker names, named in its
    sentence or the two after and given it by the article only (see the module's docstring)."""
    written = words(context.extraction.document.text[argument.start : argument.end])
    if written[:1] != ["the"]:
        return None
    same = [h for h in held if h.reading.role_key == key]
    if any(h.start < argument.start for h in same):
        return None  # a holder before: ``role_holder``'s to choose
    sentences = context.extraction.sentences
    following = min(sentence_of(context.linker, argument.start) + _REACH, len(sentences) - 1)
    described = set(written[1:])
    fits = {h.person for h in same if h.start < sentences[following][1] and h.reading.status == "current"
            and described <= _role_words(h) and context.clusters[h.person].type is EntityType.PERSON}
    # "Former Cabinet minister Douglas Hogg", the role's word with another of its own, is no courts minister
    rivals = {h.person for h in same if described <= _role_words(h) or written[-1] not in _role_words(h)}
    return fits.pop() if len(fits) == 1 and rivals == fits else None


def _role_words(held: Held) -> set[str]:
    """The words of a role as written and of its organisation, as written."""
    organisation = held.reading.organisation.text if held.reading.organisation is not None else ""
    return set(words(f"{held.reading.role} {organisation}"))
