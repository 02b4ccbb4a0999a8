"""A clause's verb before a title is no word of the role.

A title before a name is read leftwards from the role word (``kg.extract.rolephrase``),
taking lowercase words that describe the post ("energy analyst", "managing director").
Where the name is a clause's object, the word before the role is that clause's verb,
which the parser often tags an adjective or a participle modifying the role, and the
role then swallowed the verb and its subject:

- "his dedication impressed manager Kevin Keegan" (the parse: "impressed" an adjective
  of "manager"): the role is "manager", not "dedication impressed manager";
- "the Scots' humbling by the Springboks forced coach Matt Williams to reassess":
  "coach", not "forced coach";
- "paid tribute to ... Ray Charles, who died last year, and thanked director Taylor
  Hackford": "director", not "thanked director".

The verb shows by its form and its place: a past form ("-ed") right after a noun, a
proper noun or a personal pronoun (its subject: "which rocked keeper Hislop"), or after
a coordinating word (a second verb of its subject: "and thanked"). A participle that
describes the post follows a determiner, a possessive, an adverb or an adjective,
never a bare noun: "the newly appointed chairman", "Bath's injured flanker".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

# A subject before the verb: a noun, a name, a personal pronoun ("it forced"), never a
# possessive one ("his injured") nor a possessive's "'s".
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})
_PAST_TAGS = frozenset({"VBD", "VBN", "JJ"})


def clause_verb(words: Words, i: int, floor: int) -> bool:
    """Whether word ``i``, left of a role, is the verb of a clause the holder is the
    object of (see the module's rules); ``floor``: the first word that may be read."""
    word: Word = words[i]
    if i - 1 < floor or not word.lower_.endswith("ed") or word.tag_ not in _PAST_TAGS or word.pos_ not in ("VERB", "ADJ"):
        return False
    subject = words[i - 1]
    if subject.pos_ == "CCONJ":
        return True  # "and thanked director Taylor Hackford"
    if subject.pos_ not in _SUBJECT_POS or subject.tag_ in ("PRP$", "POS", "WP$"):
        return False
    return subject.text != "-" and subject.idx + len(subject.text) < word.idx  # "state-owned", "Labour-controlled"
