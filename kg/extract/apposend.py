"""Where an apposition's role phrase ends when more words follow its organisation.

"Dave Prentis, general secretary of Unison, said" ends at a comma; but the words
after the organisation may still belong to it, not to a new role or clause:

- a relative clause on the organisation: "said Rob Pollard, sales director for
  Arbor Networks which is behind the system";
- the organisation it is part of: "Charles Elson, chairman of the Center for
  Corporate Governance at the University of Delaware".

Anything else ("the head of Universal Music Germany until last year", "head of EA in
Europe") may change the role or its time, and gives no apposition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.rolephrase import RolePhrase
    from kg.extract.words import Words

RELATIVES = frozenset({"which", "that"})


def organisation_goes_on(words: Words, phrase: RolePhrase, end: int) -> bool:
    """Whether the words after a role phrase's organisation (before word ``end``) still
    belong to the organisation, so the apposition ends there."""
    if not phrase.organisation or phrase.end >= end or phrase.organisation[-1].i != phrase.end - 1:
        return False
    after = words[phrase.end]
    if after.lower_ in RELATIVES:
        return True
    if after.lower_ == "at":
        i = phrase.end + 1
        if i < end and words[i].lower_ == "the":
            i += 1
        return i < end and words[i].ent_type_ == "ORG"
    return False
