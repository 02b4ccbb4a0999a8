"""Which body a "which" clause after a person's apposition tells of, when the parser hung
it on the person.

"John Binks, director of GfK, which monitors global consumer markets": the parser hangs
"which monitors" on Binks, but "which" never stands for a person: GfK monitors them. The
name a preposition of the apposition takes ("director of GfK", "an analyst at fund manager
Matrix Asset Advisors", "head of distribution for Newmarket Films"), the last one before
"which" and no person's, is meant. Not "who" ("Dhani Harrison, son of George Harrison, who
has inherited": either might be meant), nor when the apposition names nothing else
("Halliburton, which ...", a firm NER read as a person, stays as the parser hung it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def appositive_antecedent(verb: Word, noun: Word) -> Word:
    """The noun the relative clause of ``verb`` tells of, given ``noun``, the one the
    parser hung it on (see the module's docstring)."""
    if noun.ent_type_ != "PERSON":
        return noun
    pronoun = next((c for c in verb.children if c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None:
        return noun
    named = [word for apposition in noun.children if apposition.dep_ == "appos" and apposition.i < pronoun.i
             for word in apposition.subtree if word.dep_ == "pobj" and word.pos_ == "PROPN"
             and word.ent_type_ not in ("", "PERSON") and word.i < pronoun.i]
    return named[-1] if named else noun
