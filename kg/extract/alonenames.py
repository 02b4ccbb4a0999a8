"""Where a one-word name stands alone as the name of one thing.

Rule ``name alone``: a one-word name whose word is the head of a kind of name
(``name_heads.tsv``: "Premiership", "Oscars", "Times") names the one event or work
of that kind the reader knows after "the" ("the Premiership", "the Oscars") and as
the modifier of a common noun ("a Premiership match", "their Premiership meeting",
"Oscars ceremony"), where no person's or firm's name is read otherwise
(``kg.extract.cues.head_type``'s ``after_the``).
"""

from __future__ import annotations

from kg.extract.words import Words


def named_alone(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` follow "the", or are one word that modifies the common noun
    right after it ("a Premiership match": a compound of "match")."""
    tokens = words.words
    if start > 0 and tokens[start - 1].lower_ == "the":
        return True
    if end - start != 1 or end >= len(tokens):
        return False
    after = tokens[end]
    return after.pos_ == "NOUN" and after.text.islower() and tokens[start].head is after and (
        tokens[start].dep_ in {"compound", "amod", "nmod"}
    )
