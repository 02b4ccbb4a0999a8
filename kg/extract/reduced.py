"""A past participle the parse gave a subject of its own but no auxiliary: a reduced passive.

Its subject is what was done to, not who did it, when the participle

- stands in an absolute "with" clause: "with at least 23,000 people killed", "with an
  emotional Moya congratulated by his team-mates", also where the parser made "with" the
  mark of a finite clause and tagged the participle a past tense: "With Mike Tindall ruled
  out of the opening two matches and Will Greenwood sidelined" (and read "Will" as an
  auxiliary: one before the subject is not the clause's own);
- completes a verb of seeing, having or finding with its object (``participle_verbs.txt``):
  "saw some 12 trillion won of debt converted into equity", "had their ID stolen", "will
  find themselves redirected to porn sites";
- has a "by" phrase the parser marked as a passive's agent: "The UK's trade gap narrowed in
  November, helped by a 7.5% rise in exports".

A verb of sale in the middle voice with a price after "for" ("Four suits sold for £20,000")
reads as a passive too (``kg.extract.middles``).

A regular past form ("-ed") the tagger read as a past tense after the object of a causative
verb (``causative_verbs.txt``), where no finite clause can stand, is no event at all
(``caused_past``; ``kg.extract.false_events``): "the Alliance failed to get the Hunting Act
ruled invalid" would make the act the ruler, and the factuality of a past tense is its own,
not the causative's ("crucial for the government to get the Bill passed" is no fact).

A participle with an object of its own is an active past the tagger misread ("felt it added
'fizz' to his campaign"), and one with an auxiliary a perfect ("with the firm having cut costs").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.middles import middle_sale
from kg.extract.unjoined import main_misread, reduced_relative
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["caused_past", "reduced_passive"]

_ABSOLUTE = frozenset({"with", "without"})
_PARTICIPLE_VERBS = read_words("participle_verbs.txt")
_CAUSATIVE_VERBS = read_words("causative_verbs.txt")
_NOMINATIVE = frozenset({"i", "we", "he", "she", "they"})  # a clause's own subject, never an object


def reduced_passive(verb: Word) -> bool:
    """Whether ``verb``, a past participle with a subject of its own and no auxiliary or
    object, is passive (see the module's list)."""
    if middle_sale(verb):
        return True  # "Four suits sold for £20,000": a sale in the middle voice (kg.extract.middles)
    if _absolute_clause(verb) or reduced_relative(verb) is not None or main_misread(verb):
        return True  # "with at least 23,000 people killed"; "Nintendo's DS, released in the UK"; "The authors
        # shortlisted for the prize include" (kg.extract.unjoined)
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_.startswith("aux") or c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in _ABSOLUTE:
        return True
    if verb.dep_ in ("ccomp", "xcomp", "oprd") and head.lemma_.lower() in _PARTICIPLE_VERBS:
        return True
    return any(c.dep_ == "agent" for c in verb.children)


def _absolute_clause(verb: Word) -> bool:
    """A participle with its own subject in a clause that "with"/"without" opens as a mark,
    or coordinated with one: no clause of English is "with" + a finite verb."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    if any(c.dep_.startswith("aux") and c.i > subject.i for c in verb.children):
        return False  # "with the firm having cut costs": a perfect
    opener = verb.head if verb.dep_ == "conj" else verb
    if opener is not verb and not _absolute_clause(opener):
        return False
    return any(c.dep_ == "mark" and c.lower_ in _ABSOLUTE for c in opener.children)


def caused_past(verb: Word) -> bool:
    """ "get the Hunting Act ruled invalid": a regular past form ("-ed") tagged a past tense,
    with a subject of its own, that completes a causative verb (``causative_verbs.txt``); "saw
    the team lost" after a verb of seeing may be a past tense, and stays one."""
    if verb.tag_ != "VBD" or not verb.lower_.endswith("ed") or verb.dep_ not in ("ccomp", "xcomp", "oprd") or \
            verb.head.lemma_.lower() not in _CAUSATIVE_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    # The object right after the causative ("get [the Bill] passed"); not a clause of its own
    # ("had good possession and he kicked the ball away": "he" is no object).
    return subject is not None and subject.lower_ not in _NOMINATIVE and min(
        subject.subtree, key=lambda t: t.i).i == verb.head.i + 1
