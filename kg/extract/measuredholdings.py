"""A measured value a holder has "of" a sum or a share: "had net income of $6.2bn".

"Wells Fargo had net income of $6.2bn", "Kingfisher has market share of about 29%", "the
club had a debt of £103m": a firm's figure given with "have" and the amount after "of",
where the object's head is the measured noun (``measured_nouns.tsv``: income, sales,
share, debt), not the amount, so the counted holding (``kg.extract.holdings``) found no
amount on it. ``measured_of`` says the object is such a figure; the holding then states
have(agent, theme "net income of $6.2bn") as for "has 5,000 staff", with the same limits
(asserted or reported only, no shared holders, no first person). The amount must be money
or a percentage ("of $6.2bn", "of about 29%"): not a count of things ("a share of 20
players"), nor a measured noun with no amount ("had sales of its brands", "has a debt of
honour").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import MEASURED_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["measured_of"]

_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT"})


def measured_of(obj: Word) -> bool:
    """Whether ``obj`` is a measured noun with its amount after "of": "net income of $6.2bn"."""
    if obj.lemma_.lower() not in MEASURED_NOUNS:
        return False
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i), None)
    if prep is None or prep.lower_ != "of":
        return False
    amount = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if amount is None:
        return False
    words = [t for t in amount.subtree if t.i <= amount.i]  # "£103m": the money may be on the number, not "m"
    return any(t.ent_type_ in _AMOUNT_LABELS or t.lower_ in ("%", "percent") for t in words) and any(
        t.like_num or any(ch.isdigit() for ch in t.text) for t in words)
