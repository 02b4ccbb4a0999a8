"""An -ing right after a verb of excluding is what it rules out, not a clause beside it.

"Tony Blair has already ruled out taking part in a televised debate": the parse hangs
"taking" on "ruled" as an adverbial clause, so nothing reads it as ruled out and the
taking part stands as a fact, the worst error (a denial written as one). As "has ruled
out selling Gerrard", parsed as a complement, it is what the verb of excluding
(``factuality_cues.tsv``, kind ``excluding``: "rule out", "exclude") governs, negated as
``kg.extract.ruledout`` reads it (possible when the ruling out is itself negated: "has
not ruled out taking part"). `rehang_ruled_gerunds` labels such an -ing a complement
(``xcomp``) before the words' children are read. Only a bare -ing (no subject, marker or
auxiliary of its own) right after the verb or its particle: not "ruled out a move, saying
...", whose -ing follows an object and a comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["rehang_ruled_gerunds"]

_EXCLUDING = FACTUALITY_CUES["excluding"]
# What an -ing of its own clause has that a complement has not.
_OWN = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass"})


def rehang_ruled_gerunds(words: list[Word]) -> None:
    """Label a complement each bare -ing the parse hung as an adverbial clause right after a
    verb of excluding or its particle (see the module); only ``dep_`` changes, before any
    children are read."""
    for i, word in enumerate(words):
        if word.dep_ != "advcl" or word.tag_ != "VBG" or i == 0:
            continue
        verb, before = word.head, words[i - 1]
        if verb.i >= word.i or verb.pos_ != "VERB" or not (before is verb or (before.dep_ == "prt" and before.head is verb)):
            continue
        lemma = verb.lemma_.lower()
        cue = f"{lemma} {before.lower_}" if before is not verb else lemma
        if cue not in _EXCLUDING or any(other.head is word and other.dep_ in _OWN for other in words):
            continue
        word.dep_ = "xcomp"
