"""A "not" that stresses, not denies: "not only X but Y", "not one but two".

A "not" right before a narrowing adverb says "more than", never "not at all", when the
sentence goes on with the "but" or the "also" of the larger claim: "This is not just to
modernise venues but also to curb piracy" (the curbing is meant, not denied), "Labour's
ambition is not simply tackling idleness but delivering full employment", "She not only
won the title but also set a record". A "not" before a number set against a larger one
by "but" denies nothing either: "delivered not one but two major reports" (two were
delivered; not "conceded not one goal": none was, ``kg.extract.noobject``).

Not emphasis: "did not cut jobs but raised prices" (no narrowing adverb: the cut is
denied), "will not simply hand over the money" (no "but" nor "also" follows: the
narrowing may be the point, so the negation stands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

# Adverbs that narrow what a "not" sets aside to "only this": "not just", "not merely".
NARROWING = frozenset({"only", "just", "simply", "merely", "solely", "purely"})
# The words that carry the larger claim on: "not only X but (also) Y".
_LARGER = frozenset({"but", "also"})
_NOT = frozenset({"not", "n't"})


def emphatic(negation: Word) -> bool:
    """Whether ``negation`` opens "not only ... but" or "not one but two" (see the module)."""
    if negation.lower_ not in _NOT:
        return False
    words, end = negation.doc, negation.sent.end
    after = [words[i] for i in range(negation.i + 1, min(negation.i + 4, end))]
    if not after:
        return False
    if after[0].lower_ in NARROWING:
        return any(words[i].lower_ in _LARGER for i in range(after[0].i + 1, end))
    if not (after[0].like_num or after[0].lower_ == "one"):
        return False
    rest = [w for w in after[1:] if w.lower_ != ","]
    return bool(rest) and rest[0].lower_ == "but" and rest[0].i + 1 < end and (
        (following := words[rest[0].i + 1]).like_num or following.lower_ in ("a", "an", "several", "many"))
