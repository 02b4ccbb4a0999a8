"""An infinitive relative clause tells what is to befall a thing, not what has befallen it.

"The film, to be directed by A Beautiful Mind's Ron Howard, is due to start filming in May",
"new trade rules to be introduced in the new year", "The report, to be published on Monday,
criticises the bank": the directing, the introducing, the publishing are to come (planned).
Not after an ordinal or a superlative, which counts what happened: "the first player to be
sent off in the match", "the only film to be shown twice", "the latest firm to be hit by the
strike".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

# Words before a noun that make "the X to be done" a count of what was done.
_COUNTING = frozenset({"first", "last", "only", "second", "third", "fourth", "fifth", "sole"})


def to_befall(verb: Word) -> bool:
    """Whether ``verb`` heads a passive infinitive relative of a noun ("rules [to be
    introduced]"), not one after an ordinal or a superlative ("the first player to be sent off")."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    auxiliaries = [c for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass")]
    if [c.lower_ for c in auxiliaries] != ["to", "be"]:
        return False
    return not any(c.lower_ in _COUNTING or c.tag_ in ("JJS", "RBS") or (c.dep_ == "amod" and c.ent_type_ == "ORDINAL")
                   for c in noun.children if c.i < noun.i)
