"""A word that qualifies a post, written before the name of what the post is of.

News writes a deputy's or a shadow's post with the qualifier first: "Shadow Europe minister
Mr Brady", "Shadow Treasury chief secretary George Osborne", "then deputy Conservative
Chairman Howard Flight". Read from the role leftwards, the name ends the role and the
qualifier is left out, so the deputy is given the chairman's post and the shadow minister a
minister's of Europe. ``kg.extract.rolephrase`` asks here whether a qualifier
(``post_qualifiers.txt``) stands right before the name it read: the role is then the
qualified one, written from the qualifier ("deputy Conservative Chairman", key "deputy
chairman"), and a shadow's name is a portfolio, no organisation of the post ("Tory shadow
Europe minister": the party's). Not a qualifier after the name: "Conservative deputy
chairman" is read as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import ROLES, Role
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

POST_QUALIFIERS = read_words("post_qualifiers.txt")
_SHADOW = "shadow"  # the opposition's post: what it shadows is no organisation of it


def qualifier_before(words: Words, start: int, floor: int) -> Word | None:
    """The qualifier right before the name that begins at word ``start`` ("Shadow" of
    "Shadow Europe minister"), no further left than ``floor``; else ``None``."""
    if start - 1 < floor:
        return None
    word = words[start - 1]
    return word if fold(word.text) in POST_QUALIFIERS else None


def qualified_role(role: Role, qualifier: Word) -> Role:
    """``role`` as the qualifier makes it: the table's post when it lists one ("deputy
    chairman"), else the role's key after the qualifier ("shadow minister").

    >>> from kg.lexicon import Role
    >>> class Word:
    ...     text = "Shadow"
    >>> qualified_role(Role("political", "minister", None), Word()).key
    'shadow minister'
    """
    written = (fold(qualifier.text), *role.key.split())
    listed = ROLES.get(written)
    return listed if listed is not None else Role(role.type, " ".join(written), role.membership)


def keeps_organisation(qualifier: Word) -> bool:
    """Whether the name after the qualifier stays the post's organisation: a deputy's
    ("deputy Conservative chairman": the party's), not a shadow's ("Shadow Europe minister")."""
    return fold(qualifier.text) != _SHADOW
