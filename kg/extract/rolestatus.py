"""The status words before a role and what they say of the holder's tenure: "former Arsenal
keeper", "ex-Foreign Secretary", "outgoing chairman", "incoming chief executive". Read
leftwards by ``kg.extract.rolephrase`` from where the role (or what it is of) begins."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.rolephrase import RolePhrase
    from kg.extract.words import Words

# Status words before a role: what they say of the holder's tenure.
STATUS_WORDS = {
    "former": "former", "ex": "former", "then": "former", "late": "former", "retired": "former", "previous": "former",
    "outgoing": "current", "current": "current", "new": "current", "incoming": "future", "future": "future",
    "designate": "future",
}  # fmt: skip


def read_status(words: Words, i: int, floor: int, phrase: RolePhrase) -> int:
    """Status words ending at word ``i`` ("former", "ex-"): recorded on ``phrase``; gives
    the index left of them."""
    while i >= floor:
        word = words[i]
        lowered = word.lower_
        if word.text == "-" and i - 1 >= floor and words[i - 1].lower_ == "ex":
            phrase.status, phrase.cue = "former", "ex"
            i -= 2
        elif lowered in STATUS_WORDS and word.pos_ in ("ADJ", "ADV", "NOUN", "VERB"):
            phrase.status, phrase.cue = STATUS_WORDS[lowered], lowered
            i -= 1
        else:
            break
        phrase.start = i + 1
    return i
