"""A participle that names what its clause brings about, hung on a noun by the parse.

"Labour fears that supporters may switch to the Lib Dems allowing the Tories to win some
seats": the parse makes "allowing" describe "the Lib Dems" (an ``acl``), so the win read as
a fact about them. An -ing form of a verb of consequence (``consequence_participles.txt``)
on the object of a verb is that verb's consequence: ``consequence_of`` gives the verb, and
``kg.extract.forclauses.reframed`` reads the participle as its adverbial clause, as sure as
the verb ("may switch": the win is possible).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

CONSEQUENCE_PARTICIPLES = read_words("consequence_participles.txt")
_OBJECTS = frozenset({"dobj", "pobj", "attr", "dative"})


def consequence_of(verb: Word) -> Word | None:
    """The verb whose object ``verb`` (an -ing of consequence) was hung on, else ``None``."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in CONSEQUENCE_PARTICIPLES:
        return None
    if noun.dep_ not in _OBJECTS or not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in verb.children):
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor if governor.pos_ in ("VERB", "AUX") else None
