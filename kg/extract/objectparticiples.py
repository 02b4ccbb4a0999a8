"""An -ing clause the parse hung on the verb that describes the indefinite object before it.

"The SEC charged an agent in Benin claiming ties to the bank", "Samsung demonstrated a phone
using UWB technology", "Ubisense has about 40 customers around the world using the
technology": the parse hangs the participle on the main verb as an adverbial clause, so the
main clause's subject claims, uses or works. With no comma between them, an -ing right after
an indefinite object's phrase ("a"/"an"/"another", a count, "some" + a plural) says which one
is meant, as a relative clause would ("an agent who claims ties"): `rehang_object_participles`
hangs it on that noun as its modifier, before the words' children are read, so every rule
reading the parse agrees the noun is its subject.

Not after a definite or a named object, where the -ing is as often the subject's ("left the
club claiming he needed a break", "will produce its future DVDs using Sony's technology"),
nor after a span of time ("spent a week working on it"), nor a pronoun; not an -ing of speech
that reports a clause or a quotation ("cancelled an appearance saying she was too ill", "had a
scorching from MPs adding: ..."), nor one whose reflexive object names the subject ("issued a
statement distancing himself").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.swallowed import SUBJECT_DEPS, children_of, move, right_edge
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["rehang_object_participles"]

PERIOD_NOUNS = read_words("period_nouns.txt")  # "spent a week working on it": no week works

_INDEFINITE = frozenset({"a", "an", "another"})
_OWN_CLAUSE = SUBJECT_DEPS | {"mark", "aux", "auxpass", "ccomp"}
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
# What opens a quotation or a clause of speech right after the -ing ("adding: ...").
_SPEECH_OPENERS = frozenset({":", '"', "'", "\u201c", "\u2018"})


def rehang_object_participles(words: list[Word]) -> None:
    """Hang each -ing that describes the indefinite object before it on that object (see the
    module); only ``head`` and ``dep_`` change, before any children are read."""
    children: dict[int, list[Word]] | None = None
    for verb in words:
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
            continue
        if verb.i == 0 or words[verb.i - 1].is_punct:
            continue  # "..., claiming": set off, the subject's
        if children is None:
            children = children_of(words)
        own = children.get(verb.i, [])
        if any(c.dep_ in _OWN_CLAUSE for c in own) or any(c.lower_ in _REFLEXIVES for c in own):
            continue
        if verb.i + 1 < len(words) and words[verb.i + 1].text in _SPEECH_OPENERS:
            continue
        obj = next((c for c in children.get(head.i, ()) if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is None or right_edge(obj, children) + 1 != verb.i or not _indefinite(obj, children.get(obj.i, [])):
            continue
        move(verb, obj, children)
        verb.dep_ = "acl"


def _indefinite(noun: Word, own: list[Word]) -> bool:
    """Whether ``noun`` is a common noun an indefinite determiner or a count opens, no span of time."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in PERIOD_NOUNS or noun.lemma_.lower() == "time" or (
            noun.ent_type_ in _TIME_LABELS):
        return False
    for child in own:
        if child.i > noun.i:
            continue
        if child.dep_ == "det" and (child.lower_ in _INDEFINITE or (child.lower_ == "some" and noun.tag_ == "NNS")):
            return True
        if child.dep_ == "nummod" and child.like_num and noun.tag_ == "NNS":
            return True
    return False
