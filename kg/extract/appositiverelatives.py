"""Which body a "which" clause after a person's apposition tells of, when the parser hung
it on the person.

"John Binks, director of GfK, which monitors global consumer markets": the parser hangs
"which monitors" on Binks, but "which" never stands for a person: GfK monitors them. The
name a preposition of the apposition takes ("director of GfK", "an analyst at fund manager
Matrix Asset Advisors", "head of distribution for Newmarket Films"), the last one before
"which" and no person's, is meant. Not "who" ("Dhani Harrison, son of George Harrison, who
has inherited": either might be meant, so neither is read), nor when the apposition names nothing else
("Halliburton, which ...", a firm NER read as a person, stays as the parser hung it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def appositive_antecedent(verb: Word, noun: Word) -> Word | None:
    """The noun the relative clause of ``verb`` tells of, given ``noun``, the one the
    parser hung it on (see the module's docstring); None for a "who" the parser hung on
    the person an apposition of another person names: "Dhani Harrison, son of the late
    Beatle George Harrison, who has inherited £140m" (either may be meant: no one)."""
    if noun.ent_type_ != "PERSON":
        return noun
    pronoun = next((c for c in verb.children if c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None:
        return None if _named_in_apposition(verb, noun) else noun
    named = [word for apposition in noun.children if apposition.dep_ == "appos" and apposition.i < pronoun.i
             for word in apposition.subtree if word.dep_ == "pobj" and word.pos_ == "PROPN"
             and word.ent_type_ not in ("", "PERSON") and word.i < pronoun.i]
    return named[-1] if named else noun


def _named_in_apposition(verb: Word, noun: Word) -> bool:
    """Whether ``verb``'s "who" follows ``noun``, a person a preposition takes in the
    apposition of another person ("X, son of Y, who")."""
    if not any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    preposition = noun.head
    apposition = preposition.head
    return (noun.dep_ == "pobj" and preposition.dep_ == "prep" and apposition.dep_ == "appos"
            and apposition.head.ent_type_ == "PERSON" and apposition.head.i < apposition.i)
