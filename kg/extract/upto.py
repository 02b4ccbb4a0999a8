"""An amount "up to X" the parser cut off from the preposition it belongs to.

"is offering broadband speeds of up to 8Mbps", "will eventually support speeds of up to 14Mbps":
the parser often leaves the "of" without an object and hangs "up" on the verb, "to 8Mbps" under
it. The argument read "broadband speeds of" (a cut phrase that says nothing of the speed) and the
verb took "up" as its particle ("offer up", "support up"). Where a preposition with no object of
its own stands right before "up" + "to" + an object, the amount is that preposition's object:
the phrase runs on through it (``cut_amount``), and "up" is no particle of the verb
(``amount_up``). Not "up" after a preposition that has its object ("presided over a fall in jobs
up to the election"), nor "to" with no object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["amount_up", "cut_amount"]


def amount_up(word: Token) -> Token | None:
    """The object of "to" when ``word`` is the "up" of an amount cut off from the bare
    preposition right before it ("speeds of [up] to 8Mbps"), else ``None``."""
    if word.lower_ != "up" or word.i == 0:
        return None
    before = word.doc[word.i - 1]
    if before.pos_ != "ADP" or before.dep_ != "prep" or any(True for _ in before.children):
        return None
    to = next((c for c in word.children if c.lower_ == "to" and c.i == word.i + 1), None)
    return next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None


def cut_amount(tokens: list[Token]) -> list[Token]:
    """The words "up to X" that continue ``tokens`` (in text order) when they end in a bare
    preposition the amount was cut from (see the module), else none."""
    if not tokens or tokens[-1].i + 1 >= len(tokens[-1].doc):
        return []
    up = tokens[-1].doc[tokens[-1].i + 1]
    amount = amount_up(up)
    if amount is None:
        return []
    words = sorted((t for t in up.subtree if t.i <= amount.i), key=lambda t: t.i)
    return words if [t.i for t in words] == list(range(up.i, amount.i + 1)) else []
