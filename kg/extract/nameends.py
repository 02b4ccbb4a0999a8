"""Where a name ends: trimmed of determiners, possessives and punctuation, except the
"'s" of a name that ends in its own: "Moody's", "Standard & Poor's", "Sainsbury's".

NER keeps the "'s" of a firm named after its founder, and the name trimmer would cut
it as a possessive. It is the name's own when it possesses nothing: no noun follows,
only a finite verb ("Moody's have upgraded", "Standard & Poor's said"), a comma or the
end of the sentence. "Moody's analysts", "MG Rover's proposed tie-up" and "Tesco's and
Asda's sales" stay possessives. What else nothing possessed may follow: ``kg.extract.ownends``.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.amounts import is_amount
from kg.extract.ownends import no_possessed
from kg.extract.words import Bounds, Word, Words
from kg.lexicon import DETERMINERS

__all__ = ["own_possessive", "trim_name"]

# What may follow a name's own "'s": a finite verb ("Moody's said", "has", "expects", "will"),
# never a participle, which modifies a possessed noun ("MG Rover's proposed tie-up").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLOSING = frozenset({",", ".", ";", ":", ")", "!", "?", '"'})


def own_possessive(tokens: Sequence[Word], end: int, label: str) -> bool:
    """Whether the "'s" at ``end - 1`` ends an organisation's name (``label``: NER's)."""
    if label != "ORG" or end < 1 or tokens[end - 1].tag_ != "POS":
        return False
    if end >= len(tokens):
        return True
    after = tokens[end]
    return after.tag_ in _FINITE_TAGS or after.text in _CLOSING or no_possessed(tokens, end)


def trim_name(words: Words, start: int, end: int, label: str = "") -> Bounds | None:
    """Words ``start:end`` without leading determiners, trailing possessives (not an
    organisation's own: "Moody's said"), punctuation, amounts at either end ("Varig 2bn":
    ``kg.extract.amounts``) and anything after a line break."""
    tokens = words.words
    for i in range(start, end):
        # A token's trailing whitespace is one space or none: a line break is a token of its own.
        if "\n" in tokens[i].text:
            end = i
            break
    while start < end and (tokens[start].lower_ in DETERMINERS or tokens[start].is_punct or tokens[start].is_space
                           or is_amount(tokens[start].text)):
        start += 1
    while end > start and ((tokens[end - 1].tag_ == "POS" and not own_possessive(tokens, end, label))
                           or tokens[end - 1].is_punct or tokens[end - 1].is_space or is_amount(tokens[end - 1].text)):
        end -= 1
    if start >= end:
        return None
    if label == "ORG" and end + 1 < len(tokens) and tokens[end].tag_ == "POS" \
            and (tokens[end + 1].tag_ in _FINITE_TAGS or no_possessed(tokens, end + 1)):
        end += 1  # "giants McDonald's are listed": NER left its own "'s" out; not "Microsoft's \"Plays for Sure\""
    return start, end
