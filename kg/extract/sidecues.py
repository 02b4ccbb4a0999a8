"""More ways a sports report writes a side (``kg.extract.cues.is_team`` asks these).

- *owner of a side's noun*: the possessive's head is a side's own noun, whatever
  stands between: "England's training squad", "England's most promising attack",
  "England's acting head coach Andy Robinson" (the noun a compound of the name after it);
- *opponent's conjunct*: a name joined by "and" to an opponent is one too: "the
  opening two matches against Wales and France";
- *plural verb*: a name that is the subject of a plural verb ("Italy have won") or, alone
  (no "and" joins another name to it), of "were": "Liverpool were reported to have bid",
  "Blackburn were beaten" (a club's name takes the plural; a person's "was").

A country's name is the country where the text speaks of it (``speaks_of_country``);
these constructions are of a side only.
"""

from __future__ import annotations

from kg.extract.words import Word, Words

# Words before an opponent: "against Italy", "Ireland v England".
OPPONENT_WORDS = frozenset({"against", "v", "vs", "versus"})
# A side's own nouns: its leaders, its squad and its units on the field; not "hopes" or
# "star" ("Britain's medal hopes" are the country's in an athletics report), nor what a
# firm has too ("Creative's European marketing manager", "Sony's design team", "its players").
_SIDE_NOUNS = frozenset("coach captain skipper squad side attack defence pack backs forwards line-up lineup".split())


def owns_side_noun(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` own a side's noun: "England's training squad", "England's
    acting head coach Andy Robinson"."""
    root = words.root(start, end)
    if root.dep_ != "poss" or root.head.i < end:
        return False
    head = root.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in _SIDE_NOUNS
    return head.pos_ == "PROPN" and any(
        child.dep_ == "compound" and child.pos_ == "NOUN" and child.lemma_.lower() in _SIDE_NOUNS
        for child in head.children
    )


def opponent_conjunct(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a later conjunct of a name after an opponent's word:
    "against Wales and France" (France)."""
    root = words.root(start, end)
    if root.dep_ != "conj":
        return False
    first: Word = root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    if first is root:
        return False
    tokens = words.words
    before = tokens[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    return (first.dep_ == "pobj" and first.head.lower_ in OPPONENT_WORDS) or (
        before is not None and before.lower_ in OPPONENT_WORDS
    )


def plural_verb(head: Word, subject: Word) -> bool:
    """The verb ``head`` (or its auxiliary) is plural for its ``subject``: a present plural
    ("have", "are"), or "were" after one name alone ("Liverpool were", not "Smith and Jones were").

    >>> from types import SimpleNamespace as T
    >>> were = T(tag_="VBD", lower_="were", dep_="auxpass", children=[])
    >>> plural_verb(T(tag_="VBN", lower_="reported", children=[were]), T(conjuncts=()))
    True
    >>> plural_verb(T(tag_="VBN", lower_="reported", children=[were]), T(conjuncts=("Jones",)))
    False
    """
    verbs = [head, *(child for child in head.children if child.dep_ in {"aux", "auxpass"})]
    return any(verb.tag_ == "VBP" for verb in verbs) or (not subject.conjuncts and any(verb.lower_ == "were" for verb in verbs))
