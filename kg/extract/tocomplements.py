"""A "to" phrase that belongs to the direct object before it, not to the verb.

"voiced opposition to the planned takeover", "negotiate a solution to the disagreements",
"posed a threat to UKIP", "set up a political alternative to Vladimir Putin": what the
opposition, the solution, the threat or the alternative is to is no recipient or destination
of the verb. After a direct object of ``to_complement_nouns.txt`` the "to" phrase right after
it, whether the parser hung it on the noun or on the verb, is no argument of its own
(``own_to``) and stays in the object's words (``with_complement``: the theme reads "opposition
to the planned takeover"). Not a noun whose "to" may name whom the verb gives it to ("paid
tribute to Johnny Carson", "offered support to small firms"): those stay recipients; nor
after a verb that takes a "to" phrase of its own (``to_giving_verbs.txt``: "market the
solution to customers", "likened the challenge to a Rubik's cube"): that stays the verb's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["own_to", "with_complement"]

_NOUNS = read_words("to_complement_nouns.txt")
_GIVING = read_words("to_giving_verbs.txt")


def own_to(word: Word | None) -> Word | None:
    """The direct object whose own "to" phrase ``word`` (the "to" or its object) is (see the
    module), else ``None``."""
    prep = word.head if word is not None and word.dep_ == "pobj" else word
    if prep is None or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    head = prep.head
    noun: Word | None = head
    if head.dep_ != "dobj" or head.i > prep.i:  # hung on the verb, right after its object: "voiced opposition [to the takeover]"
        noun = next((c for c in head.children if c.dep_ == "dobj" and max(t.i for t in c.subtree) + 1 == prep.i), None)
    if noun is None or noun.pos_ != "NOUN" or (noun.lemma_.lower() not in _NOUNS and noun.lower_ not in _NOUNS):
        return None
    return None if noun.head.lemma_.lower() in _GIVING else noun  # "market the solution to customers"


def with_complement(tokens: list[Word]) -> list[Word]:
    """``tokens``, a direct object's words, with its own "to" phrase after them when they
    end right before it: "its opposition" -> "its opposition to the planned takeover"."""
    if not tokens or tokens[-1].i + 1 >= len(tokens[-1].doc):
        return tokens
    prep = tokens[-1].doc[tokens[-1].i + 1]
    noun = own_to(prep)
    if noun is None or noun.i not in {t.i for t in tokens}:
        return tokens
    phrase = sorted(prep.subtree, key=lambda t: t.i)
    if [t.i for t in phrase] != list(range(prep.i, prep.i + len(phrase))):
        return tokens
    return [*tokens, *phrase]
