"""Where an apposition's role phrase ends when more words follow its organisation.

"Dave Prentis, general secretary of Unison, said" ends at a comma; but the words
after the organisation may still belong to it, not to a new role or clause:

- a relative clause on the organisation: "said Rob Pollard, sales director for
  Arbor Networks which is behind the system";
- the organisation it is part of: "Charles Elson, chairman of the Center for
  Corporate Governance at the University of Delaware".

Anything else ("the head of Universal Music Germany until last year", "head of EA in
Europe") may change the role or its time, and gives no apposition.

Whether the role is one person's is told by its role word, not by the last word of a
complement that belongs to the role: "Philip Snalune, director of products at Telewest"
is one director, not a list of products (``role_word``). And a name right after the
complement's noun is the organisation it describes, not an apposition to drop: "a
research director at analyst firm IDC" (``names_described``). A role word inside an
organisation's name is no role: "Tim Dams, Screen International:" names his
publication (``inside_organisation_name``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.rolephrase import RolePhrase
    from kg.extract.words import Word, Words

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


def role_word(words: Words, phrase: RolePhrase, prepositions: frozenset[str]) -> Word:
    """The role's own word: the last before its complement's preposition ("director" of
    "director of products"), else the role's last word."""
    for i in range(phrase.role_start + 1, phrase.role_end):
        if words[i].lower_ in prepositions:
            return words[i - 1]
    return words[phrase.role_end - 1]


def names_described(noun: Word, child: Word) -> bool:
    """Whether ``child``, parsed as an apposition of ``noun``, is the name of what the noun
    describes, right after it with no comma: "analyst firm IDC", "the commercial
    broadcaster Shanghai Media Group"."""
    return child.dep_ == "appos" and child.left_edge.i == noun.i + 1 and child.ent_type_ == "ORG"


def inside_organisation_name(word: Word) -> bool:
    """Whether ``word`` is a later word of a name NER read as an organisation ("Screen
    International", "Amnesty International")."""
    return word.ent_type_ == "ORG" and word.ent_iob_ == "I"
