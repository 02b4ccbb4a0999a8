"""A title in a list of titled names takes the owner of the title before it.

"Deutsche's chairman Rolf Breuer and chief executive Werner Seifert", "JP Morgan chief
executive William Harrison and chief operating officer James Dimon", "Wales centre Sonny
Parker and number eight Ryan Jones": the second title names no owner; the list is of one
owner's people. Only when both roles are of one kind, and the second is a firm's post or
one that makes its holder a member ("captain" plays for the side): "Chelsea boss Jose
Mourinho and referee Graham Poll" (a referee is no club's), "former US president Bill
Clinton and singer Harry Belafonte" (a singer is no country's) keep none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.rolephrase import RolePhrase, read_title

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

_MAX_NAME_WORDS = 4
_SEPARATORS = frozenset({"and", "&", ","})


def list_owner(words: Words, sentence: Sentence, phrase: RolePhrase, known: frozenset[str]) -> RolePhrase | None:
    """The title before the previous name of a list, when ``phrase`` (a title before a name,
    with no owner) should take its owner: "... chairman Rolf Breuer and [chief executive]"."""
    if phrase.organisation is not None or phrase.country is not None:
        return None
    if not (phrase.role.membership or phrase.role.type == "business"):
        return None
    separator = phrase.start - 1
    if separator - 1 <= sentence.start or words[separator].lower_ not in _SEPARATORS:
        return None
    last = separator - 1
    for start in range(last, max(sentence.start, last - _MAX_NAME_WORDS), -1):
        word = words[start]
        if not (word.pos_ == "PROPN" and word.text[:1].isupper()):
            return None
        before = read_title(words, start, sentence.start, known)
        if before is None:
            continue
        if before.organisation is None or before.role.type != phrase.role.type or before.end != start:
            return None
        return before
    return None
