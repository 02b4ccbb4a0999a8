"""A role word spaCy tagged a verb right before a person's name.

"introduced him to actor Nicolas Cage", "paid tribute to actor Ossie Davis", "Prop
Phil Vickery and lock Simon Shaw", "Munster lock Paul O'Connell": the parser reads
"to actor" as an infinitive and "lock" as a verb, so no title is read. Right before a
person's name, a role word that is hardly ever a verb with a person as object is the
name's title. A role that is also such a verb ("Wenger will coach Henry", "to captain
Smith"; ``kg/lexicon/data/role_verbs.txt``) keeps its verb reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS, ROLE_VERBS

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_BASE_FORMS = frozenset({"VB", "VBP"})


def mistagged_title(words: Words, head: Word) -> bool:
    """Whether ``head``, tagged a verb, is a role word used as the title of the person
    named right after it."""
    following = head.i + 1
    return (
        head.pos_ == "VERB"
        and head.tag_ in _BASE_FORMS
        and head.text.islower()
        and head.lower_ in ROLE_HEADS
        and head.lower_ not in ROLE_VERBS
        and following < len(words)
        and words[following].ent_type_ == "PERSON"
        and words[following].ent_iob_ == "B"
    )
