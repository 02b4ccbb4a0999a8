"""An infinitive relative clause tells what is to befall a thing, not what has befallen it.

"The film, to be directed by A Beautiful Mind's Ron Howard, is due to start filming in May",
"new trade rules to be introduced in the new year", "The report, to be published on Monday,
criticises the bank": the directing, the introducing, the publishing are to come (planned).
Not after an ordinal or a superlative, which counts what happened: "the first player to be
sent off in the match", "the only film to be shown twice", "the latest firm to be hit by the
strike". The parser may hang such a clause after a comma on the sentence's verb ("forms part of
the party's bill, to be unveiled later this week"): it is to come all the same.
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
    auxiliaries = [c for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or [c.lower_ for c in auxiliaries] != ["to", "be"]:
        return False
    if verb.dep_ == "advcl" and auxiliaries[0].i > 0 and verb.doc[auxiliaries[0].i - 1].text == ",":
        return True  # "..., to be unveiled later this week": hung on the verb, still to come
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.lower_ in _COUNTING or c.tag_ in ("JJS", "RBS") or (c.dep_ == "amod" and c.ent_type_ == "ORDINAL")
                   for c in noun.children if c.i < noun.i)


def infinitive_form(verb: Word) -> bool:
    """Whether ``verb`` is in the bare form, active ("to face Gloucester") or passive ("do not
    have to wait to be attacked": a past participle whose passive auxiliary is a bare "be")."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" and c.lemma_ == "be" for c in verb.children))
